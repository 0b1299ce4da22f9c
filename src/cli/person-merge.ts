/**
 * @module cli/person-merge
 * `vigil person similar|duplicates|merge|unmerge|link-mentions`: finding and folding duplicate records.
 * Registered under `vigil person` by cli/person.ts.
 */
import type { Command } from "commander";
import { findDuplicatePeople } from "../app/find-duplicate-people.js";
import { findSimilarPeople } from "../app/find-similar-people.js";
import { mergePeople, unmergePeople, type MergeResult } from "../app/merge-people.js";
import { suggestMentionLinks } from "../app/suggest-mention-links.js";
import { ValidationError } from "../domain/errors.js";
import { getVigil } from "./context.js";
import { cliActor, print } from "./io.js";

const movedText = (r: MergeResult) =>
  Object.entries(r.moved)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`)
    .join(", ") || "nothing";

/** Adds the merge subcommands to the `person` command. */
export function registerMergeCommands(person: Command): void {
  person
    .command("similar <name>")
    .description("known people who may be this name (any script, spelling or case form)")
    .option("--json", "print JSON")
    .action(async (name: string, opts: { json?: boolean }) => {
      const vigil = await getVigil();
      const found = await findSimilarPeople(vigil, name);
      print(opts.json, found, () => found.map((s) => `${s.personId}  ${s.primaryName}  ${s.score} ${s.strength}  (${s.reason})`).join("\n") || "(nobody)");
    });

  person
    .command("duplicates")
    .description("pairs of records the matcher takes for one person (to review, then merge)")
    .option("--possible", "also pairs below the likely threshold (a surname alone)")
    .option("--json", "print JSON")
    .action(async (opts: { possible?: boolean; json?: boolean }) => {
      const vigil = await getVigil();
      const pairs = await findDuplicatePeople(vigil, { includePossible: opts.possible === true });
      print(opts.json, pairs, () => pairs.map((d) => `${d.a.personId} ${d.a.name}  =  ${d.b.personId} ${d.b.name}  ${d.score} ${d.strength}  (${d.reason})`).join("\n") || "(none)");
    });

  person
    .command("merge [keep] [fold]")
    .description("fold person FOLD into person KEEP (audited; undo with --undo AUDIT_ID or `person unmerge`)")
    .option("--undo <auditId>", "undo the merge recorded in this audit entry")
    .option("--json", "print JSON")
    .action(async (keep: string | undefined, fold: string | undefined, opts: { undo?: string; json?: boolean }) => {
      const vigil = await getVigil();
      if (opts.undo) {
        const r = await unmergePeople(vigil, { auditId: opts.undo, actor: cliActor() });
        print(opts.json, { undone: r.auditId, keptId: r.keptId, restoredId: r.mergedId, moved: r.moved }, () => `restored ${r.mergedId} from ${r.keptId} (${movedText(r)})`);
        return;
      }
      if (!keep || !fold) throw new ValidationError("person", "give the person to keep and the one to fold into it: vigil person merge KEEP FOLD");
      const r = await mergePeople(vigil, { keptId: keep, mergedId: fold, actor: cliActor() });
      print(opts.json, r, () => `merged ${r.mergedId} into ${r.keptId} (${movedText(r)}); undo: vigil person unmerge ${r.auditId}`);
    });

  person
    .command("unmerge <auditId>")
    .description("undo a merge: the folded person gets back exactly its rows")
    .option("--json", "print JSON")
    .action(async (auditId: string, opts: { json?: boolean }) => {
      const vigil = await getVigil();
      const r = await unmergePeople(vigil, { auditId, actor: cliActor() });
      print(opts.json, { undone: r.auditId, keptId: r.keptId, restoredId: r.mergedId, moved: r.moved }, () => `restored ${r.mergedId} from ${r.keptId} (${movedText(r)})`);
    });

  person
    .command("link-mentions")
    .description("suggest a person for unlinked suggested mentions with one likely match")
    .option("--document <id>", "only this document's mentions")
    .option("--json", "print JSON")
    .action(async (opts: { document?: string; json?: boolean }) => {
      const vigil = await getVigil();
      const r = await vigil.tx.run((repos) => suggestMentionLinks(repos, { documentId: opts.document }));
      print(opts.json, r, () => `linked ${r.linked} of ${r.checked} unlinked mentions`);
    });
}
