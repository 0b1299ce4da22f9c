/**
 * @module app/get-status
 * The registry at a glance: people, held today, cohorts, sources, claims and what awaits review.
 */
import { todayIso } from "../domain/dates.js";
import type { ClaimRepository, CohortRepository, CustodyRepository, DocumentRepository, PersonRepository } from "../domain/ports.js";

export interface StatusAnswer {
  people: number;
  held: number;
  date: string;
  cohorts: number;
  /** Stored documents plus report URLs known only by address. */
  sources: number;
  documents: number;
  claims: number;
  suggested: { claims: number; cohorts: number };
}

export async function getStatus(
  deps: { persons: PersonRepository; custody: CustodyRepository; cohorts: CohortRepository; documents: DocumentRepository; claims: ClaimRepository },
  today: string = todayIso(),
): Promise<StatusAnswer> {
  const [people, held, cohorts, documents, urls, claims, sc, sh] = await Promise.all([
    deps.persons.count(),
    deps.custody.countHeldOn(today),
    deps.cohorts.count(),
    deps.documents.count(),
    deps.cohorts.countSourceUrls(),
    deps.claims.count(),
    deps.claims.count({ status: "suggested" }),
    deps.cohorts.count({ status: "suggested" }),
  ]);
  return { people, held: held.held, date: today, cohorts, sources: documents + urls, documents, claims, suggested: { claims: sc, cohorts: sh } };
}
