/**
 * @module bench/extract-ru
 * Throughput of the Russian extractor against the English one, in MB/s of UTF-8, on the dev
 * corpus read at run time (`../shared/corpus/dev`). Russian must stay within 1.5x of English.
 * Run: `npm run bench:extract-ru`
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractFacts } from "../src/extract/index.js";

const dir = path.resolve("../shared/corpus/dev/articles");
if (!existsSync(dir)) {
  console.log(`skipped: ${dir} not found`);
  process.exit(0);
}
const docs = readdirSync(dir).map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { text: string; title: string; published: string | null; language: string });

const english = docs.filter((d) => d.language === "en");
const russian = docs.filter((d) => d.language === "ru");
const bytesOf = (set: typeof docs): number => set.reduce((a, d) => a + Buffer.byteLength(d.text + d.title), 0);

/** Milliseconds one pass over `set` takes. */
function pass(set: typeof docs): number {
  const t0 = performance.now();
  for (const d of set) extractFacts(d);
  return performance.now() - t0;
}

// Warm both extractors for about four seconds first: V8 takes about 2.5 s of CPU (on a background
// thread) to optimise extractRussian, a single function of some 30 KB of bytecode, and a short
// warm-up times that compilation rather than the extractor. Then each language runs in blocks of
// about 400 ms, alternating, six blocks each. The machine's speed drifts over tens of seconds:
// two long runs one after the other can land in different phases, while alternating blocks share
// them. Blocks rather than single passes, because switching between the two extractors after every
// pass of a few documents times the cold caches of the switch, not the extractors.
const warmUntil = performance.now() + 4000;
while (performance.now() < warmUntil) {
  pass(english);
  pass(russian);
}
/** Runs passes over `set` for about `ms`; returns the bytes read and the milliseconds taken. */
function block(set: typeof docs, ms: number): { bytes: number; ms: number } {
  const bytes = bytesOf(set);
  let total = 0;
  let took = 0;
  while (took < ms) {
    took += pass(set);
    total += bytes;
  }
  return { bytes: total, ms: took };
}
const sum = { en: { bytes: 0, ms: 0 }, ru: { bytes: 0, ms: 0 } };
for (let k = 0; k < 6; k++) {
  for (const [lang, set] of [["en", english], ["ru", russian]] as const) {
    const b = block(set, 400);
    sum[lang].bytes += b.bytes;
    sum[lang].ms += b.ms;
  }
}
const en = sum.en.bytes / 1e6 / (sum.en.ms / 1000);
const ru = sum.ru.bytes / 1e6 / (sum.ru.ms / 1000);
console.log(`en ${en.toFixed(2)} MB/s · ru ${ru.toFixed(2)} MB/s · ratio en/ru ${(en / ru).toFixed(2)} (must be <= 1.5)`);
