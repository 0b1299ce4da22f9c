/**
 * @module extract/ru/extract-ru
 * placeholder; owned by the Russian engineer (they will overwrite it).
 */
import { emptyFacts, type ExtractInput, type Facts } from "../facts.js";

/** Extracts facts from a Russian or Belarusian report. */
export function extractRussian(input: ExtractInput): Facts {
  void input;
  return emptyFacts();
}
