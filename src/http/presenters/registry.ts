/**
 * @module http/presenters/registry
 * What leaves the server from the CLI-parity routes: the derived count, the status counts, and
 * the short answers of registry writes. Every answer is an explicit list of fields, so a column
 * added to a record later never rides along; the write answers echo no private field back (the
 * caller can read the full record through `GET /api/people/{id}`, which applies the visibility table).
 */
import type { HeldCountAnswer } from "../../app/count-held.js";
import type { SimilarPerson } from "../../app/find-similar-people.js";
import type { StatusAnswer } from "../../app/get-status.js";
import type { Cohort } from "../../domain/cohort.js";
import { formatPartialDate } from "../../domain/dates.js";
import type { Person } from "../../domain/person.js";
import type { Act } from "../../domain/ports.js";
import { canSee, type Role } from "../../domain/visibility.js";

/** The derived count: aggregate numbers and how they were derived; the same for every role. */
export function presentCount(a: HeldCountAnswer): Record<string, unknown> {
  return { date: a.date, held: a.held, uncertain: a.uncertain, people: a.people, kind: a.kind, derivation: a.derivation };
}

/**
 * Status counts. The review queue is analyst business: the public gets no `suggested` block, and
 * its claim and cohort totals leave the unreviewed suggestions out.
 */
export function presentStatus(s: StatusAnswer, role: Role): Record<string, unknown> {
  const base = { date: s.date, people: s.people, held: s.held, sources: s.sources, documents: s.documents };
  if (canSee(role, "analyst")) return { ...base, cohorts: s.cohorts, claims: s.claims, suggested: s.suggested };
  return { ...base, cohorts: s.cohorts - s.suggested.cohorts, claims: s.claims - s.suggested.claims };
}

/** A person just added (or given aliases): identity and names only. */
export function presentNewPerson(p: Person): Record<string, unknown> {
  const born = p.birthDate && p.birthPrecision ? formatPartialDate({ date: p.birthDate, precision: p.birthPrecision }) : null;
  return { id: p.id, name: p.name, names: p.names.map((n) => ({ text: n.text, kind: n.kind })), born, url: `/api/people/${encodeURIComponent(p.id)}` };
}

/** Known people who may be the named one (analyst answers: names and scores only). */
export function presentSimilar(list: readonly SimilarPerson[]): Record<string, unknown>[] {
  return list.map((s) => ({
    personId: s.personId,
    name: s.primaryName,
    matchedName: s.matchedName,
    score: s.score,
    reason: s.reason,
    strength: s.strength,
    url: `/api/people/${encodeURIComponent(s.personId)}`,
  }));
}

/** An act just recorded (its note is not echoed). */
export function presentAct(a: Act): Record<string, unknown> {
  return {
    id: a.id,
    personId: a.personId,
    type: a.type,
    releaseKind: a.releaseKind,
    date: formatPartialDate({ date: a.startDate, precision: a.startPrecision }),
    precision: a.startPrecision,
    url: `/api/people/${encodeURIComponent(a.personId)}`,
  };
}

/** A cohort just recorded, with the plausibility warnings of the domain rule. */
export function presentNewCohort(c: Cohort, warnings: string[]): Record<string, unknown> {
  return { id: c.id, type: c.type, count: c.count, qualifier: c.qualifier, date: c.date, status: c.status, warnings, url: `/api/cohorts/${encodeURIComponent(c.id)}` };
}
