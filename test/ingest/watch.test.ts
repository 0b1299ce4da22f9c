/**
 * Watch mode on a real database: the job queue, conditional requests, backoff, the per-host
 * rate limit, and two workers on one PostgreSQL sharing the work without doing anything twice.
 * Network calls go only to a local server this test starts.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPerson } from "../../src/app/add-person.js";
import { suggestMentionLinks } from "../../src/app/suggest-mention-links.js";
import { runWatch, type WatchOptions } from "../../src/app/watch/worker.js";
import type { WatchSource } from "../../src/app/watch/ports.js";
import { emptyFacts } from "../../src/extract/facts.js";
import { extractFacts } from "../../src/extract/index.js";
import { readSource } from "../../src/ingest/index.js";
import type { Vigil } from "../../src/main.js";
import { openVigil } from "../../src/main.js";
import { rows } from "../../src/storage/db.js";
import { sqlIngestJobQueue } from "../../src/storage/sql-ingest-jobs.js";
import { sqlIngestStore } from "../../src/storage/sql-ingest-store.js";
import { createScratchDatabase, openTestVigil } from "../../src/storage/test-support.js";
import { startLocalServer, type Handler, type LocalServer } from "../fixtures/ingest/local-server.js";

const extractor = { extract: () => emptyFacts(), version: "none" };

function rss(prefix: string, n: number): string {
  const items = Array.from({ length: n }, (_, i) => `<item><title>${prefix} ${i}</title><link>https://news.example.org/${prefix}/${i}</link><guid>${prefix}-${i}</guid><description>Item ${i} of ${prefix}: a short written report.</description></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${prefix}</title>${items.join("")}</channel></rss>`;
}

/** A feed that honours If-None-Match, answering after `delayMs`. */
function feed(prefix: string, n: number, delayMs = 0, etag: string | null = null): Handler {
  return (req, res) => {
    setTimeout(() => {
      if (etag && req.headers["if-none-match"] === etag) return void res.writeHead(304).end();
      res.writeHead(200, { "content-type": "application/rss+xml", ...(etag ? { etag } : {}) });
      res.end(rss(prefix, n));
    }, delayMs);
  };
}

/** A feed whose one item names a person the registry already knows. */
const named: Handler = (_req, res) => {
  res.writeHead(200, { "content-type": "application/rss+xml" });
  res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>named</title><item><title>Freed</title><link>https://news.example.org/named/1</link><guid>named-1</guid><description>Maryia Kalesnikava was released from prison on Saturday, her family said.</description></item></channel></rss>`);
};

let server: LocalServer;
beforeAll(async () => {
  const routes: Record<string, Handler> = { "/broken": (_q, r) => void r.writeHead(500).end("down"), "/etag": feed("etag", 3, 0, '"v1"'), "/named": named };
  for (let i = 0; i < 6; i++) routes[`/f${i}`] = feed(`f${i}`, 4, 80);
  server = await startLocalServer(routes);
});
afterAll(async () => server.close());

const src = (path: string, intervalSeconds = 600): WatchSource => ({ url: `${server.url}${path}`, sourceName: null, channel: null, intervalSeconds });
const options = (worker: string, sources: WatchSource[], extra: Partial<WatchOptions> = {}): WatchOptions => ({
  worker, sources, once: true, hostGapMs: 0, limits: { maxBytes: 1e6, timeoutMs: 5000 }, ...extra,
});
const deps = (v: Vigil) => ({ store: sqlIngestStore(v.db), extractor, queue: sqlIngestJobQueue(v.db), read: readSource });
const hits = (path: string) => server.requests.filter((r) => r.path === path);

describe("vigil watch [pglite]", () => {
  let vigil: Vigil;
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ vigil, dispose } = await openTestVigil("pglite")));
  afterAll(async () => dispose());

  it("links mentions of known people in what it stores, as `vigil ingest` does", async () => {
    const maria = await addPerson(vigil, { name: "Мария Колесникова", actor: "test" });
    const linked: string[] = [];
    const watchDeps = {
      ...deps(vigil),
      extractor: { extract: extractFacts, version: "test" },
      afterNewDocument: async (documentId: string) => {
        linked.push(documentId);
        await vigil.tx.run((r) => suggestMentionLinks(r, { documentId }));
      },
    };
    expect(await runWatch(watchDeps, options("w0", [src("/named")]))).toMatchObject({ runs: 1, new: 1 });
    expect(linked).toHaveLength(1);
    const mentions = await vigil.mentions.list({ documentId: linked[0] });
    expect(mentions.find((m) => m.name.includes("Kalesnikava"))?.personId).toBe(maria.id);
    // The other tests count jobs: this source's job goes.
    await vigil.db.execute(sql`delete from ingest_jobs where url like '%/named'`);
  });

  it("polls once, then uses the ETag, and backs off a failing source", async () => {
    const sources = [src("/etag"), src("/broken", 100)];
    const first = await runWatch(deps(vigil), options("w1", sources));
    expect(first).toMatchObject({ runs: 2, failedRuns: 1, new: 3 });
    const [broken] = await rows<{ failures: number; delay: number; last_error: string }>(vigil.db, sql`
      select failures, extract(epoch from next_run_at - now()) as delay, last_error from ingest_jobs where url like '%/broken'`);
    expect(broken?.failures).toBe(1);
    expect(Number(broken?.delay)).toBeGreaterThan(150); // 2 x 100 s, not 100 s
    expect(broken?.last_error).toMatch(/HTTP 500/);

    // Nothing is due: a second cycle does nothing at all.
    expect((await runWatch(deps(vigil), options("w1", sources))).runs).toBe(0);

    await vigil.db.execute(sql`update ingest_jobs set next_run_at = now()`);
    const before = hits("/etag").length;
    const second = await runWatch(deps(vigil), options("w1", sources));
    expect(second).toMatchObject({ runs: 2, notModified: 1, new: 0 });
    expect(hits("/etag").length).toBe(before + 1);
    expect(hits("/etag").at(-1)?.headers["if-none-match"]).toBe('"v1"');
    const [again] = await rows<{ failures: number }>(vigil.db, sql`select failures from ingest_jobs where url like '%/broken'`);
    expect(again?.failures).toBe(2);
  });

  it("spaces requests to one host by the rate limit", async () => {
    const start = server.requests.length;
    await runWatch(deps(vigil), options("w1", [src("/f0"), src("/f1"), src("/f2")], { hostGapMs: 300 }));
    const times = server.requests.slice(start).map((r) => r.at);
    expect(times).toHaveLength(3);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(280);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("vigil watch: two workers on one PostgreSQL", () => {
  it("shares the jobs: every source fetched once, every item stored once", async () => {
    const scratch = await createScratchDatabase("vigil_watch");
    const a = await openVigil({ databaseUrl: scratch.url });
    const b = await openVigil({ databaseUrl: scratch.url });
    try {
      const sources = Array.from({ length: 6 }, (_, i) => src(`/f${i}`));
      const start = server.requests.length;
      const [ta, tb] = await Promise.all([runWatch(deps(a), options("A", sources)), runWatch(deps(b), options("B", sources))]);
      const paths = server.requests.slice(start).map((r) => r.path).sort();
      expect(paths).toEqual(sources.map((s) => new URL(s.url).pathname).sort());
      expect(ta.runs + tb.runs).toBe(6);
      expect(Math.min(ta.runs, tb.runs)).toBeGreaterThan(0); // both worked: 80 ms per fetch leaves time to share
      expect(ta.new + tb.new).toBe(24);
      expect(ta.known + tb.known).toBe(0);
      expect(await a.documents.count()).toBe(24);
      const jobs = await rows<{ runs: number }>(a.db, sql`select runs from ingest_jobs`);
      expect(jobs.map((j) => j.runs)).toEqual([1, 1, 1, 1, 1, 1]);
    } finally {
      await a.close();
      await b.close();
      await scratch.drop();
    }
  });
});
