/**
 * @module app/ingest-batch
 * `vigil ingest` without the terminal: walks the given paths and URLs, reads each with its
 * adapter, ingests every document, and sums up. A source that cannot be read, or a document that
 * cannot be stored, is reported with its name and the batch goes on.
 */
import type { DocumentInput } from "../domain/document.js";
import { VigilError } from "../domain/errors.js";
import type { DocumentRepository, TransactionManager } from "../domain/ports.js";
import type { Listed } from "../ingest/list-files.js";
import { badRowsCsv } from "../ingest/people-csv.js";
import type { ReadOptions, SourceBatch } from "../ingest/read-source.js";
import { ingestDocuments, type IngestDeps } from "./ingest-documents.js";
import { ingestPeople, type PossibleDuplicate } from "./ingest-people.js";

/** The summary printed by `vigil ingest --json` (the contract). */
export interface IngestSummary {
  new: number;
  known: number;
  failed: number;
  facts: number;
  errors: { source: string; message: string }[];
  /** Items adapters skipped, by reason (service messages, media without text...). */
  skipped: Record<string, number>;
  /** People imported from CSV lists (new records). */
  people: number;
  /** CSV rows attached to a person already known instead of creating a duplicate. */
  matchedExisting: number;
  /** CSV rows created although someone similar is known: to review (`vigil person merge`). */
  possibleDuplicates: PossibleDuplicate[];
  /** Files the bad rows of CSV lists were written to (with --skip-bad). */
  badRowFiles: string[];
  /** The bad rows of CSV lists set aside with `skipBad` when `badRowsTo` is "summary" (else empty). */
  badRows: SkippedRow[];
}

/** A CSV row that was not imported: where it was, why, and the row as written. */
export interface SkippedRow {
  source: string;
  /** 1-based line in the file. */
  line: number;
  reason: string;
  raw: string;
}

/** What the batch needs besides the ingest use case's own dependencies. */
export interface BatchDeps extends IngestDeps {
  /** For CSV lists of people (registry writes go through the core repositories). */
  tx: TransactionManager;
  documents: Pick<DocumentRepository, "findByHash">;
  list(locations: string[]): AsyncIterable<Listed>;
  read(location: string, options: ReadOptions): Promise<SourceBatch>;
  /** Writes a file (bad rows); injected so the use case does no I/O of its own. */
  writeFile(path: string, text: string): Promise<void>;
}

/** Options of one batch. */
export interface BatchOptions extends ReadOptions {
  /** Import the good rows of a CSV with bad rows, setting the bad ones aside (see `badRowsTo`). */
  skipBad?: boolean;
  /**
   * Where `skipBad` sets bad rows aside: a NAME.bad-rows.csv file beside the CSV (the default,
   * for the CLI), or the summary's `badRows` (for HTTP, where an upload has no folder to write in
   * and the caller reads the answer, not the server's disk).
   */
  badRowsTo?: "file" | "summary";
  /** Called after each document (or failed source). */
  onProgress?(event: { source: string; done: number; summary: IngestSummary }): void;
  /** Called once the documents of a source are known, to size a progress bar. */
  onSource?(event: { source: string; documents: number }): void;
  /** Documents stored per transaction (default 200). */
  batchSize?: number;
  /** Called after each batch transaction (for --verbose). */
  onBatch?(event: { documents: number; summary: IngestSummary }): void;
}

/** Ingests every location; never throws for a bad source or document. */
export async function ingestLocations(deps: BatchDeps, locations: string[], options: BatchOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { new: 0, known: 0, failed: 0, facts: 0, errors: [], skipped: {}, people: 0, matchedExisting: 0, possibleDuplicates: [], badRowFiles: [], badRows: [] };
  let done = 0;
  const size = options.batchSize ?? 200;
  let pending: { doc: DocumentInput; source: string }[] = [];
  const flush = async () => {
    const work = pending;
    pending = [];
    if (work.length === 0) return;
    await ingestPending(deps, work, summary, fail);
    options.onBatch?.({ documents: work.length, summary });
    for (const w of work) options.onProgress?.({ source: w.source, done: ++done, summary });
  };
  const fail = (source: string, error: unknown) => {
    summary.failed++;
    const message = error instanceof VigilError || error instanceof Error ? error.message : String(error);
    // SourceError messages already start with the source; don't say it twice.
    summary.errors.push({ source, message: message.startsWith(`${source}: `) ? message.slice(source.length + 2) : message });
  };
  for await (const item of deps.list(locations)) {
    if ("error" in item) {
      fail(item.location, item.error);
      options.onProgress?.({ source: item.location, done: ++done, summary });
      continue;
    }
    let batch: SourceBatch;
    try {
      batch = await deps.read(item.location, options);
    } catch (error) {
      fail(item.location, error);
      options.onProgress?.({ source: item.location, done: ++done, summary });
      continue;
    }
    if (batch.kind === "people-csv") {
      await ingestPeopleBatch(deps, batch, item.location, options, summary, fail);
      options.onProgress?.({ source: item.location, done: ++done, summary });
      continue;
    }
    for (const [reason, n] of Object.entries(batch.skipped)) summary.skipped[reason] = (summary.skipped[reason] ?? 0) + n;
    options.onSource?.({ source: item.location, documents: batch.documents.length });
    for (const doc of batch.documents) {
      pending.push({ doc, source: item.location });
      if (pending.length >= size) await flush();
    }
  }
  await flush();
  return summary;
}

/**
 * Stores pending documents as one batch. If the batch transaction itself fails (a database
 * error, not a bad fact), each document is retried alone so one bad apple cannot sink the rest.
 */
async function ingestPending(deps: IngestDeps, work: { doc: DocumentInput; source: string }[], summary: IngestSummary, fail: (s: string, e: unknown) => void): Promise<void> {
  const label = (w: { doc: DocumentInput; source: string }) => w.doc.url ?? `${w.source} (${w.doc.origin})`;
  let outcomes;
  try {
    outcomes = await ingestDocuments(deps, work.map((w) => w.doc));
  } catch (error) {
    if (work.length === 1) return fail(label(work[0]!), error);
    for (const w of work) await ingestPending(deps, [w], summary, fail);
    return;
  }
  outcomes.forEach((o, i) => {
    if (o.status === "failed") fail(label(work[i]!), new Error(o.error));
    else {
      summary[o.status]++;
      summary.facts += o.facts;
    }
  });
}

async function ingestPeopleBatch(
  deps: BatchDeps, batch: Extract<SourceBatch, { kind: "people-csv" }>, location: string, options: BatchOptions,
  summary: IngestSummary, fail: (s: string, e: unknown) => void,
): Promise<void> {
  const { people } = batch;
  if (people.bad.length > 0 && !options.skipBad) {
    for (const bad of people.bad) summary.errors.push({ source: `${location}:${bad.line}`, message: bad.reason });
    // The way to import the good rows anyway, as the caller spells it: a CLI flag, or the API's query option.
    const skipHint = options.badRowsTo === "summary" ? "skip_bad=true" : "--skip-bad";
    fail(location, new Error(`${people.bad.length} bad row(s); nothing imported (fix them, or use ${skipHint} to import the ${people.rows.length} good row(s))`));
    return;
  }
  if (people.bad.length > 0) {
    if (options.badRowsTo === "summary") {
      for (const { line, reason, raw } of people.bad) summary.badRows.push({ source: location, line, reason, raw });
    } else {
      const path = `${location.replace(/\.csv$/i, "")}.bad-rows.csv`;
      await deps.writeFile(path, badRowsCsv(people));
      summary.badRowFiles.push(path);
    }
    for (const bad of people.bad) summary.errors.push({ source: `${location}:${bad.line}`, message: `skipped: ${bad.reason}` });
  }
  if (people.rows.length === 0) return;
  try {
    const file: DocumentInput = {
      text: `${people.header}\n${people.rows.map((r) => r.name).join("\n")}`, title: null, url: null, outlet: options.outlet ?? null,
      published: null, language: null, original: batch.original, originalType: "text/csv", origin: batch.origin,
    };
    const r = await ingestPeople(deps, { file, rows: people.rows });
    if (r.status === "new") {
      summary.new++;
      summary.people += r.persons;
      summary.matchedExisting += r.matchedExisting;
      summary.possibleDuplicates.push(...r.possible);
    } else summary.known++;
  } catch (error) {
    fail(location, error);
  }
}

/** The summary as `vigil ingest --json` prints it and `POST /api/ingest` returns it (snake_case keys): one shape for both. */
export function ingestSummaryJson(s: IngestSummary) {
  return { new: s.new, known: s.known, failed: s.failed, facts: s.facts, errors: s.errors, skipped: s.skipped, people: s.people, matched_existing: s.matchedExisting, possible_duplicates: s.possibleDuplicates, bad_row_files: s.badRowFiles, bad_rows: s.badRows };
}
