/**
 * @module bench/extract-stages
 * `npm run bench:extract-stages`: where English extraction's time goes, as multiples of the bare
 * tokenizing pass, on the same generated reports as `bench:extract`. Each stage is the pipeline up
 * to that point, run through the extractor's own exported functions:
 *   split      sentence spans
 *   numbers    + every number of every sentence (findNumbers)
 *   counts     + what each number counts, or that it is none (countsIn)
 *   persons    split + the people named (collectPersons)
 *   full       extractFacts (all of the above, dates, and every fact rule)
 *
 * Why paired: this machine's speed drifts by up to 2x over tens of seconds, which swamps a
 * comparison of two long runs. Here every stage and the bare pass run back to back over the same
 * small chunk of documents (a few milliseconds each), many times over; each chunk gives one
 * ratio per stage, and the median of those ratios is printed. Drift slower than a chunk cancels.
 * Options: `--pairs N` (default 300 chunks), `--chunk N` (documents per chunk, default 40).
 */
import { collectPersons } from "../src/extract/en/persons.js";
import { countsIn } from "../src/extract/en/counts.js";
import { extractFacts } from "../src/extract/index.js";
import { findNumbers } from "../src/extract/numbers.js";
import { splitSentences } from "../src/extract/sentences.js";
import { tokenize } from "../src/extract/tokens.js";
import { documents } from "./generated-reports.js";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}
const pairs = option("--pairs", 300);
const chunk = option("--chunk", 40);

const docs = [...documents(42, 1.5 * 1024 * 1024)].map((d) => d.text);
const published = "2025-06-30";

/** One stage: a function of a document that returns something to keep the work alive. */
type Stage = [name: string, run: (text: string) => number];
const stages: Stage[] = [
  ["split", (t) => splitSentences(t).length],
  ["numbers", (t) => {
    let k = 0;
    for (const s of splitSentences(t)) k += findNumbers(t, s.start, s.end).length;
    return k;
  }],
  ["counts", (t) => {
    let k = 0;
    const spans = splitSentences(t);
    for (let i = 0; i < spans.length; i++) k += countsIn(t, spans[i]!, i).length;
    return k;
  }],
  ["persons", (t) => collectPersons(t, splitSentences(t), () => null, "text").persons.length],
  ["full", (t) => extractFacts({ text: t, published, language: "en" }).persons.length],
];

let sink = 0;
/** Nanoseconds `run` takes over documents [from, from + chunk). */
function time(run: (text: string) => number, from: number): number {
  const t0 = process.hrtime.bigint();
  for (let i = from; i < from + chunk; i++) sink += run(docs[i]!);
  return Number(process.hrtime.bigint() - t0);
}

const bare = (t: string): number => tokenize(t).length;
const starts: number[] = [];
for (let f = 0; f + chunk <= docs.length; f += chunk) starts.push(f);
// Warm-up: every stage over every chunk, twice, so that all of it is compiled before timing.
for (let k = 0; k < 2; k++) for (const f of starts) for (const [, run] of [...stages, ["bare", bare] as Stage]) time(run, f);

const ratios = stages.map(() => [] as number[]);
for (let k = 0; k < pairs; k++) {
  const f = starts[k % starts.length]!;
  const base = time(bare, f);
  stages.forEach(([, run], j) => ratios[j]!.push(time(run, f) / base));
}
const median = (a: number[]): number => [...a].sort((x, y) => x - y)[a.length >> 1]!;
console.log(`${docs.length} documents, ${pairs} chunks of ${chunk}; each figure is the median over chunks of (stage time / bare tokenizing time)`);
for (const [j, [name]] of stages.entries()) console.log(`  ${name.padEnd(8)} ${median(ratios[j]!).toFixed(2)}x`);
if (sink < 0) console.log(sink);
