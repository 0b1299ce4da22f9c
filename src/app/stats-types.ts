/**
 * @module app/stats-types
 * The read models the web and the API are built from: full records as the application knows
 * them, private fields included. They never leave the server as they are: presenters in
 * `http/presenters` reduce them for the caller's role with `domain/visibility`.
 */
import type { PersonPrivateFields } from "../domain/person.js";

export interface NameRecord {
  text: string;
  script: string | null;
  language: string | null;
  kind: string;
  nameKey?: string;
}

export interface ActRecord {
  id: string;
  type: string;
  releaseKind: string | null;
  startDate: string;
  startPrecision: string;
  endDate: string | null;
  endPrecision: string | null;
  facility: { id: string; name: string; address: string | null } | null;
  caseId: string | null;
  cohortId: string | null;
  sourceUrl: string | null;
  documentId: string | null;
  note: string | null;
  status: string;
}

export interface CaseRecord {
  id: string;
  court: string | null;
  judge: string | null;
  prosecutor: string | null;
  verdictDate: string | null;
  verdictPrecision: string | null;
  sentenceMonths: number | null;
  penaltyType: string | null;
  inAbsentia: boolean;
  charges: { article: string; part: string | null; code: string | null }[];
  note: string | null;
}

/** A person with everything Vigil knows, including the private fields. */
export interface PersonRecord extends PersonPrivateFields {
  id: string;
  name: string;
  names: NameRecord[];
  birthDate: string | null;
  birthPrecision: string | null;
  gender: string | null;
  region: string | null;
  /** Derived from acts on today's date: "held", "released", "unknown"… */
  status: string;
  acts: ActRecord[];
  cases: CaseRecord[];
  recognitions: { organisation: string; since: string | null; sincePrecision: string | null; sourceUrl: string | null; documentId: string | null }[];
  cohorts: { id: string; type: string; date: string | null; count: number }[];
  /** Whether the person is published (has an accepted record); unpublished people are not public. */
  published: boolean;
  /** Set when this record was merged into another person: readers should follow it (the record is kept for undo). */
  mergedInto: string | null;
}

export interface PersonSummary {
  id: string;
  name: string;
  matchedName: string;
  score: number;
  status: string;
  published: boolean;
}

export interface ClaimRecord {
  id: string;
  subject: string;
  scope: string | null;
  country: string | null;
  value: number;
  qualifier: string;
  asOf: string | null;
  asOfPrecision: string | null;
  attributedTo: string;
  sourceUrl: string | null;
  status: string;
  documentId: string;
  evidence: { field: "title" | "text"; start: number; end: number }[];
  extractorVersion: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export interface CohortSourceRecord {
  url: string | null;
  documentId: string | null;
  reported: Record<string, unknown>;
}

export interface CohortRecord {
  id: string;
  type: string;
  count: number;
  qualifier: string;
  date: string | null;
  datePrecision: string | null;
  country: string | null;
  breakdown: Record<string, number>;
  ordinal: number | null;
  ordinalScope: string | null;
  namesUndisclosed: boolean;
  /** How many members are named in the registry. */
  identified: number;
  members: { id: string; name: string; published: boolean }[];
  sources: CohortSourceRecord[];
  /** Fields on which sources disagree, each value with the sources that gave it. */
  conflicts: { field: string; values: { value: unknown; urls: string[] }[] }[];
  note: string | null;
  status: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** Set when this cohort was folded into another one (kept for undo); readers should follow it. */
  mergedInto: string | null;
}

export interface SourceRecord {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  language: string | null;
  text: string;
  hash: string;
  origin: string;
  ingestedAt: string;
  claims: ClaimRecord[];
  cohorts: { id: string; type: string; date: string | null; count: number; status: string }[];
}

export type SuggestionKind = "claim" | "cohort" | "mention";

/** A suggested fact beside the document it came from, for the review queue. */
export interface SuggestionRecord {
  id: string;
  kind: SuggestionKind;
  status: string;
  summary: string;
  value: Record<string, unknown>;
  document: { id: string; url: string | null; title: string | null; outlet: string | null; text: string };
  evidence: { field: "title" | "text"; start: number; end: number }[];
  /** Other sources' values for the same fact (a conflict shown side by side). */
  conflicts: { summary: string; sourceUrl: string | null; status: string }[];
  createdAt: string;
}

export interface ReviewFilter {
  kind?: SuggestionKind | undefined;
  status?: string | undefined;
  subject?: string | undefined;
  documentId?: string | undefined;
  limit?: number | undefined;
}

/** One point of a publisher's claimed series, linking to where it was said. */
export interface SeriesPoint {
  date: string;
  value: number;
  qualifier: string;
  sourceUrl: string | null;
  claimId: string;
}

/** What the public dashboard shows. Every number either derived or claimed, never mixed. */
export interface Stats {
  asOf: string;
  heldNow: { derived: number; claimed: (SeriesPoint & { publisher: string }) | null };
  heldOverTime: {
    derived: { date: string; held: number }[];
    claimed: { publisher: string; points: SeriesPoint[] }[];
  };
  rounds: CohortRecord[];
  incommunicado: { personId: string; name: string; since: string; sinceAsStated: string; days: number }[];
  thisYear: { year: number; rounds: number; releasedInRounds: number; identifiedInRounds: number; latestClaim: (SeriesPoint & { publisher: string }) | null };
}
