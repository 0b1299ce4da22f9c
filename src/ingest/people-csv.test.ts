import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SourceError } from "../domain/errors.js";
import { badRowsCsv, parseDate, readPeopleCsv, sentenceMonths } from "./people-csv.js";

const now = new Date("2025-06-01T00:00:00Z");
const text = readFileSync("test/fixtures/ingest/people.csv", "utf8");

describe("people CSV", () => {
  it("keeps good rows and reports every bad one with its line and reason", () => {
    const result = readPeopleCsv(text, "people.csv", now);
    expect(result.rows.map((r) => r.name)).toEqual(["Anna Example", "Ivan Sample"]);
    expect(result.rows[0]).toMatchObject({ line: 2, birthYear: 1985, articles: ["342 ч.1", "361-1"], sentenceMonths: 42, status: "held", detained: "2021-03-05" });
    expect(result.rows[1]).toMatchObject({ line: 3, detained: "2020-08-12", sentenceMonths: 30, status: "released" });
    expect(result.bad.map((b) => [b.line, b.reason])).toEqual([
      [4, 'birth year "19x5" is not a year between 1900 and 2015'],
      [5, "name is empty"],
      [6, 'unknown status "on holiday" (expected held, released, pardoned, died, wanted, unknown)'],
      [7, "released 2021-05-01 before detained 2022-05-01"],
      [8, "duplicate of line 2"],
    ]);
  });

  it("writes bad rows back out with their line and reason", () => {
    const out = badRowsCsv(readPeopleCsv(text, "people.csv", now)).split("\n");
    expect(out[0]).toBe("line,reason,name,birth year,region,articles,sentence,prison,status,detained,sentenced,released");
    expect(out[1]).toMatch(/^4,"birth year .*",Bad Year,19x5,/);
  });

  it("reads semicolon-separated Russian headers", () => {
    const result = readPeopleCsv("ФИО;Год рождения;Статус\nАнна Пример;1980;в заключении\n", "ru.csv", now);
    expect(result.bad).toEqual([]);
    expect(result.rows[0]).toMatchObject({ name: "Анна Пример", birthYear: 1980, status: "held" });
  });

  it("refuses a file without a name column or with broken quoting", () => {
    expect(() => readPeopleCsv("a,b\n1,2\n", "x.csv", now)).toThrow(SourceError);
    expect(() => readPeopleCsv('name,born\n"Anna,1980\nIvan,1970\n', "q.csv", now)).toThrow(/line/);
  });

  it.each([
    ["2021-02-30", null],
    ["31.12.2020", "2020-12-31"],
    ["2020-07", "2020-07"],
    ["2020", "2020"],
    ["yesterday", null],
  ])("parses date %s", (raw, expected) => expect(parseDate(raw)).toBe(expected));

  it("reads sentences in months", () => {
    expect(sentenceMonths("5 лет")).toBe(60);
    expect(sentenceMonths("1.5 years")).toBe(18);
    expect(sentenceMonths("life")).toBeNull();
  });
});
