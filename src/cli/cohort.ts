/**
 * @module cli/cohort
 * `vigil cohort add|link|show|merge|unmerge|candidates`: anonymous group events (pardon rounds,
 * exchanges …) with their breakdown, the named people identified as their members, and folding
 * two stored cohorts that are one round.
 */
import type { Command } from "commander";
import { addCohort, linkCohortMember } from "../app/add-cohort.js";
import { presentCohorts } from "../app/list-cohorts.js";
import { findCohortMergeCandidates, mergeCohorts, unmergeCohorts } from "../app/merge-cohorts.js";
import { DEFAULT_CLUSTER_RULES } from "../app/cluster-cohorts.js";
import { BREAKDOWN_FIELDS, breakdownFlag, type BreakdownField, type CohortType, type Qualifier } from "../domain/cohort.js";
import { NotFoundError } from "../domain/errors.js";
import type { DatePrecision } from "../domain/dates.js";
import { getVigil } from "./context.js";
import { cliActor, intOption, print } from "./io.js";
import { describeCohort } from "./cohorts.js";

/** Commander's camelCase key for a breakdown flag ("over-50" -> "over50"). */
const optKey = (f: BreakdownField) => breakdownFlag(f).replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export function register(program: Command): void {
  const cohort = program.command("cohort").description("group events: pardon rounds, exchanges, mass releases or arrests");
  const add = cohort
    .command("add")
    .description("record a cohort with the source that reports it")
    .requiredOption("--type <type>", "pardon, release, exchange, arrest or other")
    .requiredOption("--count <n>", "how many people")
    .option("--qualifier <q>", "exact, over, about, up_to or at_least", "exact")
    .option("--date <date>", "when: YYYY-MM-DD, YYYY-MM or YYYY")
    .option("--precision <p>", "day, month, year or estimate")
    .option("--source <url>", "the report (URL)")
    .option("--document <id>", "the report (a stored document)")
    .option("--ordinal <n>", "the round's number as announced (\"the sixth\")")
    .option("--ordinal-scope <text>", "what the ordinal counts within (\"since July 2024\")")
    .option("--names-undisclosed", "the names were not published")
    .option("--country <country>", "country")
    .option("--note <text>", "a note")
    .option("--suggested", "record as a suggestion awaiting review")
    .option("--json", "print JSON");
  for (const f of BREAKDOWN_FIELDS) add.option(`--${breakdownFlag(f)} <n>`, `how many of them: ${breakdownFlag(f).replace(/-/g, " ")}`);
  add.action(async (opts: Record<string, string | boolean | undefined>) => {
    const str = (k: string) => (typeof opts[k] === "string" ? (opts[k] as string) : undefined);
    const breakdown: Partial<Record<BreakdownField, number | null>> = {};
    for (const f of BREAKDOWN_FIELDS) breakdown[f] = intOption(str(optKey(f)), breakdownFlag(f));
    const input = {
      type: str("type") as CohortType,
      count: intOption(str("count"), "count")!,
      qualifier: str("qualifier") as Qualifier,
      date: str("date") ?? null,
      precision: str("precision") as DatePrecision | undefined,
      sourceUrl: str("source") ?? null,
      documentId: str("document") ?? null,
      ordinal: intOption(str("ordinal"), "ordinal"),
      ordinalScope: str("ordinalScope") ?? null,
      namesUndisclosed: opts.namesUndisclosed === true,
      country: str("country") ?? null,
      note: str("note") ?? null,
      status: opts.suggested ? ("suggested" as const) : ("accepted" as const),
      actor: cliActor(),
      ...breakdown,
    };
    const vigil = await getVigil();
    const { cohort: c, warnings } = await addCohort(vigil, input);
    for (const w of warnings) process.stderr.write(`vigil: warning: ${w}\n`);
    print(opts.json === true, { id: c.id, warnings }, () => `added cohort ${c.id}: ${c.type} of ${c.count}${c.date ? ` on ${c.date}` : ""}`);
  });

  cohort
    .command("link")
    .description("identify a named person as a member of a cohort")
    .requiredOption("--cohort <id>", "the cohort's id")
    .requiredOption("--person <id>", "the person's id")
    .option("--json", "print JSON")
    .action(async (opts: { cohort: string; person: string; json?: boolean }) => {
      const vigil = await getVigil();
      const r = await linkCohortMember(vigil, { cohortId: opts.cohort, personId: opts.person, actor: cliActor() });
      print(opts.json, r, () => `${r.linked ? "linked" : "already linked"}: ${r.identified} of ${r.count} identified`);
    });

  cohort
    .command("show <id>")
    .description("one cohort: breakdown, sources, conflicts, identified members")
    .option("--json", "print JSON")
    .action(async (id: string, opts: { json?: boolean }) => {
      const vigil = await getVigil();
      const c = await vigil.cohorts.get(id);
      if (!c) throw new NotFoundError("cohort", id);
      const [view] = await presentCohorts(vigil, [c]);
      const members = await vigil.cohorts.members(id);
      print(opts.json, { ...view, members }, () => `${describeCohort(view!)}\nmembers: ${members.join(", ") || "none identified"}`);
    });

  cohort
    .command("merge <keep> <fold>")
    .description("fold cohort FOLD into KEEP: its sources, members and acts move (audited; undo with `cohort unmerge`)")
    .option("--json", "print JSON")
    .action(async (keep: string, fold: string, opts: { json?: boolean }) => {
      const vigil = await getVigil();
      const r = await mergeCohorts(vigil, { keptId: keep, mergedId: fold, actor: cliActor() });
      const m = r.moved;
      print(opts.json, r, () => `merged cohort ${r.mergedId} into ${r.keptId} (${m.sources} sources, ${m.members} members, ${m.acts} acts); undo: vigil cohort unmerge ${r.auditId}`);
    });

  cohort
    .command("unmerge <auditId>")
    .description("undo a cohort merge by its audit id")
    .option("--json", "print JSON")
    .action(async (auditId: string, opts: { json?: boolean }) => {
      const vigil = await getVigil();
      const r = await unmergeCohorts(vigil, { auditId, actor: cliActor() });
      print(opts.json, r, () => `restored cohort ${r.mergedId} (split from ${r.keptId})`);
    });

  cohort
    .command("candidates")
    .description("stored cohorts the clustering rule would now join (pairs to merge)")
    .option("--window-days <n>", "largest distance in days between two reports' dates", String(DEFAULT_CLUSTER_RULES.windowDays))
    .option("--json", "print JSON")
    .action(async (opts: { windowDays?: string; json?: boolean }) => {
      const vigil = await getVigil();
      const pairs = await findCohortMergeCandidates(vigil, { windowDays: intOption(opts.windowDays, "window-days") ?? DEFAULT_CLUSTER_RULES.windowDays });
      const line = (p: (typeof pairs)[number]) => `vigil cohort merge ${p.keptId} ${p.mergedId}   # ${p.type}: ${p.kept.count} on ${p.kept.date ?? "?"} / ${p.merged.count} on ${p.merged.date ?? "?"}`;
      print(opts.json, pairs, () => (pairs.length ? pairs.map(line).join("\n") : "no cohorts to merge"));
    });
}
