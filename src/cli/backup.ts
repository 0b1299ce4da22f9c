/**
 * @module cli/backup
 * `vigil backup FILE`: the whole database as JSON Lines (restorable into either backend).
 */
import type { Command } from "commander";
import { getVigil } from "./context.js";
import { print } from "./io.js";

export function register(program: Command): void {
  program
    .command("backup <file>")
    .description("write the whole database to FILE as JSON Lines")
    .option("--json", "print JSON")
    .action(async (file: string, opts: { json?: boolean }) => {
      const vigil = await getVigil();
      const summary = await vigil.backup.dump(file);
      const rows = Object.values(summary.tables).reduce((a, b) => a + b, 0);
      print(opts.json, { file, rows, ...summary }, () => `wrote ${rows} rows from ${Object.keys(summary.tables).length} tables to ${file}`);
    });
}
