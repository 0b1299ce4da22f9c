/**
 * @module domain/ports
 * What the application needs from storage, in domain words. `storage/` implements these on
 * Drizzle (PGlite and PostgreSQL); use cases take only the ports they use.
 */
import type { DocumentInput, StoredDocument } from "./document.js";
import type { NewPerson, NewPersonName, Person, PersonFields, PersonName } from "./person.js";
import type { ActType, FactStatus, ReleaseKind } from "./custody.js";
import type { DatePrecision } from "./dates.js";
import type { Cohort, CohortValues, ReportedValues } from "./cohort.js";
import type { Claim, ClaimValues, Evidence, NewClaim } from "./claim.js";

export interface Page {
  limit?: number;
  offset?: number;
}

export interface DocumentRepository {
  /** Stores a document once per content hash; `created` is false when it was already known. */
  insert(input: DocumentInput): Promise<{ document: StoredDocument; created: boolean }>;
  get(id: string): Promise<StoredDocument | null>;
  findByHash(hash: string): Promise<StoredDocument | null>;
  findByUrl(url: string): Promise<StoredDocument[]>;
  original(id: string): Promise<{ bytes: Uint8Array; type: string } | null>;
  list(page?: Page): Promise<StoredDocument[]>;
  count(): Promise<number>;
}

export interface PersonRepository {
  insert(person: NewPerson): Promise<Person>;
  get(id: string): Promise<Person | null>;
  /** Several at once, in no particular order; unknown ids are left out. */
  getMany(ids: readonly string[]): Promise<Person[]>;
  list(page?: Page & { nameKey?: string }): Promise<Person[]>;
  /** Persons any of whose names has this key. */
  findByNameKey(key: string): Promise<Person[]>;
  update(id: string, patch: Partial<PersonFields>): Promise<Person>;
  addName(personId: string, name: NewPersonName): Promise<PersonName>;
  count(): Promise<number>;
}

export interface Act {
  id: string;
  personId: string;
  type: ActType;
  releaseKind: ReleaseKind | null;
  /** false: not a custodial act (restricted freedom, fine, in absentia); null: the type decides. */
  custodial: boolean | null;
  startDate: string;
  startPrecision: DatePrecision;
  endDate: string | null;
  endPrecision: DatePrecision | null;
  facilityId: string | null;
  caseId: string | null;
  cohortId: string | null;
  documentId: string | null;
  sourceUrl: string | null;
  note: string | null;
  status: FactStatus;
  createdAt: string;
}

export type NewAct = Omit<Act, "id" | "createdAt" | "status" | "releaseKind" | "custodial" | "endDate" | "endPrecision" | "facilityId" | "caseId" | "cohortId" | "documentId" | "sourceUrl" | "note"> &
  Partial<Pick<Act, "status" | "releaseKind" | "custodial" | "endDate" | "endPrecision" | "facilityId" | "caseId" | "cohortId" | "documentId" | "sourceUrl" | "note">>;

/** Acts; every write also refreshes the derived custody of the person (same transaction). */
export interface ActRepository {
  insert(act: NewAct): Promise<Act>;
  /** Bulk load (datasets, restores, benchmarks): call `custody.rebuild()` after. */
  insertMany(acts: readonly NewAct[]): Promise<number>;
  get(id: string): Promise<Act | null>;
  listForPerson(personId: string): Promise<Act[]>;
  setStatus(id: string, status: FactStatus): Promise<Act>;
}

export interface HeldCount {
  held: number;
  uncertain: number;
}

/** The derived custody index: who is held when. */
export interface CustodyRepository {
  countHeldOn(day: string): Promise<HeldCount>;
  /** Ids of persons held on the day (paged, by person id). */
  heldOn(day: string, page?: Page): Promise<string[]>;
  isHeldOn(personId: string, day: string): Promise<boolean>;
  /** Recomputes one person's spans from their acts. */
  refreshPerson(personId: string): Promise<void>;
  /** Recomputes everything from acts (after bulk loads and restores). */
  rebuild(): Promise<void>;
}

export interface CohortSource {
  id: string;
  cohortId: string;
  documentId: string | null;
  url: string | null;
  reported: ReportedValues;
  evidence: Evidence[];
  createdAt: string;
}

export interface CohortFilter extends Page {
  status?: string;
  type?: string;
  from?: string;
  to?: string;
}

export interface CohortRepository {
  insert(values: CohortValues & { status?: FactStatus }): Promise<Cohort>;
  get(id: string): Promise<Cohort | null>;
  list(filter?: CohortFilter): Promise<Cohort[]>;
  update(id: string, values: Partial<CohortValues> & { status?: FactStatus; reviewedBy?: string | null }): Promise<Cohort>;
  addSource(source: { cohortId: string; documentId?: string | null; url?: string | null; reported: ReportedValues; evidence?: Evidence[] }): Promise<CohortSource>;
  sources(cohortIds: readonly string[]): Promise<CohortSource[]>;
  /** Links a person; false when already linked. */
  addMember(cohortId: string, personId: string): Promise<boolean>;
  members(cohortId: string): Promise<string[]>;
  memberCounts(cohortIds: readonly string[]): Promise<Map<string, number>>;
  count(filter?: { status?: string }): Promise<number>;
  /** Distinct report URLs that are not stored documents (sources known only by address). */
  countSourceUrls(): Promise<number>;
  /** Points the sources, members and acts of `fromId` at `intoId` and marks `fromId` merged; returns what moved. */
  fold(intoId: string, fromId: string): Promise<CohortMergeMoves>;
  /** Points exactly the rows in `moves` back at `fromId` and clears its mark. */
  unfold(intoId: string, fromId: string, moves: CohortMergeMoves): Promise<void>;
}

/** What a cohort merge moved from the folded cohort to the kept one: exactly what undo puts back. */
export interface CohortMergeMoves {
  /** Source rows (each keeps its own reported values). */
  sources: string[];
  /** Persons whose membership moved. */
  members: string[];
  /** Persons in both cohorts: the folded cohort's row was removed (kept here to restore). */
  membersShared: { personId: string; createdAt: string }[];
  acts: string[];
}

export interface ClaimFilter extends Page {
  ids?: readonly string[];
  status?: string;
  subject?: string;
  attributedTo?: string;
  documentId?: string;
}

export interface ClaimRepository {
  insert(claim: NewClaim): Promise<Claim>;
  get(id: string): Promise<Claim | null>;
  list(filter?: ClaimFilter): Promise<Claim[]>;
  update(id: string, patch: Partial<ClaimValues> & { status?: FactStatus; reviewedBy?: string | null }): Promise<Claim>;
  /** Re-extraction: removes only suggestions nobody has reviewed; returns how many. */
  deleteUnreviewedForDocument(documentId: string): Promise<number>;
  count(filter?: { status?: string }): Promise<number>;
}

export interface Mention {
  id: string;
  documentId: string;
  personId: string | null;
  name: string;
  nameKey: string | null;
  role: string;
  statusNote: string | null;
  aliases: string[] | null;
  evidence: Evidence[];
  status: FactStatus;
  extractorVersion: string | null;
  createdAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export interface MentionFilter extends Page {
  ids?: readonly string[];
  status?: string;
  documentId?: string;
  personId?: string;
}

export interface MentionRepository {
  insert(m: Omit<Mention, "id" | "createdAt" | "reviewedBy" | "reviewedAt" | "status" | "personId" | "extractorVersion" | "nameKey" | "statusNote" | "aliases"> & Partial<Pick<Mention, "status" | "personId" | "extractorVersion" | "nameKey" | "statusNote" | "aliases">>): Promise<Mention>;
  get(id: string): Promise<Mention | null>;
  list(filter?: MentionFilter): Promise<Mention[]>;
  update(id: string, patch: Partial<Pick<Mention, "personId" | "name" | "role" | "statusNote" | "status" | "reviewedBy">>): Promise<Mention>;
  deleteUnreviewedForDocument(documentId: string): Promise<number>;
}

export interface Facility {
  id: string;
  name: string;
  address: string | null;
  region: string | null;
  kind: string | null;
}

export interface FacilityRepository {
  insert(f: Omit<Facility, "id">): Promise<Facility>;
  get(id: string): Promise<Facility | null>;
  list(page?: Page): Promise<Facility[]>;
}

export interface Recognition {
  id: string;
  personId: string;
  organisation: string;
  since: string | null;
  sincePrecision: DatePrecision | null;
  documentId: string | null;
  sourceUrl: string | null;
}

export interface RecognitionRepository {
  insert(r: Omit<Recognition, "id">): Promise<Recognition>;
  listForPerson(personId: string): Promise<Recognition[]>;
}

export interface Charge {
  article: string;
  part: string | null;
  code: string | null;
}

export interface Case {
  id: string;
  court: string | null;
  judge: string | null;
  prosecutor: string | null;
  verdictDate: string | null;
  verdictPrecision: DatePrecision | null;
  sentenceMonths: number | null;
  penaltyType: string | null;
  inAbsentia: boolean;
  note: string | null;
  charges: Charge[];
  defendants: string[];
}

export interface CaseRepository {
  insert(c: Omit<Case, "id">): Promise<Case>;
  get(id: string): Promise<Case | null>;
  listForPerson(personId: string): Promise<Case[]>;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Append-only: there is no update and no delete. */
export interface AuditRepository {
  record(entry: Omit<AuditEntry, "id" | "at">): Promise<AuditEntry>;
  list(filter?: Page & { entity?: string; entityId?: string }): Promise<AuditEntry[]>;
}

/** What a merge moved from the folded person to the kept one: exactly what undo puts back. */
export interface PersonMergeMoves {
  /** The folded person's names, with the kind each had (its primary becomes an alias). */
  names: { id: string; kind: string }[];
  acts: string[];
  recognitions: string[];
  mentions: string[];
  /** Cohorts whose membership moved to the kept person. */
  cohorts: string[];
  /** Cohorts both were members of: the folded person's row was removed (kept here to restore). */
  cohortsShared: { cohortId: string; createdAt: string }[];
  cases: string[];
  casesShared: string[];
}

/** Folding one person record into another, and back (see app/merge-people). */
export interface PersonMergeRepository {
  /** Points every row of `fromId` at `intoId` and marks `fromId` merged; returns what moved. */
  fold(intoId: string, fromId: string): Promise<PersonMergeMoves>;
  /** Points exactly the rows in `moves` back at `fromId` and clears its mark. */
  unfold(intoId: string, fromId: string, moves: PersonMergeMoves): Promise<void>;
  /** One audit entry by id (the merge to undo). */
  auditEntry(id: string): Promise<AuditEntry | null>;
  /** Groups of (unmerged) person ids that share a name key: where duplicates can hide. */
  sharedKeyGroups(page?: Page): Promise<string[][]>;
}

/** Every repository, bound to one connection or one transaction. */
export interface Repositories {
  documents: DocumentRepository;
  persons: PersonRepository;
  acts: ActRepository;
  custody: CustodyRepository;
  cohorts: CohortRepository;
  claims: ClaimRepository;
  mentions: MentionRepository;
  facilities: FacilityRepository;
  recognitions: RecognitionRepository;
  cases: CaseRepository;
  audit: AuditRepository;
  merges: PersonMergeRepository;
}

/** The transaction is a port too: everything inside `run` commits together or not at all. */
export interface TransactionManager {
  run<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
}

export interface BackupSummary {
  /** Rows per table. */
  tables: Record<string, number>;
}

/** The whole database as JSON Lines, restorable into either backend. */
export interface BackupPort {
  /** Writes every table to `path`; derived tables are left out (they are rebuilt on restore). */
  dump(path: string): Promise<BackupSummary>;
  /** Loads a dump into this database in one transaction; refuses a non-empty one unless `replace`. */
  restore(path: string, opts?: { replace?: boolean }): Promise<BackupSummary>;
}
