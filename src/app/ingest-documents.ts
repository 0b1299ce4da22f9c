/**
 * @module app/ingest-documents
 * The ingest use case: a document is known by the SHA-256 of its original bytes; new documents
 * are stored together with everything extracted from them (suggested claims, mentions, cohort
 * sources) in ONE transaction per batch, so a crash at any moment leaves each document either
 * whole with its facts or absent, and re-running the ingest finishes the job without duplicates.
 * Batches exist for speed (a row costs ~2 ms on PGlite, a multi-row statement barely more).
 */
import { createHash } from "node:crypto";
import { monotonicFactory } from "ulid";
import { checkClaim, type NewClaim } from "../domain/claim.js";
import { checkCohort } from "../domain/cohort.js";
import type { DocumentInput } from "../domain/document.js";
import type { ExtractInput, Facts } from "../extract/facts.js";
import { nameKey } from "../names/key.js";
import { DEFAULT_CLUSTER_RULES, improvement, matchCohort, type ClusterRules, type CohortWithSources } from "./cluster-cohorts.js";
import { claimDrafts, cohortReports, mentionDrafts, type CohortReport } from "./ingest-facts.js";
import type { HashedDocument, IngestStore, NewCohortRow, NewCohortSourceRow, NewMentionRow } from "./ingest-store.js";

const newId = monotonicFactory();

/** The extractor, injected so the use case can be tested with a fake and benchmarked alone. */
export interface Extractor {
  extract(input: ExtractInput): Facts;
  version: string;
}

/** Dependencies of the ingest use case. */
export interface IngestDeps {
  store: IngestStore;
  extractor: Extractor;
  rules?: ClusterRules;
}

/** The outcome for one document. */
export type IngestOutcome =
  | { status: "new"; documentId: string; facts: number; cohortsCreated: number }
  | { status: "known"; documentId: string | null; facts: 0; cohortsCreated: 0 }
  | { status: "failed"; error: string; facts: 0; cohortsCreated: 0 };

/** SHA-256 (hex) of the original bytes: the same identity storage enforces with a unique index. */
export function contentHash(original: Uint8Array): string {
  return createHash("sha256").update(original).digest("hex");
}

interface Prepared {
  index: number;
  doc: HashedDocument;
  claims: (NewClaim & { id: string })[];
  mentions: NewMentionRow[];
  reports: CohortReport[];
}

/** Ingests one document (a batch of one). */
export async function ingestDocument(deps: IngestDeps, input: DocumentInput): Promise<IngestOutcome> {
  const [outcome] = await ingestDocuments(deps, [input]);
  return outcome!;
}

/**
 * Ingests a batch of documents; outcomes are in input order. A document whose facts break a
 * domain rule fails alone (the rest of the batch is stored); extraction runs before the
 * transaction, since it is CPU work that must not hold a transaction open.
 * @example const [r] = await ingestDocuments({ store, extractor }, [doc]); // r.status === "new"
 */
export async function ingestDocuments(deps: IngestDeps, inputs: readonly DocumentInput[]): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = new Array(inputs.length);
  const hashes = inputs.map((d) => contentHash(d.original));
  const known = await deps.store.knownHashes([...new Set(hashes)]);
  // A page polled again often differs only in markup (ads, tokens, timestamps): when the words
  // at a URL are the same as last time, it is the same document, not a new one.
  const urls = inputs.filter((d, i) => d.url && !known.has(hashes[i]!)).map((d) => d.url!);
  const latest = urls.length > 0 ? await deps.store.latestByUrl(urls) : new Map<string, { title: string | null; text: string }>();
  const firstIndex = new Map<string, number>();
  const prepared: Prepared[] = [];
  inputs.forEach((input, index) => {
    const hash = hashes[index]!;
    const seen = known.get(hash);
    const last = input.url ? latest.get(input.url) : undefined;
    const unchanged = last !== undefined && last.text === input.text && last.title === input.title;
    if (seen !== undefined || firstIndex.has(hash) || unchanged) {
      outcomes[index] = { status: "known", documentId: seen ?? null, facts: 0, cohortsCreated: 0 };
      return;
    }
    firstIndex.set(hash, index);
    try {
      prepared.push(prepare(deps.extractor, input, hash, index));
    } catch (error) {
      outcomes[index] = { status: "failed", error: error instanceof Error ? error.message : String(error), facts: 0, cohortsCreated: 0 };
    }
  });
  if (prepared.length > 0) {
    const stored = await deps.store.run(async (tx) => {
      const inserted = await tx.insertDocuments(prepared.map((p) => p.doc));
      // Another worker may have stored some of these bytes since we looked: they are known.
      const fresh = prepared.filter((p) => inserted.has(p.doc.hash));
      await tx.insertClaims(fresh.flatMap((p) => p.claims));
      await tx.insertMentions(fresh.flatMap((p) => p.mentions));
      const created = await clusterBatch(tx, fresh, deps.rules ?? DEFAULT_CLUSTER_RULES);
      return { inserted, created };
    });
    for (const p of prepared) {
      if (stored.inserted.has(p.doc.hash)) {
        outcomes[p.index] = { status: "new", documentId: p.doc.id, facts: p.claims.length + p.mentions.length + p.reports.length, cohortsCreated: stored.created.get(p.doc.id) ?? 0 };
      } else {
        outcomes[p.index] = { status: "known", documentId: null, facts: 0, cohortsCreated: 0 };
      }
    }
  }
  // Duplicates inside the batch point at the copy that was stored.
  inputs.forEach((_, index) => {
    const o = outcomes[index];
    if (o?.status === "known" && o.documentId === null) {
      const first = outcomes[firstIndex.get(hashes[index]!) ?? -1];
      if (first && first.status === "new") outcomes[index] = { ...o, documentId: first.documentId };
    }
  });
  return outcomes;
}

function prepare(extractor: Extractor, input: DocumentInput, hash: string, index: number): Prepared {
  const doc: HashedDocument = { ...input, id: newId(), hash };
  const facts = extractor.extract({ text: input.text, title: input.title, published: input.published, language: input.language });
  const ctx = { publishedDay: publishedDay(input.published), outlet: input.outlet };
  const claims = claimDrafts(facts, ctx).map((c) => {
    const claim = { ...c, id: newId(), documentId: doc.id, status: "suggested" as const, extractorVersion: extractor.version };
    checkClaim(claim);
    return claim;
  });
  const mentions: NewMentionRow[] = mentionDrafts(facts).map((m) => ({
    ...m, id: newId(), documentId: doc.id, nameKey: nameKey(m.name) || null, extractorVersion: extractor.version,
  }));
  const reports = cohortReports(facts, ctx, { title: input.title, text: input.text });
  for (const r of reports) checkCohort(r.values);
  return { index, doc, claims, mentions, reports };
}

/**
 * Places every cohort report of the batch: candidates are read once per date range, and cohorts
 * created earlier in the same batch are candidates for later reports.
 * @returns cohorts created per document id.
 */
async function clusterBatch(
  tx: { lockClustering(): Promise<void>; cohortCandidates(from: string, to: string): Promise<CohortWithSources[]>; insertCohorts(r: readonly NewCohortRow[]): Promise<void>; insertCohortSources(r: readonly NewCohortSourceRow[]): Promise<void>; updateCohort(id: string, patch: object): Promise<void> },
  fresh: readonly Prepared[],
  rules: ClusterRules,
): Promise<Map<string, number>> {
  const created = new Map<string, number>();
  if (fresh.every((p) => p.reports.length === 0)) return created;
  await tx.lockClustering();
  const dated = fresh.flatMap((p) => p.reports.map((r) => r.values.date).filter((d): d is string => d !== null));
  const candidates: CohortWithSources[] = [];
  for (const [from, to] of mergeWindows(dated, rules.windowDays + 5)) candidates.push(...(await tx.cohortCandidates(from, to)));
  const newRows = new Map<string, NewCohortRow>();
  const patches = new Map<string, object>();
  const sources: NewCohortSourceRow[] = [];
  for (const p of fresh) {
    for (const report of p.reports) {
      const match = report.values.date ? matchCohort(report, p.doc.id, candidates, rules) : null;
      const sourceRow = (cohortId: string): NewCohortSourceRow => ({ id: newId(), cohortId, documentId: p.doc.id, url: p.doc.url, reported: report.reported, evidence: report.evidence });
      if (!match) {
        const row: NewCohortRow = { ...report.values, id: newId(), status: "suggested" };
        newRows.set(row.id, row);
        candidates.push({ cohort: { ...row, createdAt: "" }, sources: [{ documentId: p.doc.id, reported: report.reported }] });
        sources.push(sourceRow(row.id));
        created.set(p.doc.id, (created.get(p.doc.id) ?? 0) + 1);
        continue;
      }
      sources.push(sourceRow(match.id));
      candidates.find((c) => c.cohort.id === match.id)?.sources.push({ documentId: p.doc.id, reported: report.reported });
      if (match.status !== "suggested") continue; // reviewed cohorts change only through review
      const patch = improvement(match, report.values);
      if (Object.keys(patch).length === 0) continue;
      Object.assign(match, patch);
      const own = newRows.get(match.id);
      if (own) Object.assign(own, patch);
      else patches.set(match.id, { ...(patches.get(match.id) ?? {}), ...patch });
    }
  }
  await tx.insertCohorts([...newRows.values()]);
  await tx.insertCohortSources(sources);
  for (const [id, patch] of patches) await tx.updateCohort(id, patch);
  return created;
}

/**
 * The date ranges to search for candidates: each report date widened by `days` and back to the
 * 1st of its month (where month-precision cohorts are stored), overlapping ranges merged.
 */
export function mergeWindows(dates: readonly string[], days: number): [string, string][] {
  const DAY = 86_400_000;
  const ranges = dates
    .map((d) => {
      const t = Date.parse(d);
      const monthStart = Date.parse(`${d.slice(0, 7)}-01`);
      const monthEnd = Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)), 0);
      return [Math.min(t - days * DAY, monthStart - DAY), Math.max(t + days * DAY, d.endsWith("-01") ? monthEnd + DAY : t + days * DAY)] as [number, number];
    })
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1] + DAY) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return merged.map(([a, b]) => [iso(a), iso(b)]);
}

function publishedDay(published: string | null): string | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return null;
  const day = published.slice(0, 10);
  return Number.isNaN(Date.parse(day)) ? null : day;
}
