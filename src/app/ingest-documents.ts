/**
 * @module app/ingest-documents
 * The ingest use case: a document is known by the SHA-256 of its original bytes; a new one is
 * stored together with everything extracted from it (suggested claims, mentions, cohort
 * sources) in ONE transaction, so a crash at any moment leaves either the whole document with
 * its facts or nothing, and re-running the ingest finishes the job without duplicates.
 */
import { createHash } from "node:crypto";
import type { DocumentInput } from "../domain/document.js";
import type { DocumentRepository, TransactionManager } from "../domain/ports.js";
import type { ExtractInput, Facts } from "../extract/facts.js";
import { nameKey } from "../names/key.js";
import { DEFAULT_CLUSTER_RULES, placeCohortReport, type ClusterRules } from "./cluster-cohorts.js";
import { claimDrafts, cohortReports, mentionDrafts } from "./ingest-facts.js";

/** The extractor, injected so the use case can be tested with a fake and benchmarked alone. */
export interface Extractor {
  extract(input: ExtractInput): Facts;
  version: string;
}

/** Dependencies of the ingest use case. */
export interface IngestDeps {
  tx: TransactionManager;
  documents: Pick<DocumentRepository, "findByHash">;
  extractor: Extractor;
  rules?: ClusterRules;
}

/** The outcome for one document. */
export interface IngestOutcome {
  status: "new" | "known";
  documentId: string;
  /** Facts suggested from this document (claims + mentions + cohort reports); 0 when known. */
  facts: number;
  /** Cohorts this document created (others it joined as a source). */
  cohortsCreated: number;
}

/** SHA-256 (hex) of the original bytes: the same function storage uses for the unique hash. */
export function contentHash(original: Uint8Array): string {
  return createHash("sha256").update(original).digest("hex");
}

/**
 * Ingests one document. Extraction runs before the transaction (it is pure CPU work and must
 * not hold a database transaction open), and only for documents not seen before.
 * @example const r = await ingestDocument({ tx, documents, extractor }, doc); // r.status === "new"
 */
export async function ingestDocument(deps: IngestDeps, input: DocumentInput): Promise<IngestOutcome> {
  const known = await deps.documents.findByHash(contentHash(input.original));
  if (known) return { status: "known", documentId: known.id, facts: 0, cohortsCreated: 0 };
  const facts = deps.extractor.extract({ text: input.text, title: input.title, published: input.published, language: input.language });
  const ctx = { publishedDay: publishedDay(input.published), outlet: input.outlet };
  const claims = claimDrafts(facts, ctx);
  const mentions = mentionDrafts(facts);
  const reports = cohortReports(facts, ctx);
  return deps.tx.run(async (repos) => {
    const { document, created } = await repos.documents.insert(input);
    // Another worker stored the same bytes between our check and this transaction.
    if (!created) return { status: "known" as const, documentId: document.id, facts: 0, cohortsCreated: 0 };
    for (const c of claims) {
      await repos.claims.insert({ ...c, documentId: document.id, status: "suggested", extractorVersion: deps.extractor.version });
    }
    for (const m of mentions) {
      await repos.mentions.insert({ ...m, nameKey: nameKey(m.name) || null, documentId: document.id, status: "suggested", extractorVersion: deps.extractor.version });
    }
    let cohortsCreated = 0;
    for (const report of reports) {
      const placed = await placeCohortReport({ cohorts: repos.cohorts }, { report, documentId: document.id, url: input.url }, deps.rules ?? DEFAULT_CLUSTER_RULES);
      if (placed.created) cohortsCreated++;
    }
    return { status: "new" as const, documentId: document.id, facts: claims.length + mentions.length + reports.length, cohortsCreated };
  });
}

function publishedDay(published: string | null): string | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return null;
  const day = published.slice(0, 10);
  // A date-time with an offset is converted to UTC by the adapters; the day part is what counts.
  return Number.isNaN(Date.parse(day)) ? null : day;
}
