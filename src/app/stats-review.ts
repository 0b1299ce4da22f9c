/**
 * @module app/stats-review
 * The review queue as the web sees it: claims, cohorts and mentions awaiting review, each
 * beside its document and evidence, with other sources' values for the same fact. Actions go
 * through the core's audited review use cases. Queue ids are `kind:id` so one list can mix kinds.
 */
import { ValidationError } from "../domain/errors.js";
import type { Repositories, TransactionManager } from "../domain/ports.js";
import { reviewClaim, reviewClaims } from "./review-claims.js";
import { reviewCohort, reviewCohorts } from "./review-cohorts.js";
import { reviewMention, reviewMentions } from "./review-mentions.js";
import type { ReviewFilter, SuggestionKind, SuggestionRecord } from "./stats-types.js";

type Deps = Pick<Repositories, "documents" | "claims" | "cohorts" | "mentions"> & { tx: TransactionManager };
const KINDS: SuggestionKind[] = ["claim", "cohort", "mention"];

/** Splits a queue id into kind and fact id. */
export function parseQueueId(queueId: string): { kind: SuggestionKind; id: string } {
  const [kind, id] = queueId.split(":", 2);
  if (!id || !KINDS.includes(kind as SuggestionKind)) throw new ValidationError("id", "expected kind:id (claim:…, cohort:…, mention:…)");
  return { kind: kind as SuggestionKind, id };
}

/** Lists queue items matching the filter, oldest first. */
export async function listSuggestions(deps: Deps, filter: ReviewFilter): Promise<SuggestionRecord[]> {
  const status = filter.status ?? "suggested";
  const limit = filter.limit ?? 200;
  const kinds = filter.kind ? [filter.kind] : KINDS;
  const items: (Omit<SuggestionRecord, "document"> & { documentId: string | null })[] = [];
  if (kinds.includes("claim")) {
    for (const c of await deps.claims.list({ status, subject: filter.subject, documentId: filter.documentId, limit })) {
      const others = (await deps.claims.list({ subject: c.subject, limit: 50 })).filter((o) => o.id !== c.id && o.asOf === c.asOf && (o.value !== c.value || o.attributedTo !== c.attributedTo));
      items.push({
        id: `claim:${c.id}`,
        kind: "claim",
        status: c.status,
        summary: `${c.attributedTo}: ${c.subject.replace(/_/g, " ")} ${c.qualifier === "exact" ? "" : `${c.qualifier.replace("_", " ")} `}${c.value}${c.asOf ? ` as of ${c.asOf}` : ""}`,
        value: { value: c.value, qualifier: c.qualifier, asOf: c.asOf, attributedTo: c.attributedTo, subject: c.subject },
        evidence: c.evidence,
        conflicts: others.map((o) => ({ summary: `${o.attributedTo}: ${o.value}`, sourceUrl: null, status: o.status })),
        createdAt: c.createdAt,
        documentId: c.documentId,
      });
    }
  }
  if (kinds.includes("cohort") && !filter.subject) {
    const cohorts = await deps.cohorts.list({ status, limit });
    const sources = await deps.cohorts.sources(cohorts.map((c) => c.id));
    for (const c of cohorts) {
      const mine = sources.filter((s) => s.cohortId === c.id);
      if (filter.documentId && !mine.some((s) => s.documentId === filter.documentId)) continue;
      items.push({
        id: `cohort:${c.id}`,
        kind: "cohort",
        status: c.status,
        summary: `${c.type} of ${c.count}${c.date ? ` on ${c.date}` : ""}`,
        value: { count: c.count, qualifier: c.qualifier, date: c.date, women: c.women ?? null, men: c.men ?? null },
        evidence: mine.flatMap((s) => s.evidence),
        conflicts: mine.slice(1).map((s) => ({ summary: JSON.stringify(s.reported), sourceUrl: s.url, status: c.status })),
        createdAt: c.createdAt,
        documentId: mine.find((s) => s.documentId)?.documentId ?? null,
      });
    }
  }
  if (kinds.includes("mention") && !filter.subject) {
    for (const m of await deps.mentions.list({ status, documentId: filter.documentId, limit })) {
      items.push({ id: `mention:${m.id}`, kind: "mention", status: m.status, summary: `${m.name} (${m.role})`, value: { name: m.name, role: m.role }, evidence: m.evidence, conflicts: [], createdAt: m.createdAt, documentId: m.documentId });
    }
  }
  const docs = new Map(await Promise.all([...new Set(items.flatMap((i) => (i.documentId ? [i.documentId] : [])))].map(async (id) => [id, await deps.documents.get(id)] as const)));
  return items
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .slice(0, limit)
    .map(({ documentId, ...i }) => {
      const d = documentId ? docs.get(documentId) : null;
      return { ...i, document: { id: d?.id ?? "", url: d?.url ?? null, title: d?.title ?? null, outlet: d?.outlet ?? null, text: d?.text ?? "" } };
    });
}

/** Counts of queue items by status (claims + cohorts + mentions). */
export async function reviewCounts(deps: Deps): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const status of ["suggested", "accepted", "corrected", "rejected"]) {
    const [c, h, m] = await Promise.all([deps.claims.count({ status }), deps.cohorts.count({ status }), deps.mentions.list({ status, limit: 100_000 })]);
    out[status] = c + h + m.length;
  }
  return out;
}

/** Applies one action to one queue item through the core's audited use cases. */
export async function reviewItem(deps: Deps, queueId: string, action: "accept" | "reject" | "correct", actor: string, values?: Record<string, unknown>): Promise<void> {
  const { kind, id } = parseQueueId(queueId);
  const req = { id, action, actor, ...(action === "correct" ? { values: values ?? {} } : {}) };
  if (kind === "claim") await reviewClaim(deps, req);
  else if (kind === "cohort") await reviewCohort(deps, req);
  else await reviewMention(deps, req);
}

/** Accepts every suggestion the filter selects; resolves to how many. */
export async function bulkAccept(deps: Deps, filter: ReviewFilter, actor: string): Promise<number> {
  let n = 0;
  const kinds = filter.kind ? [filter.kind] : KINDS;
  if (kinds.includes("claim")) n += (await reviewClaims(deps, { status: "suggested", subject: filter.subject, documentId: filter.documentId }, "accept", actor)).length;
  if (kinds.includes("cohort") && !filter.subject && !filter.documentId) n += (await reviewCohorts(deps, { status: "suggested" }, "accept", actor)).length;
  if (kinds.includes("mention") && !filter.subject) n += (await reviewMentions(deps, { status: "suggested", documentId: filter.documentId }, "accept", actor)).length;
  return n;
}
