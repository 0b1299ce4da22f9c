/**
 * @module names/evaluate
 * Precision and recall of the matcher on a table of labelled name pairs (the table itself is
 * read by the CLI or a test: this module does no I/O).
 */
import { matchNames, type NameMatch } from "./match.js";

/** One labelled pair: `same` says whether a and b name one person. */
export interface NamePair {
  a: string;
  b: string;
  same: boolean;
  note: string;
}

export interface PairScore {
  pairs: number;
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** The pairs the matcher got wrong, with its answer. */
  errors: (NamePair & { got: NameMatch })[];
}

/**
 * Parses the tab-separated table (header `a b same note`; `same` is 1/0 or true/false).
 * @example parsePairs("a\tb\tsame\tnote\nIhar Losik\tИгорь Лосик\t1\t").length // 1
 */
export function parsePairs(tsv: string): NamePair[] {
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim().length > 0 && !l.startsWith("#"));
  return lines.slice(1).map((line) => {
    const [a = "", b = "", same = "", note = ""] = line.split("\t");
    return { a, b, same: same === "1" || same.toLowerCase() === "true", note };
  });
}

/** Runs the matcher on every pair and counts hits and misses. */
export function evaluatePairs(pairs: NamePair[]): PairScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: PairScore["errors"] = [];
  for (const pair of pairs) {
    const got = matchNames(pair.a, pair.b);
    if (got.same && pair.same) tp++;
    else if (got.same && !pair.same) fp++;
    else if (!got.same && pair.same) fn++;
    if (got.same !== pair.same) errors.push({ ...pair, got });
  }
  return {
    pairs: pairs.length,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    errors,
  };
}
