/**
 * @module bench/extract-ru
 * Throughput of the Russian extractor against the English one, in MB/s of UTF-8, on the dev
 * corpus read at run time (`../shared/corpus/dev`). Russian must stay within 1.5x of English.
 * Run: `node bin/run-ts.js bench/extract-ru.bench.ts`
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

function mbPerSecond(lang: string): number {
  const set = docs.filter((d) => d.language === lang);
  const bytes = set.reduce((a, d) => a + Buffer.byteLength(d.text + d.title), 0);
  for (const d of set) extractFacts(d);
  const t0 = performance.now();
  let total = 0;
  while (performance.now() - t0 < 2000) {
    for (const d of set) extractFacts(d);
    total += bytes;
  }
  return total / 1e6 / ((performance.now() - t0) / 1000);
}

const en = mbPerSecond("en");
const ru = mbPerSecond("ru");
console.log(`en ${en.toFixed(2)} MB/s · ru ${ru.toFixed(2)} MB/s · ratio en/ru ${(en / ru).toFixed(2)} (must be <= 1.5)`);
