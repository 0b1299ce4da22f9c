/**
 * @module ingest/web-page
 * A web page (saved HTML or fetched) -> one document: the article body via Mozilla Readability on
 * a linkedom DOM (no JavaScript engine, so page scripts never run), the publication date from
 * metadata (article:published_time, JSON-LD datePublished, <time datetime>, ...).
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { DocumentInput } from "../domain/document.js";
import { SourceError } from "../domain/errors.js";
import { nodeToText } from "./html-text.js";

/** Where the page came from. */
export interface WebPageOptions {
  /** The page's URL when fetched (or known); relative links and the outlet derive from it. */
  url?: string | null;
  outlet?: string | null;
  /** The original bytes of the page, kept as proof. */
  original: Uint8Array;
  origin: string;
}

type Doc = ReturnType<typeof parseHTML>["document"];

/**
 * Reads the article of an HTML page. Throws SourceError when no readable text is found.
 * @example webPageDocument(html, "saved.html", { original, origin: "file:saved.html" }).published
 */
export function webPageDocument(html: string, source: string, options: WebPageOptions): DocumentInput {
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the DOM it is given.
  const published = publishedDate(document);
  const canonical = attr(document, 'link[rel="canonical"]', "href") ?? attr(document, 'meta[property="og:url"]', "content");
  const url = options.url ?? absoluteOrNull(canonical);
  const lang = document.documentElement?.getAttribute("lang") ?? null;
  const siteName = attr(document, 'meta[property="og:site_name"]', "content");
  let article: ReturnType<Readability["parse"]> = null;
  try {
    article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  } catch (error) {
    throw new SourceError(source, `cannot read the page (${error instanceof Error ? error.message : String(error)})`);
  }
  let text = "";
  if (article?.content) {
    const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = nodeToText(body.body as never);
  }
  if (!text) {
    // Readability gives up on short pages; fall back to the whole body's text.
    const { document: again } = parseHTML(html);
    text = again.body ? nodeToText(again.body as never) : "";
  }
  if (!text) throw new SourceError(source, "no readable text in the page");
  return {
    text,
    title: article?.title?.trim() || document.title?.trim() || null,
    url,
    outlet: options.outlet ?? article?.siteName ?? siteName ?? hostOf(url),
    published: published ?? normaliseDate(article?.publishedTime ?? null),
    language: (article?.lang ?? lang)?.slice(0, 2).toLowerCase() || null,
    original: options.original,
    originalType: "text/html",
    origin: options.origin,
  };
}

/** The page's publication date from the common metadata conventions, in order of reliability. */
export function publishedDate(document: Doc): string | null {
  const metas = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[name="date"]',
    'meta[name="DC.date.issued"]',
    'meta[property="og:published_time"]',
  ];
  for (const selector of metas) {
    const value = normaliseDate(attr(document, selector, "content"));
    if (value) return value;
  }
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const value = normaliseDate(jsonLdDate(script.textContent ?? ""));
    if (value) return value;
  }
  const time = document.querySelector("article time[datetime]") ?? document.querySelector("time[datetime]");
  return normaliseDate(time?.getAttribute("datetime") ?? null);
}

function jsonLdDate(json: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  const queue: unknown[] = [data];
  while (queue.length > 0) {
    const node = queue.shift();
    if (Array.isArray(node)) queue.push(...node);
    else if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      if (typeof record.datePublished === "string") return record.datePublished;
      if (record["@graph"]) queue.push(record["@graph"]);
    }
  }
  return null;
}

/** Keeps ISO-looking dates (date or date-time), converting date-times with offsets to UTC. */
function normaliseDate(value: string | null): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(v)) return null;
  const d = new Date(v.replace(" ", "T"));
  return Number.isNaN(d.getTime()) ? v.slice(0, 10) : d.toISOString();
}

function attr(document: Doc, selector: string, name: string): string | null {
  const value = document.querySelector(selector)?.getAttribute(name);
  return value ? value.trim() : null;
}

function absoluteOrNull(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}
