/**
 * @module cli/count
 * `vigil count --on DATE [--json]`: political prisoners held on a date, derived from the
 * registry, with how it was derived.
 */
import type { Command } from "commander";
import { countHeld } from "../app/count-held.js";
import { ValidationError } from "../domain/errors.js";
import { todayIso } from "../domain/dates.js";
import { getVigil } from "./context.js";
import { print } from "./io.js";

export function register(program: Command): void {
  program
    .command("count")
    .description("number of political prisoners held on a date, derived from the registry")
    .option("--on <date>", "the date (YYYY-MM-DD); default today")
    .option("--json", "print JSON")
    .action(async (opts: { on?: string; json?: boolean }) => {
      const on = opts.on ?? todayIso();
      if (!on.trim()) throw new ValidationError("on", "required");
      const vigil = await getVigil();
      const a = await countHeld(vigil, on);
      print(opts.json, a, () => `${a.held} held on ${a.date}${a.uncertain ? ` (${a.uncertain} statuses on that day rest on an imprecise date)` : ""}, of ${a.people} people in the registry\nhow: ${a.derivation}`);
    });
}
