/**
 * @module storage/test-support
 * Runs one test suite on every backend: PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
 *
 * - PGlite: one in-memory database per suite, started from a migrated template cached in the
 *   temp folder (creating a cluster costs 5-15 s on a busy machine; loading the template ~1 s),
 *   emptied before each test with one TRUNCATE (milliseconds), closed after the suite.
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
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe } from "vitest";
import { sql } from "drizzle-orm";
import { openVigil, type Vigil } from "../main.js";
import { rows } from "./db.js";
import { MIGRATIONS_FOLDER } from "./open.js";

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

/** The template's file: named by the migrations it holds, so a new migration makes a new one. */
function templatePath(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const f of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, f.name);
      if (f.isDirectory()) walk(p);
      else hash.update(f.name).update(readFileSync(p));
    }
  };
  walk(MIGRATIONS_FOLDER);
  return path.join(tmpdir(), `vigil-pglite-template-${hash.digest("hex").slice(0, 16)}.tar`);
}

/** A fresh in-memory PGlite Vigil, from the cached migrated template when there is one. */
async function openPgliteFromTemplate(): Promise<Vigil> {
  const file = templatePath();
  if (existsSync(file)) {
    try {
      return await openVigil({ dataDir: "memory://", loadDataDir: new Blob([readFileSync(file)]) });
    } catch {
      // A damaged template: fall through and make a new one.
    }
  }
  const vigil = await openVigil({ dataDir: "memory://" });
  try {
    const dump = await vigil.dumpDataDir!();
    // Write then rename: parallel test files may race to create it; each write is whole.
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, file);
  } catch {
    // No template this time; the next suite tries again.
  }
  return vigil;
}

/** Opens a throw-away Vigil on one backend; `dispose()` closes it and drops what it made. */
export async function openTestVigil(backend: Backend): Promise<{ vigil: Vigil; dispose(): Promise<void> }> {
  if (backend === "pglite") {
    const vigil = await openPgliteFromTemplate();
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
