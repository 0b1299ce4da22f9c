/**
 * @module http/deps
 * What the HTTP layer needs from the application, as plain functions. `main.ts` / `cli/serve.ts`
 * wire them to the use cases; tests pass fakes. The web never queries tables directly.
 */
import type { AuthService } from "../app/auth-service.js";
import type { AddCohortInput } from "../app/add-cohort.js";
import type { AddPersonInput } from "../app/add-person.js";
import type { HeldCountAnswer } from "../app/count-held.js";
import type { SimilarPerson } from "../app/find-similar-people.js";
import type { StatusAnswer } from "../app/get-status.js";
import type { IngestSummary } from "../app/ingest-batch.js";
import type { CohortMergeCandidate, CohortMergeResult } from "../app/merge-cohorts.js";
import type { MergeResult } from "../app/merge-people.js";
import type { RecordEventInput } from "../app/record-event.js";
import type { Cohort } from "../domain/cohort.js";
import type { Person } from "../domain/person.js";
import type { Act, BackupSummary } from "../domain/ports.js";
import type { ExtractInput, Facts } from "../extract/facts.js";
import type {
  ClaimRecord,
  CohortRecord,
  PersonRecord,
  PersonSummary,
  ReviewFilter,
  SourceRecord,
  Stats,
  SuggestionRecord,
} from "../app/stats-types.js";

export interface ReviewActions {
  list(filter: ReviewFilter): Promise<SuggestionRecord[]>;
  /** Counts of review items by status ("suggested", "accepted", "corrected", "rejected"). */
  counts(): Promise<Record<string, number>>;
  accept(id: string, actor: string): Promise<void>;
  correct(id: string, value: Record<string, unknown>, actor: string): Promise<void>;
  reject(id: string, actor: string): Promise<void>;
  /** Accepts every suggestion matching the filter; resolves to how many were accepted. */
  bulkAccept(filter: ReviewFilter, actor: string): Promise<number>;
}

/** Admin actions on the registry of people (see app/merge-people). */
export interface PeopleAdmin {
  /** Folds person `mergedId` into `keptId`; the result's `auditId` undoes it. */
  merge(keptId: string, mergedId: string, actor: string): Promise<MergeResult>;
  unmerge(auditId: string, actor: string): Promise<MergeResult>;
}

/** Folding two stored cohorts that turned out to be one round, undoing that, and the pairs the clustering rule would join. */
export interface CohortAdmin {
  merge(keptId: string, mergedId: string, actor: string): Promise<CohortMergeResult>;
  unmerge(auditId: string, actor: string): Promise<CohortMergeResult>;
  candidates(): Promise<CohortMergeCandidate[]>;
}

/** What `POST /api/ingest` hands to the ingest use case: posted words, an upload, or a URL to fetch. */
export type IngestRequest =
  | { kind: "text"; text: string; title: string | null; published: string | null; language: string | null; outlet: string | null; url: string | null }
  | { kind: "upload"; bytes: Uint8Array; contentType: string; outlet: string | null }
  | { kind: "url"; url: string; outlet: string | null };

/**
 * The CLI's other verbs, over HTTP: each is one existing use case in `src/app` (count, status,
 * person add/similar, event add, cohort add/link, extract, ingest, backup); wired in `cli/serve.ts`.
 */
export interface RegistryActions {
  countHeld(on: string): Promise<HeldCountAnswer>;
  status(): Promise<StatusAnswer>;
  /** Throws SamePersonError (409) when a known person likely is the same one, unless `allowSimilar`. */
  addPerson(input: AddPersonInput): Promise<Person>;
  recordEvent(input: RecordEventInput): Promise<Act>;
  addCohort(input: AddCohortInput): Promise<{ cohort: Cohort; warnings: string[] }>;
  linkCohortMember(input: { cohortId: string; personId: string; actor: string }): Promise<{ linked: boolean; identified: number; count: number }>;
  findSimilar(name: string): Promise<SimilarPerson[]>;
  /** Pure extraction: nothing is stored. */
  extract(input: ExtractInput): Facts;
  /** With `skipBad`, a people CSV with bad rows imports its good rows and lists the bad ones in the summary's `badRows`. */
  ingest(request: IngestRequest, options?: { skipBad?: boolean }): Promise<IngestSummary>;
  /** Writes the whole database as JSON Lines (the `vigil backup` format) to `path`. */
  backup(path: string): Promise<BackupSummary>;
}

export interface HttpDeps {
  auth: AuthService;
  stats(): Promise<Stats>;
  /** Throws NotFoundError when unknown. */
  getPerson(id: string): Promise<PersonRecord>;
  searchPeople(q: string, limit: number): Promise<PersonSummary[]>;
  listPeople(): Promise<PersonRecord[]>;
  listCohorts(): Promise<CohortRecord[]>;
  getCohort(id: string): Promise<CohortRecord>;
  listClaims(filter: { subject?: string | undefined; publisher?: string | undefined }): Promise<ClaimRecord[]>;
  listSources(): Promise<SourceRecord[]>;
  getSource(id: string): Promise<SourceRecord>;
  review: ReviewActions;
  /** Absent in fakes that do not need it: the merge routes are then not mounted. */
  people?: PeopleAdmin;
  /** Absent in fakes that do not need it: the cohort merge routes are then not mounted. */
  cohortAdmin?: CohortAdmin;
  /** Absent in fakes that do not need it: the CLI-parity routes are then not mounted. */
  registry?: RegistryActions;
}
