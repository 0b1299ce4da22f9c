/**
 * @module cli/status
 * `vigil status [--json]`: people, held today, cohorts, sources, claims, suggestions to review.
 */
import type { Command } from "commander";
import { getStatus } from "../app/get-status.js";
import { getVigil } from "./context.js";
import { print } from "./io.js";

export function register(program: Command): void {
  program
    .command("status")
    .description("counts of people, held today, cohorts, sources and claims")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }) => {
      const vigil = await getVigil();
      const s = await getStatus(vigil);
      print(opts.json, { ...s, backend: vigil.backend }, () =>
        [
          `people      ${s.people}`,
          `held today  ${s.held}  (${s.date}, derived from the registry)`,
          `cohorts     ${s.cohorts}`,
          `sources     ${s.sources}`,
          `claims      ${s.claims}`,
          `to review   ${s.suggested.claims} claims, ${s.suggested.cohorts} cohorts`,
          `database    ${vigil.backend} (${vigil.location})`,
        ].join("\n"),
      );
    });
}
