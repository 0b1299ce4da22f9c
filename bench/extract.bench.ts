/**
 * @module bench/extract
 * `npm run bench:extract`: extracts facts from a generated ~50 MB corpus of English reports
 * (written from Vigil's own template sentences, not corpus text), streamed one document at a
 * time, and compares the throughput with a bare pass that only tokenizes the same text.
 * Prints MB/s (per CPU-second of this process: one core, unaffected by other load), the
 * ratio, and heap use as the run progresses (it should stay flat).
 * Options: `--mb N` (default 50); `--warmup-mb N` (default 8); `--real` reads the English articles
 * of test/corpus-own and the dev corpus, cycled, instead of generated reports (real-reports.ts). The
 * two passes alternate batch by batch over the same documents (see `run`).
 *
 * Warm-up: before the timed run, both passes run untimed over a separate corpus (another seed). V8 compiles the extractor's few hundred functions and regexes during its first megabytes,
 * on background threads whose CPU time process.cpuUsage() counts; that one-off cost does not grow
 * with the corpus, so it is reported on its own line rather than mixed into the per-byte figures
 * the target is about. `--warmup-mb 0` measures cold.
 */
import { extractFacts } from "../src/extract/index.js";
import { tokenize } from "../src/extract/tokens.js";
import { documents } from "./generated-reports.js";
import { realDocuments } from "./real-reports.js";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}
const targetMb = option("--mb", 50);
const warmupMb = option("--warmup-mb", 8);
const real = process.argv.includes("--real");

/** CPU seconds (user + system, all of this process's threads) that `work` takes. */
function cpuSeconds(work: () => void): number {
  const t0 = process.cpuUsage();
  work();
  const dt = process.cpuUsage(t0);
  return (dt.user + dt.system) / 1e6;
}

interface Totals {
  mb: number;
  bareSeconds: number;
  extractSeconds: number;
  /** Extract time over bare time, one per batch. */
  batchRatios: number[];
}

/**
 * Runs both passes over the same batches of 200 documents, one after the other on each batch.
 * This machine's speed drifts by up to 2x over tens of seconds; two long passes run one after the
 * other can land in different phases and give ratios from 7x to 17x for the same code.
 * Interleaved batches see the same phases, so the ratio stays steady. Documents are generated per
 * batch (memory stays flat) and outside the timed regions. CPU time is taken per batch, not per
 * document: process.cpuUsage() itself would cost ~13 % per document.
 */
function run(seed: number, mb: number, progress: boolean): Totals {
  const bytes = mb * 1024 * 1024;
  const totals: Totals = { mb: 0, bareSeconds: 0, extractSeconds: 0, batchRatios: [] };
  let sink = 0;
  let docs = 0;
  const BATCH = 200;
  let batch: { text: string; title?: string; published: string }[] = [];
  const flush = (): void => {
    if (!batch.length) return;
    const bare = cpuSeconds(() => {
      for (const doc of batch) sink += tokenize(doc.text).length;
    });
    const full = cpuSeconds(() => {
      for (const doc of batch) {
        const f = extractFacts({ text: doc.text, title: doc.title, published: doc.published, language: "en" });
        sink += f.pardon_events.length + f.prisoner_count_claims.length + f.other_counts.length + f.persons.length + f.releases.length;
      }
    });
    totals.bareSeconds += bare;
    totals.extractSeconds += full;
    if (bare > 0) totals.batchRatios.push(full / bare);
    for (const doc of batch) {
      totals.mb += Buffer.byteLength(doc.text) / 1048576;
      if (++docs % 5000 === 0 && progress) {
        process.stdout.write(`  ${totals.mb.toFixed(0)} MB, heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB\n`);
      }
    }
    batch = [];
  };
  for (const doc of real ? realDocuments(bytes) : documents(seed, bytes)) {
    batch.push(doc);
    if (batch.length >= BATCH) flush();
  }
  flush();
  if (sink < 0) console.log(sink);
  return totals;
}

const warm = warmupMb > 0 ? run(7, warmupMb, false) : null;
const timed = run(42, targetMb, true);
const bareRate = timed.mb / timed.bareSeconds;
const fullRate = timed.mb / timed.extractSeconds;
const sorted = [...timed.batchRatios].sort((a, b) => a - b);
const medianRatio = sorted[sorted.length >> 1] ?? NaN;
if (warm) {
  console.log(`warm-up (${warmupMb} MB, not in the figures below): tokenize ${(warm.mb / warm.bareSeconds).toFixed(1)} MB/s, extract ${(warm.mb / warm.extractSeconds).toFixed(1)} MB/s`);
}
console.log(`corpus: ${timed.mb.toFixed(1)} MB${real ? " of real English articles (test/corpus-own, dev), cycled" : " of generated reports"}`);
console.log(`bare tokenizing pass: ${bareRate.toFixed(1)} MB/s`);
console.log(`extractFacts:         ${fullRate.toFixed(1)} MB/s`);
console.log(`ratio (bare / extract): ${(bareRate / fullRate).toFixed(2)}x  (target: >= 5 MB/s and <= 5x)`);
console.log(`median of ${timed.batchRatios.length} per-batch ratios: ${medianRatio.toFixed(2)}x`);
