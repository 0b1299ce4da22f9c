/**
 * @module eval/perturbations
 * Harmless changes of a document's form that real pages, feeds and chat exports bring: each takes
 * a corpus case and returns it spoilt one way, with the same facts expected. The robustness test
 * and `npm run eval:robust` score the extractor on every corpus document under each of them.
 * The inserted lines are mine (no corpus text).
 */
import type { CorpusCase } from "./corpus.js";

/** Lines a site puts between paragraphs, in the languages of the corpora. */
const POINTERS = {
  en: ["Read also: Lukashenko pardons 18 more political prisoners", "Related: Viasna says 1,150 political prisoners remain behind bars", "Photo: Reuters / Vasily Fedosenko"],
  ru: ["Читайте также: Лукашенко помиловал еще 18 политзаключенных", "Чытайце таксама: вызвалілі яшчэ 14 палітвязняў", "Фото: Reuters"],
};

function onText(spoil: (text: string, c: CorpusCase) => string): (c: CorpusCase) => CorpusCase {
  return (c) => ({ ...c, article: { ...c.article, text: spoil(c.article.text, c) } });
}

export interface Perturbation {
  name: string;
  spoil: (c: CorpusCase) => CorpusCase;
}

/** Every perturbation, most damaging first (as measured before the extractor normalised its input). */
export const PERTURBATIONS: Perturbation[] = [
  { name: "every space doubled", spoil: onText((t) => t.replace(/ /g, "  ")) },
  { name: "every space a no-break space", spoil: onText((t) => t.replace(/ /g, "\u00a0")) },
  { name: "soft hyphens inside long words", spoil: onText((t) => t.replace(/(\p{L}{6})(\p{L}{4})/gu, "$1\u00ad$2")) },
  { name: "Markdown bold numbers and names", spoil: onText((t) => t.replace(/\d[\d,.]*\d|\d/g, "**$&**").replace(/\b([A-Z][a-z]+ [A-Z][a-z]+)\b/g, "**$1**")) },
  { name: "HTML tags and &nbsp; left in", spoil: onText((t) => `<p>${t.replace(/\n\n/g, "</p>\n<p>").replace(/(\d) /g, "$1&nbsp;")}</p>`) },
  { name: "decomposed letters (NFD)", spoil: onText((t) => t.normalize("NFD")) },
  {
    name: "pointer lines between paragraphs",
    spoil: onText((t, c) => {
      const lines = POINTERS[c.article.language === "en" ? "en" : "ru"];
      return t.split("\n\n").flatMap((p, i) => (i % 2 ? [p, lines[(i >> 1) % lines.length]!] : [p])).join("\n\n");
    }),
  },
  { name: "the headline as the first line, a byline under it", spoil: onText((t, c) => `${c.article.title ?? ""}\n\nBy Jane Holloway\n\n${t}`) },
  { name: "the lead paragraph twice", spoil: onText((t) => `${t.split("\n\n")[0]}\n\n${t}`) },
  { name: "a web address between paragraphs", spoil: onText((t) => t.replace("\n\n", "\n\nhttps://t.me/viasna96/12345\n\n")) },
  { name: "Windows line breaks with trailing spaces", spoil: onText((t) => t.replace(/\n/g, " \r\n")) },
  { name: "indented lines", spoil: onText((t) => t.replace(/\n/g, "\n  ")) },
  { name: "curly quotes", spoil: onText((t) => t.replace(/'/g, "\u2019").replace(/"([^"\n]*)"/g, "\u201c$1\u201d")) },
  // A Telegram post or a pasted page: no title field, the headline opens the text (layout.ts `headlineLine`).
  { name: "no title, the headline as the first line", spoil: (c) => ({ ...c, article: { ...c.article, title: null, text: `${c.article.title ?? ""}\n\n${c.article.text}` } }) },
  // Not read yet (see docs/handoff/robustness.md): the figures show how far from the rest it stays.
  { name: "every line break removed", spoil: onText((t) => t.replace(/\s*\n\s*/g, " ")) },
];

/** The perturbations the extractor is expected to read as if nothing had changed. */
export const READ_AS_CLEAN = PERTURBATIONS.slice(0, 14);
