import { loadCorpus, type CorpusCase } from "../../src/eval/corpus.js";
import { evaluate } from "../../src/eval/run.js";
const lines: Record<string, string[]> = {
  en: ["Read also: Lukashenko pardons 18 more political prisoners", "READ MORE: Belarus court jails 12 protesters for up to 6 years", "Related: Viasna says 1,150 political prisoners remain behind bars", "Subscribe to our Telegram channel: 25,000 readers already follow us", "Photo: Reuters / Vasily Fedosenko"],
  ru: ["Читайте также: Лукашенко помиловал еще 18 политзаключенных", "ЧИТАЙТЕ ТАКЖЕ: Суд в Минске приговорил 12 участников протестов", "Подписывайтесь на наш Telegram-канал: нас уже 25 000", "Фото: Reuters", "Чытайце таксама: Вызвалілі яшчэ 14 палітвязняў"],
};
function insert(c: CorpusCase): CorpusCase {
  const paras = c.article.text.split("\n\n");
  const L = lines[c.article.language === "en" ? "en" : "ru"]!;
  const out: string[] = [];
  paras.forEach((p, i) => { out.push(p); if (i % 2 === 1) out.push(L[(i >> 1) % L.length]!); });
  return { ...c, article: { ...c.article, text: out.join("\n\n") } };
}
for (const dir of ["../shared/corpus/dev", "test/corpus-own"]) {
  const cases = await loadCorpus(dir);
  for (const [name, f] of [["none", (c: CorpusCase) => c], ["boilerplate lines", insert]] as const) {
    const r = evaluate(cases.map(f));
    console.log(`${dir} ${name.padEnd(20)} F1 ${r.total.f1.toFixed(3)} attr ${r.attributeAccuracy.toFixed(3)} fp ${r.total.fp} fn ${r.total.fn} worst ${r.worst.slice(0, 4).map((w) => `${w.id}:${w.errors}`).join(" ")}`);
    if (name !== "none") { const base = evaluate(cases); const b = new Map(base.worst.map((w) => [w.id, w.errors])); void b; }
  }
}
{
  const cases = await loadCorpus("test/corpus-own");
  const { scoreDocument } = await import("../../src/eval/score.js");
  const { extractFacts } = await import("../../src/extract/index.js");
  for (const c of cases.map(insert)) {
    const p = extractFacts({ text: c.article.text, title: c.article.title, published: c.article.published, language: c.article.language });
    const clean = cases.find((x) => x.article.id === c.article.id)!;
    const p0 = extractFacts({ text: clean.article.text, title: clean.article.title, published: clean.article.published, language: clean.article.language });
    const a = scoreDocument(c.expected, p as never).mismatches.map((m) => m.detail);
    const b = new Set(scoreDocument(c.expected, p0 as never).mismatches.map((m) => m.detail));
    const extra = a.filter((d) => !b.has(d));
    if (extra.length) console.log(c.article.id, JSON.stringify(extra));
  }
}
