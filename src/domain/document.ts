/**
 * @module domain/document
 * A Document is what was read, exactly as read. It is never edited: a changed page is a new
 * document (same URL, new content hash).
 */

/** What an ingest adapter hands to the application: one readable unit of a source. */
export interface DocumentInput {
  /** The readable text (article body, message text). */
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  /** ISO date or date-time of publication, when known. */
  published: string | null;
  /** "en" | "ru" | "be" | other ISO 639-1 code; null when unknown. */
  language: string | null;
  /** The original bytes as received (HTML page, JSON message, feed item), kept for proof. */
  original: Uint8Array;
  /** MIME type of `original`, e.g. "text/html", "application/json". */
  originalType: string;
  /** Where it came from, for messages: "telegram:channel/123", "feed:URL", "file:PATH". */
  origin: string;
}

export interface StoredDocument extends Omit<DocumentInput, "original"> {
  id: string;
  /** SHA-256 (hex) of the original bytes: the identity used for idempotent ingest. */
  hash: string;
  ingestedAt: string;
}
