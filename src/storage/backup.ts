/**
 * @module storage/backup
 * Backup and restore as JSON Lines: a header line, then one line per row
 * `{"t": table, "r": {column: value}}` with bytea as `{"$base64": "..."}`. Rows are read and
 * written through Drizzle's column mapping, so a dump from PGlite restores into PostgreSQL and
 * back. Derived tables are skipped and rebuilt after the restore.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { asc, count, getTableColumns, gt, sql } from "drizzle-orm";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import { ConflictError, ValidationError } from "../domain/errors.js";
import type { BackupPort, BackupSummary } from "../domain/ports.js";
import { batches, type Db } from "./db.js";
import { DERIVED_TABLES, allTables } from "./all-tables.js";
import { sqlCustodyRepository } from "./sql-custody-repository.js";

export const BACKUP_FORMAT = "vigil-backup/1";
const PAGE = 5000;

function byteaKeys(table: PgTable): Set<string> {
  const cfg = getTableConfig(table);
  const keys = new Set<string>();
  const columns = table as unknown as Record<string, { getSQLType?: () => string; name?: string }>;
  for (const [key, col] of Object.entries(columns)) {
    if (col && typeof col.getSQLType === "function" && cfg.columns.some((c) => c.name === col.name) && col.getSQLType() === "bytea") keys.add(key);
  }
  return keys;
}

function encodeRow(row: Record<string, unknown>, bytea: Set<string>): Record<string, unknown> {
  if (bytea.size === 0) return row;
  const out = { ...row };
  for (const k of bytea) {
    const v = out[k];
    if (v instanceof Uint8Array) out[k] = { $base64: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("base64") };
  }
  return out;
}

function decodeRow(row: Record<string, unknown>, bytea: Set<string>): Record<string, unknown> {
  for (const k of bytea) {
    const v = row[k] as { $base64?: string } | null | undefined;
    if (v && typeof v.$base64 === "string") row[k] = new Uint8Array(Buffer.from(v.$base64, "base64"));
  }
  return row;
}

async function backedUpTables(): Promise<PgTable[]> {
  return (await allTables()).filter((t) => !DERIVED_TABLES.has(getTableConfig(t).name));
}

export function createBackupPort(db: Db): BackupPort {
  return {
    async dump(file) {
      const out = createWriteStream(file, { encoding: "utf8" });
      const write = async (line: string) => {
        if (!out.write(`${line}\n`)) await once(out, "drain");
      };
      const summary: BackupSummary = { tables: {} };
      const tables = await backedUpTables();
      // One snapshot for the whole dump: a repeatable-read transaction.
      await db.transaction(async (tx) => {
        await tx.execute(sql`set transaction isolation level repeatable read`);
        await write(JSON.stringify({ format: BACKUP_FORMAT, created: new Date().toISOString(), tables: tables.map((t) => getTableConfig(t).name) }));
        for (const table of tables) {
          const cfg = getTableConfig(table);
          const bytea = byteaKeys(table);
          const pkColumns = cfg.primaryKeys[0]?.columns ?? cfg.columns.filter((c) => c.primary);
          const single = pkColumns.length === 1 ? pkColumns[0]! : null;
          const keyOf = single ? Object.entries(getTableColumns(table)).find(([, c]) => c.name === single.name)![0] : null;
          let n = 0;
          let last: unknown = null;
          for (let offset = 0; ; offset += PAGE) {
            // Keyset pages on a one-column key (cheap at any depth); offset pages for composite keys (small tables).
            const base = tx.select().from(table);
            const page = (await (single
              ? (last === null ? base : base.where(gt(single, last))).orderBy(asc(single)).limit(PAGE)
              : base
                  .orderBy(...(pkColumns.length ? pkColumns : cfg.columns).map((c) => asc(c)))
                  .limit(PAGE)
                  .offset(offset))) as Record<string, unknown>[];
            for (const row of page) await write(JSON.stringify({ t: cfg.name, r: encodeRow(row, bytea) }));
            n += page.length;
            if (keyOf && page.length) last = page[page.length - 1]![keyOf];
            if (page.length < PAGE) break;
          }
          summary.tables[cfg.name] = n;
        }
      });
      out.end();
      await once(out, "finish");
      return summary;
    },

    async restore(file, opts = {}) {
      const tables = await backedUpTables();
      const byName = new Map(tables.map((t) => [getTableConfig(t).name, t]));
      const summary: BackupSummary = { tables: {} };
      await db.transaction(async (tx) => {
        const populated: string[] = [];
        for (const t of tables) {
          const [r] = await tx.select({ n: count() }).from(t);
          if ((r?.n ?? 0) > 0) populated.push(getTableConfig(t).name);
        }
        if (populated.length && !opts.replace) throw new ConflictError(`the database is not empty (${populated.join(", ")}); restore with --replace to overwrite it`);
        const all = await allTables();
        for (const t of [...all].reverse()) await tx.delete(t);

        let header = true;
        let pendingTable: string | null = null;
        let pending: Record<string, unknown>[] = [];
        const flush = async () => {
          if (!pendingTable || pending.length === 0) return;
          const table = byName.get(pendingTable)!;
          for (const b of batches(pending, 500)) await tx.insert(table).values(b);
          summary.tables[pendingTable] = (summary.tables[pendingTable] ?? 0) + pending.length;
          pending = [];
        };
        let lineNo = 0;
        // Created right before iterating: a readline interface made earlier emits its lines
        // while we await the database, and those lines are lost.
        const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
        for await (const line of lines) {
          lineNo++;
          if (!line.trim()) continue;
          let parsed: { format?: string; t?: string; r?: Record<string, unknown> };
          try {
            parsed = JSON.parse(line) as typeof parsed;
          } catch {
            throw new ValidationError("file", `line ${lineNo} is not JSON`);
          }
          if (header) {
            if (parsed.format !== BACKUP_FORMAT) throw new ValidationError("file", `not a Vigil backup (expected format ${BACKUP_FORMAT})`);
            header = false;
            continue;
          }
          if (!parsed.t || !parsed.r) throw new ValidationError("file", `line ${lineNo}: expected {"t","r"}`);
          const table = byName.get(parsed.t);
          if (!table) throw new ValidationError("file", `line ${lineNo}: unknown table ${parsed.t}`);
          if (parsed.t !== pendingTable || pending.length >= PAGE) {
            await flush();
            pendingTable = parsed.t;
          }
          pending.push(decodeRow(parsed.r, byteaKeys(table)));
        }
        if (header) throw new ValidationError("file", "empty file: not a Vigil backup");
        await flush();
        await sqlCustodyRepository(tx as unknown as Db).rebuild();
      });
      return summary;
    },
  };
}
