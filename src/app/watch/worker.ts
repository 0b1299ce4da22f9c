/**
 * @module app/watch/worker
 * One `vigil watch` worker: registers the configured sources, then claims due jobs from the
 * shared queue, fetches each (conditionally, with its ETag/Last-Modified), ingests the new
 * documents and schedules the next run (after the interval, or later with backoff on errors).
 * Any number of workers may run against one PostgreSQL; the queue makes sure each job runs once.
 */
import type { ReadOptions, SourceBatch } from "../../ingest/read-source.js";
import type { IngestLimits } from "../../ingest/limits.js";
import { ingestDocuments, type IngestDeps } from "../ingest-documents.js";
import { nextDelayMs } from "./backoff.js";
import type { ClaimedJob, JobOutcome, WatchQueue, WatchSource } from "./ports.js";

/** What a worker needs. */
export interface WatchDeps extends IngestDeps {
  queue: WatchQueue;
  read(location: string, options: ReadOptions): Promise<SourceBatch>;
  /**
   * Called with each new document's id after a poll stored it, as `vigil ingest` links mentions
   * of known people once it has stored documents. Optional: a worker without it only ingests.
   */
  afterNewDocument?(documentId: string): Promise<void>;
}

/** How a worker runs. */
export interface WatchOptions {
  worker: string;
  sources: readonly WatchSource[];
  /** Run until no job is due, then return (tests, cron). */
  once: boolean;
  hostGapMs: number;
  limits: IngestLimits;
  /** How long a claimed job is held before another worker may take it over. */
  leaseMs?: number;
  /** Longest sleep between two looks at the queue in long-running mode. */
  idlePollMs?: number;
  signal?: AbortSignal;
  log?(line: string): void;
}

/** Totals of a worker's run. */
export interface WatchTotals {
  runs: number;
  failedRuns: number;
  new: number;
  known: number;
  failed: number;
  facts: number;
  notModified: number;
}

/** Runs a worker until `signal` aborts (or, with `once`, until nothing is due). */
export async function runWatch(deps: WatchDeps, options: WatchOptions): Promise<WatchTotals> {
  const totals: WatchTotals = { runs: 0, failedRuns: 0, new: 0, known: 0, failed: 0, facts: 0, notModified: 0 };
  const leaseMs = options.leaseMs ?? Math.max(10 * 60_000, options.limits.timeoutMs * 4);
  await deps.queue.register(options.sources);
  while (!options.signal?.aborted) {
    const job = await deps.queue.claim(options.worker, { leaseMs, hostGapMs: options.hostGapMs });
    if (job) {
      await runJob(deps, job, options, totals);
      continue;
    }
    const state = await deps.queue.state();
    if (options.once) {
      // Due jobs that wait only for their host's rate limit belong to this cycle.
      if (state.dueFree > 0) {
        await sleep(state.hostWaitMs ?? 50, options.signal);
        continue;
      }
      break;
    }
    const wait = Math.min(state.hostWaitMs ?? Infinity, state.nextDueMs ?? Infinity, options.idlePollMs ?? 5000);
    await sleep(Math.max(wait, 50), options.signal);
  }
  return totals;
}

async function runJob(deps: WatchDeps, job: ClaimedJob, options: WatchOptions, totals: WatchTotals): Promise<void> {
  const result = { new: 0, known: 0, failed: 0, facts: 0, notModified: false };
  let outcome: JobOutcome;
  try {
    const batch = await deps.read(job.url, {
      limits: options.limits, outlet: job.sourceName, channel: job.channel,
      validators: { etag: job.etag, lastModified: job.lastModified },
    });
    if (batch.kind === "people-csv") throw new Error("CSV lists of people are imported with `vigil ingest`, not watched");
    result.notModified = batch.http?.notModified ?? false;
    const errors: string[] = [];
    const outcomes = await ingestDocuments(deps, batch.documents);
    outcomes.forEach((r, i) => {
      if (r.status === "failed") {
        result.failed++;
        const doc = batch.documents[i]!;
        errors.push(`${doc.url ?? doc.origin}: ${r.error}`);
      } else {
        result[r.status]++;
        result.facts += r.facts;
      }
    });
    if (deps.afterNewDocument) for (const r of outcomes) if (r.status === "new") await deps.afterNewDocument(r.documentId);
    outcome = { ok: true, etag: batch.http?.etag ?? null, lastModified: batch.http?.lastModified ?? null, result: { ...result, errors } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // SourceError messages start with the source; the job already names it.
    outcome = { ok: false, error: message.startsWith(`${job.url}: `) ? message.slice(job.url.length + 2) : message, result };
  }
  const failures = outcome.ok ? 0 : job.failures + 1;
  await deps.queue.finish(job.id, options.worker, outcome, nextDelayMs(job.intervalSeconds, failures));
  totals.runs++;
  if (!outcome.ok) totals.failedRuns++;
  totals.new += result.new;
  totals.known += result.known;
  totals.failed += result.failed;
  totals.facts += result.facts;
  if (result.notModified) totals.notModified++;
  options.log?.(
    outcome.ok
      ? `${job.url}: ${result.notModified ? "not modified" : `${result.new} new, ${result.known} known, ${result.failed} failed`}`
      : `${job.url}: ${outcome.error} (retry in ${Math.round(nextDelayMs(job.intervalSeconds, failures) / 1000)} s)`,
  );
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
