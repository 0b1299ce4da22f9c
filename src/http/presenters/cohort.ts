/**
 * @module http/presenters/cohort
 * The only way a cohort (pardon round, release) leaves the server. Besides the field table, a
 * public breakdown must not identify a person: a cell of one in a round whose members are
 * partly named could be tied to that person's health or family, so such cells are withheld.
 */
import type { CohortRecord } from "../../app/stats-types.js";
import { canSee, pickVisible, type Role } from "../../domain/visibility.js";
import { assertRecordVisible } from "./common.js";

/** Breakdown categories that are about health or family: private for a single person. */
const SENSITIVE = new Set(["chronic_illness", "disabled", "with_children", "minors", "pensioners", "over_50", "under_25"]);

function publicBreakdown(c: CohortRecord): Record<string, number> {
  const out: Record<string, number> = {};
  const named = c.members.some((m) => m.published);
  for (const [k, v] of Object.entries(c.breakdown)) {
    if (named && v <= 1 && SENSITIVE.has(k)) continue;
    out[k] = v;
  }
  return out;
}

/** Presents one cohort for `role`; suggested or rejected cohorts are not found to the public. */
export function presentCohort(c: CohortRecord, role: Role): Record<string, unknown> {
  assertRecordVisible("cohort", c.id, c.status, role);
  const analyst = canSee(role, "analyst");
  return pickVisible(
    "cohort",
    {
      ...c,
      url: `/api/cohorts/${encodeURIComponent(c.id)}`,
      breakdown: analyst ? c.breakdown : publicBreakdown(c),
      members: c.members.filter((m) => m.published || analyst).map((m) => ({ id: m.id, name: m.name, url: `/api/people/${encodeURIComponent(m.id)}` })),
      identified: analyst ? c.identified : c.members.filter((m) => m.published).length,
      sources: c.sources.map((s) => (analyst ? s : { url: s.url, reported: s.reported })),
    },
    role,
  );
}

/** Presents the cohorts `role` may see, dropping the others silently. */
export function presentCohorts(list: CohortRecord[], role: Role): Record<string, unknown>[] {
  return list.filter((c) => canSee(role, "analyst") || c.status === "accepted" || c.status === "corrected").map((c) => presentCohort(c, role));
}
