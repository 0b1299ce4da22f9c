/**
 * @module cli/testing
 * Runs the real CLI in-process for tests, capturing what it prints and its exit code.
 */
import { expect } from "vitest";
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
