/**
 * The shipped dataset against the figures the issue lists, and the pure document builder.
 */
import { describe, expect, it } from "vitest";
import { datasetDocuments, readDataset } from "./load-dataset.js";

const d = readDataset();
const held = (asOf: string) => d.claims.find((c) => c.subject === "political_prisoners_held" && c.as_of === asOf)?.value;
const round = (date: string) => d.cohorts.find((c) => c.date === date);

describe("public dataset", () => {
  it.each([
    ["2024-01-31", 1429],
    ["2024-09-30", 1317],
    ["2024-12-31", 1265],
    ["2025-01-31", 1244],
    ["2025-12-23", 1135],
  ])("Viasna held on %s: %i", (date, value) => {
    expect(held(date)).toBe(value);
  });

  it.each([
    ["2024-07-03", 18, {}],
    ["2024-08-16", 30, { women: 14, men: 16 }],
    ["2024-09-04", 30, {}],
    ["2024-09-16", 37, {}],
    ["2024-11-07", 31, {}],
    ["2024-11-20", 32, { women: 8, men: 24 }],
    ["2024-12-09", 29, { women: 11, men: 18 }],
    ["2024-12", 20, {}],
    ["2025-01-18", 23, {}],
    ["2025-06-21", 14, {}],
    ["2025-09-11", 52, {}],
    ["2025-12-13", 123, {}],
  ])("round on %s: %i", (date, count, breakdown) => {
    expect(round(date)?.count).toBe(count);
    expect(round(date)?.breakdown).toMatchObject(breakdown);
  });

  it("gives every fact a source URL and names Tsikhanouski in the June 2025 release", () => {
    expect(d.claims.every((c) => c.source.startsWith("https://"))).toBe(true);
    expect(round("2025-06-21")?.names).toContain("Siarhei Tsikhanouski");
  });

  it("builds one document per source, with evidence spans on the exact figures", () => {
    const docs = datasetDocuments(d);
    expect(new Set(docs.map((x) => x.url)).size).toBe(docs.length);
    const i = d.claims.findIndex((c) => c.as_of === "2024-12-31" && c.subject === "political_prisoners_held");
    const doc = docs.find((x) => x.url === d.claims[i]!.source)!;
    const span = doc.spans.get(`claim:${i}`)!;
    expect(doc.text.slice(span.start, span.end)).toBe("1265");
  });
});
