/**
 * @module app/merge-cohorts
 * Two stored cohorts turned out to be one round (a report dated 5 days off, or one that arrived
 * before the other was known): `mergeCohorts(keep, fold)` moves the folded cohort's sources
 * (each keeping the values IT reported, so `cohortConflicts` shows where they disagree), members
 * and linked acts to the kept one and marks it `mergedInto` (never deleted), in one transaction
 * with an audit entry that lists every moved row. `unmergeCohorts(auditId)` puts exactly those
 * rows back. `findCohortMergeCandidates` asks the ingest clustering rule (`matchCohort`) which
 * stored pairs it would now join, so there is one rule for "same event", not two.
 */
import type { Cohort } from "../domain/cohort.js";
import { ConflictError, NotFoundError, ValidationError } from "../domain/errors.js";
import type { CohortMergeMoves, CohortRepository, CohortSource, Repositories, TransactionManager } from "../domain/ports.js";
import { DEFAULT_CLUSTER_RULES, matchCohort, type ClusterRules, type CohortWithSources } from "./cluster-cohorts.js";

/** What a cohort merge did; `auditId` is what `unmergeCohorts` takes. */
export interface CohortMergeResult {
  auditId: string;
  keptId: string;
  mergedId: string;
  moved: { sources: number; members: number; acts: number };
}

/** The `after` of a cohort merge audit entry: enough to undo it. */
interface CohortMergeRecord {
  keptId: string;
  mergedId: string;
  moves: CohortMergeMoves;
}

/**
 * Folds cohort `mergedId` into `keptId`. Throws NotFoundError for an unknown id, ValidationError
 * for a cohort merged with itself, ConflictError when either was already merged away.
 * @example const r = await mergeCohorts(vigil, { keptId: a, mergedId: b, actor: "cli:ann" }); // later: unmergeCohorts(vigil, { auditId: r.auditId, actor })
 */
export async function mergeCohorts(deps: { tx: TransactionManager }, input: { keptId: string; mergedId: string; actor: string }): Promise<CohortMergeResult> {
  const { keptId, mergedId, actor } = input;
  if (keptId === mergedId) throw new ValidationError("cohort", "cannot merge a cohort with itself");
  return deps.tx.run(async (r) => {
    const [kept, merged] = await Promise.all([mustGet(r, keptId), mustGet(r, mergedId)]);
    for (const c of [kept, merged]) {
      if (c.mergedInto) throw new ConflictError(`cohort ${c.id} was already merged into ${c.mergedInto}`);
    }
    const moves = await r.cohorts.fold(keptId, mergedId);
    const record: CohortMergeRecord = { keptId, mergedId, moves };
    const entry = await r.audit.record({ actor, action: "merge", entity: "cohort", entityId: mergedId, before: { kept, merged }, after: record });
    return { auditId: entry.id, keptId, mergedId, moved: counts(moves) };
  });
}

/**
 * Undoes the cohort merge recorded in audit entry `auditId`. Refuses (ConflictError) when it was
 * undone already or when the kept cohort has since been merged into a third one (undo that first:
 * rows are moved back by id, one level at a time).
 */
export async function unmergeCohorts(deps: { tx: TransactionManager }, input: { auditId: string; actor: string }): Promise<CohortMergeResult> {
  return deps.tx.run(async (r) => {
    const entry = await r.merges.auditEntry(input.auditId);
    if (!entry || entry.action !== "merge" || entry.entity !== "cohort") throw new NotFoundError("cohort merge", input.auditId);
    const { keptId, mergedId, moves } = entry.after as CohortMergeRecord;
    const [kept, merged] = await Promise.all([mustGet(r, keptId), mustGet(r, mergedId)]);
    const undone = await r.audit.list({ entity: "cohort_merge", entityId: entry.id, limit: 1 });
    if (undone.length || merged.mergedInto !== keptId) throw new ConflictError(`merge ${entry.id} was already undone`);
    if (kept.mergedInto) throw new ConflictError(`cohort ${keptId} was later merged into ${kept.mergedInto}: undo that merge first`);
    await r.cohorts.unfold(keptId, mergedId, moves);
    await r.audit.record({ actor: input.actor, action: "unmerge", entity: "cohort_merge", entityId: entry.id, before: { keptId, mergedId }, after: { restored: mergedId } });
    return { auditId: entry.id, keptId, mergedId, moved: counts(moves) };
  });
}

/** A pair the clustering rule would join: fold `mergedId` into `keptId` (the older one). */
export interface CohortMergeCandidate {
  keptId: string;
  mergedId: string;
  type: string;
  kept: { count: number; date: string | null };
  merged: { count: number; date: string | null };
}

/**
 * Pairs of stored, unmerged, unrejected cohorts that `matchCohort` would put together if one's
 * report arrived now: each source of one cohort is offered to the other as a report. Pairs that
 * share a document are never proposed (one text listing two rounds describes two rounds).
 * `rules.windowDays` may be widened to look further than ingest does.
 */
export async function findCohortMergeCandidates(deps: { cohorts: CohortRepository }, rules: ClusterRules = DEFAULT_CLUSTER_RULES): Promise<CohortMergeCandidate[]> {
  const all = (await deps.cohorts.list({ limit: 100_000 })).filter((c) => c.status !== "rejected" && c.status !== "retracted");
  const sources = await deps.cohorts.sources(all.map((c) => c.id));
  const byCohort = new Map<string, CohortSource[]>();
  for (const s of sources) byCohort.set(s.cohortId, [...(byCohort.get(s.cohortId) ?? []), s]);
  const withSources: CohortWithSources[] = all
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((cohort) => ({ cohort, sources: byCohort.get(cohort.id) ?? [] }));
  const out: CohortMergeCandidate[] = [];
  for (let i = 0; i < withSources.length; i++) {
    for (let j = i + 1; j < withSources.length; j++) {
      const a = withSources[i]!;
      const b = withSources[j]!;
      if (joins(b, a, rules) || joins(a, b, rules)) {
        out.push({ keptId: a.cohort.id, mergedId: b.cohort.id, type: a.cohort.type, kept: brief(a.cohort), merged: brief(b.cohort) });
      }
    }
  }
  return out;
}

/** True when some report of `from` would join `into` under the ingest rule. */
function joins(from: CohortWithSources, into: CohortWithSources, rules: ClusterRules): boolean {
  const docs = new Set(from.sources.map((s) => s.documentId).filter((d) => d !== null));
  if (into.sources.some((s) => s.documentId !== null && docs.has(s.documentId))) return false;
  // A cohort entered by hand may have only a URL source, or none: its own values are then its report.
  const reports = from.sources.length ? from.sources : [{ documentId: null, reported: {} }];
  // An id no stored document has, so matchCohort's same-document guard only fires on real documents.
  return reports.some((s) => matchCohort({ values: from.cohort, reported: s.reported, evidence: [] }, s.documentId ?? `cohort:${from.cohort.id}`, [into], rules) !== null);
}

function brief(c: Cohort): { count: number; date: string | null } {
  return { count: c.count, date: c.date };
}

async function mustGet(r: Repositories, id: string): Promise<Cohort> {
  const c = await r.cohorts.get(id);
  if (!c) throw new NotFoundError("cohort", id);
  return c;
}

function counts(m: CohortMergeMoves): CohortMergeResult["moved"] {
  return { sources: m.sources.length, members: m.members.length + m.membersShared.length, acts: m.acts.length };
}
