/**
 * @module cli/eval
 * `vigil eval DIR [--json] [--lang en|ru]`: scores the extractor against a folder laid out like
 * `shared/corpus/dev` and prints P/R/F1 per kind of fact, attribute accuracy and the worst
 * documents with what went wrong in each.
 */
import type { Command } from "commander";
import { loadCorpus } from "../eval/corpus.js";
import { evaluate, type EvalReport } from "../eval/run.js";
import { KINDS } from "../eval/score.js";

const pct = (x: number) => x.toFixed(3);

/** Renders the report as a plain-text table. */
export function renderReport(r: EvalReport, verbose: boolean): string {
  const lines = [`documents: ${r.documents}`, "kind                    tp  fp  fn  precision recall  f1"];
  const row = (name: string, c: EvalReport["total"]) =>
    `${name.padEnd(22)} ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}  ${pct(c.precision).padStart(9)} ${pct(c.recall).padStart(6)} ${pct(c.f1).padStart(6)}`;
  for (const k of KINDS) lines.push(row(k, r.perKind[k]));
  lines.push(row("TOTAL", r.total));
  lines.push(`attribute accuracy: ${pct(r.attributeAccuracy)} (${r.total.attrRight}/${r.total.attrTotal})`);
  lines.push("worst documents:");
  for (const d of r.worst) {
    if (!d.errors) continue;
    lines.push(`  ${d.id}: ${d.errors} error(s)`);
    for (const m of verbose ? d.mismatches : d.mismatches.slice(0, 6)) lines.push(`    ${m.type.padEnd(9)} ${m.kind}: ${m.detail}`);
  }
  return lines.join("\n");
}

export function register(program: Command): void {
  program
    .command("eval")
    .description("score the extractor against a corpus folder (articles/ + facts/)")
    .argument("<dir>", "folder with articles/ and facts/")
    .option("--json", "print the report as JSON")
    .option("--lang <lang>", "only documents in this language (en|ru)")
    .option("-v, --verbose", "list every mismatch of the worst documents")
    .action(async (dir: string, opts: { json?: boolean; lang?: string; verbose?: boolean }) => {
      const cases = await loadCorpus(dir, opts.lang);
      const report = evaluate(cases);
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${renderReport(report, opts.verbose ?? false)}\n`);
    });
}
