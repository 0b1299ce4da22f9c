/**
 * @module app/stats-records
 * Builds the read models (`stats-types.ts`) from the core repositories: full records, private
 * fields included, for presenters to reduce. Batched where a page needs many.
 */
import { cohortConflicts, type Cohort } from "../domain/cohort.js";
import type { Claim } from "../domain/claim.js";
import { NotFoundError } from "../domain/errors.js";
import type { Repositories } from "../domain/ports.js";
import type { WebReads } from "./stats-ports.js";
import type { ClaimRecord, CohortRecord, PersonRecord } from "./stats-types.js";

export type ReadDeps = Pick<Repositories, "documents" | "persons" | "acts" | "cohorts" | "claims" | "facilities" | "recognitions" | "cases" | "custody" | "mentions"> & { reads: WebReads };

const REVIEWED = new Set(["accepted", "corrected"]);
const snake = (k: string) => (k === "over50" ? "over_50" : k === "under25" ? "under_25" : k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
const BREAKDOWN_KEYS = ["women", "men", "chronicIllness", "disabled", "over50", "withChildren", "minors", "pensioners", "under25"] as const;

/** The URLs of documents, fetched once each. */
export async function documentUrls(deps: ReadDeps, ids: Iterable<string>): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  await Promise.all([...new Set(ids)].map(async (id) => out.set(id, (await deps.documents.get(id))?.url ?? null)));
  return out;
}

/** Claims with their source URLs. */
export async function claimRecords(deps: ReadDeps, claims: Claim[]): Promise<ClaimRecord[]> {
  const urls = await documentUrls(deps, claims.map((c) => c.documentId));
  return claims.map((c) => ({ ...c, sourceUrl: urls.get(c.documentId) ?? null }));
}

/** Cohorts with breakdowns, sources, named members and conflicts between sources. */
export async function cohortRecords(deps: ReadDeps, cohorts: Cohort[]): Promise<CohortRecord[]> {
  if (cohorts.length === 0) return [];
  const ids = cohorts.map((c) => c.id);
  const sources = await deps.cohorts.sources(ids);
  const docUrls = await documentUrls(deps, sources.flatMap((s) => (s.documentId ? [s.documentId] : [])));
  const memberIds = new Map(await Promise.all(ids.map(async (id) => [id, await deps.cohorts.members(id)] as const)));
  const people = await deps.persons.getMany([...new Set([...memberIds.values()].flat())]);
  const published = await deps.reads.publishedPersonIds(people.map((p) => p.id));
  const byId = new Map(people.map((p) => [p.id, p]));
  return cohorts.map((c) => {
    const mine = sources.filter((s) => s.cohortId === c.id).map((s) => ({ url: s.url ?? (s.documentId ? (docUrls.get(s.documentId) ?? null) : null), documentId: s.documentId, reported: s.reported as Record<string, unknown> }));
    const breakdown: Record<string, number> = {};
    for (const k of BREAKDOWN_KEYS) if (c[k] != null) breakdown[snake(k)] = c[k] as number;
    for (const [k, v] of Object.entries(c.extra ?? {})) breakdown[k] = v;
    const members = (memberIds.get(c.id) ?? []).flatMap((pid) => {
      const p = byId.get(pid);
      return p ? [{ id: p.id, name: p.name, published: published.has(p.id) }] : [];
    });
    const conflicts = cohortConflicts(mine.map((s, i) => ({ source: s.url ?? `source ${i + 1}`, reported: s.reported }))).map((k) => ({
      field: k.field,
      values: k.values.map((v) => ({ value: v.value, urls: v.sources })),
    }));
    return {
      id: c.id,
      type: c.type,
      count: c.count,
      qualifier: c.qualifier,
      date: c.date,
      datePrecision: c.datePrecision,
      country: c.country ?? null,
      breakdown,
      ordinal: c.ordinal ?? null,
      ordinalScope: c.ordinalScope ?? null,
      namesUndisclosed: c.namesUndisclosed ?? false,
      identified: members.length,
      members,
      sources: mine,
      conflicts,
      note: c.note ?? null,
      status: c.status,
      reviewedBy: (c as Cohort & { reviewedBy?: string | null }).reviewedBy ?? null,
      reviewedAt: (c as Cohort & { reviewedAt?: string | null }).reviewedAt ?? null,
      mergedInto: c.mergedInto ?? null,
    };
  });
}

/** The status of a person today, from their reviewed acts (latest act wins). */
function statusFrom(acts: { type: string; status: string; startDate: string }[]): string {
  const reviewed = acts.filter((a) => REVIEWED.has(a.status)).sort((a, b) => a.startDate.localeCompare(b.startDate));
  const last = reviewed.at(-1);
  if (!last) return "unknown";
  if (last.type === "released") return "released";
  if (last.type === "died_in_custody") return "died in custody";
  return "held";
}

/** One person with everything known; NotFoundError when unknown. */
export async function personRecord(deps: ReadDeps, id: string): Promise<PersonRecord> {
  const p = await deps.persons.get(id);
  if (!p) throw new NotFoundError("person", id);
  const [acts, cases, recognitions, cohortIds, published] = await Promise.all([
    deps.acts.listForPerson(id),
    deps.cases.listForPerson(id),
    deps.recognitions.listForPerson(id),
    deps.reads.cohortsOfPerson(id),
    deps.reads.publishedPersonIds([id]),
  ]);
  const facilities = new Map(await Promise.all([...new Set(acts.flatMap((a) => (a.facilityId ? [a.facilityId] : [])))].map(async (fid) => [fid, await deps.facilities.get(fid)] as const)));
  const cohorts = (await Promise.all(cohortIds.map((cid) => deps.cohorts.get(cid)))).filter((c): c is Cohort => c != null && REVIEWED.has(c.status));
  const extra = p as typeof p & { relativesAddresses?: string | null };
  return {
    id: p.id,
    name: p.name,
    names: p.names.map((n) => ({ text: n.text, script: n.script, language: n.language, kind: n.kind, nameKey: n.nameKey })),
    birthDate: p.birthDate,
    birthPrecision: p.birthPrecision,
    gender: p.gender,
    region: p.region,
    status: statusFrom(acts),
    acts: acts.map((a) => {
      const f = a.facilityId ? facilities.get(a.facilityId) : null;
      return { ...a, facility: f ? { id: f.id, name: f.name, address: f.address } : null };
    }),
    cases: cases.map((c) => ({ ...c })),
    recognitions: recognitions.map((r) => ({ organisation: r.organisation, since: r.since, sincePrecision: r.sincePrecision, sourceUrl: r.sourceUrl, documentId: r.documentId })),
    cohorts: cohorts.map((c) => ({ id: c.id, type: c.type, date: c.date, count: c.count })),
    mergedInto: p.mergedInto ?? null,
    health: p.health,
    chronicIllness: p.chronicIllness,
    disability: p.disability,
    disabled: p.disabled,
    family: p.family,
    children: p.children,
    contacts: p.contacts,
    relativesAddresses: extra.relativesAddresses ?? null,
    notesPrivate: p.notesPrivate,
    published: published.has(p.id),
  };
}
