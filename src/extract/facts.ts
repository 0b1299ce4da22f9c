/**
 * @module extract/facts
 * The shape of what the extractor finds in one document. It is exactly the facts schema of
 * `shared/corpus/README.md` (so output can be scored against the corpus directly), plus an
 * evidence span on every fact.
 */

/** How a number was stated: "over 1,200" -> over; "about 30,000" -> about; "50-70" -> up_to 70. */
export type Qualifier = "exact" | "over" | "about" | "up_to" | "at_least";

/** The words that state a fact: UTF-16 offsets into the document's title or text. */
export interface Evidence {
  field: "title" | "text";
  start: number;
  end: number;
}

export interface PardonEvent {
  count: number;
  qualifier: Qualifier;
  /** ISO date; "YYYY-MM" when only the month is known; null when only relative. */
  date: string | null;
  women: number | null;
  men: number | null;
  chronic_illness: number | null;
  disabled: number | null;
  over_50: number | null;
  with_children: number | null;
  minors: number | null;
  ordinal_in_year: number | null;
  names: string[];
  evidence: Evidence[];
}

export interface PrisonerCountClaim {
  value: number;
  qualifier: Qualifier;
  as_of: string | null;
  attributed_to: string;
  scope: string;
  country: string | null;
  evidence: Evidence[];
}

export interface OtherCount {
  value: number;
  qualifier: Qualifier;
  what: string;
  evidence: Evidence[];
}

export type PersonRole = "prisoner" | "released" | "pardoned" | "opposition_leader" | "official" | "other";

export interface PersonMention {
  name: string;
  role: PersonRole;
  status_note: string;
  aliases?: string[];
  evidence: Evidence[];
}

export type ReleaseKind = "pardon" | "sentence_served" | "deported" | "other";

export interface Release {
  names: string[];
  count: number | null;
  qualifier?: Qualifier;
  date: string | null;
  kind: ReleaseKind;
  evidence: Evidence[];
}

export interface Facts {
  pardon_events: PardonEvent[];
  prisoner_count_claims: PrisonerCountClaim[];
  other_counts: OtherCount[];
  persons: PersonMention[];
  releases: Release[];
}

/** What the extractor reads: a document's words and the context needed to resolve dates. */
export interface ExtractInput {
  text: string;
  title?: string | null;
  /** ISO date the document was published; relative dates resolve against it. */
  published?: string | null;
  /** "en" | "ru" | "be"; detected from the text when absent. */
  language?: string | null;
}

export function emptyFacts(): Facts {
  return { pardon_events: [], prisoner_count_claims: [], other_counts: [], persons: [], releases: [] };
}
