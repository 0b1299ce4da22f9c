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

const N = 1500;
const KILLS = 20;
const root = mkdtempSync(join(tmpdir(), "vigil-crash-"));
const corpus = join(root, "corpus");
const data = join(root, "data");
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the CLI; kills it with SIGKILL after `killAfterMs` unless it ends first. */
function runCli(killAfterMs: number | null): Promise<{ code: number | null; killed: boolean; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["bin/vigil.js", "ingest", corpus, "--json"], {
      env: { ...process.env, VIGIL_DATA: data, DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "ignore"],
    });
    let stdout = "";
    let killed = false;
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    const timer = killAfterMs === null ? null : setTimeout(() => {
      killed = child.kill("SIGKILL");
    }, killAfterMs);
    child.on("exit", (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, killed, stdout });
    });
  });
}

it(`survives ${KILLS} SIGKILLs at random moments and finishes without duplicates`, async () => {
  writeGeneratedFolder(corpus, N, 3);
  let interrupted = 0;
  for (let k = 0; k < KILLS; k++) {
    // Startup (tsx, PGlite recovery, migrations) takes 2-4 s on this machine; the window
    // reaches well into the ingest itself.
    const r = await runCli(1500 + Math.floor(Math.random() * 5000));
    if (r.killed && r.code === null) interrupted++;
  }
  const last = await runCli(null);
  expect(last.code).toBe(0);
  const summary = JSON.parse(last.stdout) as { new: number; known: number; failed: number };
  expect(summary.failed).toBe(0);
  expect(summary.new + summary.known).toBe(N);
  expect(interrupted).toBeGreaterThan(KILLS / 2);
  // The killed runs did store work (the kills were not all during startup).
  expect(summary.known).toBeGreaterThan(0);

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
