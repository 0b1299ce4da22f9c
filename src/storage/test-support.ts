/**
 * @module storage/test-support
 * Runs one test suite on every backend: PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
 *
 * - PGlite: one in-memory database per suite, created and migrated once (seconds), emptied
 *   before each test with one TRUNCATE (milliseconds), closed after the suite.
 * - PostgreSQL: a fresh database per suite (`vigil_t_<random>`, created from the `test`
 *   connection and dropped after), so test files running in parallel never meet.
 *
 * @example
 * describeBackends("claims", (getVigil) => {
 *   it("stores a claim", async () => {
 *     const vigil = getVigil();
 *     expect(await vigil.claims.count()).toBe(0);
 *   });
 * });
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe } from "vitest";
import { sql } from "drizzle-orm";
import { openVigil, type Vigil } from "../main.js";
import { rows } from "./db.js";

export type Backend = "pglite" | "postgres";

export interface BackendOptions {
  /** Empty every table before each test (default true). */
  resetEachTest?: boolean;
}

/** The backends this run tests: pglite always, postgres when TEST_DATABASE_URL is set. */
export function testBackends(): Backend[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/** Empties every table (including other areas'), keeping the schema. */
export async function truncateAll(vigil: Vigil): Promise<void> {
  const tables = await rows<{ tablename: string }>(vigil.db, sql`select tablename from pg_tables where schemaname = 'public'`);
  if (tables.length === 0) return;
  await vigil.db.execute(sql.raw(`truncate table ${tables.map((t) => `"${t.tablename}"`).join(", ")} cascade`));
}

/** A database of its own on the PostgreSQL server of TEST_DATABASE_URL; `drop()` removes it. */
export async function createScratchDatabase(prefix = "vigil_t"): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const { default: pg } = await import("pg");
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      try {
        await c.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Opens a throw-away Vigil on one backend; `dispose()` closes it and drops what it made. */
export async function openTestVigil(backend: Backend): Promise<{ vigil: Vigil; dispose(): Promise<void> }> {
  if (backend === "pglite") {
    const vigil = await openVigil({ dataDir: "memory://" });
    return { vigil, dispose: () => vigil.close() };
  }
  const scratch = await createScratchDatabase();
  try {
    const vigil = await openVigil({ databaseUrl: scratch.url });
    return {
      vigil,
      async dispose() {
        await vigil.close();
        await scratch.drop();
      },
    };
  } catch (error) {
    await scratch.drop();
    throw error;
  }
}

/**
 * Declares `suite` once per backend, as `name [pglite]` and `name [postgres]`. `getVigil()`
 * returns the open Vigil of the backend being run (valid inside tests and hooks).
 */
export function describeBackends(name: string, suite: (getVigil: () => Vigil, backend: Backend) => void, opts: BackendOptions = {}): void {
  for (const backend of testBackends()) {
    describe(`${name} [${backend}]`, () => {
      let opened: { vigil: Vigil; dispose(): Promise<void> } | null = null;
      beforeAll(async () => {
        opened = await openTestVigil(backend);
      });
      afterAll(async () => {
        await opened?.dispose();
        opened = null;
      });
      if (opts.resetEachTest !== false) {
        beforeEach(async () => {
          if (opened) await truncateAll(opened.vigil);
        });
      }
      suite(() => {
        if (!opened) throw new Error("the test database is not open (use getVigil() inside a test or hook)");
        return opened.vigil;
      }, backend);
    });
  }
}

/** Alias of describeBackends, for those who think of it as a loop. */
export const forEachBackend = describeBackends;
