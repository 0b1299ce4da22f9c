/**
 * @module storage/sql-person-merge-repository
 * Folding a duplicate person record into the kept one, and back. Rows are moved by updating
 * their `person_id`, never copied, so ids (and everything that points at them) survive; the
 * returned list of moved ids is what makes an exact undo possible. Callers run both inside one
 * transaction together with the audit entry and the custody refresh (app/merge-people).
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { NotFoundError } from "../domain/errors.js";
import type { AuditEntry, PersonMergeMoves, PersonMergeRepository } from "../domain/ports.js";
import { rows, type Db } from "./db.js";
import { acts, auditLog, caseDefendants, cohortMembers, mentions, personNames, persons, recognitions } from "./schema.js";

export function sqlPersonMergeRepository(db: Db): PersonMergeRepository {
  return {
    async fold(intoId, fromId) {
      // Lock both rows so a concurrent merge or act insert cannot interleave with the move.
      const locked = await db.select({ id: persons.id }).from(persons).where(inArray(persons.id, [intoId, fromId])).for("update");
      for (const id of [intoId, fromId]) if (!locked.some((r) => r.id === id)) throw new NotFoundError("person", id);

      const names = await db.select({ id: personNames.id, kind: personNames.kind }).from(personNames).where(eq(personNames.personId, fromId));
      // The kept person keeps its one primary name; the folded primary becomes an alias.
      await db
        .update(personNames)
        .set({ personId: intoId, kind: sql`case when ${personNames.kind} = 'primary' then 'alias' else ${personNames.kind} end` })
        .where(eq(personNames.personId, fromId));
      const movedActs = await db.update(acts).set({ personId: intoId }).where(eq(acts.personId, fromId)).returning({ id: acts.id });
      const movedRecognitions = await db.update(recognitions).set({ personId: intoId }).where(eq(recognitions.personId, fromId)).returning({ id: recognitions.id });
      const movedMentions = await db.update(mentions).set({ personId: intoId }).where(eq(mentions.personId, fromId)).returning({ id: mentions.id });

      // Memberships are keyed (cohort, person): where both were members, the folded row goes.
      const fromCohorts = await db.select().from(cohortMembers).where(eq(cohortMembers.personId, fromId));
      const intoCohorts = new Set((await db.select({ c: cohortMembers.cohortId }).from(cohortMembers).where(eq(cohortMembers.personId, intoId))).map((r) => r.c));
      const cohortsShared = fromCohorts.filter((m) => intoCohorts.has(m.cohortId)).map((m) => ({ cohortId: m.cohortId, createdAt: m.createdAt }));
      const cohorts = fromCohorts.filter((m) => !intoCohorts.has(m.cohortId)).map((m) => m.cohortId);
      if (cohortsShared.length) {
        await db.delete(cohortMembers).where(and(eq(cohortMembers.personId, fromId), inArray(cohortMembers.cohortId, cohortsShared.map((m) => m.cohortId))));
      }
      if (cohorts.length) await db.update(cohortMembers).set({ personId: intoId }).where(eq(cohortMembers.personId, fromId));

      const fromCases = (await db.select({ c: caseDefendants.caseId }).from(caseDefendants).where(eq(caseDefendants.personId, fromId))).map((r) => r.c);
      const intoCases = new Set((await db.select({ c: caseDefendants.caseId }).from(caseDefendants).where(eq(caseDefendants.personId, intoId))).map((r) => r.c));
      const casesShared = fromCases.filter((c) => intoCases.has(c));
      const cases = fromCases.filter((c) => !intoCases.has(c));
      if (casesShared.length) await db.delete(caseDefendants).where(and(eq(caseDefendants.personId, fromId), inArray(caseDefendants.caseId, casesShared)));
      if (cases.length) await db.update(caseDefendants).set({ personId: intoId }).where(eq(caseDefendants.personId, fromId));

      await db.update(persons).set({ mergedInto: intoId }).where(eq(persons.id, fromId));
      return {
        names,
        acts: movedActs.map((r) => r.id),
        recognitions: movedRecognitions.map((r) => r.id),
        mentions: movedMentions.map((r) => r.id),
        cohorts,
        cohortsShared,
        cases,
        casesShared,
      } satisfies PersonMergeMoves;
    },

    async unfold(intoId, fromId, moves) {
      await db.select({ id: persons.id }).from(persons).where(inArray(persons.id, [intoId, fromId])).for("update");
      // Names go back with the kind each had; grouped by kind to keep it to a few statements.
      const byKind = new Map<string, string[]>();
      for (const n of moves.names) byKind.set(n.kind, [...(byKind.get(n.kind) ?? []), n.id]);
      for (const [kind, ids] of byKind) await db.update(personNames).set({ personId: fromId, kind }).where(inArray(personNames.id, ids));
      if (moves.acts.length) await db.update(acts).set({ personId: fromId }).where(inArray(acts.id, moves.acts));
      if (moves.recognitions.length) await db.update(recognitions).set({ personId: fromId }).where(inArray(recognitions.id, moves.recognitions));
      if (moves.mentions.length) await db.update(mentions).set({ personId: fromId }).where(inArray(mentions.id, moves.mentions));
      if (moves.cohorts.length) {
        await db.update(cohortMembers).set({ personId: fromId }).where(and(eq(cohortMembers.personId, intoId), inArray(cohortMembers.cohortId, moves.cohorts)));
      }
      if (moves.cohortsShared.length) {
        await db
          .insert(cohortMembers)
          .values(moves.cohortsShared.map((m) => ({ cohortId: m.cohortId, personId: fromId, createdAt: m.createdAt })))
          .onConflictDoNothing();
      }
      if (moves.cases.length) {
        await db.update(caseDefendants).set({ personId: fromId }).where(and(eq(caseDefendants.personId, intoId), inArray(caseDefendants.caseId, moves.cases)));
      }
      if (moves.casesShared.length) {
        await db
          .insert(caseDefendants)
          .values(moves.casesShared.map((caseId) => ({ caseId, personId: fromId })))
          .onConflictDoNothing();
      }
      await db.update(persons).set({ mergedInto: null }).where(eq(persons.id, fromId));
    },

    async sharedKeyGroups(page = {}) {
      const r = await rows<{ ids: string[] }>(
        db,
        sql`select array_agg(distinct n.person_id order by n.person_id) as ids
            from person_names n join persons p on p.id = n.person_id
            where p.merged_into is null
            group by n.name_key having count(distinct n.person_id) > 1
            order by n.name_key limit ${page.limit ?? 1000} offset ${page.offset ?? 0}`,
      );
      return r.map((x) => x.ids);
    },

    async auditEntry(id) {
      const [row] = await db.select().from(auditLog).where(eq(auditLog.id, id));
      return (row as AuditEntry | undefined) ?? null;
    },
  };
}
