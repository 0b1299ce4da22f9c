/**
 * @module storage/open
 * Opens the database: a PostgreSQL server when a URL is given, otherwise PGlite in a data
 * folder (or in memory with "memory://"). Applies the migrations with each driver's migrator
 * from the one migrations folder, so both backends have the same schema.
 */
import { fileURLToPath } from "node:url";
import { mkdirSync } from "node:fs";
import type { Db } from "./db.js";

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("./migrations", import.meta.url));

export interface OpenedStorage {
  db: Db;
  backend: "pglite" | "postgres";
  /** Where the data lives: the folder for PGlite, the URL without password for PostgreSQL. */
  location: string;
  close(): Promise<void>;
  /** PGlite only: the whole cluster as a tarball (to start other instances from). */
  dumpDataDir?: () => Promise<Blob>;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** Skip migrations (the caller knows the schema is current). */
  migrate?: boolean;
  /** PGlite only: start from this dump (`dumpDataDir`) instead of an empty cluster — tests use a migrated template. */
  loadDataDir?: Blob;
}

/** Opens (and migrates) the database described by `opts`. */
export async function openStorage(opts: OpenOptions): Promise<OpenedStorage> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.migrate !== false);
  return openPglite(opts.dataDir ?? "./vigil-data", opts.migrate !== false, opts.loadDataDir);
}

async function openPostgres(url: string, migrate: boolean): Promise<OpenedStorage> {
  const { default: pg } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  // Dates stay ISO strings on both drivers (pg would turn `date` into a local-time Date).
  const pool = new pg.Pool({ connectionString: url, max: 8, types: { getTypeParser: pgTypeParser(pg.types) } });
  // An idle connection that the server ends (restart, dropped database) must not crash Node;
  // the pool replaces it and the next query reports any real problem.
  pool.on("error", () => {});
  const db = drizzle(pool);
  try {
    if (migrate) {
      const { migrate: run } = await import("drizzle-orm/node-postgres/migrator");
      await run(db, { migrationsFolder: MIGRATIONS_FOLDER });
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return { db, backend: "postgres", location: url.replace(/\/\/([^:@/]+):[^@]*@/, "//$1:***@"), close: () => pool.end() };
}

const DATE_OID = 1082;
function pgTypeParser(types: typeof import("pg").types) {
  return ((oid: number, format?: "text" | "binary") => (oid === DATE_OID ? (v: string) => v : types.getTypeParser(oid, format as "text"))) as typeof types.getTypeParser;
}

async function openPglite(dataDir: string, migrate: boolean, loadDataDir?: Blob): Promise<OpenedStorage> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({ ...(inMemory ? {} : { dataDir }), ...(loadDataDir ? { loadDataDir } : {}) });
  const db = drizzle(client);
  try {
    if (migrate) {
      const { migrate: run } = await import("drizzle-orm/pglite/migrator");
      await run(db, { migrationsFolder: MIGRATIONS_FOLDER });
    }
  } catch (error) {
    await client.close();
    throw error;
  }
  return {
    db,
    backend: "pglite",
    location: inMemory ? "memory://" : dataDir,
    close: () => client.close(),
    dumpDataDir: () => client.dumpDataDir("none"),
  };
}
