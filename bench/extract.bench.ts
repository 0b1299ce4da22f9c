/**
 * @module bench/extract
 * `npm run bench:extract`: extracts facts from a generated ~50 MB corpus of English reports
 * (written from Vigil's own template sentences, not corpus text), streamed one document at a
 * time, and compares the throughput with a bare pass that only tokenizes the same text.
 * Prints MB/s (per CPU-second of this process: one core, unaffected by other load), the
 * ratio, and heap use as the run progresses (it should stay flat).
 * Options: `--mb N` (default 50); `--warmup-mb N` (default 8). CPU time is taken per batch of 200
 * documents, not per document.
 *
 * Warm-up: before each timed pass, the same function runs untimed over a separate corpus (another
 * seed). V8 compiles the extractor's few hundred functions and regexes during its first megabytes,
 * on background threads whose CPU time process.cpuUsage() counts; that one-off cost does not grow
 * with the corpus, so it is reported on its own line rather than mixed into the per-byte figures
 * the target is about. The bare pass gets the same warm-up. `--warmup-mb 0` measures cold.
 */
import { extractFacts } from "../src/extract/index.js";
import { tokenize } from "../src/extract/tokens.js";
import { documents } from "./generated-reports.js";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}
const targetMb = option("--mb", 50);
const warmupMb = option("--warmup-mb", 8);

function run(label: string, fn: (text: string, published: string) => number, seed: number, mb: number, quiet: boolean): { mb: number; seconds: number } {
  const bytes = mb * 1024 * 1024;
  let seconds = 0;
  let total = 0;
  let sink = 0;
  let docs = 0;
  // Documents are generated up front in batches, then the batch is timed as a whole: CPU time,
  // not wall time (other processes on a shared machine must not count against us). CPU time
  // includes V8's background threads (compiler, concurrent GC): their work is part of the cost. Timing per batch rather than per document
  // keeps process.cpuUsage() itself out of the measurement (per document it cost ~13 %), and the
  // generator's own work stays outside the timed region. Both passes are measured the same way.
  const BATCH = 200;
  let batch: { text: string; published: string }[] = [];
  const flush = (): void => {
    const t0 = process.cpuUsage();
    for (const doc of batch) sink += fn(doc.text, doc.published);
    const dt = process.cpuUsage(t0);
    seconds += (dt.user + dt.system) / 1e6;
    for (const doc of batch) {
      total += Buffer.byteLength(doc.text);
      if (++docs % 5000 === 0 && !quiet) {
        process.stdout.write(`  ${label}: ${(total / 1048576).toFixed(0)} MB, heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB\n`);
      }
    }
    batch = [];
  };
  for (const doc of documents(seed, bytes)) {
    batch.push(doc);
    if (batch.length >= BATCH) flush();
  }
  flush();
  if (sink < 0) console.log(sink);
  return { mb: total / 1048576, seconds };
}

const tokenizePass = (text: string): number => tokenize(text).length;
const extractPass = (text: string, published: string): number => {
  const f = extractFacts({ text, published, language: "en" });
  return f.pardon_events.length + f.prisoner_count_claims.length + f.other_counts.length + f.persons.length + f.releases.length;
};
const bareWarm = warmupMb > 0 ? run("tokenize warm-up", tokenizePass, 7, warmupMb, true) : null;
const bare = run("tokenize", tokenizePass, 42, targetMb, false);
const fullWarm = warmupMb > 0 ? run("extract warm-up", extractPass, 7, warmupMb, true) : null;
const full = run("extract", extractPass, 42, targetMb, false);
const bareRate = bare.mb / bare.seconds;
const fullRate = full.mb / full.seconds;
if (bareWarm && fullWarm) {
  console.log(`warm-up (${warmupMb} MB per pass, not in the figures below): tokenize ${(bareWarm.mb / bareWarm.seconds).toFixed(1)} MB/s, extract ${(fullWarm.mb / fullWarm.seconds).toFixed(1)} MB/s`);
}
console.log(`corpus: ${full.mb.toFixed(1)} MB`);
console.log(`bare tokenizing pass: ${bareRate.toFixed(1)} MB/s`);
console.log(`extractFacts:         ${fullRate.toFixed(1)} MB/s`);
console.log(`ratio (bare / extract): ${(bareRate / fullRate).toFixed(2)}x  (target: >= 5 MB/s and <= 5x)`);
