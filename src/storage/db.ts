/**
 * @module storage/db
 * The one database type both drivers share (PGlite and node-postgres are both a PgDatabase),
 * plus helpers that hide their few differences.
 */
import type { SQL } from "drizzle-orm";
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

/** SQL `IN` needs at least one element; Drizzle's inArray on [] is false, which is what we want. */
export const BATCH = 1000;

/** Splits an array into batches (bulk inserts stay under the parameter limit). */
export function* batches<T>(items: readonly T[], size = BATCH): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
