import { loadCorpus } from "../../src/eval/corpus.js";
import { evaluate } from "../../src/eval/run.js";
const [dir, id, kind] = process.argv.slice(2);
const f: Record<string, (s: string) => string> = {
  dash: (s) => s.replace(/ — /g, "—"),
  curly: (s) => s.replace(/'/g, "\u2019").replace(/"([^"]*)"/g, "\u201c$1\u201d"),
  yo: (s) => s.replace(/ё/g, "е"),
};
const cases = (await loadCorpus(dir!)).filter((c) => c.article.id === id);
const g = f[kind!]!;
const r = evaluate(cases.map((c) => ({ ...c, article: { ...c.article, text: g(c.article.text), title: c.article.title ? g(c.article.title) : null } })));
console.log(JSON.stringify(r.worst[0]?.mismatches, null, 1));
