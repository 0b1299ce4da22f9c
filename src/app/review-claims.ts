/**
 * @module app/review-claims
 * Review of claims: accept, correct (new value/qualifier/as-of/attribution), reject, retract;
 * one by one or in bulk over a filter. Every change is audited in its transaction.
 */
import { checkClaim, type Claim, type ClaimValues } from "../domain/claim.js";
import { parsePartialDate } from "../domain/dates.js";
import type { ReviewAction } from "../domain/review.js";
import type { ClaimFilter, Repositories, TransactionManager } from "../domain/ports.js";
import { reviewBulk, reviewFact, type Reviewable } from "./review-facts.js";

export const claimReview: Reviewable<Claim, ClaimValues> = {
  entity: "claim",
  get: (r, id) => r.claims.get(id),
  save: (r, id, patch) => r.claims.update(id, patch),
  check: (c) => checkClaim(c),
};

/** Normalises corrected values as typed by a person ("as_of": "2024-11" -> day + precision). */
export function claimCorrection(values: Record<string, unknown>): Partial<ClaimValues> {
  const out: Partial<ClaimValues> = {};
  if (values.value != null) out.value = Number(values.value);
  if (values.qualifier != null) out.qualifier = String(values.qualifier) as ClaimValues["qualifier"];
  if (values.attributedTo != null || values.attributed_to != null) out.attributedTo = String(values.attributedTo ?? values.attributed_to);
  if (values.subject != null) out.subject = String(values.subject);
  if (values.scope != null) out.scope = String(values.scope);
  if (values.country != null) out.country = String(values.country);
  const asOf = values.asOf ?? values.as_of;
  if (asOf != null) {
    const d = parsePartialDate(String(asOf), "as_of");
    out.asOf = d.date;
    out.asOfPrecision = d.precision;
  }
  return out;
}

export function reviewClaim(
  deps: { tx: TransactionManager },
  req: { id: string; action: ReviewAction; values?: Record<string, unknown>; actor: string; note?: string | null },
): Promise<Claim> {
  return reviewFact(deps, claimReview, { ...req, values: req.values ? claimCorrection(req.values) : undefined });
}

export function reviewClaims(deps: { tx: TransactionManager }, filter: ClaimFilter, action: Exclude<ReviewAction, "correct">, actor: string): Promise<Claim[]> {
  return reviewBulk(deps, claimReview, (r: Repositories) => r.claims.list({ ...filter, limit: filter.limit ?? 100_000 }), action, actor);
}
