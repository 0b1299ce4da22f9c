import { loadCorpus, type CorpusCase } from "../../src/eval/corpus.js";
import { evaluate } from "../../src/eval/run.js";
type P = [string, (c: CorpusCase) => CorpusCase];
const t = (f: (s: string) => string): ((c: CorpusCase) => CorpusCase) => (c) => ({ ...c, article: { ...c.article, text: f(c.article.text), title: c.article.title ? f(c.article.title) : c.article.title } });
const perturbations: P[] = [
  ["none", (c) => c],
  ["crlf", t((s) => s.replace(/\n/g, "\r\n"))],
  ["nbsp after numbers", t((s) => s.replace(/(\d) (?=\p{L})/gu, "$1\u00a0"))],
  ["nbsp everywhere", t((s) => s.replace(/ /g, "\u00a0"))],
  ["double spaces", t((s) => s.replace(/ /g, "  "))],
  ["curly quotes", t((s) => s.replace(/'/g, "\u2019").replace(/"([^"]*)"/g, "\u201c$1\u201d"))],
  ["straight quotes", t((s) => s.replace(/[\u2019\u2018]/g, "'").replace(/[\u201c\u201d]/g, '"'))],
  ["no title", (c) => ({ ...c, article: { ...c.article, title: null } })],
  ["indent lines", t((s) => s.replace(/\n/g, "\n  "))],
  ["single newlines as paragraphs", t((s) => s.replace(/\n\s*\n/g, "\n"))],
  ["soft hyphen/zero-width", t((s) => s.replace(/(\p{L}{6})(\p{L}{4})/gu, "$1\u00ad$2"))],
  ["trailing spaces", t((s) => s.replace(/\n/g, " \n"))],
  ["em dash spacing", t((s) => s.replace(/ — /g, "—"))],
  ["NFD", t((s) => s.normalize("NFD"))],
  ["ё→е", t((s) => s.replace(/ё/g, "е"))],
];
for (const dir of ["../shared/corpus/dev", "test/corpus-own"]) {
  const cases = await loadCorpus(dir);
  console.log(`== ${dir} (${cases.length})`);
  for (const [name, f] of perturbations) {
    const r = evaluate(cases.map(f));
    console.log(`${name.padEnd(32)} F1 ${r.total.f1.toFixed(3)} attr ${r.attributeAccuracy.toFixed(3)}  tp ${r.total.tp} fp ${r.total.fp} fn ${r.total.fn}  worst ${r.worst.slice(0, 3).map((w) => `${w.id}:${w.errors}`).join(" ")}`);
  }
}
