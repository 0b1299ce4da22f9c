/**
 * @module extract/en/test-helpers
 * Shared helpers for the English extractor's tests: run the extractor on a fixture sentence.
 */
import { extractFacts } from "../index.js";
import type { Facts } from "../facts.js";

/** Extracts English facts from `text` published on `published`. */
export function en(text: string, published: string | null = "2025-03-14", title: string | null = null): Facts {
  return extractFacts({ text, title, published, language: "en" });
}
