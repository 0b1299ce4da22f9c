import { describe, expect, it } from "vitest";
import { SourceError } from "../domain/errors.js";
import { readSource } from "./read-source.js";

describe("feeds", () => {
  it("reads RSS 2.0 items with text, skipping empty ones", async () => {
    const batch = await readSource("test/fixtures/ingest/feed-rss.xml");
    if (batch.kind === "people-csv") throw new Error("wrong kind");
    expect(batch.kind).toBe("feed");
    expect(batch.documents.map((d) => d.url)).toEqual(["https://news.example.org/a/1", "https://news.example.org/a/3"]);
    const first = batch.documents[0];
    expect(first?.text).toBe("Twelve prisoners walked free on Tuesday.\n\nRelatives met them at the gate.");
    expect(first?.published).toBe("2025-03-11T14:00:00.000Z");
    expect(first?.outlet).toBe("Example Monitor News");
    expect(first?.language).toBe("en");
  });

  it("reads Atom entries, with the source name overriding the outlet", async () => {
    const batch = await readSource("test/fixtures/ingest/feed-atom.xml", { outlet: "Lenta" });
    if (batch.kind === "people-csv") throw new Error("wrong kind");
    expect(batch.documents).toHaveLength(1);
    expect(batch.documents[0]).toMatchObject({ title: "Помилованы 20 человек", outlet: "Lenta", url: "https://lenta.example.org/news/1", published: "2025-04-01T07:00:00.000Z" });
  });

  it("refuses an HTML page given as a feed, naming it", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const path = `${mkdtempSync("/tmp/vigil-feed-")}/feed.xml`;
    writeFileSync(path, "<!doctype html><html><body><p>Not a feed</p></body></html>");
    const error = await readSource(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect(String((error as Error).message)).toBe(`${path}: expected an RSS or Atom feed but got an HTML page`);
  });

  it("refuses a truncated feed", async () => {
    const { mkdtempSync, writeFileSync, readFileSync } = await import("node:fs");
    const path = `${mkdtempSync("/tmp/vigil-feed-")}/cut.rss`;
    writeFileSync(path, readFileSync("test/fixtures/ingest/feed-rss.xml", "utf8").slice(0, 400));
    await expect(readSource(path)).rejects.toThrow(SourceError);
  });
});
