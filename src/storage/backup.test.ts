import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { Vigil } from "../main.js";
import { bulkInsert, newId, rows } from "./db.js";
import { persons } from "./schema.js";
import { openTestVigil, testBackends, type Backend } from "./test-support.js";

const dir = mkdtempSync(path.join(tmpdir(), "vigil-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function fill(v: Vigil): Promise<void> {
  const { document } = await v.documents.insert({
    text: "A report with a figure.",
    title: "Report",
    url: "https://example.org/r",
    outlet: "Example",
    published: "2024-12-01",
    language: "en",
    original: new Uint8Array([0, 1, 2, 250, 255, 10]),
    originalType: "application/octet-stream",
    origin: "file:r.bin",
  });
  const p = await v.persons.insert({ name: "Алесь Тэст", nameKey: "tst", birthDate: "1970-01-01", birthPrecision: "year", health: "private note", names: [{ text: "Ales Test", kind: "transliteration", nameKey: "tst" }] });
  await v.acts.insert({ personId: p.id, type: "detained", startDate: "2021-03-01", startPrecision: "month" });
  const c = await v.cohorts.insert({ type: "pardon", count: 10, qualifier: "exact", date: "2024-11-20", datePrecision: "day", women: 3, men: 7, extra: { pensioners_over_70: 2 } });
  await v.cohorts.addSource({ cohortId: c.id, documentId: document.id, reported: { count: 10, women: 3 }, evidence: [{ field: "text", start: 0, end: 5 }] });
  await v.cohorts.addMember(c.id, p.id);
  await v.claims.insert({ documentId: document.id, subject: "political_prisoners_held", value: 1265, qualifier: "over", asOf: "2024-12-31", asOfPrecision: "day", attributedTo: "Viasna", scope: null, country: "BY", evidence: [{ field: "text", start: 2, end: 8 }] });
  await v.audit.record({ actor: "test", action: "create", entity: "person", entityId: p.id, before: null, after: { name: "x" } });
}

/** Every backed-up table's rows, in a backend-neutral form, for comparison. */
async function snapshot(v: Vigil): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  const tables = await rows<{ tablename: string }>(v.db, sql`select tablename from pg_tables where schemaname = 'public' order by tablename`);
  for (const { tablename } of tables) {
    const r = await rows<{ j: unknown }>(v.db, sql.raw(`select to_jsonb(t) as j from "${tablename}" t order by 1`));
    out[tablename] = r.map((x) => (typeof x.j === "string" ? JSON.parse(x.j) : x.j)).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return out;
}

const pairs: [Backend, Backend][] = testBackends().flatMap((a) => testBackends().map((b) => [a, b] as [Backend, Backend]));

describe("backup and restore", () => {
  it.each(pairs)("round-trips from %s into %s", async (from, to) => {
    const source = await openTestVigil(from);
    const target = await openTestVigil(to);
    try {
      await fill(source.vigil);
      const file = path.join(dir, `${from}-${to}.jsonl`);
      const dumped = await source.vigil.backup.dump(file);
      expect(dumped.tables.documents).toBe(1);
      expect(readFileSync(file, "utf8").split("\n")[0]).toContain("vigil-backup/1");
      const restored = await target.vigil.backup.restore(file);
      expect(restored.tables).toEqual(Object.fromEntries(Object.entries(dumped.tables).filter(([, n]) => n > 0)));
      expect(await snapshot(target.vigil)).toEqual(await snapshot(source.vigil));
      const doc = (await target.vigil.documents.list())[0]!;
      expect([...(await target.vigil.documents.original(doc.id))!.bytes]).toEqual([0, 1, 2, 250, 255, 10]);
      expect(await target.vigil.custody.countHeldOn("2024-01-01")).toEqual({ held: 1, uncertain: 0 });
      // A second restore into a database with data is refused unless replacing.
      await expect(target.vigil.backup.restore(file)).rejects.toThrow(/not empty/);
      await target.vigil.backup.restore(file, { replace: true });
      expect(await target.vigil.persons.count()).toBe(1);
    } finally {
      await source.dispose();
      await target.dispose();
    }
  });

  it("pages through tables larger than one page, keeping every row once", async () => {
    const backend = testBackends().at(-1)!;
    const source = await openTestVigil(backend);
    const target = await openTestVigil(backend);
    try {
      const ids = Array.from({ length: 12_345 }, () => newId());
      await bulkInsert(source.vigil.db, persons, ids.map((id, i) => ({ id, name: `P${i}`, nameKey: `p${i}` })));
      const file = path.join(dir, "paged.jsonl");
      expect((await source.vigil.backup.dump(file)).tables.persons).toBe(ids.length);
      await target.vigil.backup.restore(file);
      const got = await rows<{ n: number; d: number }>(target.vigil.db, sql`select count(*)::int as n, count(distinct id)::int as d from persons`);
      expect(got[0]).toEqual({ n: ids.length, d: ids.length });
    } finally {
      await source.dispose();
      await target.dispose();
    }
  });
});
