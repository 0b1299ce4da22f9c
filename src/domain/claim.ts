/**
 * @module domain/claim
 * A Claim is an observation: "publisher P says that on date D the number of X is (qualifier) V".
 * Claims are never overwritten (a newer one stands beside the older) and never exist without
 * the document that states them and the evidence span in it.
 */
import { ValidationError } from "./errors.js";
import { QUALIFIERS, type Qualifier } from "./cohort.js";
import type { DatePrecision } from "./dates.js";
import type { FactStatus } from "./custody.js";

/** The words that state a fact: UTF-16 offsets into the document's title or text. */
export interface Evidence {
  field: "title" | "text";
  start: number;
  end: number;
}

/** Common subjects; others are allowed (free text, snake_case). */
export const CLAIM_SUBJECTS = ["political_prisoners_held", "political_prisoners_recognised", "released", "arrested", "convicted"] as const;

export interface ClaimValues {
  subject: string;
  value: number;
  qualifier: Qualifier;
  asOf: string | null;
  asOfPrecision: DatePrecision | null;
  attributedTo: string;
  scope: string | null;
  country: string | null;
}

export interface Claim extends ClaimValues {
  id: string;
  documentId: string;
  evidence: Evidence[];
  status: FactStatus;
  extractorVersion: string | null;
  createdAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export interface NewClaim extends ClaimValues {
  documentId: string;
  evidence: Evidence[];
  status?: FactStatus;
  extractorVersion?: string | null;
}

/** Throws ValidationError naming the field when a claim cannot stand. */
export function checkClaim(c: NewClaim): void {
  if (!c.documentId) throw new ValidationError("document", "a claim needs the document that states it");
  if (!c.subject) throw new ValidationError("subject", "required");
  if (!Number.isFinite(c.value) || c.value < 0 || !Number.isInteger(c.value)) throw new ValidationError("value", `must be a whole number >= 0: ${c.value}`);
  if (!QUALIFIERS.includes(c.qualifier)) throw new ValidationError("qualifier", `must be one of ${QUALIFIERS.join(", ")}`);
  if (!c.attributedTo) throw new ValidationError("attributed_to", "required (use \"unattributed\" when nobody is named)");
  checkEvidence(c.evidence);
}

export function checkEvidence(evidence: readonly Evidence[]): void {
  for (const e of evidence) {
    if (e.field !== "title" && e.field !== "text") throw new ValidationError("evidence", `field must be title or text`);
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end < e.start) {
      throw new ValidationError("evidence", `bad span ${e.start}..${e.end}`);
    }
  }
}
