/**
 * @module bench/extract-ab
 * `npm run bench:extract-ab -- --base DIR`: how much slower (or faster) this tree's extractor is
 * than the one in DIR (another checkout, e.g. `git worktree add --detach ../wt-base HEAD`), on the
 * generated reports of `bench:extract`.
 *
 * Why paired: this machine's speed drifts by up to 2x over tens of seconds, so two separate bench
 * runs cannot show a 5 % change. Here both extractors are loaded into one process and run over the
 * same small chunk of documents back to back, in the order new, base, base, new (so a drift within
 * the chunk cancels too); each chunk gives one ratio, and the median of the ratios is printed with
 * its quartiles. With 600 chunks the median holds to about ±1 % even with other work running.
 * Options: `--base DIR` (required), `--chunks N` (default 600), `--chunk N` (documents per chunk,
 * default 20).
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { extractFacts } from "../src/extract/index.js";
import type { ExtractInput, Facts } from "../src/extract/index.js";
import { documents } from "./generated-reports.js";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}
const baseDir = option("--base");
if (!baseDir) {
  console.error("usage: npm run bench:extract-ab -- --base DIR [--chunks N] [--chunk N]");
  process.exit(2);
}
const chunks = Number(option("--chunks") ?? 600);
const chunk = Number(option("--chunk") ?? 20);

type Extract = (input: ExtractInput) => Facts;
const baseModule = (await import(pathToFileURL(path.resolve(baseDir, "src/extract/index.ts")).href)) as { extractFacts: Extract };
const base = baseModule.extractFacts;
if (base === extractFacts) {
  console.error(`bench:extract-ab: ${baseDir} resolves to this tree's extractor; give another checkout`);
  process.exit(2);
}

const docs = [...documents(42, 2 * 1024 * 1024)];
let sink = 0;
/** Nanoseconds `run` takes over documents [from, from + chunk). */
function time(run: Extract, from: number): number {
  const t0 = process.hrtime.bigint();
  for (let i = from; i < from + chunk; i++) {
    const d = docs[i]!;
    sink += run({ text: d.text, published: d.published, language: "en" }).persons.length;
  }
  return Number(process.hrtime.bigint() - t0);
}

const starts: number[] = [];
for (let f = 0; f + chunk <= docs.length; f += chunk) starts.push(f);
// Warm-up: both over every chunk twice, so that both are compiled before timing.
for (let k = 0; k < 2; k++) for (const f of starts) { time(extractFacts, f); time(base, f); }

const ratios: number[] = [];
for (let k = 0; k < chunks; k++) {
  const f = starts[k % starts.length]!;
  const n1 = time(extractFacts, f);
  const b1 = time(base, f);
  const b2 = time(base, f);
  const n2 = time(extractFacts, f);
  ratios.push((n1 + n2) / (b1 + b2));
}
ratios.sort((a, b) => a - b);
const q = (p: number): string => ratios[Math.floor(p * (ratios.length - 1))]!.toFixed(3);
console.log(`${chunks} chunks of ${chunk} documents; time of this tree / time of ${baseDir}:`);
console.log(`  median ${q(0.5)}  (quartiles ${q(0.25)}–${q(0.75)})  below 1 means this tree is faster`);
if (sink < 0) console.log(sink);
