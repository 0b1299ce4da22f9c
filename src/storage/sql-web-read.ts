/**
 * @module storage/sql-web-read
 * SQL for the web's extra reads (`app/stats-ports.ts`): a few indexed queries, on both backends.
 */
import { and, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { WebReads } from "../app/stats-ports.js";
import type { DatePrecision } from "../domain/dates.js";
import type { Db } from "./db.js";
import { acts, cohortMembers, cohortSources, personNames, persons, recognitions } from "./schema.js";

/** The WebReads port on a Drizzle database. */
export function sqlWebReads(db: Db): WebReads {
  return {
    async allNames() {
      return db.select({ personId: personNames.personId, text: personNames.text, nameKey: personNames.nameKey }).from(personNames);
    },
    async incommunicadoSince(cutoff) {
      const rows = await db
        .select({ personId: acts.personId, name: persons.name, since: acts.startDate, sincePrecision: acts.startPrecision })
        .from(acts)
        .innerJoin(persons, eq(persons.id, acts.personId))
        .where(and(eq(acts.type, "incommunicado"), isNull(acts.endDate), lte(acts.startDate, cutoff), or(eq(acts.status, "accepted"), eq(acts.status, "corrected"))))
        .orderBy(acts.startDate);
      // The column holds only the precisions the domain writes.
      return rows.map((r) => ({ ...r, sincePrecision: r.sincePrecision as DatePrecision }));
    },
    async cohortsOfPerson(personId) {
      return (await db.select({ id: cohortMembers.cohortId }).from(cohortMembers).where(eq(cohortMembers.personId, personId))).map((r) => r.id);
    },
    async cohortsOfDocument(documentId) {
      return (await db.selectDistinct({ id: cohortSources.cohortId }).from(cohortSources).where(eq(cohortSources.documentId, documentId))).map((r) => r.id);
    },
    async publishedPersonIds(ids) {
      if (ids.length === 0) return new Set();
      const list = [...ids];
      const [a, m, r] = await Promise.all([
        db.selectDistinct({ id: acts.personId }).from(acts).where(and(inArray(acts.personId, list), sql`${acts.status} in ('accepted', 'corrected')`)),
        db.selectDistinct({ id: cohortMembers.personId }).from(cohortMembers).where(inArray(cohortMembers.personId, list)),
        db.selectDistinct({ id: recognitions.personId }).from(recognitions).where(inArray(recognitions.personId, list)),
      ]);
      return new Set([...a, ...m, ...r].map((x) => x.id));
    },
  };
}
