/**
 * @module app/stats-ports
 * Reads the web needs that the core repositories do not offer, in domain words. Implemented in
 * SQL by `storage/sql-web-read.ts`.
 */
import type { DatePrecision } from "../domain/dates.js";

export interface WebReads {
  /** Every stored name of every person (for search across scripts and spellings). */
  allNames(): Promise<{ personId: string; text: string; nameKey: string }[]>;
  /** People with an open, reviewed "incommunicado" act that started on or before `cutoff`. */
  incommunicadoSince(cutoff: string): Promise<{ personId: string; name: string; since: string; sincePrecision: DatePrecision }[]>;
  /** The cohorts a person belongs to. */
  cohortsOfPerson(personId: string): Promise<string[]>;
  /** The cohorts a document is a source of. */
  cohortsOfDocument(documentId: string): Promise<string[]>;
  /** Persons with anything reviewed attached (an accepted act, a cohort membership, a recognition): published. */
  publishedPersonIds(ids: readonly string[]): Promise<Set<string>>;
}
