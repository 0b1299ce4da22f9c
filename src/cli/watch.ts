/**
 * @module cli/watch
 * `vigil watch CONFIG [--once] [--worker NAME] [--json]`: polls the feeds and pages listed in
 * CONFIG (see app/watch/config.ts) and ingests what is new. Long-running by default (stop with
 * Ctrl-C or SIGTERM: the current job finishes first); `--once` runs one cycle and exits, for
 * cron and tests. Start several workers on one PostgreSQL (DATABASE_URL) to share the work.
 */
import { readFile } from "node:fs/promises";
import { hostname } from "node:os";
import type { Command } from "commander";
import { parseWatchConfig } from "../app/watch/config.js";
import { runWatch } from "../app/watch/worker.js";
import { SourceError } from "../domain/errors.js";
import { EXTRACTOR_VERSION, extractFacts } from "../extract/index.js";
import { suggestMentionLinks } from "../app/suggest-mention-links.js";
import { DEFAULT_LIMITS, readSource } from "../ingest/index.js";
import { sqlIngestJobQueue } from "../storage/sql-ingest-jobs.js";
import { sqlIngestStore } from "../storage/sql-ingest-store.js";
import { getVigil } from "./context.js";

/** Registers the `watch` verb. */
export function register(program: Command): void {
  program
    .command("watch")
    .description("poll configured feeds and pages on an interval and ingest what is new (several workers may share one PostgreSQL)")
    .argument("<config>", "JSON file: {interval, hostGap, timeout, sources: [{url, name?, interval?}]}")
    .option("--once", "run one poll cycle and exit")
    .option("--worker <name>", "worker name recorded on leased jobs")
    .option("--json", "print the totals as JSON at the end")
    .action(async (file: string, flags: { once?: boolean; worker?: string; json?: boolean }) => {
      let text: string;
      try {
        text = await readFile(file, "utf8");
      } catch (error) {
        throw new SourceError(file, `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      const config = parseWatchConfig(text);
      const vigil = await getVigil();
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
      try {
        const totals = await runWatch(
          {
            store: sqlIngestStore(vigil.db), extractor: { extract: extractFacts, version: EXTRACTOR_VERSION },
            queue: sqlIngestJobQueue(vigil.db), read: readSource,
            // Mentions of people already in the registry get a suggested person, as after `vigil ingest`.
            afterNewDocument: async (documentId) => {
              await vigil.tx.run((r) => suggestMentionLinks(r, { documentId }));
            },
          },
          {
            worker: flags.worker ?? `${hostname()}:${process.pid}`,
            sources: config.sources,
            once: flags.once === true,
            hostGapMs: config.hostGapSeconds * 1000,
            limits: { maxBytes: config.maxBytes ?? DEFAULT_LIMITS.maxBytes, timeoutMs: config.timeoutSeconds * 1000 },
            signal: controller.signal,
            log: flags.json ? undefined : log,
          },
        );
        if (flags.json) process.stdout.write(`${JSON.stringify(totals)}\n`);
        else process.stdout.write(`${totals.runs} polls (${totals.failedRuns} failed, ${totals.notModified} not modified): ${totals.new} new, ${totals.known} known, ${totals.failed} failed; ${totals.facts} facts suggested\n`);
      } finally {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
      }
    });
}
