/**
 * @module domain/testing/random-history
 * Reproducible random act histories, for checking that every implementation of the custody
 * rule (the pure one, the per-day deltas, the SQL count) gives the same answers.
 */
import { addDays } from "../dates.js";
import type { ActType, CustodyAct } from "../custody.js";

/** A small deterministic PRNG so the property check is reproducible. */
export function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

export function randomHistory(rand: () => number, personIndex: number): CustodyAct[] {
  const types: ActType[] = ["detained", "sentenced", "serving", "transferred", "incommunicado", "released", "died_in_custody", "re_arrested", "on_trial", "under_investigation"];
  const precisions = ["day", "day", "day", "month", "year", "estimate"] as const;
  const n = 1 + Math.floor(rand() * 6);
  const out: CustodyAct[] = [];
  for (let i = 0; i < n; i++) {
    const day = addDays("2019-01-01", Math.floor(rand() * 2500));
    const precision = precisions[Math.floor(rand() * precisions.length)]!;
    const date = precision === "year" ? `${day.slice(0, 4)}-01-01` : precision === "month" ? `${day.slice(0, 7)}-01` : day;
    const type = types[Math.floor(rand() * types.length)]!;
    const withEnd = (type === "serving" || type === "detained") && rand() < 0.2;
    out.push({
      id: `p${personIndex}-${i}`,
      type,
      start: { date, precision },
      end: withEnd ? { date: addDays(date, 30 + Math.floor(rand() * 900)), precision: "day" } : null,
      status: rand() < 0.9 ? "accepted" : "rejected",
    });
  }
  return out;
}

