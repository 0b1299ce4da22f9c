/**
 * @module eval/robustness.test
 * Real pages and posts are messier than the corpora (see eval/perturbations.ts): every document of
 * the own corpus is spoilt one way at a time, and F1 and attribute accuracy may fall by at most half
 * a point. Before the extractor read a normalised copy (extract/normalize.ts, extract/layout.ts),
 * these variants scored as low as 0.65. `npm run eval:robust` prints the whole table.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, type CorpusCase } from "./corpus.js";
import { READ_AS_CLEAN } from "./perturbations.js";
import { evaluate } from "./run.js";

const DIR = path.resolve(import.meta.dirname, "../../test/corpus-own");

describe.skipIf(!existsSync(DIR))("facts do not depend on the form of the text (test/corpus-own)", () => {
  let cases: CorpusCase[] = [];
  let baseline = { f1: 0, attr: 0 };
  beforeAll(async () => {
    cases = await loadCorpus(DIR);
    const r = evaluate(cases);
    baseline = { f1: r.total.f1, attr: r.attributeAccuracy };
  });

  it.each(READ_AS_CLEAN.map((p) => [p.name, p] as const))("%s", (_name, p) => {
    const r = evaluate(cases.map(p.spoil));
    expect(r.total.f1).toBeGreaterThanOrEqual(baseline.f1 - 0.005);
    expect(r.attributeAccuracy).toBeGreaterThanOrEqual(baseline.attr - 0.005);
  }, 60_000);
});
