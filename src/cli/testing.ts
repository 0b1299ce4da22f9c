/**
 * @module cli/testing
 * Runs the real CLI in-process for tests, capturing what it prints and its exit code.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { createScratchDatabase, type Backend } from "../storage/test-support.js";
import { runCli } from "./main.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `vigil ARGS…` in this process (stdout/stderr captured, exit code returned, nothing leaked to the next run). */
export async function runVigil(...args: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  try {
    const code = await runCli(["node", "vigil", ...args]);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    process.exitCode = undefined;
  }
}

/** The JSON a successful run printed; fails the test when the run wrote to stderr or exited non-zero. */
export function jsonOf<T = Record<string, unknown>>(r: CliRun): T {
  expect(r.stderr, r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}

/**
 * Points the CLI at a fresh database for the enclosing `describe`: a temporary VIGIL_DATA folder
 * (PGlite) or, for "postgres", a scratch PostgreSQL database dropped afterwards. Returns the
 * temporary folder, where tests may also write their files.
 */
export function useCliDatabase(backend: Backend, prefix = "vigil-cli-"): { dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  let drop: (() => Promise<void>) | null = null;
  beforeAll(async () => {
    delete process.env.DATABASE_URL;
    process.env.VIGIL_DATA = path.join(dir, "data");
    if (backend === "postgres") {
      const scratch = await createScratchDatabase();
      process.env.DATABASE_URL = scratch.url;
      drop = scratch.drop;
    }
  });
  afterAll(async () => {
    delete process.env.DATABASE_URL;
    await drop?.();
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir };
}
