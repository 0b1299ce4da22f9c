/**
 * @module app/list-cohorts
 * Cohorts with their breakdown, their sources, where those sources disagree, and how many
 * members are identified by name ("32 pardoned, 5 identified").
 */
import { BREAKDOWN_FIELDS, cohortConflicts, type Cohort, type Conflict } from "../domain/cohort.js";
import { formatPartialDate } from "../domain/dates.js";
import type { CohortFilter, CohortRepository, DocumentRepository } from "../domain/ports.js";

export interface CohortView {
  id: string;
  type: string;
  count: number;
  qualifier: string;
  /** As stated: "2024-11-20", "2024-11" or "2024"; null when unknown. */
  date: string | null;
  date_precision: string | null;
  breakdown: Record<string, number>;
  ordinal: number | null;
  ordinal_scope: string | null;
  names_undisclosed: boolean;
  status: string;
  identified: number;
  /** URLs (or document ids when a document has no URL) of every report of this cohort. */
  sources: string[];
  conflicts: Conflict[];
}

const snake = (f: string) => (f === "over50" ? "over_50" : f === "under25" ? "under_25" : f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));

export async function listCohorts(deps: { cohorts: CohortRepository; documents: DocumentRepository }, filter: CohortFilter = {}): Promise<CohortView[]> {
  const cohorts = await deps.cohorts.list(filter);
  return presentCohorts(deps, cohorts);
}

export async function presentCohorts(deps: { cohorts: CohortRepository; documents: DocumentRepository }, cohorts: Cohort[]): Promise<CohortView[]> {
  const ids = cohorts.map((c) => c.id);
  const [sources, members] = await Promise.all([deps.cohorts.sources(ids), deps.cohorts.memberCounts(ids)]);
  const docUrl = new Map<string, string>();
  for (const docId of new Set(sources.map((s) => s.documentId).filter((d): d is string => d !== null))) {
    const doc = await deps.documents.get(docId);
    docUrl.set(docId, doc?.url ?? docId);
  }
  return cohorts.map((c) => {
    const mine = sources.filter((s) => s.cohortId === c.id);
    const labelled = mine.map((s) => ({ source: s.url ?? (s.documentId ? (docUrl.get(s.documentId) ?? s.documentId) : s.id), reported: s.reported }));
    const breakdown: Record<string, number> = {};
    for (const f of BREAKDOWN_FIELDS) if (c[f] != null) breakdown[snake(f)] = c[f]!;
    for (const [k, v] of Object.entries(c.extra ?? {})) breakdown[k] = v;
    return {
      id: c.id,
      type: c.type,
      count: c.count,
      qualifier: c.qualifier,
      date: c.date && c.datePrecision ? formatPartialDate({ date: c.date, precision: c.datePrecision }) : c.date,
      date_precision: c.datePrecision,
      breakdown,
      ordinal: c.ordinal ?? null,
      ordinal_scope: c.ordinalScope ?? null,
      names_undisclosed: c.namesUndisclosed ?? false,
      status: c.status,
      identified: members.get(c.id) ?? 0,
      sources: [...new Set(labelled.map((l) => l.source))],
      conflicts: cohortConflicts(labelled),
    };
  });
}
