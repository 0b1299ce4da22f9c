/**
 * @module http/presenters/stats
 * The public statistics. Rounds pass through the cohort presenter (so breakdown cells that
 * could identify someone are withheld) and series points keep their source links.
 */
import type { Stats } from "../../app/stats-types.js";
import type { Role } from "../../domain/visibility.js";
import { presentCohorts } from "./cohort.js";

/** Presents the dashboard statistics for `role`. */
export function presentStats(s: Stats, role: Role): Record<string, unknown> {
  return {
    asOf: s.asOf,
    heldNow: s.heldNow,
    heldOverTime: s.heldOverTime,
    rounds: presentCohorts(s.rounds, role),
    incommunicado: s.incommunicado.map((p) => ({ ...p, url: `/api/people/${encodeURIComponent(p.personId)}` })),
    thisYear: s.thisYear,
  };
}
