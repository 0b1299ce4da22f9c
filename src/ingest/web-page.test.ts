import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSource } from "./read-source.js";

describe("web pages", () => {
  it("reads the article body, metadata and date from JSON-LD, without running scripts", async () => {
    const batch = await readSource("test/fixtures/ingest/page.html");
    if (batch.kind === "people-csv") throw new Error("wrong kind");
    const [doc] = batch.documents;
    expect(doc?.title).toBe("Release round reported | Example Herald");
    expect(doc?.published).toBe("2025-05-20T06:30:00.000Z");
    expect(doc?.url).toBe("https://herald.example.org/2025/05/round");
    expect(doc?.outlet).toBe("Example Herald");
    expect(doc?.language).toBe("en");
    expect(doc?.text).toContain("thirty-one people convicted in protest cases");
    expect(doc?.text).toMatch(/set free\.\n\nAmong those released/);
    expect(doc?.text).not.toContain("Home");
    expect(doc?.text).not.toContain("__vigilPageScriptRan");
    expect((globalThis as Record<string, unknown>).__vigilPageScriptRan).toBeUndefined();
    expect(doc?.originalType).toBe("text/html");
    expect(Buffer.from(doc?.original ?? []).equals(readFileSync("test/fixtures/ingest/page.html"))).toBe(true);
  });

  it.each([
    ['<meta property="article:published_time" content="2025-01-02T10:00:00Z">', "2025-01-02T10:00:00.000Z"],
    ['<meta name="date" content="2025-01-03">', "2025-01-03"],
    ["", "2025-01-04T00:00:00.000Z"],
  ])("finds the date in %s (else <time datetime>)", async (meta, expected) => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const path = `${mkdtempSync("/tmp/vigil-page-")}/p.html`;
    const para = "<p>A paragraph of text long enough to count as the article body for the reader. </p>".repeat(4);
    writeFileSync(path, `<html><head>${meta}</head><body><article><time datetime="2025-01-04T00:00:00Z">4 Jan</time>${para}</article></body></html>`);
    const batch = await readSource(path);
    if (batch.kind === "people-csv") throw new Error("wrong kind");
    expect(batch.documents[0]?.published).toBe(expected);
  });
});
