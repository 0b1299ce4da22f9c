/**
 * @module test/browser/screenshots
 * Where the browser tests save their screenshots. `docs/screenshots` holds the committed pictures
 * the docs show, but Chromium never renders a page byte-identical twice, so a test run that wrote
 * there would leave every checkout (and CI) with modified files. A plain run therefore saves into
 * a temporary folder (the screenshot step is still exercised); `npm run screenshots`
 * (VIGIL_SCREENSHOTS=1) refreshes the committed ones on purpose.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The committed screenshots, whatever the working directory. */
export const DOCS_SCREENSHOTS = fileURLToPath(new URL("../../docs/screenshots", import.meta.url));

/** A folder for screenshots: where it is, whether it is the committed one, and how to remove it when temporary. */
export interface ScreenshotDir {
  dir: string;
  committed: boolean;
  cleanup(): void;
}

/**
 * `docs/screenshots` when VIGIL_SCREENSHOTS=1, else a new temporary folder.
 * @example const shots = screenshotDir(); await page.screenshot({ path: path.join(shots.dir, "dashboard.png") }); shots.cleanup();
 */
export function screenshotDir(env: NodeJS.ProcessEnv = process.env): ScreenshotDir {
  if (env.VIGIL_SCREENSHOTS === "1") {
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    return { dir: DOCS_SCREENSHOTS, committed: true, cleanup: () => {} };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "vigil-screenshots-"));
  return { dir, committed: false, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
