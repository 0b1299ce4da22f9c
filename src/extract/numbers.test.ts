import { describe, expect, it } from "vitest";
import { findNumbers, parseDigits, wordsToNumber } from "./numbers.js";

const values = (s: string) => findNumbers(s).map((n) => [n.value, n.qualifier]);

describe("number words and digits", () => {
  it.each([
    ["1,200", 1200],
    ["1.300", 1300],
    ["1 135", 1135],
    ["1144", 1144],
    ["12", 12],
  ])("reads digits %s", (raw, value) => {
    expect(parseDigits(raw)).toBe(value);
  });

  it.each([
    [["twenty-four"], 24],
    [["a", "dozen"], 12],
    [["two", "dozen"], 24],
    [["one", "hundred", "and", "five"], 105],
    [["three", "thousand"], 3000],
    [["eleven"], 11],
  ])("reads words %j", (words, value) => {
    expect(wordsToNumber(words)).toBe(value);
  });

  it("finds numbers in running text with their spans", () => {
    const s = "The court heard twenty-four cases and fined a dozen traders; (5,982) were listed.";
    const found = findNumbers(s);
    expect(found.map((n) => n.value)).toEqual([24, 12, 5982]);
    expect(s.slice(found[0]!.start, found[0]!.end)).toBe("twenty-four");
  });

  it("reads 1.5 million and thousands separated by dots", () => {
    expect(values("some 1.5 million voters and 2.450 observers")).toEqual([
      [1_500_000, "about"],
      [2450, "exact"],
    ]);
  });

  it("marks vague plurals so they never become counts", () => {
    const [n] = findNumbers("hundreds of marchers");
    expect(n?.vague).toBe(true);
  });

  it("half a dozen is six; several dozen and a few dozen are vague", () => {
    const s = "Half a dozen reporters and several dozen students, then a few dozen more";
    const found = findNumbers(s);
    expect(found.map((n) => [n.value, n.vague])).toEqual([[6, false], [12, true], [12, true]]);
    expect(s.slice(found[0]!.start, found[0]!.end)).toBe("Half a dozen");
    expect(findNumbers("two dozen women")[0]).toMatchObject({ value: 24, vague: false });
  });

  it("does not read a number inside a word, a code or a clock time", () => {
    expect(values("COVID-19 at 21:13 in someone's flat")).toEqual([]);
  });
});

describe("qualifiers", () => {
  it.each([
    ["more than 40 teachers", "over"],
    ["over 1,000 inmates", "over"],
    ["about 300 workers", "about"],
    ["some 70 nurses", "about"],
    ["around 15 pupils", "about"],
    ["nearly 2,000 men", "about"],
    ["almost 90 drivers", "about"],
    ["at least nine reporters", "at_least"],
    ["up to 40 students", "up_to"],
    ["fewer than 20 detainees", "up_to"],
    ["less than 15 pupils", "up_to"],
    ["no more than 30 visitors", "up_to"],
    ["not less than 25 drivers", "at_least"],
    ["exactly 31 people", "exact"],
  ])("%s -> %s", (s, q) => {
    expect(findNumbers(s)[0]?.qualifier).toBe(q);
  });

  it("keeps the ceiling of a range as up_to", () => {
    expect(values("50-70 people")).toEqual([[70, "up_to"]]);
    expect(values("between 15 and 20 people")).toEqual([[20, "up_to"]]);
  });

  it("does not read a year range as a range of people", () => {
    expect(values("in 2020-2021").map(([v]) => v)).toEqual([2020, 2021]);
  });
});
