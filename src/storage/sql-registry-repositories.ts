/**
 * @module storage/sql-registry-repositories
 * The smaller registry tables: facilities, recognitions, cases with their charges and
 * defendants, and the append-only audit log.
 */
import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { AuditEntry, AuditRepository, Case, CaseRepository, Facility, FacilityRepository, Recognition, RecognitionRepository } from "../domain/ports.js";
import { newId, type Db } from "./db.js";
import { auditLog, caseDefendants, cases, charges, facilities, recognitions } from "./schema.js";

export function sqlFacilityRepository(db: Db): FacilityRepository {
  return {
    async insert(f) {
      const [row] = await db
        .insert(facilities)
        .values({ ...f, id: newId() })
        .returning({ id: facilities.id, name: facilities.name, address: facilities.address, region: facilities.region, kind: facilities.kind });
      return row as Facility;
    },
    async get(id) {
      const [row] = await db.select().from(facilities).where(eq(facilities.id, id));
      return row ? (row as Facility) : null;
    },
    async list(page = {}) {
      return (await db
        .select()
        .from(facilities)
        .orderBy(asc(facilities.name))
        .limit(page.limit ?? 1000)
        .offset(page.offset ?? 0)) as Facility[];
    },
  };
}

export function sqlRecognitionRepository(db: Db): RecognitionRepository {
  return {
    async insert(r) {
      const [row] = await db
        .insert(recognitions)
        .values({ ...r, id: newId() })
        .returning();
      return row as Recognition;
    },
    async listForPerson(personId) {
      return (await db.select().from(recognitions).where(eq(recognitions.personId, personId)).orderBy(asc(recognitions.since))) as Recognition[];
    },
  };
}

export function sqlCaseRepository(db: Db): CaseRepository {
  async function load(rows: (typeof cases.$inferSelect)[]): Promise<Case[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const ch = await db.select().from(charges).where(inArray(charges.caseId, ids)).orderBy(asc(charges.id));
    const def = await db.select().from(caseDefendants).where(inArray(caseDefendants.caseId, ids));
    return rows.map((r) => ({
      ...(r as Omit<Case, "charges" | "defendants">),
      charges: ch.filter((c) => c.caseId === r.id).map((c) => ({ article: c.article, part: c.part, code: c.code })),
      defendants: def.filter((d) => d.caseId === r.id).map((d) => d.personId),
    }));
  }
  return {
    async insert(c) {
      const id = newId();
      const { charges: chs, defendants, ...fields } = c;
      const [row] = await db
        .insert(cases)
        .values({ ...fields, id })
        .returning();
      if (chs.length) await db.insert(charges).values(chs.map((x) => ({ ...x, id: newId(), caseId: id })));
      if (defendants.length) await db.insert(caseDefendants).values(defendants.map((personId) => ({ caseId: id, personId })));
      return (await load([row!]))[0]!;
    },
    async get(id) {
      return (await load(await db.select().from(cases).where(eq(cases.id, id))))[0] ?? null;
    },
    async listForPerson(personId) {
      const ids = (await db.select({ id: caseDefendants.caseId }).from(caseDefendants).where(eq(caseDefendants.personId, personId))).map((r) => r.id);
      if (ids.length === 0) return [];
      return load(await db.select().from(cases).where(inArray(cases.id, ids)).orderBy(asc(cases.verdictDate)));
    },
  };
}

export function sqlAuditRepository(db: Db): AuditRepository {
  return {
    async record(entry) {
      const [row] = await db
        .insert(auditLog)
        .values({ ...entry, before: entry.before ?? null, after: entry.after ?? null, id: newId() })
        .returning();
      return row as AuditEntry;
    },
    async list(filter = {}) {
      const w: SQL[] = [];
      if (filter.entity) w.push(eq(auditLog.entity, filter.entity));
      if (filter.entityId) w.push(eq(auditLog.entityId, filter.entityId));
      return (await db
        .select()
        .from(auditLog)
        .where(and(...w))
        .orderBy(desc(auditLog.id))
        .limit(filter.limit ?? 100)
        .offset(filter.offset ?? 0)) as AuditEntry[];
    },
  };
}
