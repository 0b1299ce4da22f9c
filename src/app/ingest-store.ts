/**
 * @module app/ingest-store
 * The storage port of bulk ingest. Storing documents one query per row costs ~2 ms a row on
 * PGlite, so a batch of documents is written with a handful of multi-row statements inside ONE
 * transaction: all documents of the batch with all their facts, or nothing (never half a
 * document). `storage/sql-ingest-store.ts` implements it.
 */
import type { Evidence, NewClaim } from "../domain/claim.js";
import type { CohortValues, ReportedValues } from "../domain/cohort.js";
import type { DocumentInput } from "../domain/document.js";
import type { Mention } from "../domain/ports.js";
import type { CohortWithSources } from "./cluster-cohorts.js";

/** A document ready to store, with its precomputed hash. */
export type HashedDocument = DocumentInput & { id: string; hash: string };

/** A suggested mention row: the stored mention's own fields, before review. */
export type NewMentionRow = Pick<Mention, "id" | "documentId" | "name" | "nameKey" | "role" | "statusNote" | "aliases" | "evidence"> & { extractorVersion: string };

/** A cohort row created by ingest (status "suggested"). */
export type NewCohortRow = CohortValues & { id: string; status: "suggested" };

/** One source's report of a cohort. */
export interface NewCohortSourceRow {
  id: string;
  cohortId: string;
  documentId: string;
  url: string | null;
  reported: ReportedValues;
  evidence: Evidence[];
}

/** Writes inside one transaction. */
export interface IngestTx {
  /** Inserts documents, skipping hashes already stored; returns the hashes actually inserted. */
  insertDocuments(docs: readonly HashedDocument[]): Promise<Set<string>>;
  insertClaims(claims: readonly (NewClaim & { id: string })[]): Promise<void>;
  insertMentions(mentions: readonly NewMentionRow[]): Promise<void>;
  /**
   * Serialises cohort clustering across concurrent workers until this transaction ends, so two
   * workers never both create a cohort for the same round (a transaction-scoped advisory lock).
   */
  lockClustering(): Promise<void>;
  /** Cohorts dated within [from, to] (not rejected or retracted), each with its sources. */
  cohortCandidates(from: string, to: string): Promise<CohortWithSources[]>;
  insertCohorts(cohorts: readonly NewCohortRow[]): Promise<void>;
  insertCohortSources(sources: readonly NewCohortSourceRow[]): Promise<void>;
  updateCohort(id: string, patch: Partial<CohortValues>): Promise<void>;
}

/** The bulk ingest store. */
export interface IngestStore {
  /** Which of these content hashes are already stored. */
  knownHashes(hashes: readonly string[]): Promise<Map<string, string>>;
  /** The title and text of the latest stored document at each URL. */
  latestByUrl(urls: readonly string[]): Promise<Map<string, { title: string | null; text: string }>>;
  /** Runs `work` in one transaction. */
  run<T>(work: (tx: IngestTx) => Promise<T>): Promise<T>;
}
