/**
 * `vigil extract` start-up: chrono-node (~0.3 s to load) is loaded only when a text holds a
 * phrase that only chrono reads, and then still resolves it. Runs the real binary in a child
 * process, since whether a module was loaded is a property of a fresh process.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(path.join(tmpdir(), "vigil-extract-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Preloaded into the child: on exit, says whether chrono-node is in the CommonJS module cache
// (where the extractor's lazy `require` puts it).
const probe = path.join(dir, "probe.cjs");
writeFileSync(probe, `process.on("exit", () => process.stderr.write("chrono-node loaded: " + Object.keys(require.cache).some((k) => k.includes("${path.sep}chrono-node${path.sep}")) + "\\n"));\n`);

async function extract(text: string): Promise<{ date: unknown; chronoLoaded: boolean }> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, text);
  const child = spawn(process.execPath, ["--require", probe, "bin/vigil.js", "extract", file, "--published", "2024-09-20", "--format", "json"]);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += String(d)));
  child.stderr.on("data", (d: Buffer) => (stderr += String(d)));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(code, stderr).toBe(0);
  const facts = JSON.parse(stdout) as { pardon_events: { date: unknown }[] };
  return { date: facts.pardon_events[0]?.date, chronoLoaded: /chrono-node loaded: true/.test(stderr) };
}

describe("vigil extract start-up", () => {
  it("does not load chrono-node for common dates, and loads it for a phrase only chrono reads", async () => {
    const [common, rare] = await Promise.all([
      extract("On 16 August 2024 Lukashenka pardoned 12 political prisoners."),
      extract("The day before yesterday Lukashenka pardoned 12 political prisoners."),
    ]);
    expect(common).toEqual({ date: "2024-08-16", chronoLoaded: false });
    expect(rare).toEqual({ date: expect.stringMatching(/^2024-09-\d\d$/) as unknown, chronoLoaded: true });
  });
});
