/**
 * @module app/record-claim
 * Records a claim ("publisher P says that on D the number of X is (q) V") together with its
 * document and evidence. A claim cannot exist without its document: an unknown document is a
 * NotFoundError and nothing is written. Claims are never overwritten; a newer one stands beside.
 */
import { checkClaim, type Claim, type NewClaim } from "../domain/claim.js";
import { assertNotFuture, parsePartialDate, todayIso } from "../domain/dates.js";
import { NotFoundError } from "../domain/errors.js";
import type { Repositories, TransactionManager } from "../domain/ports.js";

export interface RecordClaimInput extends Omit<NewClaim, "asOf" | "asOfPrecision"> {
  /** "2024-11-20", "2024-11", "2024" or null when the claim gives no date. */
  asOf: string | null;
  actor?: string;
  today?: string;
}

export async function recordClaim(deps: { tx: TransactionManager }, input: RecordClaimInput): Promise<Claim> {
  const asOf = input.asOf ? parsePartialDate(input.asOf, "as_of") : null;
  if (asOf) assertNotFuture(asOf, "as_of", input.today ?? todayIso());
  const claim: NewClaim = {
    documentId: input.documentId,
    subject: input.subject,
    value: input.value,
    qualifier: input.qualifier,
    asOf: asOf?.date ?? null,
    asOfPrecision: asOf?.precision ?? null,
    attributedTo: input.attributedTo,
    scope: input.scope,
    country: input.country,
    evidence: input.evidence,
    status: input.status,
    extractorVersion: input.extractorVersion ?? null,
  };
  const actor = input.actor;
  checkClaim(claim);
  return deps.tx.run(async (r: Repositories) => {
    if (!(await r.documents.get(claim.documentId))) throw new NotFoundError("document", claim.documentId);
    const stored = await r.claims.insert(claim);
    await r.audit.record({ actor: actor ?? "system", action: "create", entity: "claim", entityId: stored.id, before: null, after: stored });
    return stored;
  });
}
