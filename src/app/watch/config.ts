/**
 * @module app/watch/config
 * The watch configuration file (JSON):
 * ```json
 * { "interval": 900, "hostGap": 5, "timeout": 30,
 *   "sources": [ { "url": "https://example.org/rss", "name": "Example", "interval": 600 } ] }
 * ```
 * Durations are seconds, or strings such as "15m", "2h", "30s".
 */
import { z } from "zod";
import { ValidationError } from "../../domain/errors.js";
import type { WatchSource } from "./ports.js";

const duration = z.union([z.number().positive(), z.string().regex(/^\d+(\.\d+)?\s*(s|m|h|d)?$/)]).transform(toSeconds);

const schema = z.object({
  interval: duration.default(900),
  hostGap: duration.default(5),
  timeout: duration.default(30),
  maxBytes: z.number().int().positive().optional(),
  sources: z
    .array(
      z.object({
        url: z.string().regex(/^https?:\/\/\S+$/, "must be an http(s) URL"),
        name: z.string().min(1).optional(),
        channel: z.string().optional(),
        interval: duration.optional(),
      }),
    )
    .min(1, "list at least one source"),
});

/** A parsed configuration. */
export interface WatchConfig {
  sources: WatchSource[];
  /** Least time between two requests to one host, across all workers (seconds). */
  hostGapSeconds: number;
  timeoutSeconds: number;
  maxBytes: number | null;
}

/**
 * Parses a configuration; throws ValidationError naming the first bad field.
 * @example parseWatchConfig('{"sources":[{"url":"https://e.org/rss"}]}').sources[0].intervalSeconds === 900
 */
export function parseWatchConfig(text: string): WatchConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ValidationError("config", `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ValidationError(issue?.path.join(".") || "config", issue?.message ?? "invalid");
  }
  const c = parsed.data;
  return {
    sources: c.sources.map((s) => ({ url: s.url, sourceName: s.name ?? null, channel: s.channel ?? null, intervalSeconds: s.interval ?? c.interval })),
    hostGapSeconds: c.hostGap,
    timeoutSeconds: c.timeout,
    maxBytes: c.maxBytes ?? null,
  };
}

function toSeconds(v: number | string): number {
  if (typeof v === "number") return v;
  const m = v.match(/^(\d+(?:\.\d+)?)\s*(s|m|h|d)?$/)!;
  const unit = { s: 1, m: 60, h: 3600, d: 86400 }[(m[2] ?? "s") as "s"];
  return Number(m[1]) * unit;
}
