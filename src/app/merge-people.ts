/**
 * @module app/merge-people
 * Two records turned out to be one human: `mergePeople(keep, fold)` moves the folded record's
 * names, acts, recognitions, cohort memberships, cases and mentions to the kept one and marks it
 * `mergedInto` (never deleted), in one transaction with an audit entry that lists every moved
 * row. `unmergePeople(auditId)` reads that entry and puts exactly those rows back. Custody is
 * derived from acts, so both people's spans are recomputed inside the same transaction: a person
 * held under two records is counted once after the merge and twice-as-two again after undo.
 */
import { ConflictError, NotFoundError, ValidationError } from "../domain/errors.js";
import type { Person } from "../domain/person.js";
import type { PersonMergeMoves, Repositories, TransactionManager } from "../domain/ports.js";

/** What a merge did; `auditId` is what `unmergePeople` takes. */
export interface MergeResult {
  auditId: string;
  keptId: string;
  mergedId: string;
  moved: { names: number; acts: number; recognitions: number; mentions: number; cohorts: number; cases: number };
}

/** The `after` of a merge audit entry: enough to undo it. */
interface MergeRecord {
  keptId: string;
  mergedId: string;
  moves: PersonMergeMoves;
}

/**
 * Folds person `mergedId` into `keptId`; throws NotFoundError for an unknown id, ValidationError
 * for a person merged with itself, ConflictError when either was already merged away.
 * @example const r = await mergePeople(vigil, { keptId: a, mergedId: b, actor: "cli:ann" }); // later: unmergePeople(vigil, { auditId: r.auditId, actor })
 */
export async function mergePeople(deps: { tx: TransactionManager }, input: { keptId: string; mergedId: string; actor: string }): Promise<MergeResult> {
  const { keptId, mergedId, actor } = input;
  if (keptId === mergedId) throw new ValidationError("person", "cannot merge a person with itself");
  return deps.tx.run(async (r) => {
    const [kept, merged] = await Promise.all([mustGet(r, keptId), mustGet(r, mergedId)]);
    for (const p of [kept, merged]) {
      if (p.mergedInto) throw new ConflictError(`person ${p.id} was already merged into ${p.mergedInto}`);
    }
    const moves = await r.merges.fold(keptId, mergedId);
    await r.custody.refreshPerson(mergedId);
    await r.custody.refreshPerson(keptId);
    const record: MergeRecord = { keptId, mergedId, moves };
    const entry = await r.audit.record({ actor, action: "merge", entity: "person", entityId: mergedId, before: { kept, merged }, after: record });
    return { auditId: entry.id, keptId, mergedId, moved: counts(moves) };
  });
}

/**
 * Undoes the merge recorded in audit entry `auditId`: the folded person's rows point back to it.
 * Refuses (ConflictError) when it was undone already or when the kept person has since been
 * merged into a third one (undo that merge first: rows are moved by id, one level at a time).
 */
export async function unmergePeople(deps: { tx: TransactionManager }, input: { auditId: string; actor: string }): Promise<MergeResult> {
  return deps.tx.run(async (r) => {
    const entry = await r.merges.auditEntry(input.auditId);
    if (!entry || entry.action !== "merge" || entry.entity !== "person") throw new NotFoundError("person merge", input.auditId);
    const { keptId, mergedId, moves } = entry.after as MergeRecord;
    const [kept, merged] = await Promise.all([mustGet(r, keptId), mustGet(r, mergedId)]);
    const undone = await r.audit.list({ entity: "person_merge", entityId: entry.id, limit: 1 });
    if (undone.length || merged.mergedInto !== keptId) throw new ConflictError(`merge ${entry.id} was already undone`);
    if (kept.mergedInto) throw new ConflictError(`person ${keptId} was later merged into ${kept.mergedInto}: undo that merge first`);
    await r.merges.unfold(keptId, mergedId, moves);
    await r.custody.refreshPerson(keptId);
    await r.custody.refreshPerson(mergedId);
    await r.audit.record({ actor: input.actor, action: "unmerge", entity: "person_merge", entityId: entry.id, before: { keptId, mergedId }, after: { kept: await r.persons.get(keptId), restored: await r.persons.get(mergedId) } });
    return { auditId: entry.id, keptId, mergedId, moved: counts(moves) };
  });
}

async function mustGet(r: Repositories, id: string): Promise<Person> {
  const p = await r.persons.get(id);
  if (!p) throw new NotFoundError("person", id);
  return p;
}

function counts(m: PersonMergeMoves): MergeResult["moved"] {
  return {
    names: m.names.length,
    acts: m.acts.length,
    recognitions: m.recognitions.length,
    mentions: m.mentions.length,
    cohorts: m.cohorts.length + m.cohortsShared.length,
    cases: m.cases.length + m.casesShared.length,
  };
}
