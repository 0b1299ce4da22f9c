/**
 * @module bench/extract-robustness
 * `npm run eval:robust [-- DIR ...]`: scores the extractor on corpus folders (default: the shared dev
 * set when present, and test/corpus-own) as they are and spoilt each way of eval/perturbations.ts,
 * one table per folder: F1, attribute accuracy, false positives and negatives, the worst documents.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { loadCorpus } from "../src/eval/corpus.js";
import { PERTURBATIONS } from "../src/eval/perturbations.js";
import { evaluate } from "../src/eval/run.js";

const given = process.argv.slice(2);
const folders = given.length ? given : ["../shared/corpus/dev", "test/corpus-own"].filter((d) => existsSync(path.resolve(d)));
for (const dir of folders) {
  const cases = await loadCorpus(path.resolve(dir));
  console.log(`\n${dir} (${cases.length} documents)`);
  console.log(`${"form".padEnd(50)}    F1  attr    fp    fn  worst`);
  for (const { name, spoil } of [{ name: "as written", spoil: (c: (typeof cases)[number]) => c }, ...PERTURBATIONS]) {
    const r = evaluate(cases.map(spoil));
    const worst = r.worst.filter((w) => w.errors > 0).slice(0, 3).map((w) => `${w.id}:${w.errors}`).join(" ");
    console.log(`${name.padEnd(50)} ${r.total.f1.toFixed(3)} ${r.attributeAccuracy.toFixed(3)} ${String(r.total.fp).padStart(5)} ${String(r.total.fn).padStart(5)}  ${worst}`);
  }
}
