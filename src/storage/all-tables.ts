/**
 * @module storage/all-tables
 * Every table of every `schema*.ts` file (the core's and other areas'), in an order where each
 * table comes after the tables it references: the order to restore in (reverse to delete).
 */
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";
import { is } from "drizzle-orm";
import { PgTable, getTableConfig } from "drizzle-orm/pg-core";

let cached: Promise<PgTable[]> | null = null;

/** Tables recomputed from others, never backed up. */
export const DERIVED_TABLES = new Set(["custody_spans", "custody_daily"]);

export function allTables(): Promise<PgTable[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<PgTable[]> {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  const files = readdirSync(dir).filter((f) => /^schema(-[\w-]+)?\.(ts|js)$/.test(f) && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"));
  const byName = new Map<string, PgTable>();
  for (const f of files.sort()) {
    const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as Record<string, unknown>;
    for (const v of Object.values(mod)) if (is(v, PgTable)) byName.set(getTableConfig(v).name, v);
  }
  // Topological order over foreign keys (self-references ignored).
  const ordered: PgTable[] = [];
  const seen = new Set<string>();
  const visit = (name: string, stack: Set<string>) => {
    if (seen.has(name) || stack.has(name)) return;
    const t = byName.get(name);
    if (!t) return;
    stack.add(name);
    for (const fk of getTableConfig(t).foreignKeys) {
      const ref = getTableConfig(fk.reference().foreignTable).name;
      if (ref !== name) visit(ref, stack);
    }
    stack.delete(name);
    seen.add(name);
    ordered.push(t);
  };
  for (const name of [...byName.keys()].sort()) visit(name, new Set());
  return ordered;
}
