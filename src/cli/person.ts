/**
 * @module cli/person
 * `vigil person add|show|list`: the registry of people, with names in several scripts.
 * `vigil person similar|merge|unmerge|link-mentions`: one human, one record (see person-merge.ts).
 */
import type { Command } from "commander";
import { addPerson } from "../app/add-person.js";
import { showPerson } from "../app/show-person.js";
import { formatPartialDate, parsePartialDate } from "../domain/dates.js";
import { ConflictError, ValidationError } from "../domain/errors.js";
import { SamePersonError } from "../app/find-similar-people.js";
import type { Person } from "../domain/person.js";
import { getVigil } from "./context.js";
import { cliActor, collect, intOption, print } from "./io.js";
import { registerMergeCommands } from "./person-merge.js";

const born = (p: Person) => (p.birthDate && p.birthPrecision ? formatPartialDate({ date: p.birthDate, precision: p.birthPrecision }) : null);

export function register(program: Command): void {
  const person = program.command("person").description("add, show and list people");

  person
    .command("add")
    .description("add a person")
    .requiredOption("--name <name>", "primary name, in the script it is usually written in")
    .option("--alias <name>", "another spelling or script (repeatable)", collect, [])
    .option("--born <date>", "birth year or date: 1982, 1982-04 or 1982-04-12")
    .option("--gender <g>", "f, m or x")
    .option("--region <region>", "region")
    .option("--children <n>", "number of minor children (private)")
    .option("--chronic-illness", "has a chronic illness (private)")
    .option("--disabled", "has a disability (private)")
    .option("--health <text>", "health notes (private)")
    .option("--new", "add even when a known person likely is the same one")
    .option("--alias-of <id>", "add the names as aliases of this known person instead")
    .option("--json", "print JSON")
    .action(async (opts: { name: string; alias: string[]; born?: string; gender?: string; region?: string; children?: string; chronicIllness?: boolean; disabled?: boolean; health?: string; new?: boolean; aliasOf?: string; json?: boolean }) => {
      const vigil = await getVigil();
      const p = await addPerson(vigil, {
        allowSimilar: opts.new ?? false,
        aliasOf: opts.aliasOf ?? null,
        name: opts.name,
        aliases: opts.alias,
        born: opts.born ?? null,
        gender: opts.gender ?? null,
        region: opts.region ?? null,
        children: intOption(opts.children, "children"),
        chronicIllness: opts.chronicIllness ?? null,
        disabled: opts.disabled ?? null,
        health: opts.health ?? null,
        actor: cliActor(),
      }).catch((e: unknown) => {
        if (!(e instanceof SamePersonError)) throw e;
        // Scripts read the candidates from stdout; people read the one line on stderr (exit 4).
        if (opts.json) print(true, { suggested_same: e.suggestions }, () => "");
        throw new ConflictError(`${e.message}; use --new to add anyway or --alias-of ${e.suggestions[0]!.personId}`);
      });
      print(opts.json, { id: p.id, name: p.name, names: p.names.map((n) => n.text), born: born(p) }, () => `added ${p.id} ${p.name}`);
    });

  person
    .command("show <id>")
    .description("one person: names, status history, custody periods")
    .option("--json", "print JSON")
    .action(async (id: string, opts: { json?: boolean }) => {
      const vigil = await getVigil();
      const r = await showPerson(vigil, id);
      print(opts.json, r, () =>
        [
          ...(r.person.mergedInto ? [`merged into ${r.person.mergedInto} (vigil person show ${r.person.mergedInto})`] : []),
          `${r.person.name}  (${r.person.id})${born(r.person) ? `  born ${born(r.person)}` : ""}${r.person.gender ? `  ${r.person.gender}` : ""}`,
          `names: ${r.person.names.map((n) => `${n.text} [${n.kind}]`).join(", ")}`,
          `held today: ${r.heldToday ? "yes" : "no"}`,
          "history:",
          ...r.acts.map((a) => `  ${formatPartialDate({ date: a.startDate, precision: a.startPrecision })}  ${a.type}${a.releaseKind ? ` (${a.releaseKind})` : ""}${a.status !== "accepted" ? `  [${a.status}]` : ""}${a.note ? `  ${a.note}` : ""}`),
          ...(r.recognitions.length ? ["recognised:", ...r.recognitions.map((x) => `  ${x.organisation}${x.since ? ` since ${x.since}` : ""}`)] : []),
        ].join("\n"),
      );
    });

  person
    .command("list")
    .description("list people (by name), or those held on a date")
    .option("--held-on <date>", "only people held on this date (YYYY-MM-DD)")
    .option("--limit <n>", "at most this many", "100")
    .option("--offset <n>", "skip this many", "0")
    .option("--json", "print JSON")
    .action(async (opts: { heldOn?: string; limit: string; offset: string; json?: boolean }) => {
      const vigil = await getVigil();
      const limit = intOption(opts.limit, "limit")!;
      const offset = intOption(opts.offset, "offset")!;
      if (limit < 1) throw new ValidationError("limit", "must be at least 1");
      let people: Person[];
      if (opts.heldOn) {
        const d = parsePartialDate(opts.heldOn, "held-on");
        const ids = await vigil.custody.heldOn(d.date, { limit, offset });
        people = (await vigil.persons.getMany(ids)).sort((a, b) => a.name.localeCompare(b.name));
      } else people = await vigil.persons.list({ limit, offset });
      const rows = people.map((p) => ({ id: p.id, name: p.name, aliases: p.names.filter((n) => n.kind !== "primary").map((n) => n.text), born: born(p), gender: p.gender, region: p.region }));
      print(opts.json, rows, () => rows.map((r) => `${r.id}  ${r.name}${r.aliases.length ? ` (${r.aliases.join(", ")})` : ""}${r.born ? `  b. ${r.born}` : ""}`).join("\n") || "(nobody)");
    });

  registerMergeCommands(person);
}
