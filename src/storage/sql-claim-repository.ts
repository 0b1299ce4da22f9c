/**
 * @module storage/sql-claim-repository
 * Claims: observations with their document and evidence. Only unreviewed suggestions are ever
 * deleted (re-extraction); everything else changes through audited review.
 */
import { and, asc, count, eq, inArray, type SQL } from "drizzle-orm";
import type { Claim } from "../domain/claim.js";
import { checkClaim } from "../domain/claim.js";
import { NotFoundError } from "../domain/errors.js";
import type { ClaimFilter, ClaimRepository } from "../domain/ports.js";
import { newId, type Db } from "./db.js";
import { claims } from "./schema.js";

type ClaimRow = typeof claims.$inferSelect;
const toClaim = (r: ClaimRow): Claim => r as Claim;

function where(filter: ClaimFilter): SQL | undefined {
  const w: SQL[] = [];
  if (filter.ids) w.push(inArray(claims.id, [...filter.ids]));
  if (filter.status) w.push(eq(claims.status, filter.status));
  if (filter.subject) w.push(eq(claims.subject, filter.subject));
  if (filter.attributedTo) w.push(eq(claims.attributedTo, filter.attributedTo));
  if (filter.documentId) w.push(eq(claims.documentId, filter.documentId));
  return and(...w);
}

export function sqlClaimRepository(db: Db): ClaimRepository {
  return {
    async insert(claim) {
      checkClaim(claim);
      const [row] = await db
        .insert(claims)
        .values({ ...claim, id: newId() })
        .returning();
      return toClaim(row!);
    },
    async get(id) {
      const [row] = await db.select().from(claims).where(eq(claims.id, id));
      return row ? toClaim(row) : null;
    },
    async list(filter = {}) {
      if (filter.ids && filter.ids.length === 0) return [];
      const rows = await db
        .select()
        .from(claims)
        .where(where(filter))
        .orderBy(asc(claims.asOf), asc(claims.id))
        .limit(filter.limit ?? 1000)
        .offset(filter.offset ?? 0);
      return rows.map(toClaim);
    },
    async update(id, patch) {
      const full = { ...patch, ...(patch.status ? { reviewedAt: new Date().toISOString() } : {}) };
      const [row] = await db.update(claims).set(full).where(eq(claims.id, id)).returning();
      if (!row) throw new NotFoundError("claim", id);
      return toClaim(row);
    },
    async deleteUnreviewedForDocument(documentId) {
      const r = await db
        .delete(claims)
        .where(and(eq(claims.documentId, documentId), eq(claims.status, "suggested")))
        .returning({ id: claims.id });
      return r.length;
    },
    async count(filter = {}) {
      const q = db.select({ n: count() }).from(claims);
      return (await (filter.status ? q.where(eq(claims.status, filter.status)) : q))[0]?.n ?? 0;
    },
  };
}
