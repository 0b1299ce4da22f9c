/**
 * @module storage/schema
 * The one Drizzle schema of Vigil, shared by PGlite and PostgreSQL. IDs are ULID strings.
 * Dates of events are `date` columns holding the earliest day of the stated period, with a
 * sibling `*_precision` column (day | month | year | estimate) so no information is invented.
 * Other engineers add their tables in `schema-<area>.ts` files re-exported at the bottom.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

/** bytea as Uint8Array on both drivers (pg gives a Buffer, which is a Uint8Array). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength)),
  fromDriver: (v) => (Buffer.isBuffer(v) ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : v),
});

const id = () => text("id").primaryKey();
const day = (name: string) => date(name, { mode: "string" });
const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow();

/** A document exactly as read; never edited. */
export const documents = pgTable(
  "documents",
  {
    id: id(),
    url: text("url"),
    outlet: text("outlet"),
    title: text("title"),
    text: text("text").notNull(),
    published: text("published"),
    language: text("language"),
    hash: text("hash").notNull(),
    original: bytea("original").notNull(),
    originalType: text("original_type").notNull(),
    origin: text("origin").notNull(),
    ingestedAt: timestamp("ingested_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("documents_hash_uq").on(t.hash), index("documents_url_idx").on(t.url), index("documents_published_idx").on(t.published)],
);

/** "publisher says that on as_of the number of subject is (qualifier) value". Never overwritten. */
export const claims = pgTable(
  "claims",
  {
    id: id(),
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id),
    subject: text("subject").notNull(),
    scope: text("scope"),
    country: text("country"),
    value: integer("value").notNull(),
    qualifier: text("qualifier").notNull(),
    asOf: day("as_of"),
    asOfPrecision: text("as_of_precision"),
    attributedTo: text("attributed_to").notNull(),
    evidence: jsonb("evidence").notNull().$type<EvidenceJson[]>(),
    status: text("status").notNull().default("suggested"),
    extractorVersion: text("extractor_version"),
    createdAt: createdAt(),
    reviewedBy: text("reviewed_by"),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true, mode: "string" }),
  },
  (t) => [
    index("claims_document_idx").on(t.documentId),
    index("claims_subject_asof_idx").on(t.subject, t.asOf),
    index("claims_status_idx").on(t.status),
  ],
);

export interface EvidenceJson {
  field: "title" | "text";
  start: number;
  end: number;
}

/** An anonymous group event: a pardon round, an exchange, a mass release or arrest. */
export const cohorts = pgTable(
  "cohorts",
  {
    id: id(),
    type: text("type").notNull(),
    count: integer("count").notNull(),
    qualifier: text("qualifier").notNull().default("exact"),
    date: day("date"),
    datePrecision: text("date_precision"),
    country: text("country"),
    women: integer("women"),
    men: integer("men"),
    chronicIllness: integer("chronic_illness"),
    disabled: integer("disabled"),
    over50: integer("over_50"),
    withChildren: integer("with_children"),
    minors: integer("minors"),
    pensioners: integer("pensioners"),
    under25: integer("under_25"),
    extra: jsonb("extra").$type<Record<string, number>>(),
    ordinal: integer("ordinal"),
    ordinalScope: text("ordinal_scope"),
    namesUndisclosed: boolean("names_undisclosed").notNull().default(false),
    note: text("note"),
    status: text("status").notNull().default("accepted"),
    createdAt: createdAt(),
    reviewedBy: text("reviewed_by"),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true, mode: "string" }),
    // Set when this cohort was folded into another (two stored reports of one round); the row
    // stays so the merge can be undone. No foreign key, like persons.merged_into (restore order).
    mergedInto: text("merged_into"),
  },
  (t) => [index("cohorts_date_idx").on(t.date), index("cohorts_status_idx").on(t.status)],
);

/** One source's report of a cohort, with the values THIS source gave (sources may disagree). */
export const cohortSources = pgTable(
  "cohort_sources",
  {
    id: id(),
    cohortId: text("cohort_id")
      .notNull()
      .references(() => cohorts.id),
    documentId: text("document_id").references(() => documents.id),
    url: text("url"),
    reported: jsonb("reported").notNull().$type<object>(),
    evidence: jsonb("evidence").notNull().$type<EvidenceJson[]>(),
    createdAt: createdAt(),
  },
  (t) => [
    index("cohort_sources_cohort_idx").on(t.cohortId),
    index("cohort_sources_document_idx").on(t.documentId),
    check("cohort_sources_has_source", sql`${t.documentId} is not null or ${t.url} is not null`),
  ],
);

export const persons = pgTable(
  "persons",
  {
    id: id(),
    name: text("name").notNull(),
    nameKey: text("name_key").notNull(),
    birthDate: day("birth_date"),
    birthPrecision: text("birth_precision"),
    gender: text("gender"),
    region: text("region"),
    // Private fields (visibility decided by the presenters, never by callers).
    health: text("health"),
    chronicIllness: boolean("chronic_illness"),
    disability: text("disability"),
    disabled: boolean("disabled"),
    family: text("family"),
    children: integer("children"),
    contacts: text("contacts"),
    relativesAddresses: text("relatives_addresses"),
    notesPrivate: text("notes_private"),
    createdAt: createdAt(),
    // Set when this record was folded into another (a duplicate); the row stays so a merge can be
    // undone. No foreign key: a backup restores persons in id order, and the kept person may be newer.
    mergedInto: text("merged_into"),
  },
  (t) => [index("persons_name_key_idx").on(t.nameKey)],
);

export const personNames = pgTable(
  "person_names",
  {
    id: id(),
    personId: text("person_id")
      .notNull()
      .references(() => persons.id),
    text: text("text").notNull(),
    script: text("script"),
    language: text("language"),
    kind: text("kind").notNull(),
    nameKey: text("name_key").notNull(),
  },
  (t) => [index("person_names_person_idx").on(t.personId), index("person_names_key_idx").on(t.nameKey)],
);

export const cohortMembers = pgTable(
  "cohort_members",
  {
    cohortId: text("cohort_id")
      .notNull()
      .references(() => cohorts.id),
    personId: text("person_id")
      .notNull()
      .references(() => persons.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.personId] }), index("cohort_members_person_idx").on(t.personId)],
);

export const facilities = pgTable("facilities", {
  id: id(),
  name: text("name").notNull(),
  address: text("address"),
  region: text("region"),
  kind: text("kind"),
  createdAt: createdAt(),
});

export const cases = pgTable("cases", {
  id: id(),
  court: text("court"),
  judge: text("judge"),
  prosecutor: text("prosecutor"),
  verdictDate: day("verdict_date"),
  verdictPrecision: text("verdict_precision"),
  sentenceMonths: integer("sentence_months"),
  penaltyType: text("penalty_type"),
  inAbsentia: boolean("in_absentia").notNull().default(false),
  note: text("note"),
  createdAt: createdAt(),
});

export const caseDefendants = pgTable(
  "case_defendants",
  {
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id),
    personId: text("person_id")
      .notNull()
      .references(() => persons.id),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.personId] }), index("case_defendants_person_idx").on(t.personId)],
);

export const charges = pgTable(
  "charges",
  {
    id: id(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id),
    article: text("article").notNull(),
    part: text("part"),
    code: text("code"),
  },
  (t) => [index("charges_case_idx").on(t.caseId), index("charges_article_idx").on(t.article)],
);

/** One thing that happened to one person. The status history; never overwritten. */
export const acts = pgTable(
  "acts",
  {
    id: id(),
    personId: text("person_id")
      .notNull()
      .references(() => persons.id),
    type: text("type").notNull(),
    releaseKind: text("release_kind"),
    // false: a sentence or act that does not put the person in custody (restricted freedom,
    // a fine, in absentia). null: the type decides (see domain/custody).
    custodial: boolean("custodial"),
    startDate: day("start_date").notNull(),
    startPrecision: text("start_precision").notNull(),
    endDate: day("end_date"),
    endPrecision: text("end_precision"),
    facilityId: text("facility_id").references(() => facilities.id),
    caseId: text("case_id").references(() => cases.id),
    cohortId: text("cohort_id").references(() => cohorts.id),
    documentId: text("document_id").references(() => documents.id),
    sourceUrl: text("source_url"),
    note: text("note"),
    status: text("status").notNull().default("accepted"),
    createdAt: createdAt(),
  },
  (t) => [
    index("acts_person_start_idx").on(t.personId, t.startDate),
    index("acts_type_start_idx").on(t.type, t.startDate),
    index("acts_cohort_idx").on(t.cohortId),
  ],
);

export const recognitions = pgTable(
  "recognitions",
  {
    id: id(),
    personId: text("person_id")
      .notNull()
      .references(() => persons.id),
    organisation: text("organisation").notNull(),
    since: day("since"),
    sincePrecision: text("since_precision"),
    documentId: text("document_id").references(() => documents.id),
    sourceUrl: text("source_url"),
    createdAt: createdAt(),
  },
  (t) => [index("recognitions_person_idx").on(t.personId)],
);

/** A suggested mention of a person in a document, linked to a person once reviewed. */
export const mentions = pgTable(
  "mentions",
  {
    id: id(),
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id),
    personId: text("person_id").references(() => persons.id),
    name: text("name").notNull(),
    nameKey: text("name_key"),
    role: text("role").notNull(),
    statusNote: text("status_note"),
    aliases: jsonb("aliases").$type<string[]>(),
    evidence: jsonb("evidence").notNull().$type<EvidenceJson[]>(),
    status: text("status").notNull().default("suggested"),
    extractorVersion: text("extractor_version"),
    createdAt: createdAt(),
    reviewedBy: text("reviewed_by"),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true, mode: "string" }),
  },
  (t) => [index("mentions_document_idx").on(t.documentId), index("mentions_person_idx").on(t.personId), index("mentions_key_idx").on(t.nameKey)],
);

/**
 * Derived: the custody spans of each person, recomputed from that person's counted acts by the
 * domain rule whenever they change. Never edited by hand; `rebuildCustody` recreates it.
 */
export const custodySpans = pgTable(
  "custody_spans",
  {
    personId: text("person_id")
      .notNull()
      .references(() => persons.id),
    seq: integer("seq").notNull(),
    heldFrom: day("held_from").notNull(),
    fromLatest: day("from_latest").notNull(),
    heldUntil: day("held_until"),
    untilLatest: day("until_latest"),
  },
  (t) => [primaryKey({ columns: [t.personId, t.seq] }), index("custody_spans_from_idx").on(t.heldFrom, t.heldUntil)],
);

/**
 * Derived: per day, how the number held changes (+1 a span starts, -1 it ends) and how the
 * number of uncertain statuses changes. `held on D` = sum(delta) over days <= D: a few thousand
 * rows at most, whatever the size of the registry (see docs/adr/0002).
 */
export const custodyDaily = pgTable("custody_daily", {
  day: day("day").primaryKey(),
  delta: integer("delta").notNull().default(0),
  uncertainDelta: integer("uncertain_delta").notNull().default(0),
});

/** Append-only: every change, who made it, before and after. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: id(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [index("audit_entity_idx").on(t.entity, t.entityId), index("audit_at_idx").on(t.at)],
);
