/**
 * @module app/watch/ports
 * The job queue the watch workers share, in the words of the watch mode. `storage/` implements
 * it on PostgreSQL (and PGlite, for a single worker) with `FOR UPDATE SKIP LOCKED`.
 */

/** A watched source as configured. */
export interface WatchSource {
  url: string;
  sourceName: string | null;
  channel: string | null;
  intervalSeconds: number;
}

/** A due job a worker holds under a lease. */
export interface ClaimedJob extends WatchSource {
  id: string;
  etag: string | null;
  lastModified: string | null;
  failures: number;
}

/** How one run of a job ended. */
export type JobOutcome =
  | { ok: true; etag: string | null; lastModified: string | null; result: Record<string, unknown> }
  | { ok: false; error: string; result: Record<string, unknown> };

/** Why no job could be claimed right now. */
export interface QueueState {
  /** Due jobs nobody holds. */
  dueFree: number;
  /** Milliseconds until a host rate limit lets a due job go, or null when none is waiting on a host. */
  hostWaitMs: number | null;
  /** Milliseconds until the next job falls due, or null when there are no jobs. */
  nextDueMs: number | null;
}

/** The shared job queue. */
export interface WatchQueue {
  /** Adds configured sources (a changed interval or name is updated; state is kept). */
  register(sources: readonly WatchSource[]): Promise<void>;
  /**
   * Claims one due job whose host may be requested now, leasing it for `leaseMs` and reserving
   * the host for `hostGapMs`; null when there is none. Safe under concurrency.
   */
  claim(worker: string, opts: { leaseMs: number; hostGapMs: number }): Promise<ClaimedJob | null>;
  /** Ends a run: records the outcome, releases the lease, schedules the next run `delayMs` from now. */
  finish(id: string, worker: string, outcome: JobOutcome, delayMs: number): Promise<void>;
  state(): Promise<QueueState>;
}
