/** Where browser screenshots go: a temporary folder unless VIGIL_SCREENSHOTS=1 asks for docs/screenshots. */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOCS_SCREENSHOTS, screenshotDir } from "./screenshots.js";

describe("screenshotDir", () => {
  it.each([{}, { VIGIL_SCREENSHOTS: "" }, { VIGIL_SCREENSHOTS: "0" }])("is a temporary folder, removed by cleanup, with %o", (env) => {
    const shots = screenshotDir(env);
    expect(shots.committed).toBe(false);
    expect(path.relative(tmpdir(), shots.dir).startsWith("..")).toBe(false);
    expect(existsSync(shots.dir)).toBe(true);
    shots.cleanup();
    expect(existsSync(shots.dir)).toBe(false);
  });

  it("is docs/screenshots of this checkout with VIGIL_SCREENSHOTS=1, and cleanup keeps it", () => {
    const shots = screenshotDir({ VIGIL_SCREENSHOTS: "1" });
    expect(shots).toMatchObject({ dir: DOCS_SCREENSHOTS, committed: true });
    expect(DOCS_SCREENSHOTS).toBe(path.resolve(import.meta.dirname, "../../docs/screenshots"));
    shots.cleanup();
    expect(existsSync(path.join(DOCS_SCREENSHOTS, "dashboard.png"))).toBe(true);
  });
});
