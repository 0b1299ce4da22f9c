import { loadCorpus } from "../../src/eval/corpus.js";
import { scoreDocument, KINDS, addCounts, zeroCounts, prf, type LooseFacts } from "../../src/eval/score.js";
import { extractFacts } from "../../src/extract/index.js";
const CUE = /arrest|detain|detention|jail|prison|convict|sentenc|charg|prosecut|releas|freed|free\b|pardon|amnest|clemency|political|repress|search|raid|extremis|terror|protest|custody|colony|colonies|exile|deport|expel|interrogat|fine[ds]?\b|court|trial|tortur|behind bars|held|hostage|exchang|swap|recogni|case|verdict|crim|law|police|KGB|persecut|dissident|journalist|activist|opposition|lawyer|blogger|inmate|detainee|prisoner|victim|wanted|flee|fled|emigr|задерж|арест|осужд|приговор|суд|колони|тюрьм|заключ|освобо|помил|амнист|уголовн|обыск|экстремист|террор|репресс|преслед|штраф|протест|полит|этап|СИЗО|ИВС|изолятор|сутк|выслан|депорт|обмен|признан|журналист|активист|адвокат|затрыман|арышт|асуджан|прысуд|калоні|турм|зняволен|вызвал|памілав|крымінал|вобшук|экстрэміст|рэпрэс|пераслед|штраф|пратэст|палітв|зняволен|вы[йш]л|выход|на волю|на свобод|status|list|named|decree|указ|спіс|список|статус/i;
const BACKREF = /\b(?:of them|of these|of those|among them|among those|including|of whom)\b|из них|среди них|в том числе|з іх|сярод іх|у тым ліку/i;
function sentenceAround(text: string, at: number): string {
  let s = at; while (s > 0 && !/[.!?\n]/.test(text[s - 1]!)) s--;
  let e = at; while (e < text.length && !/[.!?\n]/.test(text[e]!)) e++;
  return text.slice(s, e);
}
let stats = { kept: 0, dropped: 0 };
const dropped: string[] = [];
for (const dir of ["../shared/corpus/dev", "test/corpus-own"]) {
  const cases = await loadCorpus(dir);
  for (const useFilter of [false, true]) {
    let tot = zeroCounts(); const other = { c: zeroCounts() };
    for (const { article, expected } of cases) {
      const p = extractFacts({ text: article.text, title: article.title, published: article.published, language: article.language });
      if (useFilter) p.other_counts = p.other_counts.filter((o) => {
        const ev = o.evidence[0]; if (!ev) return true;
        const src = ev.field === "title" ? (article.title ?? "") : article.text;
        const s = sentenceAround(src, ev.start);
        const ok = CUE.test(s) || BACKREF.test(s);
        if (!ok) dropped.push(`${article.id} ${o.value} «${s.trim().slice(0, 120)}»`);
        return ok;
      });
      const sc = scoreDocument(expected, p as unknown as LooseFacts);
      for (const k of KINDS) tot = addCounts(tot, sc.perKind[k]);
      other.c = addCounts(other.c, sc.perKind.other_counts);
    }
    const t = prf(tot); const o = prf(other.c);
    console.log(dir, useFilter ? "filter" : "none  ", `F1 ${t.f1.toFixed(4)} | other_counts tp ${other.c.tp} fp ${other.c.fp} fn ${other.c.fn} F1 ${o.f1.toFixed(3)}`);
  }
}
console.log(dropped.join("\n"));
