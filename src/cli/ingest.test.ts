/**
 * `vigil ingest people.csv` with bad rows, through the real CLI (in-process): refused by line
 * without --skip-bad; with it, the good rows are imported and the bad ones written beside the
 * file as NAME.bad-rows.csv (the HTTP route lists them in its answer instead).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testBackends } from "../storage/test-support.js";
import { jsonOf, runVigil, useCliDatabase } from "./testing.js";

const csv = ["name,birth year,status,detained", "Iryna Probnaya,1975,held,2021-05-01", ",1980,held,2020-01-01", "Pavel Probny,19x2,held,2020-01-01"].join("\n");

for (const backend of testBackends()) {
  describe(`vigil ingest people.csv [${backend}]`, () => {
    const { dir } = useCliDatabase(backend, "vigil-cli-people-");

    it("refuses bad rows by line, and with --skip-bad imports the good rows and writes the bad ones to NAME.bad-rows.csv", async () => {
      jsonOf(await runVigil("init", "--empty", "--json"));
      const file = path.join(dir, "people.csv");
      writeFileSync(file, csv);

      const refused = await runVigil("ingest", file, "--json");
      expect(refused.code).not.toBe(0);
      const r = JSON.parse(refused.stdout) as { new: number; failed: number; errors: { source: string }[] };
      expect(r).toMatchObject({ new: 0, failed: 1 });
      expect(r.errors.map((e) => e.source)).toEqual([`${file}:3`, `${file}:4`, file]);
      expect(refused.stdout).toContain("use --skip-bad");

      const bad = path.join(dir, "people.bad-rows.csv");
      expect(jsonOf(await runVigil("ingest", file, "--skip-bad", "--json"))).toMatchObject({ new: 1, failed: 0, people: 1, bad_row_files: [bad], bad_rows: [] });
      const lines = readFileSync(bad, "utf8").trimEnd().split("\n");
      expect(lines[0]).toBe("line,reason,name,birth year,status,detained");
      expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["3", "4"]);
      expect(lines[2]).toMatch(/,Pavel Probny,19x2,held,2020-01-01$/);
      expect(jsonOf(await runVigil("status", "--json"))).toMatchObject({ people: 1 });
    }, 120_000);
  });
}
