/**
 * @module storage/sql-cohort-repository
 * Cohorts, the sources that report them (each with its own values), and their known members.
 */
import { and, asc, count, countDistinct, desc, eq, gte, inArray, isNull, lte, type SQL } from "drizzle-orm";
import type { Cohort } from "../domain/cohort.js";
import { NotFoundError } from "../domain/errors.js";
import type { CohortRepository, CohortSource } from "../domain/ports.js";
import { newId, type Db } from "./db.js";
import { cohortMembers, cohortSources, cohorts } from "./schema.js";

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
      const where: SQL[] = [];
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
      return (await (filter.status ? q.where(eq(cohorts.status, filter.status)) : q))[0]?.n ?? 0;
    },
  };
}
