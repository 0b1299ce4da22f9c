import { describe, expect, it } from "vitest";
import { extractFacts, type Facts } from "./index.js";
import { headlineLine, restatedRanges } from "./layout.js";

// My own short report: a round with its breakdown, then a stock count.
const TITLE = "Lukashenko pardons 23 more prisoners";
const LEAD = "President Alexander Lukashenko pardoned 23 people convicted of extremism on 18 January, his press service said.";
const BODY = [LEAD, "Among them were three women and 20 men; 14 have chronic illnesses. It is the first such round this year.", "Viasna counts 1,244 political prisoners as of 31 January."].join("\n\n");

function counts(f: Facts): unknown {
  return { rounds: f.pardon_events.map((e) => [e.count, e.women, e.men, e.chronic_illness, e.ordinal_in_year]), claims: f.prisoner_count_claims.map((c) => c.value), other: f.other_counts.map((o) => o.value), releases: f.releases.map((r) => r.count) };
}

describe("what a scraped page says twice is read once", () => {
  const clean = extractFacts({ text: BODY, title: TITLE, published: "2025-02-01", language: "en" });

  it("the clean report's facts (the baseline)", () => {
    expect(counts(clean)).toMatchObject({ rounds: [[23, 3, 20, 14, 1]], claims: [1244] });
  });

  it("the headline repeated as the text's first line, with a byline under it", () => {
    const text = `${TITLE}\n\nBy Jane Holloway, Vilnius\n\n${BODY}`;
    const facts = extractFacts({ text, title: TITLE, published: "2025-02-01", language: "en" });
    expect(counts(facts)).toEqual(counts(clean));
    // Evidence still points at the words in the caller's text.
    const claim = facts.prisoner_count_claims[0]!.evidence[0]!;
    expect(text.slice(claim.start, claim.end)).toContain("1,244");
  });

  it("the lead paragraph repeated (a standfirst and the same lead in the body)", () => {
    const text = `${LEAD}\n\n${BODY}`;
    expect(counts(extractFacts({ text, title: TITLE, published: "2025-02-01", language: "en" }))).toEqual(counts(clean));
  });

  it("no title, the text opening with its headline (a Telegram post): the headline's figure is read once", () => {
    const text = `${TITLE}\n\n${BODY}`;
    const facts = extractFacts({ text, published: "2025-02-01", language: "en" });
    expect(counts(facts)).toEqual(counts(clean));
    expect(facts.pardon_events[0]!.evidence.every((e) => e.field === "text")).toBe(true);
  });

  it("no title, a byline and then the headline: the headline is still the title", () => {
    const text = `By Jane Holloway\n\n${TITLE}\n\n${BODY}`;
    expect(counts(extractFacts({ text, published: "2025-02-01", language: "en" }))).toEqual(counts(clean));
    expect(restatedRanges(text, TITLE).map(([a, b]) => text.slice(a, b))).toEqual(["By Jane Holloway\n\n", `${TITLE}\n\n`]);
  });

  it("no title, a headline whose figure the body leaves out: kept, with evidence in the caller's text", () => {
    const text = `⚡ Viasna counts 1,244 political prisoners\n\nThe rights group published its January review on Monday.`;
    const facts = extractFacts({ text, published: "2025-02-01", language: "en" });
    const claim = facts.prisoner_count_claims[0]!;
    expect(claim.value).toBe(1244);
    expect(claim.evidence[0]!.field).toBe("text");
    expect(text.slice(claim.evidence[0]!.start, claim.evidence[0]!.end)).toContain("1,244");
  });

  it("headlineLine: a first line that reads as a headline, not a sentence, bullet, byline or dateline", () => {
    const line = (t: string): string | null => {
      const r = headlineLine(t);
      return r ? t.slice(r[0], r[1]) : null;
    };
    expect(line(`${TITLE}\n\n${BODY}`)).toBe(TITLE);
    expect(line(`\n${TITLE}\n\nBody text.`)).toBe(TITLE);
    expect(line(`Key figures (as of 31 December 2025)\nPolitical prisoners held: 1,131`)).toBeNull();
    expect(line(BODY)).toBeNull();
    expect(line(`${TITLE}`)).toBeNull();
    expect(line(`Who was freed on that day?\n\n${BODY}`)).toBeNull();
    expect(line(`* Maria Kalesnikava, a flautist\n${BODY}`)).toBeNull();
    expect(line(`By Jane Holloway and Tom Reed\n${BODY}`)).toBeNull();
    expect(line(`Vilnius, 10 January 2026\n\n${BODY}`)).toBeNull();
    expect(line(`Started by Tomas Berg · Petition to the President\n${BODY}`)).toBeNull();
    expect(line(`WHO WAS FREED ON DEC. 13\n\n${BODY}`)).toBeNull();
  });

  it("restatedRanges: the title line and its line breaks, the second copy of a paragraph, nothing else", () => {
    const text = `${TITLE}\n\n${LEAD}\n\nShort line.\n\nShort line.\n\n${LEAD}`;
    const ranges = restatedRanges(text, TITLE);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual([`${TITLE}\n\n`, LEAD]);
    expect(restatedRanges(BODY, "An unrelated headline about something else")).toEqual([]);
  });

  it("a text that is only its headline keeps it", () => {
    expect(extractFacts({ text: TITLE, title: TITLE, published: "2025-02-01", language: "en" }).pardon_events.map((e) => e.count)).toEqual([23]);
  });
});
