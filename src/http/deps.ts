/**
 * @module http/deps
 * What the HTTP layer needs from the application, as plain functions. `main.ts` / `cli/serve.ts`
 * wire them to the use cases; tests pass fakes. The web never queries tables directly.
 */
import type { AuthService } from "../app/auth-service.js";
import type { MergeResult } from "../app/merge-people.js";
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
}
