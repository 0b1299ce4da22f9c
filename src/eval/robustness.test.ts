/**
 * @module eval/robustness.test
 * Real pages and posts are messier than the corpora: runs of spaces, no-break spaces, soft hyphens,
 * Windows line breaks, decomposed letters, "Read also" lines between paragraphs, the headline again
 * as the first line, a byline, the lead paragraph twice, Markdown, HTML left in, web addresses. Each such change of a document's form
 * must leave its facts as they were: here every document of the own corpus is spoilt one way at a
 * time, and F1 and attribute accuracy may fall by at most half a point. Before the extractor read a
 * normalised copy (normalize.ts, layout.ts), these variants scored as low as 0.65.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, type CorpusCase } from "./corpus.js";
import { evaluate } from "./run.js";

const DIR = path.resolve(import.meta.dirname, "../../test/corpus-own");

/** Lines a site puts between paragraphs; mine, in the three languages of the corpus. */
const POINTERS = {
  en: ["Read also: Lukashenko pardons 18 more political prisoners", "Related: Viasna says 1,150 political prisoners remain behind bars", "Photo: Reuters / Vasily Fedosenko"],
  ru: ["Читайте также: Лукашенко помиловал еще 18 политзаключенных", "Чытайце таксама: вызвалілі яшчэ 14 палітвязняў", "Фото: Reuters"],
};

function onText(spoil: (text: string, c: CorpusCase) => string): (c: CorpusCase) => CorpusCase {
  return (c) => ({ ...c, article: { ...c.article, text: spoil(c.article.text, c) } });
}

const VARIANTS: [string, (c: CorpusCase) => CorpusCase][] = [
  ["double spaces", onText((t) => t.replace(/ /g, "  "))],
  ["no-break spaces", onText((t) => t.replace(/ /g, "\u00a0"))],
  ["soft hyphens", onText((t) => t.replace(/(\p{L}{6})(\p{L}{4})/gu, "$1\u00ad$2"))],
  ["Windows line breaks with trailing spaces", onText((t) => t.replace(/\n/g, " \r\n"))],
  ["decomposed letters (NFD)", onText((t) => t.normalize("NFD"))],
  ["pointer lines between paragraphs", onText((t, c) => {
    const lines = POINTERS[c.article.language === "en" ? "en" : "ru"];
    return t.split("\n\n").flatMap((p, i) => (i % 2 ? [p, lines[(i >> 1) % lines.length]!] : [p])).join("\n\n");
  })],
  ["the headline as the first line, a byline under it", onText((t, c) => `${c.article.title ?? ""}\n\nBy Jane Holloway\n\n${t}`)],
  ["the lead paragraph twice", onText((t) => `${t.split("\n\n")[0]}\n\n${t}`)],
  ["Markdown bold numbers and names", onText((t) => t.replace(/\d[\d,.]*\d|\d/g, "**$&**").replace(/\b([A-Z][a-z]+ [A-Z][a-z]+)\b/g, "**$1**"))],
  ["HTML tags and entities left in the text", onText((t) => `<p>${t.replace(/\n\n/g, "</p>\n<p>").replace(/(\d) /g, "$1&nbsp;")}</p>`)],
  ["a web address between paragraphs", onText((t) => t.replace("\n\n", "\n\nhttps://t.me/viasna96/12345\n\n"))],
];

describe.skipIf(!existsSync(DIR))("facts do not depend on the form of the text (test/corpus-own)", () => {
  let cases: CorpusCase[] = [];
  let baseline = { f1: 0, attr: 0 };
  beforeAll(async () => {
    cases = await loadCorpus(DIR);
    const r = evaluate(cases);
    baseline = { f1: r.total.f1, attr: r.attributeAccuracy };
  });

  it.each(VARIANTS)("%s", (_label, spoil) => {
    const r = evaluate(cases.map(spoil));
    expect(r.total.f1).toBeGreaterThanOrEqual(baseline.f1 - 0.005);
    expect(r.attributeAccuracy).toBeGreaterThanOrEqual(baseline.attr - 0.005);
  }, 60_000);
});
