/**
 * @module storage/sql-ingest-jobs
 * The watch job queue on PostgreSQL/PGlite. A claim is one short transaction: pick due, unleased
 * jobs with `FOR UPDATE SKIP LOCKED` (concurrent workers skip rows another is claiming instead
 * of waiting or taking them too), reserve the job's host in `ingest_hosts` (the shared rate
 * limit), then lease the job. The fetch itself runs outside any transaction, protected by the
 * lease; times come from the database clock so workers on different machines agree.
 */
import { sql } from "drizzle-orm";
import type { ClaimedJob, JobOutcome, QueueState, WatchQueue, WatchSource } from "../app/watch/ports.js";
import { newId, rows, type Db } from "./db.js";

type JobRow = {
  id: string; url: string; host: string; source_name: string | null; channel: string | null;
  interval_seconds: number; etag: string | null; last_modified: string | null; failures: number;
};

/** The host part of a URL, lower-cased: the unit of the rate limit. */
export function hostOf(url: string): string {
  return new URL(url).host.toLowerCase();
}

/** Builds the queue on a Drizzle database (a pool: claims run in their own transactions). */
export function sqlIngestJobQueue(db: Db): WatchQueue {
  return {
    async register(sources: readonly WatchSource[]) {
      for (const s of sources) {
        await db.execute(sql`
          insert into ingest_jobs (id, url, host, source_name, channel, interval_seconds)
          values (${newId()}, ${s.url}, ${hostOf(s.url)}, ${s.sourceName}, ${s.channel}, ${s.intervalSeconds})
          on conflict (url) do update set source_name = excluded.source_name, channel = excluded.channel,
            interval_seconds = excluded.interval_seconds`);
      }
    },

    async claim(worker, { leaseMs, hostGapMs }) {
      return db.transaction(async (txRaw) => {
        const tx = txRaw as unknown as Db;
        const candidates = await rows<JobRow>(tx, sql`
          select id, url, host, source_name, channel, interval_seconds, etag, last_modified, failures
          from ingest_jobs j
          where j.next_run_at <= now()
            and (j.lease_until is null or j.lease_until < now())
            and not exists (select 1 from ingest_hosts h where h.host = j.host and h.next_allowed_at > now())
          order by j.next_run_at, j.id
          limit 10
          for update skip locked`);
        for (const job of candidates) {
          // The conditional upsert serialises on the host row: of two workers reaching for one
          // host, the second sees the first's reservation and gets no row back.
          const reserved = await rows<{ host: string }>(tx, sql`
            insert into ingest_hosts (host, next_allowed_at) values (${job.host}, now() + ${hostGapMs} * interval '1 millisecond')
            on conflict (host) do update set next_allowed_at = excluded.next_allowed_at
              where ingest_hosts.next_allowed_at <= now()
            returning host`);
          if (reserved.length === 0) continue;
          await tx.execute(sql`
            update ingest_jobs set lease_until = now() + ${leaseMs} * interval '1 millisecond', leased_by = ${worker}, last_run_at = now()
            where id = ${job.id}`);
          return toClaimed(job);
        }
        return null;
      });
    },

    async finish(id, worker, outcome: JobOutcome, delayMs) {
      const next = sql`now() + ${Math.round(delayMs)} * interval '1 millisecond'`;
      const result = JSON.stringify(outcome.result);
      if (outcome.ok) {
        await db.execute(sql`
          update ingest_jobs set lease_until = null, leased_by = null, next_run_at = ${next}, failures = 0, last_error = null,
            etag = coalesce(${outcome.etag}, etag), last_modified = coalesce(${outcome.lastModified}, last_modified),
            last_ok_at = now(), last_result = ${result}::jsonb, runs = runs + 1
          where id = ${id} and leased_by = ${worker}`);
      } else {
        await db.execute(sql`
          update ingest_jobs set lease_until = null, leased_by = null, next_run_at = ${next}, failures = failures + 1,
            last_error = ${outcome.error}, last_result = ${result}::jsonb, runs = runs + 1
          where id = ${id} and leased_by = ${worker}`);
      }
    },

    async state(): Promise<QueueState> {
      const [r] = await rows<{ due_free: string | number; host_wait: string | number | null; next_due: string | number | null }>(db, sql`
        select
          count(*) filter (where j.next_run_at <= now() and (j.lease_until is null or j.lease_until < now())) as due_free,
          extract(epoch from (min(h.next_allowed_at) filter (where j.next_run_at <= now()
            and (j.lease_until is null or j.lease_until < now()) and h.next_allowed_at > now()) - now())) * 1000 as host_wait,
          extract(epoch from (min(j.next_run_at) - now())) * 1000 as next_due
        from ingest_jobs j left join ingest_hosts h on h.host = j.host`);
      const num = (v: string | number | null | undefined) => (v == null ? null : Math.max(0, Math.ceil(Number(v))));
      return { dueFree: Number(r?.due_free ?? 0), hostWaitMs: num(r?.host_wait), nextDueMs: num(r?.next_due) };
    },
  };
}

function toClaimed(r: JobRow): ClaimedJob {
  return {
    id: r.id, url: r.url, sourceName: r.source_name, channel: r.channel, intervalSeconds: r.interval_seconds,
    etag: r.etag, lastModified: r.last_modified, failures: r.failures,
  };
}
