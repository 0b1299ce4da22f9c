/**
 * @module storage/sql-cohort-repository
 * Cohorts, the sources that report them (each with its own values), and their known members.
 */
import { and, asc, count, countDistinct, desc, eq, gte, inArray, isNull, lte, type SQL } from "drizzle-orm";
import type { Cohort } from "../domain/cohort.js";
import { NotFoundError } from "../domain/errors.js";
import type { CohortMergeMoves, CohortRepository, CohortSource } from "../domain/ports.js";
import { newId, type Db } from "./db.js";
import { acts, cohortMembers, cohortSources, cohorts } from "./schema.js";

type CohortRow = typeof cohorts.$inferSelect;
const toCohort = (r: CohortRow): Cohort => r as Cohort;

export function sqlCohortRepository(db: Db): CohortRepository {
  return {
    async insert(values) {
      const [row] = await db
        .insert(cohorts)
        .values({ ...values, id: newId() })
        .returning();
      return toCohort(row!);
    },
    async get(id) {
      const [row] = await db.select().from(cohorts).where(eq(cohorts.id, id));
      return row ? toCohort(row) : null;
    },
    async list(filter = {}) {
      // A cohort folded into another is one event counted once: only `get` still returns it.
      const where: SQL[] = [isNull(cohorts.mergedInto)];
      if (filter.status) where.push(eq(cohorts.status, filter.status));
      if (filter.type) where.push(eq(cohorts.type, filter.type));
      if (filter.from) where.push(gte(cohorts.date, filter.from));
      if (filter.to) where.push(lte(cohorts.date, filter.to));
      const rows = await db
        .select()
        .from(cohorts)
        .where(and(...where))
        .orderBy(desc(cohorts.date), desc(cohorts.id))
        .limit(filter.limit ?? 1000)
        .offset(filter.offset ?? 0);
      return rows.map(toCohort);
    },
    async update(id, values) {
      const patch = { ...values, ...(values.status ? { reviewedAt: new Date().toISOString() } : {}) };
      const [row] = await db.update(cohorts).set(patch).where(eq(cohorts.id, id)).returning();
      if (!row) throw new NotFoundError("cohort", id);
      return toCohort(row);
    },
    async addSource(s) {
      const [row] = await db
        .insert(cohortSources)
        .values({ id: newId(), cohortId: s.cohortId, documentId: s.documentId ?? null, url: s.url ?? null, reported: s.reported, evidence: s.evidence ?? [] })
        .returning();
      return row as CohortSource;
    },
    async sources(ids) {
      if (ids.length === 0) return [];
      const rows = await db
        .select()
        .from(cohortSources)
        .where(inArray(cohortSources.cohortId, [...ids]))
        .orderBy(asc(cohortSources.id));
      return rows as CohortSource[];
    },
    async addMember(cohortId, personId) {
      const r = await db.insert(cohortMembers).values({ cohortId, personId }).onConflictDoNothing().returning({ c: cohortMembers.cohortId });
      return r.length > 0;
    },
    async members(cohortId) {
      const r = await db.select({ p: cohortMembers.personId }).from(cohortMembers).where(eq(cohortMembers.cohortId, cohortId)).orderBy(asc(cohortMembers.personId));
      return r.map((x) => x.p);
    },
    async memberCounts(ids) {
      const out = new Map<string, number>();
      if (ids.length === 0) return out;
      const r = await db
        .select({ c: cohortMembers.cohortId, n: count() })
        .from(cohortMembers)
        .where(inArray(cohortMembers.cohortId, [...ids]))
        .groupBy(cohortMembers.cohortId);
      for (const x of r) out.set(x.c, x.n);
      return out;
    },
    async countSourceUrls() {
      const [r] = await db
        .select({ n: countDistinct(cohortSources.url) })
        .from(cohortSources)
        .where(isNull(cohortSources.documentId));
      return r?.n ?? 0;
    },
    async count(filter = {}) {
      const q = db.select({ n: count() }).from(cohorts);
      return (await q.where(and(isNull(cohorts.mergedInto), filter.status ? eq(cohorts.status, filter.status) : undefined)))[0]?.n ?? 0;
    },
    async fold(intoId, fromId) {
      const sources = (await db.select({ id: cohortSources.id }).from(cohortSources).where(eq(cohortSources.cohortId, fromId)).orderBy(asc(cohortSources.id))).map((r) => r.id);
      const fromMembers = await db.select().from(cohortMembers).where(eq(cohortMembers.cohortId, fromId)).orderBy(asc(cohortMembers.personId));
      const intoMembers = new Set((await db.select({ p: cohortMembers.personId }).from(cohortMembers).where(eq(cohortMembers.cohortId, intoId))).map((r) => r.p));
      const membersShared = fromMembers.filter((m) => intoMembers.has(m.personId)).map((m) => ({ personId: m.personId, createdAt: m.createdAt }));
      const members = fromMembers.filter((m) => !intoMembers.has(m.personId)).map((m) => m.personId);
      const actIds = (await db.select({ id: acts.id }).from(acts).where(eq(acts.cohortId, fromId)).orderBy(asc(acts.id))).map((r) => r.id);
      // The primary key (cohort, person) allows one row per person: a shared member's row is removed, not moved.
      if (membersShared.length) await db.delete(cohortMembers).where(and(eq(cohortMembers.cohortId, fromId), inArray(cohortMembers.personId, membersShared.map((m) => m.personId))));
      if (members.length) await db.update(cohortMembers).set({ cohortId: intoId }).where(eq(cohortMembers.cohortId, fromId));
      if (sources.length) await db.update(cohortSources).set({ cohortId: intoId }).where(eq(cohortSources.cohortId, fromId));
      if (actIds.length) await db.update(acts).set({ cohortId: intoId }).where(eq(acts.cohortId, fromId));
      await db.update(cohorts).set({ mergedInto: intoId }).where(eq(cohorts.id, fromId));
      const moves: CohortMergeMoves = { sources, members, membersShared, acts: actIds };
      return moves;
    },
    async unfold(intoId, fromId, moves) {
      // Only the rows the merge moved go back: sources added to the kept cohort since then stay with it.
      if (moves.sources.length) await db.update(cohortSources).set({ cohortId: fromId }).where(and(eq(cohortSources.cohortId, intoId), inArray(cohortSources.id, moves.sources)));
      if (moves.members.length) await db.update(cohortMembers).set({ cohortId: fromId }).where(and(eq(cohortMembers.cohortId, intoId), inArray(cohortMembers.personId, moves.members)));
      if (moves.membersShared.length) await db.insert(cohortMembers).values(moves.membersShared.map((m) => ({ cohortId: fromId, personId: m.personId, createdAt: m.createdAt }))).onConflictDoNothing();
      if (moves.acts.length) await db.update(acts).set({ cohortId: fromId }).where(and(eq(acts.cohortId, intoId), inArray(acts.id, moves.acts)));
      await db.update(cohorts).set({ mergedInto: null }).where(eq(cohorts.id, fromId));
    },
  };
}
