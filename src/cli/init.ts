/**
 * @module cli/init
 * `vigil init [--empty]`: creates (or migrates) the database — PGlite in VIGIL_DATA (default
 * ./vigil-data) or PostgreSQL at DATABASE_URL — and loads the shipped public dataset into an
 * empty database unless --empty.
 */
import type { Command } from "commander";
import { loadDataset } from "../app/load-dataset.js";
import { getVigil } from "./context.js";
import { print } from "./io.js";

export function register(program: Command): void {
  program
    .command("init")
    .description("create or upgrade the database (VIGIL_DATA or DATABASE_URL) and load the public dataset")
    .option("--empty", "do not load the shipped dataset")
    .option("--json", "print JSON")
    .action(async (opts: { empty?: boolean; json?: boolean }) => {
      const vigil = await getVigil();
      const loaded = opts.empty ? null : await loadDataset(vigil);
      const result = { backend: vigil.backend, location: vigil.location, dataset: loaded };
      print(opts.json, result, () => {
        const what = loaded && !loaded.skipped ? `; loaded ${loaded.documents} documents, ${loaded.claims} claims, ${loaded.cohorts} cohorts, ${loaded.persons} people` : loaded?.skipped ? "; already has data, dataset not loaded" : "";
        return `Vigil database ready on ${vigil.backend} (${vigil.location})${what}`;
      });
    });
}
