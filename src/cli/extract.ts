/**
 * @module cli/extract
 * `vigil extract FILE|- [--format json|table] [--published DATE] [--lang en|ru]`: prints the facts
 * of one document. FILE is plain text or a corpus article JSON (whose `published` and
 * `language` apply when the flags are absent). `json` prints exactly one object with the five
 * keys of the facts schema; `table` shows each fact beside its highlighted evidence.
 */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { SourceError, ValidationError } from "../domain/errors.js";
import { extractFacts } from "../extract/index.js";
import type { Evidence, ExtractInput, Facts } from "../extract/facts.js";

async function readInput(file: string): Promise<Buffer> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError(file, code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : "cannot be read");
  }
}

/** Turns file bytes into an extractor input: a corpus article JSON or plain text. */
export function toInput(file: string, bytes: Buffer): ExtractInput {
  // Invalid UTF-8 becomes U+FFFD rather than an error: the text is still worth reading.
  const raw = bytes.toString("utf8").replace(/^\uFEFF/, "");
  if (bytes.includes(0) && bytes.indexOf(0) < 8192) throw new SourceError(file, "binary data, not text");
  const trimmed = raw.trimStart();
  if (trimmed.startsWith("{")) {
    let doc: unknown;
    try {
      doc = JSON.parse(raw);
    } catch {
      throw new SourceError(file, "looks like JSON but does not parse");
    }
    const d = doc as Record<string, unknown>;
    if (typeof d.text !== "string") throw new SourceError(file, "JSON without a string `text` field");
    return {
      text: d.text,
      title: typeof d.title === "string" ? d.title : null,
      published: typeof d.published === "string" ? d.published : null,
      language: typeof d.language === "string" ? d.language : null,
    };
  }
  return { text: raw, title: null, published: null, language: null };
}

function highlight(doc: ExtractInput, e: Evidence, color: boolean): string {
  const src = e.field === "title" ? (doc.title ?? "") : doc.text;
  const from = Math.max(0, e.start - 40);
  const to = Math.min(src.length, e.end + 40);
  const clip = (s: string) => s.replace(/\s+/g, " ");
  // Bold yellow on a terminal; »brackets« when piped, so the highlight survives in a file.
  const [on, off] = color ? ["\x1b[1;33m", "\x1b[0m"] : ["»", "«"];
  return `${from > 0 ? "…" : ""}${clip(src.slice(from, e.start))}${on}${clip(src.slice(e.start, e.end))}${off}${clip(src.slice(e.end, to))}${to < src.length ? "…" : ""}`;
}

/** Renders facts as "fact | evidence" lines, one block per kind. */
export function renderTable(doc: ExtractInput, facts: Facts, color = false): string {
  const lines: string[] = [];
  for (const [kind, items] of Object.entries(facts) as [keyof Facts, { evidence: Evidence[] }[]][]) {
    lines.push(`== ${kind} (${items.length})`);
    for (const item of items) {
      const { evidence, ...rest } = item as { evidence: Evidence[] } & Record<string, unknown>;
      const summary = Object.entries(rest)
        .filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0) && v !== "")
        .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join("; ") : String(v)}`)
        .join(" ");
      lines.push(`- ${summary}`);
      for (const e of evidence) lines.push(`    [${e.field} ${e.start}-${e.end}] ${highlight(doc, e, color)}`);
    }
  }
  return lines.join("\n");
}

export function register(program: Command): void {
  program
    .command("extract")
    .description("extract facts (with evidence spans) from a text or corpus article JSON; '-' reads stdin")
    .argument("<file>", "plain text or article JSON, or - for stdin")
    .option("--format <format>", "json | table", "json")
    .option("--published <date>", "publication date (YYYY-MM-DD) for relative dates")
    .option("--lang <lang>", "en | ru (detected when absent)")
    .action(async (file: string, opts: { format: string; published?: string; lang?: string }) => {
      if (opts.format !== "json" && opts.format !== "table") throw new ValidationError("format", "must be json or table");
      if (opts.published && !/^\d{4}-\d{2}-\d{2}$/.test(opts.published)) throw new ValidationError("published", "must be YYYY-MM-DD");
      const doc = toInput(file, await readInput(file));
      if (opts.published) doc.published = opts.published;
      if (opts.lang) doc.language = opts.lang;
      const facts = extractFacts(doc);
      // `vigil extract … | head` closes the pipe early: that is the reader's choice, not an error.
      process.stdout.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code === "EPIPE") process.exit(0);
        throw error;
      });
      process.stdout.write(opts.format === "json" ? `${JSON.stringify(facts, null, 2)}\n` : `${renderTable(doc, facts, process.stdout.isTTY === true)}\n`);
    });
}
