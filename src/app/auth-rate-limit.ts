/**
 * @module app/auth-rate-limit
 * A fixed-window limiter for failed login attempts, keyed by client address and by username, so
 * neither one address guessing many passwords nor many addresses guessing one password get far.
 * In memory: a single server process is Vigil's deployment; a restart resets the windows.
 */
import { RateLimitedError } from "./auth-errors.js";

export interface RateLimiter {
  /** Throws RateLimitedError when any key has used up its attempts in the current window. */
  check(keys: string[]): void;
  /** Counts one failed attempt for each key. */
  hit(keys: string[]): void;
  /** Forgets a key (after a successful login). */
  reset(key: string): void;
}

/**
 * @example const limit = createRateLimiter({ max: 10, windowMs: 15 * 60_000 });
 */
export function createRateLimiter(opts: { max: number; windowMs: number; now?: () => number }): RateLimiter {
  const now = opts.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  return {
    check(keys) {
      const t = now();
      for (const key of keys) {
        const w = windows.get(key);
        if (w && t - w.start < opts.windowMs && w.count >= opts.max) throw new RateLimitedError(Math.ceil((w.start + opts.windowMs - t) / 1000));
      }
    },
    hit(keys) {
      const t = now();
      for (const key of keys) {
        let w = windows.get(key);
        if (!w || t - w.start >= opts.windowMs) {
          w = { start: t, count: 0 };
          windows.set(key, w);
        }
        w.count += 1;
      }
      // Keep memory bounded under a flood of distinct keys.
      if (windows.size > 10_000) for (const [k, w] of windows) if (t - w.start >= opts.windowMs) windows.delete(k);
    },
    reset(key) {
      windows.delete(key);
    },
  };
}
