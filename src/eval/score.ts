/**
 * @module eval/score
 * Scores predicted facts against expected facts with the rules of the corpus README: per kind,
 * predictions are matched one-to-one with expectations on a key (unmatched predictions are false
 * positives, unmatched expectations false negatives); matched pairs are then compared on their
 * attributes. Pure: no I/O.
 */
import { matchNames } from "../names/match.js";
import { sameSource } from "./attribution.js";

/** The five kinds of fact, in report order. */
export const KINDS = ["pardon_events", "prisoner_count_claims", "other_counts", "persons", "releases"] as const;
export type Kind = (typeof KINDS)[number];

/** A fact as read from JSON: the schema's fields, loosely typed (expected files carry notes). */
export type LooseFact = Record<string, unknown>;
export type LooseFacts = Partial<Record<Kind, LooseFact[]>>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** Expected non-null attributes of matched pairs, and how many the prediction got right. */
  attrTotal: number;
  attrRight: number;
}

export interface Mismatch {
  kind: Kind;
  type: "missed" | "spurious" | "attribute";
  detail: string;
}

export interface DocScore {
  perKind: Record<Kind, Counts>;
  mismatches: Mismatch[];
}

const ATTRS: Record<Kind, string[]> = {
  pardon_events: ["date", "women", "men", "chronic_illness", "disabled", "over_50", "with_children", "minors", "ordinal_in_year"],
  prisoner_count_claims: ["as_of", "attributed_to"],
  other_counts: ["qualifier"],
  persons: ["role"],
  releases: ["date", "kind"],
};

function namesOf(f: LooseFact): string[] {
  const out: string[] = [];
  if (typeof f.name === "string") out.push(f.name);
  if (Array.isArray(f.aliases)) for (const a of f.aliases) if (typeof a === "string") out.push(a);
  return out;
}

/** True when some name of `a` and some name of `b` name the same person. */
export function samePerson(a: LooseFact, b: LooseFact): boolean {
  const an = namesOf(a);
  const bn = namesOf(b);
  return an.some((x) => bn.some((y) => matchNames(x, y).same));
}

function sameNameSet(a: unknown, b: unknown): boolean {
  const x = Array.isArray(a) ? (a as unknown[]).filter((s): s is string => typeof s === "string") : [];
  const y = Array.isArray(b) ? (b as unknown[]).filter((s): s is string => typeof s === "string") : [];
  if (x.length === 0 || x.length !== y.length) return false;
  return x.every((n) => y.some((m) => matchNames(n, m).same));
}

/** Whether prediction `p` may be matched to expectation `e` for `kind`. */
export function keyMatches(kind: Kind, e: LooseFact, p: LooseFact): boolean {
  switch (kind) {
    case "pardon_events":
      return e.count === p.count && e.qualifier === p.qualifier;
    case "prisoner_count_claims":
      return e.value === p.value && e.qualifier === p.qualifier;
    case "other_counts":
      return e.value === p.value;
    case "persons":
      return samePerson(e, p);
    case "releases":
      if (e.count != null) return e.count === p.count;
      return sameNameSet(e.names, p.names);
  }
}

function attrEqual(kind: Kind, attr: string, e: unknown, p: unknown): boolean {
  if (kind === "prisoner_count_claims" && attr === "attributed_to") {
    return typeof e === "string" && typeof p === "string" && sameSource(e, p);
  }
  return e === p;
}

function attrScore(kind: Kind, e: LooseFact, p: LooseFact): { total: number; right: number; wrong: string[] } {
  let total = 0;
  let right = 0;
  const wrong: string[] = [];
  for (const a of ATTRS[kind]) {
    if (e[a] == null) continue;
    total++;
    if (attrEqual(kind, a, e[a], p[a])) right++;
    else wrong.push(`${a}: expected ${JSON.stringify(e[a])}, got ${JSON.stringify(p[a] ?? null)}`);
  }
  return { total, right, wrong };
}

function label(kind: Kind, f: LooseFact): string {
  switch (kind) {
    case "pardon_events":
      return `${String(f.qualifier)} ${String(f.count)} (${String(f.date)})`;
    case "prisoner_count_claims":
    case "other_counts":
      return `${String(f.qualifier)} ${String(f.value)}`;
    case "persons":
      return `${String(f.name)} [${String(f.role)}]`;
    case "releases":
      return `${String(f.count)} ${JSON.stringify(f.names ?? [])}`;
  }
}

/**
 * Scores one document. Matching is greedy but attribute-aware: each expectation takes the
 * unmatched prediction with the same key that agrees on the most attributes, so two rounds of
 * 30 on different dates pair up correctly.
 */
export function scoreDocument(expected: LooseFacts, predicted: LooseFacts): DocScore {
  const perKind = {} as Record<Kind, Counts>;
  const mismatches: Mismatch[] = [];
  for (const kind of KINDS) {
    const exp = expected[kind] ?? [];
    const pred = predicted[kind] ?? [];
    const used = new Set<number>();
    const c: Counts = { tp: 0, fp: 0, fn: 0, attrTotal: 0, attrRight: 0 };
    for (const e of exp) {
      let best = -1;
      let bestRight = -1;
      pred.forEach((p, i) => {
        if (used.has(i) || !keyMatches(kind, e, p)) return;
        const s = attrScore(kind, e, p).right;
        if (s > bestRight) {
          best = i;
          bestRight = s;
        }
      });
      if (best < 0) {
        c.fn++;
        mismatches.push({ kind, type: "missed", detail: label(kind, e) });
        continue;
      }
      used.add(best);
      c.tp++;
      const s = attrScore(kind, e, pred[best]!);
      c.attrTotal += s.total;
      c.attrRight += s.right;
      for (const w of s.wrong) mismatches.push({ kind, type: "attribute", detail: `${label(kind, e)}: ${w}` });
    }
    pred.forEach((p, i) => {
      if (used.has(i)) return;
      c.fp++;
      mismatches.push({ kind, type: "spurious", detail: label(kind, p) });
    });
    perKind[kind] = c;
  }
  return { perKind, mismatches };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Micro precision, recall and F1 from counts (1 when there was nothing to find and nothing found). */
export function prf(c: Pick<Counts, "tp" | "fp" | "fn">): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Adds `b` into `a`. */
export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, attrTotal: a.attrTotal + b.attrTotal, attrRight: a.attrRight + b.attrRight };
}

/** A zeroed counter. */
export function zeroCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, attrTotal: 0, attrRight: 0 };
}
