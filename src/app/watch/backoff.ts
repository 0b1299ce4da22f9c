/**
 * @module app/watch/backoff
 * When to poll a source again: on success after its interval; after failures the interval
 * doubles with each consecutive failure (a site that is down is not hammered), capped at a day.
 */

const DAY_MS = 86_400_000;

/**
 * Milliseconds until the next run.
 * @example nextDelayMs(600, 0) === 600_000; nextDelayMs(600, 3) === 4_800_000
 */
export function nextDelayMs(intervalSeconds: number, consecutiveFailures: number): number {
  const base = intervalSeconds * 1000;
  if (consecutiveFailures <= 0) return base;
  return Math.min(base * 2 ** consecutiveFailures, Math.max(DAY_MS, base));
}
