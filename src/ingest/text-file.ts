/**
 * @module ingest/text-file
 * Plain text, Markdown and the corpus JSON shape (`{id,url,outlet,published,language,title,text}`)
 * -> documents. Markdown front matter (title, date, url, outlet, language) is honoured, since
 * monitors often keep notes that way.
 */
import type { DocumentInput } from "../domain/document.js";
import { SourceError } from "../domain/errors.js";

/** Where a text came from and what to call its outlet. */
export interface TextOptions {
  original: Uint8Array;
  origin: string;
  outlet?: string | null;
}

/**
 * A plain-text or Markdown file as one document. Markdown keeps its words; `#` heading marks
 * and emphasis asterisks are stripped so evidence spans quote what a reader sees.
 * @example textDocument("# Title\n\nBody", "note.md", { original, origin: "file:note.md" }).title === "Title"
 */
export function textDocument(text: string, source: string, options: TextOptions, markdown = false): DocumentInput {
  let body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const front: Record<string, string> = {};
  const fm = body.match(/^---\n([\s\S]*?)\n---\n?/);
  if (markdown && fm?.[1]) {
    for (const line of fm[1].split("\n")) {
      const m = line.match(/^(\w+)\s*:\s*(.*)$/);
      if (m?.[1] && m[2] !== undefined) front[m[1].toLowerCase()] = m[2].trim().replace(/^["']|["']$/g, "");
    }
    body = body.slice(fm[0].length);
  }
  let title: string | null = front.title ?? null;
  if (markdown) {
    const heading = body.match(/^\s*#\s+(.+)\n?/);
    if (heading?.[1] && !title) {
      title = heading[1].trim();
      body = body.slice(heading[0].length);
    }
    body = body
      .replace(/^#{1,6}\s+/gm, "")
      .replace(/\*\*([^*]+)\*\*/g, "$1")
      .replace(/(^|\W)[*_]([^*_\n]+)[*_](?=\W|$)/g, "$1$2")
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1");
  }
  body = body.trim();
  if (!body) throw new SourceError(source, "no text");
  const date = front.date ?? front.published ?? null;
  return {
    text: body,
    title,
    url: front.url ?? null,
    outlet: options.outlet ?? front.outlet ?? null,
    published: date && /^\d{4}-\d{2}(-\d{2})?/.test(date) ? date : null,
    language: front.language ?? front.lang ?? null,
    original: options.original,
    originalType: markdown ? "text/markdown" : "text/plain",
    origin: options.origin,
  };
}

/** True when parsed JSON is one corpus document or an array of them. */
export function isCorpusJson(json: unknown): boolean {
  const one = (v: unknown): boolean => typeof v === "object" && v !== null && typeof (v as { text?: unknown }).text === "string";
  return Array.isArray(json) ? json.length > 0 && json.every(one) : one(json);
}

/**
 * Corpus-shaped JSON (one object or an array) -> documents. The original of an array element
 * is that element's JSON, so the same article inside two bundles is stored once.
 */
export function corpusDocuments(json: unknown, source: string, options: { original: Uint8Array; origin: string; outlet?: string | null }): DocumentInput[] {
  if (!isCorpusJson(json)) throw new SourceError(source, "not a corpus document: expected {text, title?, url?, outlet?, published?, language?}");
  const items = Array.isArray(json) ? json : [json];
  const single = !Array.isArray(json);
  return items.map((raw: Record<string, unknown>, index) => {
    const str = (key: string): string | null => (typeof raw[key] === "string" && (raw[key] as string).trim() ? (raw[key] as string) : null);
    const text = (str("text") ?? "").trim();
    if (!text) throw new SourceError(source, `item ${index}: empty text`);
    return {
      text,
      title: str("title"),
      url: str("url"),
      outlet: options.outlet ?? str("outlet"),
      published: str("published"),
      language: str("language"),
      original: single ? options.original : new TextEncoder().encode(JSON.stringify(raw)),
      originalType: "application/json",
      origin: single ? options.origin : `${options.origin}#${str("id") ?? index}`,
    };
  });
}
