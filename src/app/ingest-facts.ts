/**
 * @module app/ingest-facts
 * Extracted facts -> the rows that suggest them: claims (counts said by someone), mentions
 * (people named) and cohort reports (pardon rounds and releases, still to be placed in a
 * cohort). Pure: the mapping is tested without a database.
 */
import type { ClaimValues, Evidence } from "../domain/claim.js";
import type { CohortType, CohortValues, ReportedValues } from "../domain/cohort.js";
import type { DatePrecision } from "../domain/dates.js";
import { parsePartialDate } from "../domain/dates.js";
import type { Facts, PardonEvent, Release } from "../extract/facts.js";

/** What the ingest knows about the document the facts come from. */
export interface FactContext {
  /** Publication day (YYYY-MM-DD) or null. */
  publishedDay: string | null;
  outlet: string | null;
}

/** One document's report of a group event, before clustering decides which cohort it joins. */
export interface CohortReport {
  values: CohortValues;
  /** What the source stated; `decree` (the number of the act, when named) is kept here too. */
  reported: ReportedValues & { decree?: string };
  evidence: Evidence[];
}

/** A suggested claim before it is linked to its stored document. */
export type ClaimDraft = ClaimValues & { evidence: Evidence[] };

/** A suggested mention before it is linked to its stored document. */
export interface MentionDraft {
  name: string;
  role: string;
  statusNote: string | null;
  aliases: string[] | null;
  evidence: Evidence[];
}

/** A date as the extractor gave it ("2025-03-02" or "2025-03"), else the publication day as an estimate. */
export function factDate(date: string | null, ctx: FactContext): { date: string | null; precision: DatePrecision | null } {
  if (date) {
    try {
      const p = parsePartialDate(date.slice(0, 10), "date");
      return { date: p.date, precision: p.precision };
    } catch {
      // An impossible date from the extractor: fall through to the publication day.
    }
  }
  // "On Monday" and "today" resolve to about the publication day; say so with "estimate".
  return ctx.publishedDay ? { date: ctx.publishedDay, precision: "estimate" } : { date: null, precision: null };
}

/**
 * Stock counts of political prisoners become claims about `political_prisoners_held` (or
 * `..._recognised` when the scope says since when); other counts become claims whose subject is
 * what was counted. A claim without an as-of date is taken as of the publication day, since a
 * report of "over 1,200 remain" speaks of its own day.
 */
export function claimDrafts(facts: Facts, ctx: FactContext): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  for (const c of facts.prisoner_count_claims) {
    if (!Number.isInteger(c.value) || c.value < 0) continue;
    const d = factDate(c.as_of, ctx);
    out.push({
      subject: /since|recogni[sz]ed|с \d{4}|признан/i.test(c.scope) ? "political_prisoners_recognised" : "political_prisoners_held",
      value: c.value,
      qualifier: c.qualifier,
      asOf: d.date,
      asOfPrecision: d.precision,
      attributedTo: c.attributed_to?.trim() || "unattributed",
      scope: c.scope || null,
      country: c.country,
      evidence: c.evidence,
    });
  }
  for (const c of facts.other_counts) {
    if (!Number.isInteger(c.value) || c.value < 0) continue;
    out.push({
      subject: slug(c.what) || "other",
      value: c.value,
      qualifier: c.qualifier,
      asOf: ctx.publishedDay,
      asOfPrecision: ctx.publishedDay ? "estimate" : null,
      attributedTo: ctx.outlet?.trim() || "unattributed",
      scope: c.what || null,
      country: null,
      evidence: c.evidence,
    });
  }
  return out;
}

/** People named in the document become suggested mentions. */
export function mentionDrafts(facts: Facts): MentionDraft[] {
  return facts.persons
    .filter((p) => p.name.trim())
    .map((p) => ({ name: p.name.trim(), role: p.role, statusNote: p.status_note || null, aliases: p.aliases?.length ? p.aliases : null, evidence: p.evidence }));
}

/**
 * Pardon events and counted releases become cohort reports. A release by pardon with the same
 * count as a pardon event of the same document is that event told twice, so it is dropped.
 */
export function cohortReports(facts: Facts, ctx: FactContext, text?: { title: string | null; text: string }): CohortReport[] {
  const out = facts.pardon_events.filter((e) => e.count > 0).map((e) => pardonReport(e, ctx));
  for (const r of facts.releases) {
    if (r.count == null || r.count <= 0) continue;
    const type: CohortType = r.kind === "pardon" ? "pardon" : "release";
    if (type === "pardon" && facts.pardon_events.some((e) => e.count === r.count)) continue;
    out.push(releaseReport(r, type, ctx));
  }
  if (text) {
    for (const report of out) {
      const decree = decreeNear(report.evidence, text);
      if (decree) report.reported.decree = decree;
    }
  }
  return out;
}

/**
 * The number of the decree named in the sentence that states a fact ("Decree No. 417",
 * "указ № 417"): two reports naming the same decree describe the same act, whatever their counts.
 */
export function decreeNear(evidence: readonly Evidence[], doc: { title: string | null; text: string }): string | null {
  for (const e of evidence) {
    const src = e.field === "title" ? (doc.title ?? "") : doc.text;
    // Sentence bounds: a stop followed by a capital ("No. 417" is not a boundary).
    const base = Math.max(0, e.start - 300);
    // One character past the start, so a boundary right before the fact is seen.
    const before = src.slice(base, e.start + 1);
    const last = [...before.matchAll(/[.!?]\s+(?=\p{Lu})/gu)].at(-1);
    const from = base + (last ? last.index + last[0].length : 0);
    const after = src.slice(e.end, e.end + 300);
    const stop = after.search(/[.!?]\s+(?=\p{Lu})|[.!?]$/u);
    const window = src.slice(from, stop < 0 ? e.end + after.length : e.end + stop + 1);
    const m = window.match(/(?:decree|указ(?:ом|а|е)?|order)\s*(?:No\.?|Nr\.?|№|#|number)\s*(\d{1,5})/i);
    if (m?.[1]) return m[1];
  }
  return null;
}

function pardonReport(e: PardonEvent, ctx: FactContext): CohortReport {
  const d = factDate(e.date, ctx);
  const breakdown = {
    women: e.women, men: e.men, chronicIllness: e.chronic_illness, disabled: e.disabled,
    over50: e.over_50, withChildren: e.with_children, minors: e.minors,
  };
  const values: CohortValues = {
    type: "pardon", count: e.count, qualifier: e.qualifier, date: d.date, datePrecision: d.precision,
    ...sane(breakdown, e.count), ordinal: e.ordinal_in_year && e.ordinal_in_year > 0 ? e.ordinal_in_year : null,
    ordinalScope: e.ordinal_in_year ? "year" : null,
  };
  return { values, reported: reportedOf(values, e.date), evidence: e.evidence };
}

function releaseReport(r: Release, type: CohortType, ctx: FactContext): CohortReport {
  const d = factDate(r.date, ctx);
  const values: CohortValues = { type, count: r.count ?? 0, qualifier: r.qualifier ?? "exact", date: d.date, datePrecision: d.precision };
  return { values, reported: reportedOf(values, r.date), evidence: r.evidence };
}

/** What this source itself stated: an estimated date is not a stated one, so it is left out. */
function reportedOf(v: CohortValues, statedDate: string | null): ReportedValues {
  const r: ReportedValues = { count: v.count, qualifier: v.qualifier, date: statedDate ? statedDate.slice(0, 10) : null };
  if (v.ordinal != null) r.ordinal = v.ordinal;
  for (const k of ["women", "men", "chronicIllness", "disabled", "over50", "withChildren", "minors"] as const) {
    if (v[k] != null) r[k] = v[k];
  }
  return r;
}

/** Drops breakdown numbers that cannot be right (larger than the count, or women+men over it). */
function sane<T extends Record<string, number | null>>(b: T, count: number): T {
  const out = { ...b };
  for (const k of Object.keys(out) as (keyof T)[]) {
    const v = out[k];
    if (v != null && (!Number.isInteger(v) || v < 0 || v > count)) out[k] = null as T[keyof T];
  }
  const women = out.women as number | null | undefined;
  const men = out.men as number | null | undefined;
  if (women != null && men != null && women + men > count) {
    out["women" as keyof T] = null as T[keyof T];
    out["men" as keyof T] = null as T[keyof T];
  }
  return out;
}

function slug(what: string): string {
  return what
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 60);
}
