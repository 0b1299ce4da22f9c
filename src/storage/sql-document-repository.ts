/**
 * @module storage/sql-document-repository
 * Documents, stored once per SHA-256 of their original bytes (idempotent ingest).
 */
import { createHash } from "node:crypto";
import { count, desc, eq } from "drizzle-orm";
import type { DocumentInput, StoredDocument } from "../domain/document.js";
import type { DocumentRepository, Page } from "../domain/ports.js";
import { newId, type Db } from "./db.js";
import { documents } from "./schema.js";

/** SHA-256 (hex) of a document's original bytes: its identity. */
export function documentHash(original: Uint8Array): string {
  return createHash("sha256").update(original).digest("hex");
}

const publicColumns = {
  id: documents.id,
  url: documents.url,
  outlet: documents.outlet,
  title: documents.title,
  text: documents.text,
  published: documents.published,
  language: documents.language,
  hash: documents.hash,
  originalType: documents.originalType,
  origin: documents.origin,
  ingestedAt: documents.ingestedAt,
};

export function sqlDocumentRepository(db: Db): DocumentRepository {
  const get = async (id: string) => (await db.select(publicColumns).from(documents).where(eq(documents.id, id)))[0] ?? null;
  const findByHash = async (hash: string) => (await db.select(publicColumns).from(documents).where(eq(documents.hash, hash)))[0] ?? null;
  return {
    async insert(input: DocumentInput) {
      const hash = documentHash(input.original);
      const inserted = await db
        .insert(documents)
        .values({ ...input, id: newId(), hash })
        .onConflictDoNothing({ target: documents.hash })
        .returning(publicColumns);
      if (inserted[0]) return { document: inserted[0] as StoredDocument, created: true };
      const known = await findByHash(hash);
      if (!known) throw new Error(`document with hash ${hash} vanished`);
      return { document: known, created: false };
    },
    get,
    findByHash,
    async findByUrl(url) {
      return db.select(publicColumns).from(documents).where(eq(documents.url, url)).orderBy(desc(documents.ingestedAt));
    },
    async original(id) {
      const row = (await db.select({ bytes: documents.original, type: documents.originalType }).from(documents).where(eq(documents.id, id)))[0];
      return row ?? null;
    },
    async list(page: Page = {}) {
      return db
        .select(publicColumns)
        .from(documents)
        .orderBy(desc(documents.id))
        .limit(page.limit ?? 100)
        .offset(page.offset ?? 0);
    },
    async count() {
      return (await db.select({ n: count() }).from(documents))[0]?.n ?? 0;
    },
  };
}
