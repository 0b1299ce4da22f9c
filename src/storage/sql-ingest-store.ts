/**
 * @module storage/sql-ingest-store
 * Bulk writes of the ingest: multi-row inserts (in chunks under the parameter limit) inside one
 * transaction, and one query for the cohort candidates of a batch with their sources.
 */
import { and, asc, eq, gte, inArray, isNull, lte, notInArray, sql } from "drizzle-orm";
import type { CohortWithSources } from "../app/cluster-cohorts.js";
import type { IngestStore, IngestTx } from "../app/ingest-store.js";
import type { Cohort } from "../domain/cohort.js";
import type { CohortSource } from "../domain/ports.js";
import { batches, rows, type Db } from "./db.js";
import { claims, cohortSources, cohorts, documents, mentions } from "./schema.js";

/** Advisory lock key of cohort clustering (any fixed number unique within Vigil). */
const CLUSTER_LOCK = 5_000_501;

// Documents carry their whole text and original bytes: smaller chunks keep statements modest.
const DOC_CHUNK = 100;

function ingestTx(db: Db): IngestTx {
  return {
    async insertDocuments(docs) {
      const inserted = new Set<string>();
      for (const chunk of batches(docs, DOC_CHUNK)) {
        const rows = await db
          .insert(documents)
          .values(chunk.map((d) => ({ id: d.id, url: d.url, outlet: d.outlet, title: d.title, text: d.text, published: d.published, language: d.language, hash: d.hash, original: d.original, originalType: d.originalType, origin: d.origin })))
          .onConflictDoNothing({ target: documents.hash })
          .returning({ hash: documents.hash });
        for (const r of rows) inserted.add(r.hash);
      }
      return inserted;
    },
    async insertClaims(rows) {
      for (const chunk of batches(rows, 500)) if (chunk.length > 0) await db.insert(claims).values(chunk.map((c) => ({ ...c, status: c.status ?? "suggested" })));
    },
    async insertMentions(rows) {
      for (const chunk of batches(rows, 500)) if (chunk.length > 0) await db.insert(mentions).values(chunk.map((m) => ({ ...m, status: "suggested" })));
    },
    async lockClustering() {
      // Taken after the batch's documents are inserted, so a worker waiting here never holds a
      // row another worker's document insert is waiting for: no deadlock.
      await db.execute(sql`select pg_advisory_xact_lock(${CLUSTER_LOCK})`);
    },
    async cohortCandidates(from, to): Promise<CohortWithSources[]> {
      const found = (await db
        .select()
        .from(cohorts)
        // A cohort merged away is not a candidate: new reports of its round join the kept one.
        .where(and(gte(cohorts.date, from), lte(cohorts.date, to), notInArray(cohorts.status, ["rejected", "retracted"]), isNull(cohorts.mergedInto)))
        .orderBy(asc(cohorts.id))) as Cohort[];
      if (found.length === 0) return [];
      const byCohort = new Map<string, Pick<CohortSource, "documentId" | "reported">[]>();
      for (const chunk of batches(found.map((c) => c.id), 1000)) {
        const rows = await db
          .select({ cohortId: cohortSources.cohortId, documentId: cohortSources.documentId, reported: cohortSources.reported })
          .from(cohortSources)
          .where(inArray(cohortSources.cohortId, chunk));
        for (const r of rows) {
          const list = byCohort.get(r.cohortId) ?? [];
          list.push({ documentId: r.documentId, reported: r.reported as CohortSource["reported"] });
          byCohort.set(r.cohortId, list);
        }
      }
      return found.map((cohort) => ({ cohort, sources: byCohort.get(cohort.id) ?? [] }));
    },
    async insertCohorts(rows) {
      for (const chunk of batches(rows, 500)) if (chunk.length > 0) await db.insert(cohorts).values(chunk);
    },
    async insertCohortSources(rows) {
      for (const chunk of batches(rows, 500)) if (chunk.length > 0) await db.insert(cohortSources).values(chunk);
    },
    async updateCohort(id, patch) {
      await db.update(cohorts).set(patch).where(eq(cohorts.id, id));
    },
  };
}

/** The ingest store on a Drizzle database (PGlite or PostgreSQL). */
export function sqlIngestStore(db: Db): IngestStore {
  return {
    async knownHashes(hashes) {
      const known = new Map<string, string>();
      for (const chunk of batches(hashes, 1000)) {
        if (chunk.length === 0) continue;
        const rows = await db.select({ id: documents.id, hash: documents.hash }).from(documents).where(inArray(documents.hash, chunk));
        for (const r of rows) known.set(r.hash, r.id);
      }
      return known;
    },
    async latestByUrl(urls) {
      const latest = new Map<string, { title: string | null; text: string }>();
      for (const chunk of batches([...new Set(urls)], 500)) {
        if (chunk.length === 0) continue;
        const found = await rows<{ url: string; title: string | null; text: string }>(db, sql`
          select distinct on (url) url, title, text from documents
          where url in (${sql.join(chunk.map((u) => sql`${u}`), sql`, `)})
          order by url, ingested_at desc, id desc`);
        for (const r of found) latest.set(r.url, { title: r.title, text: r.text });
      }
      return latest;
    },
    run: (work) => db.transaction((tx) => work(ingestTx(tx as unknown as Db))),
  };
}
