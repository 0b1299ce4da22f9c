import { loadCorpus } from "../../src/eval/corpus.js";
import { evaluate } from "../../src/eval/run.js";
const [dir, id, kind] = process.argv.slice(2);
const cases = (await loadCorpus(dir!)).filter((c) => c.article.id === id);
const f: Record<string, (t: string, title: string | null) => string> = {
  byline: (t) => "By Jane Holloway and Piotr Nowak\n\n" + t,
  title: (t, title) => (title ? `${title}\n\n` : "") + t,
  lead: (t) => { const p = t.split("\n\n"); return [p[0], ...p].join("\n\n"); },
};
const base = evaluate(cases).worst[0]!.mismatches.map((m) => m.detail);
const r = evaluate(cases.map((c) => ({ ...c, article: { ...c.article, text: f[kind!]!(c.article.text, c.article.title) } })));
console.log(JSON.stringify(r.worst[0]?.mismatches.map((m) => m.detail).filter((d) => !base.includes(d)), null, 1));
