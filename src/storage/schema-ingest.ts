/**
 * @module storage/schema-ingest
 * Tables of the watch mode. `ingest_jobs` is the job queue: one row per watched feed or page,
 * a recurring job whose `next_run_at` says when it is due. Workers claim a due job with
 * `FOR UPDATE SKIP LOCKED` and hold it by a lease (`lease_until`), so several `vigil watch`
 * processes on one PostgreSQL share the work without doing anything twice, and a crashed
 * worker's job is taken over when its lease runs out. `ingest_hosts` carries the per-host rate
 * limit shared by all workers.
 */
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

export const ingestJobs = pgTable(
  "ingest_jobs",
  {
    id: text("id").primaryKey(),
    url: text("url").notNull(),
    /** Host of the URL: the unit of the rate limit. */
    host: text("host").notNull(),
    sourceName: text("source_name"),
    channel: text("channel"),
    intervalSeconds: integer("interval_seconds").notNull(),
    nextRunAt: ts("next_run_at").notNull().defaultNow(),
    leaseUntil: ts("lease_until"),
    leasedBy: text("leased_by"),
    etag: text("etag"),
    lastModified: text("last_modified"),
    /** Consecutive failures: the backoff doubles with each. */
    failures: integer("failures").notNull().default(0),
    lastError: text("last_error"),
    lastRunAt: ts("last_run_at"),
    lastOkAt: ts("last_ok_at"),
    /** Totals of the last run: {new, known, failed, facts, notModified}. */
    lastResult: jsonb("last_result").$type<Record<string, unknown>>(),
    runs: integer("runs").notNull().default(0),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("ingest_jobs_url_uq").on(t.url), index("ingest_jobs_due_idx").on(t.nextRunAt)],
);

export const ingestHosts = pgTable("ingest_hosts", {
  host: text("host").primaryKey(),
  /** No worker may request this host before this moment. */
  nextAllowedAt: ts("next_allowed_at").notNull(),
});
