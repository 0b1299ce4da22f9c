/**
 * @module ingest/load-bytes
 * Reads a file or an http(s) URL into memory within the limits, or throws a SourceError that
 * names the source. Size is checked before reading (files) or while streaming (responses), so a
 * huge source is refused without being loaded.
 */
import { readFile, stat } from "node:fs/promises";
import { SourceError } from "../domain/errors.js";
import { formatBytes, type IngestLimits } from "./limits.js";

/** Bytes as received, with what the transport said about them. */
export interface LoadedBytes {
  bytes: Uint8Array;
  /** Content-Type of an http response; null for files. */
  contentType: string | null;
  /** Final URL after redirects, or null for files. */
  url: string | null;
  etag: string | null;
  lastModified: string | null;
  /** True when a conditional request was answered 304 Not Modified (bytes are empty). */
  notModified: boolean;
}

/** True for http: and https: locations. */
export function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** Reads a local file, refusing it when larger than `limits.maxBytes`. */
export async function loadFile(path: string, limits: IngestLimits): Promise<LoadedBytes> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new SourceError(path, "not a regular file");
    size = info.size;
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(path, `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (size > limits.maxBytes) {
    throw new SourceError(path, `file is ${formatBytes(size)}, over the ${formatBytes(limits.maxBytes)} limit (raise it with --max-bytes)`);
  }
  if (size === 0) throw new SourceError(path, "file is empty");
  const bytes = new Uint8Array(await readFile(path));
  return { bytes, contentType: null, url: null, etag: null, lastModified: null, notModified: false };
}

/** Conditional request headers remembered from an earlier fetch. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

/**
 * Fetches an http(s) URL with a whole-request timeout (connect, headers and body) and a body
 * size cap. Sends If-None-Match / If-Modified-Since when validators are given.
 */
export async function loadUrl(url: string, limits: IngestLimits, validators: Validators = {}): Promise<LoadedBytes> {
  const headers: Record<string, string> = {
    "user-agent": "Vigil/0.1 (+https://github.com/vigil; monitor of political imprisonment)",
    accept: "application/rss+xml, application/atom+xml, application/xml, text/html, application/json, text/plain;q=0.8, */*;q=0.5",
  };
  if (validators.etag) headers["if-none-match"] = validators.etag;
  if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { headers, signal, redirect: "follow" });
  } catch (error) {
    throw new SourceError(url, describeFetchError(error, limits));
  }
  const meta = {
    contentType: response.headers.get("content-type"),
    url: response.url || url,
    etag: response.headers.get("etag"),
    lastModified: response.headers.get("last-modified"),
  };
  if (response.status === 304) {
    await response.body?.cancel();
    return { bytes: new Uint8Array(0), ...meta, notModified: true };
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new SourceError(url, `HTTP ${response.status} ${response.statusText}`.trim());
  }
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body?.cancel();
    throw new SourceError(url, `response is ${formatBytes(declared)}, over the ${formatBytes(limits.maxBytes)} limit`);
  }
  const bytes = await readCapped(url, response, limits);
  return { bytes, ...meta, notModified: false };
}

/** Streams the body, stopping as soon as it passes the cap (Content-Length may be absent or lie). */
async function readCapped(url: string, response: Response, limits: IngestLimits): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limits.maxBytes) {
        await reader.cancel();
        throw new SourceError(url, `response exceeds the ${formatBytes(limits.maxBytes)} limit`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(url, describeFetchError(error, limits));
  }
  return Buffer.concat(chunks);
}

function describeFetchError(error: unknown, limits: IngestLimits): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === "TimeoutError" || e.name === "AbortError") return `no complete answer within ${limits.timeoutMs / 1000} s (timed out)`;
  const cause = e.cause?.code ?? e.cause?.message;
  return `fetch failed${cause ? `: ${cause}` : e.message ? `: ${e.message}` : ""}`;
}
