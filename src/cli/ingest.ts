/**
 * @module cli/ingest
 * `vigil ingest PATH|URL … [--source-name NAME] [--channel USERNAME] [--skip-bad] [--json]`:
 * reads files, folders, feeds and pages, stores each new document once (by content hash) with
 * its suggested facts, and prints a summary. With --json exactly one object:
 * `{"new": N, "known": N, "failed": N, "facts": N, "errors": [{"source": ..., "message": ...}]}`
 * (plus `skipped`, `people`, `matched_existing`, `possible_duplicates`, `bad_row_files`, `bad_rows`). Exits non-zero only when nothing could be ingested.
 */
import { writeFile } from "node:fs/promises";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { ingestLocations, ingestSummaryJson, type IngestSummary } from "../app/ingest-batch.js";
import { suggestMentionLinks } from "../app/suggest-mention-links.js";
import { ValidationError } from "../domain/errors.js";
import { EXTRACTOR_VERSION, extractFacts } from "../extract/index.js";
import { DEFAULT_LIMITS, listLocations, readSource, type Listed } from "../ingest/index.js";
import { sqlIngestStore } from "../storage/sql-ingest-store.js";
import { getVigil } from "./context.js";

interface IngestFlags {
  verbose?: boolean;
  batchSize?: string;
  sourceName?: string;
  channel?: string;
  skipBad?: boolean;
  json?: boolean;
  maxBytes?: string;
  timeout?: string;
}

/** Registers the `ingest` verb. */
export function register(program: Command): void {
  program
    .command("ingest")
    .description("store documents from files, folders, feeds, pages, Telegram exports and CSV lists; suggest their facts")
    .argument("<sources...>", "files, folders or http(s) URLs")
    .option("--source-name <name>", "outlet name recorded on every document")
    .option("--channel <username>", "Telegram channel username, for t.me message links")
    .option("--skip-bad", "CSV lists: import the good rows and write the bad ones to NAME.bad-rows.csv")
    .option("--max-bytes <n>", `largest file or response read (default ${DEFAULT_LIMITS.maxBytes})`)
    .option("--timeout <seconds>", `http timeout (default ${DEFAULT_LIMITS.timeoutMs / 1000})`)
    .option("--batch-size <n>", "documents stored per transaction", "200")
    .option("--verbose", "log each stored batch on stderr")
    .option("--json", "print the summary as JSON")
    .action(async (sources: string[], flags: IngestFlags) => {
      const limits = {
        maxBytes: positive(flags.maxBytes, "max-bytes") ?? DEFAULT_LIMITS.maxBytes,
        timeoutMs: (positive(flags.timeout, "timeout") ?? DEFAULT_LIMITS.timeoutMs / 1000) * 1000,
      };
      const vigil = await getVigil();
      const progress = createProgress(process.stderr);
      // Walk the folders first (cheap) so the bar knows the number of files from the start;
      // a file holding many documents (a channel export, a feed) widens it when read.
      const listed: Listed[] = [];
      for await (const item of listLocations(sources)) listed.push(item);
      progress.grow(listed.length);
      let summary: IngestSummary;
      try {
        summary = await ingestLocations(
          {
            tx: vigil.tx,
            documents: vigil.documents,
            store: sqlIngestStore(vigil.db),
            extractor: { extract: extractFacts, version: EXTRACTOR_VERSION },
            list: async function* () {
              yield* listed;
            },
            read: readSource,
            writeFile: (path, text) => writeFile(path, text),
          },
          sources,
          {
            limits, outlet: flags.sourceName ?? null, channel: flags.channel ?? null, skipBad: flags.skipBad === true,
            onSource: ({ documents }) => progress.grow(documents - 1),
            onProgress: ({ summary: s }) => progress.tick(s),
            batchSize: positive(flags.batchSize, "batch-size") ?? 200,
            onBatch: flags.verbose
              ? ({ documents, summary: s }) => process.stderr.write(`stored batch of ${documents} (new ${s.new}, known ${s.known}, failed ${s.failed})\n`)
              : undefined,
          },
        );
      } finally {
        progress.stop();
      }
      if (summary.new > 0) await vigil.tx.run((r) => suggestMentionLinks(r)); // mentions of known people get a suggested person
      process.stdout.write(flags.json ? `${JSON.stringify(ingestSummaryJson(summary))}\n` : human(summary));
      // Only a run where nothing at all could be read is a failure: one bad file in a
      // folder of hundreds must not break a cron job.
      if (summary.new + summary.known === 0 && summary.failed > 0) process.exitCode = 6;
    });
}

function positive(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new ValidationError(field, `must be a positive number: ${value}`);
  return n;
}

function human(s: IngestSummary): string {
  const lines = [`${s.new} new, ${s.known} already known, ${s.failed} failed; ${s.facts} facts suggested${s.people ? `; ${s.people} people imported` : ""}${s.matchedExisting ? `; ${s.matchedExisting} rows matched existing people` : ""}`];
  for (const p of s.possibleDuplicates) lines.push(`  line ${p.line}: ${p.name} (new ${p.personId}) may be ${p.similar.map((x) => `${x.name} ${x.personId}`).join(" or ")}`);
  const skipped = Object.entries(s.skipped);
  if (skipped.length > 0) lines.push(`skipped: ${skipped.map(([reason, n]) => `${n} ${reason}`).join(", ")}`);
  for (const e of s.errors.slice(0, 50)) lines.push(`  ${e.source}: ${e.message}`);
  if (s.errors.length > 50) lines.push(`  … and ${s.errors.length - 50} more (use --json for all)`);
  for (const f of s.badRowFiles) lines.push(`bad rows written to ${f}`);
  return `${lines.join("\n")}\n`;
}

// The progress bar: on stderr and only when stderr is a terminal (never in pipes, logs or tests).
/** A progress display that grows as sources reveal how many documents they hold. */
interface Progress {
  grow(documents: number): void;
  tick(summary: IngestSummary): void;
  stop(): void;
}

/** A bar on a TTY, nothing otherwise. */
function createProgress(stream: NodeJS.WriteStream): Progress {
  if (!stream.isTTY) return { grow() {}, tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream, format: "ingest [{bar}] {value}/{total} | new {new} known {known} failed {failed}", hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let total = 0;
  let started = false;
  return {
    grow(documents) {
      total += documents;
      if (documents === 0 && started) return;
      if (!started) {
        bar.start(Math.max(total, 1), 0, { new: 0, known: 0, failed: 0 });
        started = true;
      } else bar.setTotal(Math.max(total, 1));
    },
    tick(s) {
      if (!started) return;
      bar.update(s.new + s.known + s.failed, { new: s.new, known: s.known, failed: s.failed });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
