/**
 * @module main
 * The composition root: configuration -> storage -> repositories and ports. The CLI, the HTTP
 * server, tests and benchmarks all start Vigil through `openVigil`.
 *
 * @example
 * const vigil = await openVigil({ dataDir: "memory://" });
 * const n = await vigil.persons.count();
 * await vigil.close();
 */
import type { BackupPort, Repositories, TransactionManager } from "./domain/ports.js";
import { openStorage } from "./storage/open.js";
import { createRepositories, createTransactionManager } from "./storage/repositories.js";
import { createBackupPort } from "./storage/backup.js";
import type { Db } from "./storage/db.js";

export interface VigilOptions {
  /** PGlite data folder ("memory://" for a throw-away database). Default: VIGIL_DATA or ./vigil-data. */
  dataDir?: string;
  /** A PostgreSQL server. Default: DATABASE_URL. When set, dataDir is ignored. */
  databaseUrl?: string;
  /** PGlite only: start from a dump of another instance (tests start from a migrated template). */
  loadDataDir?: Blob;
}

/** An open Vigil: every repository (bound to the pool), the transaction port, backup, close. */
export interface Vigil extends Repositories {
  tx: TransactionManager;
  backup: BackupPort;
  backend: "pglite" | "postgres";
  /** The data folder or the (password-less) database URL. */
  location: string;
  /** The Drizzle database, for storage-level tools (tests, benchmarks). Use cases never touch it. */
  db: Db;
  /** PGlite only: the whole cluster as a tarball. */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

/** Opens the database (migrating it to the current schema) and wires the ports. */
export async function openVigil(opts: VigilOptions = {}): Promise<Vigil> {
  const databaseUrl = opts.databaseUrl ?? (opts.dataDir ? undefined : process.env.DATABASE_URL || undefined);
  const dataDir = opts.dataDir ?? process.env.VIGIL_DATA ?? "./vigil-data";
  const storage = await openStorage({ databaseUrl, dataDir, loadDataDir: opts.loadDataDir });
  let closed = false;
  return {
    ...createRepositories(storage.db),
    tx: createTransactionManager(storage.db),
    backup: createBackupPort(storage.db),
    backend: storage.backend,
    location: storage.location,
    db: storage.db,
    ...(storage.dumpDataDir ? { dumpDataDir: storage.dumpDataDir } : {}),
    async close() {
      if (closed) return;
      closed = true;
      await storage.close();
    },
  };
}
