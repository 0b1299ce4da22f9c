/**
 * @module ingest/read-source
 * One location (file or http(s) URL) -> the documents (or people rows) it holds, choosing the
 * adapter from the extension, the Content-Type and finally the content itself. Every failure is
 * a SourceError naming the location, so a batch can report it and go on.
 */
import { extname, resolve } from "node:path";
import type { DocumentInput } from "../domain/document.js";
import { SourceError } from "../domain/errors.js";
import { charsetFromContentType, decodeBytes } from "./decode.js";
import { feedDocuments, looksLikeFeed } from "./feed.js";
import { DEFAULT_LIMITS, type IngestLimits } from "./limits.js";
import { isUrl, loadFile, loadUrl, type LoadedBytes, type Validators } from "./load-bytes.js";
import { readPeopleCsv, type PeopleCsv } from "./people-csv.js";
import { isTelegramExport, telegramDocuments } from "./telegram.js";
import { corpusDocuments, isCorpusJson, textDocument } from "./text-file.js";
import { webPageDocument } from "./web-page.js";

export type SourceKind = "telegram" | "feed" | "web" | "text" | "markdown" | "corpus" | "people-csv";

/** What one location held. */
export type SourceBatch =
  | { source: string; kind: Exclude<SourceKind, "people-csv">; documents: DocumentInput[]; skipped: Record<string, number>; http?: HttpMeta }
  | { source: string; kind: "people-csv"; people: PeopleCsv; original: Uint8Array; origin: string; http?: HttpMeta };

/** Cache validators of an http source, for the next conditional poll. */
export interface HttpMeta {
  etag: string | null;
  lastModified: string | null;
  notModified: boolean;
}

/** Options for reading a source. */
export interface ReadOptions {
  limits?: IngestLimits;
  /** Outlet name recorded on every document instead of what the source says (`--source-name`). */
  outlet?: string | null;
  /** Telegram channel username for message links. */
  channel?: string | null;
  /** Conditional-request validators (watch mode). */
  validators?: Validators;
}

/**
 * Reads one file or URL with the right adapter.
 * @example const batch = await readSource("export/result.json", { channel: "viasna96" });
 */
export async function readSource(location: string, options: ReadOptions = {}): Promise<SourceBatch> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const url = isUrl(location);
  const loaded = url ? await loadUrl(location, limits, options.validators) : await loadFile(location, limits);
  const http: HttpMeta | undefined = url ? { etag: loaded.etag, lastModified: loaded.lastModified, notModified: loaded.notModified } : undefined;
  if (loaded.notModified) return { source: location, kind: "feed", documents: [], skipped: {}, http };
  const kind = chooseKind(location, loaded);
  const origin = url ? `url:${loaded.url ?? location}` : `file:${resolve(location)}`;
  const { text } = decodeBytes(loaded.bytes, charsetFromContentType(loaded.contentType));
  const outlet = options.outlet ?? null;
  const withHttp = <T extends object>(batch: T): T => (http ? { ...batch, http } : batch);
  switch (kind) {
    case "json": {
      const json = parseJson(text, location);
      if (isTelegramExport(json)) {
        const r = telegramDocuments(json, location, { channel: options.channel, outlet });
        return withHttp({ source: location, kind: "telegram", documents: r.documents, skipped: r.skipped });
      }
      if (isCorpusJson(json)) {
        const documents = corpusDocuments(json, location, { original: loaded.bytes, origin, outlet });
        return withHttp({ source: location, kind: "corpus", documents, skipped: {} });
      }
      throw new SourceError(location, "JSON is neither a Telegram export (messages[]) nor a corpus document ({text, ...})");
    }
    case "feed":
      return withHttp({ source: location, kind: "feed", documents: feedDocuments(text, location, { outlet }), skipped: {} });
    case "web": {
      const doc = webPageDocument(text, location, { url: url ? (loaded.url ?? location) : null, outlet, original: loaded.bytes, origin });
      return withHttp({ source: location, kind: "web", documents: [doc], skipped: {} });
    }
    case "text":
    case "markdown": {
      const doc = textDocument(text, location, { original: loaded.bytes, origin, outlet }, kind === "markdown");
      if (url && !doc.url) doc.url = loaded.url ?? location;
      return withHttp({ source: location, kind, documents: [doc], skipped: {} });
    }
    case "people-csv":
      return withHttp({ source: location, kind: "people-csv", people: readPeopleCsv(text, location), original: loaded.bytes, origin });
  }
}

type Route = "json" | "feed" | "web" | "text" | "markdown" | "people-csv";

function chooseKind(location: string, loaded: LoadedBytes): Route {
  const path = isUrl(location) ? new URL(location).pathname : location;
  const ext = extname(path).toLowerCase();
  const type = (loaded.contentType ?? "").toLowerCase();
  const head = decodeBytes(loaded.bytes.subarray(0, 2048)).text;
  if (ext === ".json" || type.includes("json")) return "json";
  if (ext === ".csv" || type.includes("text/csv")) return "people-csv";
  if (ext === ".md" || ext === ".markdown" || type.includes("markdown")) return "markdown";
  // A feed URL may be served as text/html or text/xml, and a `.xml` file may be anything: the
  // content decides between feed and page; the feed adapter then refuses HTML with a clear message.
  if ([".xml", ".rss", ".atom"].includes(ext) || /(rss|atom)\+xml/.test(type)) return "feed";
  if (looksLikeFeed(head)) return "feed";
  if (ext === ".html" || ext === ".htm" || type.includes("html") || /^\s*</.test(head)) return "web";
  if (/^\s*[[{]/.test(head)) return "json";
  return ext === ".txt" || type.startsWith("text/plain") || !ext ? "text" : "text";
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const truncated = /end of JSON input|Unterminated|Expected/.test(reason) && !/\}\s*$|\]\s*$/.test(text.trimEnd());
    throw new SourceError(source, `${truncated ? "truncated or invalid" : "invalid"} JSON (${reason})`);
  }
}
