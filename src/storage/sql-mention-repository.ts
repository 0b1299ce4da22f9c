/**
 * @module storage/sql-mention-repository
 * Suggested mentions of people in documents, linked to a person once reviewed.
 */
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { NotFoundError } from "../domain/errors.js";
import type { Mention, MentionRepository } from "../domain/ports.js";
import { newId, type Db } from "./db.js";
import { mentions } from "./schema.js";

type Row = typeof mentions.$inferSelect;
const toMention = (r: Row): Mention => r as Mention;

export function sqlMentionRepository(db: Db): MentionRepository {
  return {
    async insert(m) {
      const [row] = await db
        .insert(mentions)
        .values({ ...m, id: newId() })
        .returning();
      return toMention(row!);
    },
    async get(id) {
      const [row] = await db.select().from(mentions).where(eq(mentions.id, id));
      return row ? toMention(row) : null;
    },
    async list(filter = {}) {
      if (filter.ids && filter.ids.length === 0) return [];
      const w: SQL[] = [];
      if (filter.ids) w.push(inArray(mentions.id, [...filter.ids]));
      if (filter.status) w.push(eq(mentions.status, filter.status));
      if (filter.documentId) w.push(eq(mentions.documentId, filter.documentId));
      if (filter.personId) w.push(eq(mentions.personId, filter.personId));
      const rows = await db
        .select()
        .from(mentions)
        .where(and(...w))
        .orderBy(asc(mentions.id))
        .limit(filter.limit ?? 1000)
        .offset(filter.offset ?? 0);
      return rows.map(toMention);
    },
    async update(id, patch) {
      const full = { ...patch, ...(patch.status ? { reviewedAt: new Date().toISOString() } : {}) };
      const [row] = await db.update(mentions).set(full).where(eq(mentions.id, id)).returning();
      if (!row) throw new NotFoundError("mention", id);
      return toMention(row);
    },
    async deleteUnreviewedForDocument(documentId) {
      const r = await db
        .delete(mentions)
        .where(and(eq(mentions.documentId, documentId), eq(mentions.status, "suggested")))
        .returning({ id: mentions.id });
      return r.length;
    },
  };
}
