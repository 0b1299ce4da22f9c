import { describe, expect, it } from "vitest";
import { extractFacts } from "./index.js";

const KEYS = ["pardon_events", "prisoner_count_claims", "other_counts", "persons", "releases"];

// A tiny deterministic PRNG so failures reproduce.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function checkSpans(input: { text: string; title?: string }, facts: ReturnType<typeof extractFacts>): void {
  for (const key of KEYS) {
    for (const f of (facts as unknown as Record<string, { evidence: { field: string; start: number; end: number }[] }[]>)[key]!) {
      for (const e of f.evidence) {
        const src = e.field === "title" ? (input.title ?? "") : input.text;
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(src.length);
        expect(e.start).toBeLessThanOrEqual(e.end);
      }
    }
  }
}

describe("bad input never crashes or hangs", () => {
  it.each([
    ["empty", ""],
    ["whitespace", " \n\t \n"],
    ["binary", String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256))],
    ["invalid UTF-8 decoded", Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x31, 0x32]).toString("utf8").repeat(500)],
    ["lone surrogates", "\ud800 pardoned 30 people \udfff".repeat(100)],
    ["HTML", "<html><body><p>The president <b>pardoned</b> 30 people.</p><script>var x = 1,200;</script></body></html>".repeat(200)],
    ["numbers only", "1,200 1.300 (5,982) 50-70 ".repeat(2000)],
    ["capitals only", "Aaa Bbb Ccc Ddd Eee ".repeat(5000)],
    ["deep punctuation", "(((((((((( ,,,,,,, ...... ;;;;;; ".repeat(3000)],
  ])("%s", (_label, text) => {
    const facts = extractFacts({ text, published: "2025-01-01" });
    expect(Object.keys(facts).sort()).toEqual([...KEYS].sort());
    checkSpans({ text }, facts);
  });

  it("random printable soup", () => {
    const r = rng(7);
    const alphabet = "abc XYZ 0123456789 ,.;:()-–\n pardoned freed political prisoners over about January Monday Mr. U.S. ";
    for (let round = 0; round < 30; round++) {
      let text = "";
      const n = Math.floor(r() * 3000);
      for (let i = 0; i < n; i++) text += alphabet[Math.floor(r() * alphabet.length)];
      const facts = extractFacts({ text, title: text.slice(0, 80), published: r() < 0.5 ? null : "2024-06-01" });
      checkSpans({ text, title: text.slice(0, 80) }, facts);
    }
  });

  it("a 100 MB single line finishes in linear time", { timeout: 120_000 }, () => {
    // Time a 1 MB line, then check a 100x larger one stays within a linear budget.
    const unit = "the court heard that over 1,200 people were detained and released in 2021 ";
    const small = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    extractFacts({ text: small, published: "2025-01-01", language: "en" });
    const perMb = performance.now() - t0;
    const big = unit.repeat(Math.ceil(100_000_000 / unit.length));
    const t1 = performance.now();
    const facts = extractFacts({ text: big, published: "2025-01-01", language: "en" });
    const elapsed = performance.now() - t1;
    expect(Object.keys(facts)).toHaveLength(5);
    expect(elapsed).toBeLessThan(perMb * 100 * 3 + 5000);
  });
});
