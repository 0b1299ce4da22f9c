import { loadCorpus, type CorpusCase } from "../../src/eval/corpus.js";
import { evaluate } from "../../src/eval/run.js";
for (const dir of ["../shared/corpus/dev", "test/corpus-own"]) {
  const cases = await loadCorpus(dir);
  for (const [name, f] of [["none", (c: CorpusCase) => c], ["datetime Z", (c: CorpusCase) => ({ ...c, article: { ...c.article, published: c.article.published ? `${c.article.published}T09:30:00Z` : null } })], ["datetime +03", (c: CorpusCase) => ({ ...c, article: { ...c.article, published: c.article.published ? `${c.article.published}T23:30:00+03:00` : null } })]] as const) {
    const r = evaluate(cases.map(f));
    console.log(`${dir} ${name.padEnd(14)} F1 ${r.total.f1.toFixed(3)} attr ${r.attributeAccuracy.toFixed(3)}`);
  }
}
