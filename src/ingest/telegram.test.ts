import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SourceError } from "../domain/errors.js";
import { readSource } from "./read-source.js";
import { messageText, telegramDocuments } from "./telegram.js";

const fixture = "test/fixtures/ingest/telegram-result.json";
const json = (): unknown => JSON.parse(readFileSync(fixture, "utf8"));

describe("telegram export", () => {
  it("makes one document per message with text, skipping and counting the rest", () => {
    const { documents, skipped } = telegramDocuments(json(), fixture, { channel: "@example_rights" });
    expect(documents.map((d) => d.origin)).toEqual(["telegram:1500000001/2", "telegram:1500000001/3", "telegram:1500000001/6"]);
    expect(skipped).toEqual({ "service message": 1, "no text": 1, 'unknown message type "story_reaction"': 1 });
    expect(documents[0]?.url).toBe("https://t.me/example_rights/2");
    expect(documents[0]?.outlet).toBe("Example Rights Channel");
  });

  it("reads text_entities, joining entity pieces, and dates from date_unixtime", () => {
    const [, second, third] = telegramDocuments(json(), fixture).documents;
    expect(second?.text).toBe("According to the monitors, at least 1,150 people remain behind bars. https://example.org/report");
    expect(second?.published).toBe(new Date(1740989700 * 1000).toISOString());
    // No username known: no link, but a stable origin.
    expect(second?.url).toBeNull();
    expect(third?.text).toBe("An older export shape with only the text field.");
  });

  it("keeps edits and forwarded_from in the original bytes", () => {
    const second = telegramDocuments(json(), fixture).documents[1];
    const original = JSON.parse(new TextDecoder().decode(second?.original)) as Record<string, unknown>;
    expect(original.forwarded_from).toBe("Another Channel");
    expect(original.edited_unixtime).toBe("1740992400");
  });

  it("falls back to `text` when text_entities is absent", () => {
    expect(messageText({ text: ["a ", { type: "bold", text: "b" }] })).toBe("a b");
  });

  it("names the source on truncated JSON", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const dir = mkdtempSync("/tmp/vigil-tg-");
    const path = `${dir}/result.json`;
    writeFileSync(path, readFileSync(fixture, "utf8").slice(0, 700));
    const error = await readSource(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toContain(path);
    expect((error as SourceError).message).toMatch(/truncated or invalid JSON/);
  });

  it("refuses JSON that is not an export", () => {
    expect(() => telegramDocuments({ chats: [] }, "x.json")).toThrow(SourceError);
  });
});
