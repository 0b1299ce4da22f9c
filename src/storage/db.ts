/**
 * @module storage/db
 * The one database type both drivers share (PGlite and node-postgres are both a PgDatabase),
 * plus helpers that hide their few differences.
 */
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { monotonicFactory } from "ulid";

/** A Drizzle database or transaction on either backend. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema generic differs per driver
export type Db = PgDatabase<PgQueryResultHKT, any>;

/** Runs raw SQL and returns its rows: both drivers answer with `{ rows }`. */
export async function rows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** ULIDs: sortable by creation time, so an id also breaks ties between same-day acts. */
export const newId: () => string = monotonicFactory();

/** Rows per multi-row statement: stays far below the 65,535 parameters a statement may have. */
export const BATCH = 1000;

/** Splits an array into batches (bulk inserts stay under the parameter limit). */
export function* batches<T>(items: readonly T[], size = BATCH): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * Inserts many rows with one parameter per column (`insert … select * from unnest($1::t[], …)`):
 * an order of magnitude faster than multi-row VALUES for bulk loads, on both drivers.
 * `records` use the table's JS keys; keys absent from every record get their column default.
 */
export async function bulkInsert(db: Db, table: PgTable, records: readonly Record<string, unknown>[], chunk = 20_000): Promise<void> {
  if (records.length === 0) return;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => records.some((r) => r[key] !== undefined));
  const name = getTableConfig(table).name;
  for (const part of batches(records, chunk)) {
    const arrays = columns.map(([key, col]) => {
      const type = col.getSQLType();
      const values = part.map((r) => {
        const v = r[key];
        if (v == null) return null;
        return type === "jsonb" ? JSON.stringify(v) : v;
      });
      return sql`${sql.param(values)}::${sql.raw(type === "jsonb" ? "text" : type)}[]`;
    });
    const select = columns.map(([, col]) => (col.getSQLType() === "jsonb" ? sql.raw(`"${col.name}"::jsonb`) : sql.raw(`"${col.name}"`)));
    await db.execute(
      sql`insert into ${sql.raw(`"${name}"`)} (${sql.join(
        columns.map(([, col]) => sql.raw(`"${col.name}"`)),
        sql`, `,
      )}) select ${sql.join(select, sql`, `)} from unnest(${sql.join(arrays, sql`, `)}) as u(${sql.join(
        columns.map(([, col]) => sql.raw(`"${col.name}"`)),
        sql`, `,
      )})`,
    );
  }
}
