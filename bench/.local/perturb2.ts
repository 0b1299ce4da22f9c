import { loadCorpus, type CorpusCase } from "../../src/eval/corpus.js";
import { evaluate } from "../../src/eval/run.js";
const a = (f: (c: CorpusCase) => string): ((c: CorpusCase) => CorpusCase) => (c) => ({ ...c, article: { ...c.article, text: f(c) } });
const perturbations: [string, (c: CorpusCase) => CorpusCase][] = [
  ["none", (c) => c],
  ["title as first line", a((c) => (c.article.title ? `${c.article.title}\n\n` : "") + c.article.text)],
  ["title as first line, no title", (c) => ({ ...c, article: { ...c.article, title: null, text: (c.article.title ? `${c.article.title}\n\n` : "") + c.article.text } })],
  ["lead repeated", a((c) => { const p = c.article.text.split("\n\n"); return [p[0], ...p].join("\n\n"); })],
  ["copyright footer", a((c) => c.article.text + "\n\n© 2025 Example News. All rights reserved. 12 comments")],
  ["byline header", a((c) => "By Jane Holloway and Piotr Nowak\n\n" + c.article.text)],
  ["paragraphs as single lines", a((c) => c.article.text.replace(/\n\n/g, "\n"))],
  ["no paragraph breaks", a((c) => c.article.text.replace(/\n+/g, " "))],
];
for (const dir of ["../shared/corpus/dev", "test/corpus-own"]) {
  const cases = await loadCorpus(dir);
  console.log(`== ${dir} (${cases.length})`);
  for (const [name, f] of perturbations) {
    const r = evaluate(cases.map(f));
    console.log(`${name.padEnd(32)} F1 ${r.total.f1.toFixed(3)} attr ${r.attributeAccuracy.toFixed(3)}  fp ${r.total.fp} fn ${r.total.fn}  worst ${r.worst.slice(0, 4).map((w) => `${w.id}:${w.errors}`).join(" ")}`);
  }
}
