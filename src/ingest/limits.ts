/**
 * @module ingest/limits
 * How much an adapter may read and how long it may wait. A monitor points Vigil at whatever a
 * colleague sent; a 2 GB dump or a server that never answers must end with a clear message,
 * not an exhausted heap or a hung process.
 */

/** Bounds applied to every source read. */
export interface IngestLimits {
  /** Largest file or response body read, in bytes; larger sources are refused before reading. */
  maxBytes: number;
  /** Whole-request time limit for http(s) sources, in milliseconds. */
  timeoutMs: number;
}

/**
 * Defaults: 128 MB fits a large channel export and is far below what Node can hold;
 * 30 s is generous for one page or feed.
 */
export const DEFAULT_LIMITS: IngestLimits = {
  maxBytes: 128 * 1024 * 1024,
  timeoutMs: 30_000,
};

/** Human-readable byte size for messages ("200.0 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
