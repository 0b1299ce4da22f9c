/**
 * @module cli/restore
 * `vigil restore FILE [--replace]`: loads a backup into this database (PGlite or PostgreSQL) in
 * one transaction; refuses a database that already has data unless --replace.
 */
import { access } from "node:fs/promises";
import type { Command } from "commander";
import { SourceError } from "../domain/errors.js";
import { getVigil } from "./context.js";
import { print } from "./io.js";

export function register(program: Command): void {
  program
    .command("restore <file>")
    .description("load a backup written by `vigil backup`")
    .option("--replace", "overwrite a database that already has data")
    .option("--json", "print JSON")
    .action(async (file: string, opts: { replace?: boolean; json?: boolean }) => {
      await access(file).catch(() => {
        throw new SourceError(file, "no such file");
      });
      const vigil = await getVigil();
      const summary = await vigil.backup.restore(file, { replace: opts.replace === true });
      const rows = Object.values(summary.tables).reduce((a, b) => a + b, 0);
      print(opts.json, { file, rows, ...summary }, () => `restored ${rows} rows into ${vigil.backend} (${vigil.location})`);
    });
}
