/**
 * @module http/presenters/person
 * The only way a person leaves the server. Which fields pass is decided by `domain/visibility`;
 * this file only walks the nested records (names, acts, cases) through the same table.
 */
import type { PersonRecord, PersonSummary } from "../../app/stats-types.js";
import { NotFoundError } from "../../domain/errors.js";
import { canSee, pickVisible, type Role } from "../../domain/visibility.js";
import { recordVisibleTo } from "./common.js";

/** Presents one person for `role`; unpublished people are "not found" to the public. */
export function presentPerson(person: PersonRecord, role: Role): Record<string, unknown> {
  if (!person.published && !canSee(role, "analyst")) throw new NotFoundError("person", person.id);
  return pickVisible(
    "person",
    {
      ...person,
      url: `/api/people/${encodeURIComponent(person.id)}`,
      names: person.names.map((n) => pickVisible("personName", n, role)),
      acts: person.acts.filter((a) => recordVisibleTo(a.status, role)).map((a) => pickVisible("act", a, role)),
      cases: person.cases.map((c) => pickVisible("case", c, role)),
      recognitions: person.recognitions.map((r) => pickVisible("recognition", r, role)),
    },
    role,
  );
}

/** Presents a search hit; unpublished people never appear in public results. */
export function presentPersonSummaries(hits: PersonSummary[], role: Role): Record<string, unknown>[] {
  return hits
    .filter((h) => h.published || canSee(role, "analyst"))
    .map((h) => ({ id: h.id, name: h.name, matchedName: h.matchedName, score: h.score, status: h.status, url: `/api/people/${encodeURIComponent(h.id)}` }));
}
