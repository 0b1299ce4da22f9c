/**
 * @module http/presenters/source
 * The only way a source (document) leaves the server: the public sees where a fact was
 * published (URL, outlet, title) and the reviewed facts drawn from it, not the stored text.
 */
import type { SourceRecord } from "../../app/stats-types.js";
import { pickVisible, type Role } from "../../domain/visibility.js";
import { presentClaims } from "./claim.js";
import { recordVisibleTo } from "./common.js";

/** Presents one source for `role`. */
export function presentSource(s: SourceRecord, role: Role): Record<string, unknown> {
  return pickVisible(
    "source",
    {
      ...s,
      url: s.url,
      claims: presentClaims(s.claims, role),
      cohorts: s.cohorts.filter((c) => recordVisibleTo(c.status, role)).map((c) => ({ id: c.id, type: c.type, date: c.date, count: c.count, url: `/api/cohorts/${encodeURIComponent(c.id)}` })),
    },
    role,
  );
}
