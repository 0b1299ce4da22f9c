/**
 * @module eval/run
 * Runs the extractor over corpus cases and aggregates the scores: per-kind and total micro
 * P/R/F1, attribute accuracy, and the documents with the most errors. Pure given the cases.
 */
import { extractFacts } from "../extract/index.js";
import type { CorpusCase } from "./corpus.js";
import { addCounts, KINDS, prf, scoreDocument, zeroCounts, type Counts, type Kind, type LooseFacts, type Mismatch, type Prf } from "./score.js";

export interface EvalReport {
  documents: number;
  perKind: Record<Kind, Counts & Prf>;
  total: Counts & Prf;
  attributeAccuracy: number;
  worst: { id: string; errors: number; mismatches: Mismatch[] }[];
}

/** Extracts and scores every case. */
export function evaluate(cases: CorpusCase[]): EvalReport {
  const sums = Object.fromEntries(KINDS.map((k) => [k, zeroCounts()])) as Record<Kind, Counts>;
  const docs: EvalReport["worst"] = [];
  for (const { article, expected } of cases) {
    const predicted = extractFacts({ text: article.text, title: article.title, published: article.published, language: article.language });
    const s = scoreDocument(expected, predicted as unknown as LooseFacts);
    for (const k of KINDS) sums[k] = addCounts(sums[k], s.perKind[k]);
    docs.push({ id: article.id, errors: s.mismatches.length, mismatches: s.mismatches });
  }
  const perKind = Object.fromEntries(KINDS.map((k) => [k, { ...sums[k], ...prf(sums[k]) }])) as EvalReport["perKind"];
  const total = KINDS.reduce((a, k) => addCounts(a, sums[k]), zeroCounts());
  return {
    documents: cases.length,
    perKind,
    total: { ...total, ...prf(total) },
    attributeAccuracy: total.attrTotal ? total.attrRight / total.attrTotal : 1,
    worst: docs.sort((a, b) => b.errors - a.errors).slice(0, 5),
  };
}
