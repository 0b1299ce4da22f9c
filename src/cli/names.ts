/**
 * @module cli/names
 * `vigil names match A B [--json]` says whether two name strings are one person;
 * `vigil names eval [FILE]` reports the matcher's precision and recall on the name table.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { SourceError } from "../domain/errors.js";
import { evaluatePairs, parsePairs } from "../names/evaluate.js";
import { matchNames } from "../names/match.js";
import { nameKey } from "../names/key.js";

const DEFAULT_TABLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data/names/pairs.tsv");

/** Registers the `names` verb. */
export function register(program: Command): void {
  const names = program.command("names").description("match names across scripts and spellings");
  names
    .command("match")
    .description("say whether two names are the same person")
    .argument("<a>", "first name")
    .argument("<b>", "second name")
    .option("--json", "print JSON")
    .action((a: string, b: string, opts: { json?: boolean }) => {
      const result = matchNames(a, b);
      if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else process.stdout.write(`${result.same ? "same person" : "different people"} (score ${result.score}): ${result.reason}\n`);
    });
  names
    .command("key")
    .description("print the matching key of a name")
    .argument("<name>")
    .action((name: string) => {
      process.stdout.write(`${nameKey(name)}\n`);
    });
  names
    .command("eval")
    .description("precision and recall of the matcher on a table of name pairs (a, b, same, note)")
    .argument("[file]", "TSV table", DEFAULT_TABLE)
    .option("--json", "print JSON")
    .option("--errors", "list the pairs the matcher gets wrong")
    .action((file: string, opts: { json?: boolean; errors?: boolean }) => {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch (error) {
        throw new SourceError(file, error instanceof Error ? error.message : String(error));
      }
      const score = evaluatePairs(parsePairs(text));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(opts.errors ? score : { ...score, errors: score.errors.length })}\n`);
        return;
      }
      process.stdout.write(
        `pairs ${score.pairs}  precision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)}  ` +
          `(tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})\n`,
      );
      if (opts.errors) for (const e of score.errors) process.stdout.write(`${e.same ? "missed" : "false match"}\t${e.a}\t${e.b}\t${e.got.reason}\n`);
    });
}
