/**
 * @module domain/visibility
 * Privacy is a property of fields, decided here and nowhere else. Every field of every entity
 * that can leave the server has a visibility: `public` (anyone), `analyst` (logged-in analysts
 * and admins) or `admin`. Presenters read this table; a field missing from it cannot be
 * presented at all, so a new column is private until someone decides otherwise here.
 *
 * Whole records can be private too: an unreviewed suggestion or an unpublished record is not
 * public whatever its fields say (see {@link recordVisibility}).
 */

/** Who is asking. `public` is anyone without a session. */
export type Role = "public" | "analyst" | "admin";
/** Who may see a field. */
export type Visibility = Role;

export const ROLES: readonly Role[] = ["public", "analyst", "admin"];

const rank: Record<Role, number> = { public: 0, analyst: 1, admin: 2 };

/** True when `role` may see something of visibility `level`. */
export function canSee(role: Role, level: Visibility): boolean {
  return rank[role] >= rank[level];
}

/**
 * The table. Keys are entity names, values map each field to its visibility.
 * Private person fields (health, disability, family, children, contacts, relatives' addresses,
 * private notes) are never public; a facility's postal address is public on purpose: people
 * write letters to prisoners.
 */
export const VISIBILITY = {
  person: {
    id: "public",
    name: "public",
    names: "public",
    birthDate: "public",
    birthPrecision: "public",
    gender: "public",
    region: "public",
    status: "public",
    acts: "public",
    cases: "public",
    recognitions: "public",
    cohorts: "public",
    url: "public",
    mergedInto: "public",
    health: "analyst",
    chronicIllness: "analyst",
    disability: "analyst",
    disabled: "analyst",
    family: "analyst",
    children: "analyst",
    contacts: "admin",
    relativesAddresses: "admin",
    notesPrivate: "admin",
    mentions: "analyst",
    createdAt: "analyst",
  },
  personName: { text: "public", script: "public", language: "public", kind: "public", nameKey: "analyst" },
  act: {
    id: "public",
    type: "public",
    releaseKind: "public",
    startDate: "public",
    startPrecision: "public",
    endDate: "public",
    endPrecision: "public",
    facility: "public",
    caseId: "public",
    cohortId: "public",
    sourceUrl: "public",
    documentId: "analyst",
    note: "analyst",
    status: "analyst",
  },
  case: {
    id: "public",
    court: "public",
    judge: "public",
    prosecutor: "public",
    verdictDate: "public",
    verdictPrecision: "public",
    sentenceMonths: "public",
    penaltyType: "public",
    inAbsentia: "public",
    charges: "public",
    note: "analyst",
  },
  recognition: { organisation: "public", since: "public", sincePrecision: "public", sourceUrl: "public", documentId: "analyst" },
  facility: { id: "public", name: "public", address: "public", region: "public", kind: "public" },
  cohort: {
    id: "public",
    type: "public",
    count: "public",
    qualifier: "public",
    date: "public",
    datePrecision: "public",
    country: "public",
    breakdown: "public",
    ordinal: "public",
    ordinalScope: "public",
    namesUndisclosed: "public",
    identified: "public",
    members: "public",
    sources: "public",
    conflicts: "public",
    note: "public",
    url: "public",
    mergedInto: "public",
    status: "analyst",
    reviewedBy: "admin",
    reviewedAt: "analyst",
  },
  claim: {
    id: "public",
    subject: "public",
    scope: "public",
    country: "public",
    value: "public",
    qualifier: "public",
    asOf: "public",
    asOfPrecision: "public",
    attributedTo: "public",
    sourceUrl: "public",
    url: "public",
    status: "analyst",
    documentId: "analyst",
    evidence: "analyst",
    extractorVersion: "analyst",
    reviewedBy: "admin",
    reviewedAt: "analyst",
  },
  source: {
    id: "public",
    url: "public",
    outlet: "public",
    title: "public",
    published: "public",
    language: "public",
    claims: "public",
    cohorts: "public",
    text: "analyst",
    hash: "analyst",
    origin: "analyst",
    ingestedAt: "analyst",
  },
  suggestion: {
    id: "analyst",
    kind: "analyst",
    status: "analyst",
    summary: "analyst",
    value: "analyst",
    document: "analyst",
    evidence: "analyst",
    conflicts: "analyst",
    createdAt: "analyst",
  },
  user: { id: "admin", username: "analyst", role: "analyst", createdAt: "admin" },
} as const satisfies Record<string, Record<string, Visibility>>;

export type Entity = keyof typeof VISIBILITY;
export type FieldOf<E extends Entity> = keyof (typeof VISIBILITY)[E] & string;

/** The visibility of one field; unknown fields are `admin` (closed by default). */
export function fieldVisibility<E extends Entity>(entity: E, field: string): Visibility {
  const table = VISIBILITY[entity] as Record<string, Visibility>;
  return table[field] ?? "admin";
}

/** The fields of `entity` that `role` may see. */
export function visibleFields<E extends Entity>(entity: E, role: Role): FieldOf<E>[] {
  const table = VISIBILITY[entity] as Record<string, Visibility>;
  return Object.keys(table).filter((f) => canSee(role, table[f] as Visibility)) as FieldOf<E>[];
}

/**
 * Copies from `record` exactly the fields of `entity` that `role` may see: the one way a record
 * is reduced for a reader. Fields absent from the table never pass.
 * @example pickVisible("person", { id: "p1", health: "asthma" }, "public") // { id: "p1" }
 */
export function pickVisible<E extends Entity>(entity: E, record: object, role: Role): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const source = record as Record<string, unknown>;
  for (const field of visibleFields(entity, role)) {
    if (field in source && source[field] !== undefined) out[field] = source[field];
  }
  return out;
}

/** Review states and publication flags that make a whole record non-public. */
const PUBLIC_STATUSES = new Set(["accepted", "corrected", "published"]);

/**
 * Whether a whole record is public: unreviewed suggestions, rejected facts and unpublished
 * records are seen by analysts only, whatever their fields' visibility.
 */
export function recordVisibility(status: string | null | undefined): Visibility {
  return status == null || PUBLIC_STATUSES.has(status) ? "public" : "analyst";
}

/** The person fields that are private in the sense of the issue: used by the leak test. */
export const PRIVATE_PERSON_FIELDS = (Object.keys(VISIBILITY.person) as FieldOf<"person">[]).filter(
  (f) => VISIBILITY.person[f] !== "public",
);
