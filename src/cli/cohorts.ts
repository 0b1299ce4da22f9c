/**
 * @module cli/cohorts
 * `vigil cohorts list [--json]`: every cohort with count, date, breakdown, sources, conflicts.
 */
import type { Command } from "commander";
import { listCohorts, type CohortView } from "../app/list-cohorts.js";
import { getVigil } from "./context.js";
import { intOption, print } from "./io.js";

/** One cohort in a few human lines. */
export function describeCohort(c: CohortView): string {
  const qual = c.qualifier === "exact" ? "" : `${c.qualifier.replace("_", " ")} `;
  const breakdown = Object.entries(c.breakdown)
    .map(([k, v]) => `${v} ${k.replace(/_/g, " ")}`)
    .join(", ");
  const lines = [`${c.id}  ${c.date ?? "undated"}  ${c.type} of ${qual}${c.count}${c.ordinal ? ` (round ${c.ordinal}${c.ordinal_scope ? ` ${c.ordinal_scope}` : ""})` : ""}  [${c.status}]  ${c.identified} identified`];
  if (breakdown) lines.push(`  ${breakdown}`);
  for (const s of c.sources) lines.push(`  source: ${s}`);
  for (const k of c.conflicts) lines.push(`  conflict in ${k.field}: ${k.values.map((v) => `${JSON.stringify(v.value)} (${v.sources.join(", ")})`).join(" vs ")}`);
  return lines.join("\n");
}

export function register(program: Command): void {
  const cohorts = program.command("cohorts").description("list cohorts");
  cohorts
    .command("list")
    .description("cohorts with count, date, breakdown, sources and conflicts")
    .option("--status <status>", "only this review status")
    .option("--type <type>", "only this type")
    .option("--limit <n>", "at most this many", "1000")
    .option("--json", "print JSON")
    .action(async (opts: { status?: string; type?: string; limit: string; json?: boolean }) => {
      const vigil = await getVigil();
      const list = await listCohorts(vigil, { status: opts.status, type: opts.type, limit: intOption(opts.limit, "limit")! });
      print(opts.json, list, () => list.map(describeCohort).join("\n") || "(no cohorts)");
    });
}
