/**
 * @module test/ingest/people-dedupe
 * A CSV list naming someone already in the registry, in another script and spelling, attaches
 * the row's acts and case to that person instead of adding a duplicate; a row that only possibly
 * matches (a bare surname) is added and listed for review. Both backends.
 */
import { expect, it } from "vitest";
import { addPerson } from "../../src/app/add-person.js";
import { ingestPeople } from "../../src/app/ingest-people.js";
import type { DocumentInput } from "../../src/domain/document.js";
import { readPeopleCsv } from "../../src/ingest/people-csv.js";
import { describeBackends } from "../../src/storage/test-support.js";

const CSV = [
  "name,birth year,region,articles,sentence,prison,status,detained,sentenced,released",
  "Maryia Kalesnikava,1982,Minsk,342 ч.1,11 years,Colony No. 4,held,2020-09-07,2021-09-06,",
  "Ivan Sample,1970,Hrodna,130,2 years,Colony No. 15,held,2020-08-12,,",
  "Kalesnikava,,Minsk,,,,held,2021-05-01,,",
].join("\n");

const file = (text: string): DocumentInput => ({
  text, title: null, url: null, outlet: null, published: null, language: null,
  original: new TextEncoder().encode(text), originalType: "text/csv", origin: "file:people-dedupe.csv",
});

describeBackends("ingestPeople dedupe", (getVigil) => {
  it("attaches a strongly matching row to the known person and lists a possible one", async () => {
    const v = getVigil();
    const maria = await addPerson(v, { name: "Мария Колесникова", born: "1982", actor: "test" });
    const { rows, bad } = readPeopleCsv(CSV, "people-dedupe.csv", new Date("2025-06-01"));
    expect(bad).toEqual([]);
    const r = await ingestPeople(v, { file: file(CSV), rows });

    // Maryia matched Мария: Ivan and the bare surname are new.
    expect(r).toMatchObject({ status: "new", matchedExisting: 1, persons: 2 });
    expect(await v.persons.count()).toBe(3);
    const mariaActs = await v.acts.listForPerson(maria.id);
    expect(mariaActs.map((a) => a.type).sort()).toEqual(["detained", "sentenced"]);
    expect((await v.cases.listForPerson(maria.id)).map((c) => c.charges[0]?.article)).toEqual(["342"]);
    expect((await v.persons.get(maria.id))!.names.map((n) => n.text)).toContain("Maryia Kalesnikava");

    // The bare surname is only "possibly" Maria: a new record, named in the summary for review.
    expect(r.possible).toEqual([expect.objectContaining({ line: 4, name: "Kalesnikava", similar: [expect.objectContaining({ personId: maria.id })] })]);
    const created = await v.persons.get(r.possible[0]!.personId);
    expect(created?.name).toBe("Kalesnikava");
  });

  it("does not attach a namesake with a different birth year", async () => {
    const v = getVigil();
    await addPerson(v, { name: "Мария Колесникова", born: "1960", actor: "test" });
    const text = CSV.split("\n").slice(0, 2).join("\n");
    const r = await ingestPeople(v, { file: file(text), rows: readPeopleCsv(text, "x.csv", new Date("2025-06-01")).rows });
    expect(r).toMatchObject({ matchedExisting: 0, persons: 1 });
    expect(r.possible).toHaveLength(1);
    expect(await v.persons.count()).toBe(2);
  });
});
