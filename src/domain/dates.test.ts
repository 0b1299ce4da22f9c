import { describe, expect, it } from "vitest";
import { addDays, assertNotFuture, formatPartialDate, latestDay, monthStarts, parsePartialDate } from "./dates.js";
import { ValidationError } from "./errors.js";

describe("parsePartialDate", () => {
  it.each([
    ["2020-09-07", { date: "2020-09-07", precision: "day" }],
    ["2020-09", { date: "2020-09-01", precision: "month" }],
    ["2020", { date: "2020-01-01", precision: "year" }],
    ["2024-02-29", { date: "2024-02-29", precision: "day" }],
  ])("reads %s", (input, expected) => {
    expect(parsePartialDate(input, "date")).toEqual(expected);
  });

  it.each(["2020-02-30", "2023-02-29", "2020-13", "2020-00-10", "20-09-07", "yesterday", "", "2020-9-7", "1800"])("rejects %j naming the field", (input) => {
    expect(() => parsePartialDate(input, "date")).toThrow(ValidationError);
    try {
      parsePartialDate(input, "date");
    } catch (e) {
      expect((e as ValidationError).field).toBe("date");
    }
  });

  it("takes a coarser precision than written, never a finer one", () => {
    expect(parsePartialDate("2020-09-07", "date", "month")).toEqual({ date: "2020-09-01", precision: "month" });
    expect(parsePartialDate("2020-09-07", "date", "estimate")).toEqual({ date: "2020-09-07", precision: "estimate" });
    expect(() => parsePartialDate("2020", "date", "day")).toThrow(/precision/);
    expect(() => parsePartialDate("2020", "date", "weekly" as never)).toThrow(ValidationError);
  });
});

describe("precision arithmetic", () => {
  it.each([
    [{ date: "2024-02-01", precision: "month" as const }, "2024-02-29"],
    [{ date: "2023-02-01", precision: "month" as const }, "2023-02-28"],
    [{ date: "2020-01-01", precision: "year" as const }, "2020-12-31"],
    [{ date: "2020-05-05", precision: "day" as const }, "2020-05-05"],
    [{ date: "2020-05-05", precision: "estimate" as const }, "2020-05-05"],
  ])("latest day of %j is %s", (d, latest) => {
    expect(latestDay(d)).toBe(latest);
  });

  it("formats as stated and adds days across month ends", () => {
    expect(formatPartialDate({ date: "2020-09-01", precision: "month" })).toBe("2020-09");
    expect(formatPartialDate({ date: "2020-01-01", precision: "year" })).toBe("2020");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
  });

  it("refuses dates after today", () => {
    expect(() => assertNotFuture({ date: "2030-01-01", precision: "day" }, "date", "2025-01-01")).toThrow(/future/);
    expect(() => assertNotFuture({ date: "2025-01-01", precision: "day" }, "date", "2025-01-01")).not.toThrow();
  });
});

describe("monthStarts", () => {
  it("lists the first day of each month across a year end, oldest first", () => {
    expect(monthStarts("2024-11-20", "2025-01-05")).toEqual(["2024-11-01", "2024-12-01", "2025-01-01"]);
  });
  it("keeps only the most recent months when the span is longer than the cap", () => {
    expect(monthStarts("2020-01-01", "2025-06-30", 3)).toEqual(["2025-04-01", "2025-05-01", "2025-06-01"]);
  });
  it("gives nothing when the start lies after the end", () => {
    expect(monthStarts("2025-07-01", "2025-06-30")).toEqual([]);
  });
});
