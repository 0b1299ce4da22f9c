import { loadCorpus, type CorpusCase } from "../../src/eval/corpus.js";
import { evaluate } from "../../src/eval/run.js";
const a = (f: (t: string) => string): ((c: CorpusCase) => CorpusCase) => (c) => ({ ...c, article: { ...c.article, text: f(c.article.text) } });
const perturbations: [string, (c: CorpusCase) => CorpusCase][] = [
  ["none", (c) => c],
  ["bold numbers", a((t) => t.replace(/\d[\d,.]*\d|\d/g, "**$&**"))],
  ["bold names", a((t) => t.replace(/\b([A-Z][a-z]+ [A-Z][a-z]+)\b/g, "**$1**"))],
  ["markdown links", a((t) => t.replace(/\b(Viasna|Вясна|Весна)\b/g, "[$1](https://spring96.org)"))],
  ["html entities nbsp", a((t) => t.replace(/(\d) /g, "$1&nbsp;"))],
  ["html tags", a((t) => t.split("\n\n").map((p) => `<p>${p}</p>`).join("\n"))],
  ["url in text", a((t) => t.replace(/\n\n/, "\n\nhttps://t.me/viasna96/12345\n\n"))],
];
for (const dir of ["../shared/corpus/dev", "test/corpus-own"]) {
  const cases = await loadCorpus(dir);
  for (const [name, f] of perturbations) {
    const r = evaluate(cases.map(f));
    console.log(`${dir.slice(-10)} ${name.padEnd(22)} F1 ${r.total.f1.toFixed(3)} attr ${r.attributeAccuracy.toFixed(3)} fp ${r.total.fp} fn ${r.total.fn} worst ${r.worst.slice(0, 3).map((w) => `${w.id}:${w.errors}`).join(" ")}`);
  }
}
