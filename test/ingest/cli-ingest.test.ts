/**
 * `vigil ingest` as a user runs it: a folder with good and bad sources plus a URL that never
 * answers. Bad sources are named in the errors, the rest of the batch goes on, the exit code is
 * non-zero only when nothing could be ingested, and a second run stores nothing twice.
 */
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, expect, it } from "vitest";
import { never, startLocalServer, type LocalServer } from "../fixtures/ingest/local-server.js";

const root = mkdtempSync(join(tmpdir(), "vigil-cli-ingest-"));
const dir = join(root, "in");
const data = join(root, "data");
let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({ "/never": never });
  const { mkdirSync } = await import("node:fs");
  mkdirSync(dir);
  copyFileSync("test/fixtures/ingest/corpus-doc.json", join(dir, "a-good.json"));
  writeFileSync(join(dir, "b-cp1251.txt"), iconv.encode("Суд приговорил двоих активистов к трём годам колонии.", "windows-1251"));
  writeFileSync(join(dir, "c-result.json"), readFileSync("test/fixtures/ingest/telegram-result.json", "utf8").slice(0, 900));
  writeFileSync(join(dir, "d-feed.xml"), "<!doctype html><html><body>This feed has moved.</body></html>");
  const big = await open(join(dir, "e-big.txt"), "w");
  await big.truncate(200 * 1024 * 1024);
  await big.close();
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

function vigil(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["bin/vigil.js", ...args], { env: { ...process.env, VIGIL_DATA: data, DATABASE_URL: "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

type Summary = { new: number; known: number; failed: number; facts: number; errors: { source: string; message: string }[] };

it("reports each bad source by name, ingests the rest, and is idempotent", async () => {
  const url = `${server.url}/never`;
  const first = await vigil(["ingest", dir, url, "--json", "--timeout", "1"]);
  expect(first.code).toBe(0);
  const s = JSON.parse(first.stdout) as Summary;
  expect({ new: s.new, known: s.known, failed: s.failed }).toEqual({ new: 2, known: 0, failed: 4 });
  const bySource = Object.fromEntries(s.errors.map((e) => [e.source.split("/").pop(), e.message]));
  expect(bySource["c-result.json"]).toMatch(/truncated or invalid JSON/);
  expect(bySource["d-feed.xml"]).toMatch(/got an HTML page/);
  expect(bySource["e-big.txt"]).toMatch(/200\.0 MB, over the .* limit/);
  expect(bySource["never"]).toMatch(/timed out/);

  const again = JSON.parse((await vigil(["ingest", dir, "--json"])).stdout) as Summary;
  expect({ new: again.new, known: again.known }).toEqual({ new: 0, known: 2 });

  const onlyBad = await vigil(["ingest", join(dir, "d-feed.xml")]);
  expect(onlyBad.code).not.toBe(0);
  expect(onlyBad.stdout).toMatch(/0 new, 0 already known, 1 failed/);
}, 120_000);
