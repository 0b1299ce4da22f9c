/**
 * @module extract
 * The extractor's entry point: detects the language when the caller does not say, dispatches to
 * the English or Russian extractor, and guarantees a result for any input (empty, binary, HTML,
 * enormous): never throws, always returns the five keys.
 */
import { extractEnglish } from "./en/extract-en.js";
import { emptyFacts, type ExtractInput, type Facts } from "./facts.js";
import { detectLanguage } from "./lang.js";
import { extractRussian } from "./ru/extract-ru.js";

export type { ExtractInput, Facts } from "./facts.js";
export { emptyFacts } from "./facts.js";
export { detectLanguage } from "./lang.js";

/** Bumped whenever extraction output may change, so re-extracted suggestions can be told apart. */
export const EXTRACTOR_VERSION = "en-0.1.0";

/**
 * Extracts facts (with evidence spans) from one document. Pure, synchronous, no I/O.
 * @example extractFacts({ text: "Lukashenko pardoned 30 people.", published: "2024-09-04" }).pardon_events[0].count // 30
 */
export function extractFacts(input: ExtractInput): Facts {
  const text = typeof input.text === "string" ? input.text : "";
  const title = typeof input.title === "string" ? input.title : "";
  if (!text.trim() && !title.trim()) return emptyFacts();
  const lang = (input.language ?? detectLanguage(`${title}\n${text.slice(0, 20_000)}`)).toLowerCase();
  // Only the three fields the extractors read (a spread copies every key of the caller's object).
  const clean: ExtractInput = { text, title, published: input.published };
  try {
    if (lang === "ru" || lang === "be" || lang === "uk") return extractRussian(clean);
    return extractEnglish(clean);
  } catch {
    // A bug on one odd document must not stop an ingest run; the document simply yields nothing.
    return emptyFacts();
  }
}
