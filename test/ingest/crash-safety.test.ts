/**
 * Crash safety of `vigil ingest`: the real CLI ingests a large generated folder into a PGlite
 * data folder and is killed with SIGKILL at random moments, 20 times; then a last run finishes.
 * Afterwards every document is stored exactly once and has exactly the facts its text yields
 * (no document without its claims, mentions or cohort sources; no cohort without a source).
 * PGlite's data folder survives SIGKILL (it recovers like PostgreSQL), so this runs on PGlite.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import { claimDrafts, cohortReports, mentionDrafts } from "../../src/app/ingest-facts.js";
import { EXTRACTOR_VERSION, extractFacts } from "../../src/extract/index.js";
import { openVigil } from "../../src/main.js";
import { rows } from "../../src/storage/db.js";
import { writeGeneratedFolder } from "../fixtures/ingest/generate.js";

const N = 5000;
const KILLS = 20;
const root = mkdtempSync(join(tmpdir(), "vigil-crash-"));
const corpus = join(root, "corpus");
const data = join(root, "data");
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** When to kill a run: `atMs` after spawn, and/or `extraMs` after its `afterBatches`-th batch of new documents. */
interface Kill {
  atMs?: number;
  afterBatches: number;
  extraMs: number;
}

/**
 * Runs the CLI in batches of 50 with --verbose, counting the batches that stored new documents
 * (re-runs first skip what is known), so kills land at chosen points of the work whatever the
 * load of the machine.
 */
function runCli(kill: Kill | null, folder = corpus): Promise<{ code: number | null; killed: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["bin/vigil.js", "ingest", folder, "--json", "--verbose", "--batch-size", "50"], {
      env: { ...process.env, VIGIL_DATA: data, DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let killed = false;
    let newBatches = 0;
    let lastNew = 0;
    const timers: NodeJS.Timeout[] = [];
    const killIn = (ms: number) => timers.push(setTimeout(() => (killed = child.kill("SIGKILL") || killed), ms));
    if (kill?.atMs !== undefined) killIn(kill.atMs);
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => {
      for (const m of c.toString().matchAll(/^stored batch of \d+ \(new (\d+)/gm)) {
        const now = Number(m[1]);
        if (now > lastNew && ++newBatches === kill?.afterBatches) killIn(kill.extraMs);
        lastNew = now;
      }
      stderr += c.toString();
    });
    child.on("exit", (code) => {
      for (const t of timers) clearTimeout(t);
      resolve({ code, killed, stdout, stderr });
    });
  });
}

const random = (from: number, to: number) => from + Math.floor(Math.random() * (to - from));

it(`survives ${KILLS} SIGKILLs at random moments and finishes without duplicates`, async () => {
  writeGeneratedFolder(corpus, N, 3);
  let interrupted = 0;
  for (let k = 0; k < KILLS; k++) {
    // A quarter of the kills at a random moment from spawn (startup, recovery, skipping known
    // files), the rest 0-300 ms after the 1st-3rd batch of new documents: mid-transaction or
    // between two. At most ~4 x 50 new documents per run, so the killed runs never finish.
    const kill: Kill = Math.random() < 0.25 ? { atMs: random(300, 6000), afterBatches: 1, extraMs: random(0, 300) } : { afterBatches: random(1, 4), extraMs: random(0, 300) };
    const r = await runCli(kill);
    if (r.killed && r.code === null) interrupted++;
  }
  const last = await runCli(null);
  expect(last.code, last.stderr.slice(-2000)).toBe(0);
  const summary = JSON.parse(last.stdout) as { new: number; known: number; failed: number; errors: unknown[] };
  expect(summary.failed, JSON.stringify(summary.errors).slice(0, 2000)).toBe(0);
  expect(summary.new + summary.known).toBe(N);
  expect(interrupted).toBeGreaterThan(KILLS / 2);
  // The killed runs did store work, and left work undone.
  expect(summary.known).toBeGreaterThan(0);
  expect(summary.new).toBeGreaterThan(0);

  const vigil = await openVigil({ dataDir: data });
  try {
    const [counts] = await rows<{ docs: number; origins: number; hashes: number }>(vigil.db, sql`
      select count(*)::int as docs, count(distinct origin)::int as origins, count(distinct hash)::int as hashes from documents`);
    expect(counts).toEqual({ docs: N, origins: N, hashes: N });
    const orphans = await rows<{ n: number }>(vigil.db, sql`
      select count(*)::int as n from cohorts c where not exists (select 1 from cohort_sources s where s.cohort_id = c.id)`);
    expect(orphans[0]?.n).toBe(0);
    const docs = await rows<{ id: string; text: string; title: string | null; published: string | null; language: string | null; outlet: string | null; claims: number; mentions: number; sources: number; version: string | null }>(vigil.db, sql`
      select d.id, d.text, d.title, d.published, d.language, d.outlet,
        (select count(*)::int from claims c where c.document_id = d.id) as claims,
        (select count(*)::int from mentions m where m.document_id = d.id) as mentions,
        (select count(*)::int from cohort_sources s where s.document_id = d.id) as sources,
        (select min(extractor_version) from claims c where c.document_id = d.id) as version
      from documents d`);
    let withFacts = 0;
    for (const d of docs) {
      const facts = extractFacts({ text: d.text, title: d.title, published: d.published, language: d.language });
      const ctx = { publishedDay: d.published?.slice(0, 10) ?? null, outlet: d.outlet };
      const expected = { claims: claimDrafts(facts, ctx).length, mentions: mentionDrafts(facts).length, sources: cohortReports(facts, ctx).length };
      expect({ id: d.id, claims: d.claims, mentions: d.mentions, sources: d.sources }).toEqual({ id: d.id, ...expected });
      if (d.claims > 0) {
        withFacts++;
        expect(d.version).toBe(EXTRACTOR_VERSION);
      }
    }
    // The check above means something only if documents do carry facts.
    expect(withFacts).toBeGreaterThan(N / 2);
  } finally {
    await vigil.close();
  }
}, 400_000);
