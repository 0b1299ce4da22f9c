/**
 * The core verbs end to end, through the real CLI (`runCli`, in-process), on a temporary
 * VIGIL_DATA (PGlite) and, when TEST_DATABASE_URL is set, on a scratch PostgreSQL database.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testBackends } from "../storage/test-support.js";
import { jsonOf, runVigil, useCliDatabase } from "./testing.js";

const vigil = runVigil;
const json = jsonOf;

for (const backend of testBackends()) {
  describe(`vigil core verbs [${backend}]`, () => {
    const { dir } = useCliDatabase(backend, "vigil-cli-");

    it("tours the registry: init, person, event, cohort, count, status, review, backup, restore", async () => {
      expect(json(await vigil("init", "--empty", "--json"))).toMatchObject({ backend, dataset: null });
      const { id } = json<{ id: string }>(await vigil("person", "add", "--name", "Марыя Калеснікава", "--alias", "Maria Kalesnikava", "--born", "1982", "--gender", "f", "--json"));
      expect(id).toMatch(/^[0-9A-Z]{26}$/);
      json(await vigil("event", "add", "--person", id, "--type", "detained", "--date", "2020-09-07", "--json"));
      const cohort = json<{ id: string }>(await vigil("cohort", "add", "--type", "pardon", "--count", "32", "--women", "8", "--men", "24", "--chronic-illness", "17", "--disabled", "1", "--over-50", "9", "--with-children", "17", "--date", "2024-11-20", "--source", "https://example.org/pardon", "--json"));
      expect(json(await vigil("count", "--on", "2024-12-31", "--json"))).toMatchObject({ date: "2024-12-31", held: 1, kind: "derived" });
      expect(json(await vigil("count", "--on", "2020-09-06", "--json"))).toMatchObject({ held: 0 });
      const before = json(await vigil("status", "--json"));
      expect(before).toMatchObject({ people: 1, held: 1, cohorts: 1, sources: 1, claims: 0 });

      // Invalid input: one line naming the field, non-zero exit, nothing changed.
      const bad = [
        ["cohort", "add", "--type", "pardon", "--count", "32", "--women", "10", "--men", "24", "--source", "https://example.org/x", "--json"],
        ["event", "add", "--person", id, "--type", "detained", "--date", "2021-02-30", "--json"],
        ["event", "add", "--person", id, "--type", "released", "--date", "2999-01-01", "--json"],
        ["event", "add", "--person", "01NOSUCHPERSON000000000000", "--type", "released", "--date", "2021-01-01", "--json"],
        ["person", "add", "--name", "X", "--born", "19x2", "--json"],
      ];
      const expected = [/women/, /date/, /future/, /person not found/, /born/];
      for (const [i, args] of bad.entries()) {
        const r = await vigil(...args);
        expect(r.code, args.join(" ")).not.toBe(0);
        expect(r.stderr.trim().split("\n")).toHaveLength(1);
        expect(r.stderr).toMatch(expected[i]!);
      }
      expect(json(await vigil("status", "--json"))).toEqual(before);

      json(await vigil("event", "add", "--person", id, "--type", "pardoned", "--date", "2025-06", "--json"));
      expect(json(await vigil("count", "--on", "2025-07-01", "--json"))).toMatchObject({ held: 0 });
      expect(json(await vigil("cohort", "link", "--cohort", cohort.id, "--person", id, "--json"))).toMatchObject({ linked: true, identified: 1, count: 32 });
      const [listed] = json<{ count: number; sources: string[]; identified: number; breakdown: Record<string, number> }[]>(await vigil("cohorts", "list", "--json"));
      expect(listed).toMatchObject({ count: 32, identified: 1, sources: ["https://example.org/pardon"], breakdown: { women: 8, men: 24, over_50: 9 } });
      expect(json(await vigil("review", "cohorts", "retract", cohort.id, "--json"))).toMatchObject({ reviewed: 1, statuses: ["retracted"] });

      const file = path.join(dir, "backup.jsonl");
      expect(json(await vigil("backup", file, "--json"))).toMatchObject({ tables: { persons: 1, acts: 2, cohorts: 1 } });
      expect((await vigil("restore", file)).code).toBe(4); // not empty: refused
      expect(json(await vigil("restore", file, "--replace", "--json"))).toMatchObject({ tables: { persons: 1 } });
      expect(json(await vigil("person", "show", id, "--json"))).toMatchObject({ heldToday: false, person: { name: "Марыя Калеснікава" } });
    }, 300_000); // ~25 CLI runs, each opening the database as a real run does

    if (backend === "pglite") {
      it("loads the shipped dataset on init and lists claims and cohorts in the agreed shape", async () => {
        process.env.VIGIL_DATA = path.join(dir, "with-dataset");
        const init = json<{ dataset: { claims: number; skipped: boolean } }>(await vigil("init", "--json"));
        expect(init.dataset.skipped).toBe(false);
        const claims = json<Record<string, unknown>[]>(await vigil("claims", "list", "--json"));
        expect(claims.length).toBe(init.dataset.claims);
        for (const c of claims) expect(Object.keys(c)).toEqual(expect.arrayContaining(["value", "qualifier", "as_of", "attributed_to", "status", "source"]));
        const cohorts = json<Record<string, unknown>[]>(await vigil("cohorts", "list", "--json"));
        for (const c of cohorts) expect(Object.keys(c)).toEqual(expect.arrayContaining(["count", "date", "breakdown", "sources", "conflicts"]));
        const status = json<{ claims: number; sources: number }>(await vigil("status", "--json"));
        expect(status.claims).toBe(claims.length);
        expect(status.sources).toBeGreaterThan(0);
        process.env.VIGIL_DATA = path.join(dir, "data");
      }, 300_000);
    }

    it("prints help for every core verb", async () => {
      for (const verb of ["init", "status", "person", "event", "cohort", "cohorts", "claims", "count", "review", "backup", "restore"]) {
        const r = await vigil(verb, "--help");
        expect(r.code, verb).toBe(0);
        expect(r.stdout).toMatch(/Usage: vigil/);
      }
    });
  });
}
