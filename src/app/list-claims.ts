/**
 * @module app/list-claims
 * Count claims as series material: value, qualifier, as-of date, who says so, review status and
 * the source document — never mixed with derived counts.
 */
import { formatPartialDate } from "../domain/dates.js";
import type { Claim } from "../domain/claim.js";
import type { ClaimFilter, ClaimRepository, DocumentRepository } from "../domain/ports.js";

export interface ClaimView {
  id: string;
  subject: string;
  value: number;
  qualifier: string;
  as_of: string | null;
  attributed_to: string;
  scope: string | null;
  country: string | null;
  status: string;
  /** The source's URL, or its document id when it has none. */
  source: string;
  document_id: string;
  evidence: Claim["evidence"];
}

export async function listClaims(deps: { claims: ClaimRepository; documents: DocumentRepository }, filter: ClaimFilter = {}): Promise<ClaimView[]> {
  const claims = await deps.claims.list(filter);
  const urls = new Map<string, string>();
  for (const id of new Set(claims.map((c) => c.documentId))) urls.set(id, (await deps.documents.get(id))?.url ?? id);
  return claims.map((c) => ({
    id: c.id,
    subject: c.subject,
    value: c.value,
    qualifier: c.qualifier,
    as_of: c.asOf && c.asOfPrecision ? formatPartialDate({ date: c.asOf, precision: c.asOfPrecision }) : c.asOf,
    attributed_to: c.attributedTo,
    scope: c.scope,
    country: c.country,
    status: c.status,
    source: urls.get(c.documentId) ?? c.documentId,
    document_id: c.documentId,
    evidence: c.evidence,
  }));
}
