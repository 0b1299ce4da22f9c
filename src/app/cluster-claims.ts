/**
 * @module app/cluster-claims
 * Count claims as series: each publisher's claims about one subject in date order, and the
 * disagreements between publishers on nearby dates that their qualifiers cannot explain
 * ("over 1,200" and 1,275 agree; 1,150 and 1,275 a week apart do not).
 */
import type { Claim } from "../domain/claim.js";
import { countsCompatible } from "./cluster-cohorts.js";

/** The fields of a claim the series needs. */
export type SeriesClaim = Pick<Claim, "id" | "subject" | "value" | "qualifier" | "asOf" | "attributedTo" | "status" | "documentId">;

/** One publisher's claims about one subject, oldest first. */
export interface ClaimSeries {
  subject: string;
  /** The publisher as first written; grouping ignores case and punctuation. */
  attributedTo: string;
  claims: SeriesClaim[];
}

/** Two claims from different publishers, close in time, whose numbers cannot both be right. */
export interface Disagreement {
  subject: string;
  a: SeriesClaim;
  b: SeriesClaim;
  days: number;
  reason: string;
}

/** Options: how near two dates must be to compare their claims. */
export interface SeriesOptions {
  windowDays: number;
}

/** "Viasna", "viasna " and "VIASNA." are one publisher. */
export function publisherKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * Groups claims into series and flags disagreements. Rejected and retracted claims are left out;
 * claims without a date cannot be placed in time and are listed but never compared.
 * @example claimSeries(claims).disagreements.map((d) => d.reason)
 */
export function claimSeries(claims: readonly SeriesClaim[], options: SeriesOptions = { windowDays: 7 }): { series: ClaimSeries[]; disagreements: Disagreement[] } {
  const live = claims.filter((c) => c.status !== "rejected" && c.status !== "retracted");
  const bySeries = new Map<string, ClaimSeries>();
  for (const c of live) {
    const key = `${c.subject}\u0000${publisherKey(c.attributedTo)}`;
    const s = bySeries.get(key) ?? { subject: c.subject, attributedTo: c.attributedTo, claims: [] };
    s.claims.push(c);
    bySeries.set(key, s);
  }
  const series = [...bySeries.values()];
  for (const s of series) s.claims.sort((x, y) => (x.asOf ?? "").localeCompare(y.asOf ?? "") || x.id.localeCompare(y.id));
  series.sort((x, y) => x.subject.localeCompare(y.subject) || x.attributedTo.localeCompare(y.attributedTo));

  const disagreements: Disagreement[] = [];
  const dated = live.filter((c) => c.asOf).sort((x, y) => (x.asOf! < y.asOf! ? -1 : x.asOf! > y.asOf! ? 1 : 0));
  for (let i = 0; i < dated.length; i++) {
    const a = dated[i]!;
    for (let j = i + 1; j < dated.length; j++) {
      const b = dated[j]!;
      const days = (Date.parse(b.asOf!) - Date.parse(a.asOf!)) / 86_400_000;
      if (days > options.windowDays) break;
      if (a.subject !== b.subject || publisherKey(a.attributedTo) === publisherKey(b.attributedTo)) continue;
      if (a.attributedTo === "unattributed" && b.attributedTo === "unattributed") continue;
      if (countsCompatible({ count: a.value, qualifier: a.qualifier }, { count: b.value, qualifier: b.qualifier })) continue;
      disagreements.push({
        subject: a.subject, a, b, days,
        reason: `${a.attributedTo}: ${stated(a)} (${a.asOf}) vs ${b.attributedTo}: ${stated(b)} (${b.asOf})`,
      });
    }
  }
  return { series, disagreements };
}

const WORDS: Record<string, string> = { exact: "", over: "over ", about: "about ", up_to: "up to ", at_least: "at least " };
function stated(c: SeriesClaim): string {
  return `${WORDS[c.qualifier] ?? ""}${c.value}`;
}

/**
 * For `claims list`: each claim id -> the claims of other publishers it disagrees with, and why.
 * @example disagreementsByClaim(claims).get(id) // [{ with: "01J…", reason: "Viasna: 1275 (…) vs …" }]
 */
export function disagreementsByClaim(claims: readonly SeriesClaim[], options?: SeriesOptions): Map<string, { with: string; reason: string }[]> {
  const out = new Map<string, { with: string; reason: string }[]>();
  for (const d of claimSeries(claims, options).disagreements) {
    for (const [x, y] of [[d.a, d.b], [d.b, d.a]] as const) out.set(x.id, [...(out.get(x.id) ?? []), { with: y.id, reason: d.reason }]);
  }
  return out;
}
