/**
 * @module extract/tokens
 * The bare tokenizing pass: splits text into word and punctuation tokens and counts them. It is
 * the benchmark's baseline (the least any extractor must do to read the text), kept here so the
 * bench and any future tokenizer share one definition.
 */

const TOKEN = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Splits `text` into word/number/punctuation tokens, in one linear scan. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}
