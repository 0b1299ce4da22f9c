import { mkdtempSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { never, serve, startLocalServer, type LocalServer } from "../../test/fixtures/ingest/local-server.js";
import { SourceError } from "../domain/errors.js";
import { decodeBytes } from "./decode.js";
import { listLocations, type Listed } from "./list-files.js";
import { readSource } from "./read-source.js";

const dir = mkdtempSync("/tmp/vigil-bad-");
let server: LocalServer;

beforeAll(async () => {
  const page = `<html><head><meta property="article:published_time" content="2025-01-01"></head><body><article>${"<p>Served page paragraph with enough words for the reader to accept it as content.</p>".repeat(4)}</article></body></html>`;
  server = await startLocalServer({
    "/never": never,
    "/page": serve(page, "text/html; charset=utf-8"),
    "/feed-is-html": serve("<!doctype html><html><body>Sorry, moved</body></html>", "application/rss+xml"),
    "/big": serve(new Uint8Array(4096), "text/plain"),
    "/cp1251": serve(iconv.encode("Помилованы 16 человек, сообщил канал.", "windows-1251"), "text/plain; charset=windows-1251"),
    "/gone": (_req, res) => void res.writeHead(410).end(),
  });
});
afterAll(async () => server.close());

async function failure(location: string, options = {}): Promise<SourceError> {
  const error = await readSource(location, options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SourceError);
  expect((error as SourceError).source).toBe(location);
  return error as SourceError;
}

describe("bad input", () => {
  it("times out on a URL that never answers, naming it", async () => {
    const start = Date.now();
    const error = await failure(`${server.url}/never`, { limits: { maxBytes: 1e6, timeoutMs: 300 } });
    expect(error.message).toMatch(/timed out/);
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it("refuses a 200 MB file without reading it", async () => {
    const path = `${dir}/huge.txt`;
    const handle = await open(path, "w");
    await handle.truncate(200 * 1024 * 1024); // sparse: costs no disk
    await handle.close();
    const before = process.memoryUsage().rss;
    const error = await failure(path);
    expect(error.message).toMatch(/200\.0 MB, over the 128\.0 MB limit/);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });

  it("refuses a response larger than the limit", async () => {
    const error = await failure(`${server.url}/big`, { limits: { maxBytes: 1000, timeoutMs: 5000 } });
    expect(error.message).toMatch(/limit/);
  });

  it("refuses an HTML page served as a feed", async () => {
    expect((await failure(`${server.url}/feed-is-html`)).message).toMatch(/got an HTML page/);
  });

  it("reports HTTP errors", async () => {
    expect((await failure(`${server.url}/gone`)).message).toMatch(/HTTP 410/);
  });

  it("fetches a page over http", async () => {
    const batch = await readSource(`${server.url}/page`);
    if (batch.kind === "people-csv") throw new Error("wrong kind");
    expect(batch.documents[0]).toMatchObject({ url: `${server.url}/page`, published: "2025-01-01", outlet: "127.0.0.1" });
  });

  it("decodes windows-1251 by header and by guess, and UTF-16 by BOM", async () => {
    const batch = await readSource(`${server.url}/cp1251`);
    if (batch.kind === "people-csv") throw new Error("wrong kind");
    expect(batch.documents[0]?.text).toBe("Помилованы 16 человек, сообщил канал.");
    const file = `${dir}/cp1251.txt`;
    writeFileSync(file, iconv.encode("Освобождены трое задержанных.", "windows-1251"));
    const fromFile = await readSource(file);
    if (fromFile.kind === "people-csv") throw new Error("wrong kind");
    expect(fromFile.documents[0]?.text).toBe("Освобождены трое задержанных.");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode("name;год\nАнна;1980", "utf-16le")]);
    expect(decodeBytes(utf16)).toEqual({ text: "name;год\nАнна;1980", encoding: "utf-16le" });
    expect(decodeBytes(iconv.encode("Привет, мир", "utf-16le")).encoding).toBe("utf-16le");
  });

  it("reports unknown JSON, empty files and missing paths", async () => {
    writeFileSync(`${dir}/other.json`, '{"hello": 1}');
    expect((await failure(`${dir}/other.json`)).message).toMatch(/neither a Telegram export/);
    writeFileSync(`${dir}/empty.txt`, "");
    expect((await failure(`${dir}/empty.txt`)).message).toMatch(/empty/);
    const listed: Listed[] = [];
    for await (const item of listLocations([`${dir}/missing`, "test/fixtures/ingest"])) listed.push(item);
    const first = listed[0];
    expect(first && "error" in first ? first.error.message : "").toMatch(/ENOENT/);
    expect(listed.slice(1).map((l) => l.location.split("/").pop())).toEqual([
      "corpus-doc.json", "feed-atom.xml", "feed-rss.xml", "note.md", "page.html", "people.csv", "plain.txt", "telegram-result.json",
    ]);
  });
});
