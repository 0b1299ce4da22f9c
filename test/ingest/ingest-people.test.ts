import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { ingestPeople } from "../../src/app/ingest-people.js";
import type { DocumentInput } from "../../src/domain/document.js";
import { readPeopleCsv } from "../../src/ingest/people-csv.js";
import { describeBackends } from "../../src/storage/test-support.js";

const csv = readFileSync("test/fixtures/ingest/people.csv");
const file = (bytes: Uint8Array): DocumentInput => ({ text: "people", title: null, url: null, outlet: null, published: null, language: null, original: bytes, originalType: "text/csv", origin: "file:people.csv" });

describeBackends("ingestPeople", (getVigil) => {
  it("imports the good rows with their acts and case, once", async () => {
    const vigil = getVigil();
    const { rows } = readPeopleCsv(csv.toString("utf8"), "people.csv", new Date("2025-06-01"));
    const first = await ingestPeople(vigil, { file: file(csv), rows });
    expect(first).toMatchObject({ status: "new", persons: 2, acts: 5 });
    expect(await ingestPeople(vigil, { file: file(csv), rows })).toMatchObject({ status: "known", persons: 0 });
    expect(await vigil.persons.count()).toBe(2);
    const [ivan] = (await vigil.persons.list({})).filter((p) => p.name === "Ivan Sample");
    expect(ivan).toMatchObject({ birthDate: "1970-01-01", birthPrecision: "year", region: "Hrodna" });
    const acts = await vigil.acts.listForPerson(ivan!.id);
    expect(acts.map((a) => [a.type, a.startDate]).sort()).toEqual([["detained", "2020-08-12"], ["released", "2023-02-12"], ["sentenced", "2021-01-15"]]);
    const [kase] = await vigil.cases.listForPerson(ivan!.id);
    expect(kase).toMatchObject({ sentenceMonths: 30 });
    expect(kase?.charges.map((c) => c.article)).toEqual(["130", "342"]);
  });
});
