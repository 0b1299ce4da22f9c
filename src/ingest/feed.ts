/**
 * @module ingest/feed
 * RSS 2.0 / Atom feed -> one document per item, via @rowanmanning/feed-parser (maintained and
 * lenient with real-world feeds). The item body is the full content when the feed carries it,
 * else its description.
 */
import { parseFeed } from "@rowanmanning/feed-parser";
import type { DocumentInput } from "../domain/document.js";
import { SourceError } from "../domain/errors.js";
import { htmlToText } from "./html-text.js";

/** Options for feed documents. */
export interface FeedOptions {
  /** Outlet name to record instead of the feed's own title. */
  outlet?: string | null;
}

/** True when text starts like a feed rather than a web page (used to route unlabelled sources). */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 1024).replace(/^\uFEFF/, "").replace(/<!--[\s\S]*?-->/g, "").trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

/**
 * Parses feed XML into documents; items without any text are skipped.
 * Throws SourceError when the text is not a feed (an HTML page served at a feed URL, a
 * truncated download).
 * @example feedDocuments(xml, "https://example.org/rss").map((d) => d.url)
 */
export function feedDocuments(xml: string, source: string, options: FeedOptions = {}): DocumentInput[] {
  if (/^\s*(<!doctype html|<html[\s>])/i.test(xml)) throw new SourceError(source, "expected an RSS or Atom feed but got an HTML page");
  // The parser is lenient and would turn a cut-off download into fewer (or half) items; a feed
  // whose root element is never closed is refused instead, so nothing partial is stored.
  const root = xml.match(/<(rss|feed|rdf:RDF)[\s>]/i)?.[1];
  if (root && !new RegExp(`</${root}>\\s*$`, "i").test(xml.trimEnd())) {
    throw new SourceError(source, `truncated feed: no closing </${root}>`);
  }
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SourceError(source, `not a readable RSS/Atom feed (${reason})`);
  }
  const outlet = options.outlet ?? feed.title ?? null;
  const documents: DocumentInput[] = [];
  for (const item of feed.items) {
    const text = htmlToText(item.content ?? item.description ?? "");
    if (!text) continue;
    const published = item.published ?? item.updated;
    const json = item.toJSON();
    documents.push({
      text,
      title: item.title ? htmlToText(item.title) : null,
      url: item.url,
      outlet,
      published: published ? published.toISOString() : null,
      language: feed.language ? feed.language.slice(0, 2).toLowerCase() : null,
      // The item as the parser read it; deterministic, so a re-polled unchanged item hashes
      // the same and is recognised as known.
      original: new TextEncoder().encode(JSON.stringify(json)),
      originalType: "application/json",
      origin: `feed:${source}#${item.id ?? item.url ?? documents.length}`,
    });
  }
  return documents;
}
