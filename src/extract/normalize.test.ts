import { describe, expect, it } from "vitest";
import { extractFacts, type Facts } from "./index.js";
import { normalizeForExtraction, toOriginal, toOriginalEnd } from "./normalize.js";

const KEYS = ["pardon_events", "prisoner_count_claims", "other_counts", "persons", "releases"] as const;

/** The facts without their evidence offsets, for comparing two spellings of one report. */
function withoutEvidence(f: Facts): unknown {
  return JSON.parse(JSON.stringify(f, (key, value: unknown) => (key === "evidence" ? undefined : value)));
}

/** Every evidence span, as the words it covers in the text it points into, spacing made plain. */
function evidenceWords(f: Facts, text: string, title = ""): string[] {
  const out: string[] = [];
  for (const k of KEYS) {
    for (const fact of f[k] as { evidence: { field: string; start: number; end: number }[] }[]) {
      for (const e of fact.evidence) out.push(normalizeForExtraction((e.field === "title" ? title : text).slice(e.start, e.end)).text.trim());
    }
  }
  return out;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

// My own report, in the plain spacing the rules are written for.
const CLEAN =
  "Minsk, 20 November 2024. The president pardoned 32 people convicted of extremism, his press office said.\n\n" +
  "Among them were 8 women and 24 men; 17 have chronic illnesses and 9 are over 50. It is the sixth such group this year.\n\n" +
  "Maria Kalesnikava, who has not been seen for more than a year, remains in prison. According to Viasna, more than 1,200 political prisoners are still held.";

describe("normalizeForExtraction", () => {
  it("returns the text itself when nothing needs normalising", () => {
    const n = normalizeForExtraction(CLEAN);
    expect(n.text).toBe(CLEAN);
    expect(n.marks).toBe(0);
  });

  it("makes spacing plain, drops invisible characters and composes accents", () => {
    const n = normalizeForExtraction("a  b\u00a0c\u202f\u2009d e\u00adf\u200bg \r\n  h\t\u0438\u0306");
    expect(n.text).toBe("a b c d efg\nh \u0439");
  });

  it("decodes entities, drops tags, script and style, Markdown bold and web addresses, keeps a link's words", () => {
    const n = normalizeForExtraction('<p>More&nbsp;than <b>1,200</b> held&hellip;</p><script>var x = 1,200;</script> **30** pardoned, see https://x.org/a/123. [Viasna](https://spring96.org/1) says &unknown; so.');
    expect(n.text).toBe("\nMore than 1,200 held…\n 30 pardoned, see . Viasna says &unknown; so.");
    const at = n.text.indexOf("Viasna");
    const original = '<p>More&nbsp;than <b>1,200</b> held&hellip;</p><script>var x = 1,200;</script> **30** pardoned, see https://x.org/a/123. [Viasna](https://spring96.org/1) says &unknown; so.';
    expect(original.slice(toOriginal(n, at), toOriginalEnd(n, original, at + 6))).toBe("Viasna");
  });

  it("maps offsets back to the original text", () => {
    const original = "pardoned  32\u00a0people\u00ad on  Monday";
    const n = normalizeForExtraction(original);
    expect(n.text).toBe("pardoned 32 people on Monday");
    const at = n.text.indexOf("32 people");
    const start = toOriginal(n, at);
    const end = toOriginalEnd(n, original, at + "32 people".length);
    expect(original.slice(start, end)).toBe("32\u00a0people");
    const monday = n.text.indexOf("Monday");
    expect(original.slice(toOriginal(n, monday), toOriginalEnd(n, original, n.text.length))).toBe("Monday");
  });
});

describe("extraction reads messy spacing as plain spacing", () => {
  const variants: [string, (s: string) => string][] = [
    ["double spaces", (s) => s.replace(/ /g, "  ")],
    ["no-break spaces (Russian typography)", (s) => s.replace(/ /g, "\u00a0")],
    ["soft hyphens inside long words", (s) => s.replace(/(\p{L}{5})(\p{L}{3})/gu, "$1\u00ad$2")],
    ["Windows line breaks and trailing spaces", (s) => s.replace(/\n/g, "  \r\n")],
    ["indented lines", (s) => s.replace(/\n/g, "\n\t ")],
    ["zero-width spaces", (s) => s.replace(/ (\p{Lu})/gu, " \u200b$1")],
    ["Markdown bold numbers", (s) => s.replace(/\d[\d,]*/g, "**$&**")],
    ["HTML entities", (s) => s.replace(/(\d) /g, "$1&nbsp;").replace(/,/g, "&#44;")],
    ["HTML paragraph and inline tags", (s) => `<p>${s.replace(/\n\n/g, "</p>\n<p>").replace(/Viasna/g, '<a href="https://spring96.org">Viasna</a>')}</p>`],
    ["web addresses and Markdown links", (s) => s.replace(/Viasna/g, "[Viasna](https://spring96.org/en/news/123456)").replace(/\n\n/, "\n\nhttps://t.me/viasna96/12345\n\n")],
  ];
  const clean = extractFacts({ text: CLEAN, published: "2024-11-20", language: "en" });

  it("finds the facts of the clean report (the baseline of the comparison)", () => {
    expect(clean.pardon_events[0]).toMatchObject({ count: 32, women: 8, men: 24, chronic_illness: 17, over_50: 9, ordinal_in_year: 6 });
    expect(clean.prisoner_count_claims[0]).toMatchObject({ value: 1200, qualifier: "over", attributed_to: "Viasna" });
  });

  it.each(variants)("%s: the same facts, with evidence on the same words of the caller's text", (_label, spoil) => {
    const messy = spoil(CLEAN);
    expect(messy).not.toBe(CLEAN);
    const facts = extractFacts({ text: messy, published: "2024-11-20", language: "en" });
    expect(withoutEvidence(facts)).toEqual(withoutEvidence(clean));
    expect(evidenceWords(facts, messy)).toEqual(evidenceWords(clean, CLEAN));
  });

  it("Russian with no-break spaces in numbers and after prepositions, and a decomposed й", () => {
    const text = "По данным «Вясны», в\u00a0тюрьмах остаются более 1\u00a0150 политзаключённых. Помилованы 23\u00a0человека, среди них 3\u00a0женщины.";
    const plain = extractFacts({ text: text.replace(/\u00a0/g, " "), published: "2025-01-18", language: "ru" });
    const messy = extractFacts({ text: text.normalize("NFD"), published: "2025-01-18", language: "ru" });
    expect(plain.prisoner_count_claims[0]?.value).toBe(1150);
    expect(withoutEvidence(messy)).toEqual(withoutEvidence(plain));
  });

  it("random invisible characters and spaces never move evidence outside the text", () => {
    const r = rng(11);
    const junk = ["  ", "\u00a0", "\u00ad", "\u200b", "\ufeff", " \r\n", "\u0301", "\t"];
    for (let round = 0; round < 40; round++) {
      let text = "";
      for (const ch of CLEAN) text += r() < 0.08 ? junk[Math.floor(r() * junk.length)]! + ch : ch;
      const facts = extractFacts({ text, title: text.slice(0, 60), published: "2024-11-20", language: "en" });
      for (const k of KEYS) {
        for (const fact of facts[k] as { evidence: { field: string; start: number; end: number }[] }[]) {
          for (const e of fact.evidence) {
            const src = e.field === "title" ? text.slice(0, 60) : text;
            expect(0 <= e.start && e.start <= e.end && e.end <= src.length).toBe(true);
          }
        }
      }
    }
  });

  it("a 5 MB line full of double and no-break spaces finishes with evidence in range", () => {
    const unit = "over  1,200\u00a0people were\u00addetained  in 2021 ";
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const facts = extractFacts({ text, published: "2025-01-01", language: "en" });
    expect(Object.keys(facts)).toHaveLength(5);
    for (const c of facts.other_counts) for (const e of c.evidence) expect(e.end).toBeLessThanOrEqual(text.length);
  });
});

describe("lines that point to other stories or credit a picture are not read", () => {
  const pointers = [
    "Read also: Lukashenko pardons 18 more political prisoners",
    "READ MORE: Court jails 12 protesters for up to six years",
    "Related: Viasna says 1,150 political prisoners remain behind bars",
    "Subscribe to our Telegram channel: 25,000 readers already follow us",
    "Photo: Reuters / Vasily Fedosenko",
  ];
  it("English: the same facts as without them, evidence on the same words", () => {
    const paragraphs = CLEAN.split("\n\n");
    const messy = paragraphs.flatMap((p, i) => [p, pointers[i]!, pointers[i + 3] ?? ""]).join("\n\n");
    const clean = extractFacts({ text: CLEAN, published: "2024-11-20", language: "en" });
    const facts = extractFacts({ text: messy, published: "2024-11-20", language: "en" });
    expect(withoutEvidence(facts)).toEqual(withoutEvidence(clean));
    expect(evidenceWords(facts, messy)).toEqual(evidenceWords(clean, CLEAN));
  });

  it("Russian and Belarusian: «Читайте также», «Чытайце таксама», «Фото»", () => {
    const body = "Лукашенко помиловал 23 человека, сообщила пресс-служба.\n\nПо данным «Вясны», в тюрьмах остаются 1150 политзаключённых.";
    const messy = body.replace("\n\n", "\n\nЧитайте также: Лукашенко помиловал еще 18 политзаключенных\n\n► Чытайце таксама: вызвалілі яшчэ 14 палітвязняў\n\nФото: Reuters\n\n");
    const clean = extractFacts({ text: body, published: "2025-01-18", language: "ru" });
    expect(clean.pardon_events.map((e) => e.count)).toEqual([23]);
    expect(withoutEvidence(extractFacts({ text: messy, published: "2025-01-18", language: "ru" }))).toEqual(withoutEvidence(clean));
  });

  it("a pointer line opening the text goes too", () => {
    expect(normalizeForExtraction(`Read more: Court jails 12 protesters\n\n${CLEAN}`).text).toBe(`\n\n${CLEAN}`);
  });

  it("a sentence that merely starts with a similar word stays", () => {
    const text = "Related charges were brought against 12 people in March. Photos of the 12 were shown on state television.";
    expect(normalizeForExtraction(text).text).toBe(text);
  });
});
