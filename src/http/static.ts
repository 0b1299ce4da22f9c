/**
 * @module http/static
 * Static files: the dashboard's own CSS and scripts from `src/web/static`, and Chart.js from
 * node_modules. A fixed allow-list, read once into memory: no path from the request ever
 * reaches the file system.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Context } from "hono";

const require = createRequire(import.meta.url);
// "chart.js" resolves to dist/chart.cjs; the UMD build sits beside it (not in the exports map).
const own = (name: string) => fileURLToPath(new URL(`../web/static/${name}`, import.meta.url));

const FILES: Record<string, { path: string; type: string }> = {
  "/static/app.css": { path: own("app.css"), type: "text/css; charset=utf-8" },
  "/static/dashboard.js": { path: own("dashboard.js"), type: "text/javascript; charset=utf-8" },
  "/static/review.js": { path: own("review.js"), type: "text/javascript; charset=utf-8" },
  "/static/chart.umd.min.js": { path: join(dirname(require.resolve("chart.js")), "chart.umd.min.js"), type: "text/javascript; charset=utf-8" },
};

const cache = new Map<string, Uint8Array>();

/** The handler for GET /static/*. */
export function serveStatic() {
  return (c: Context) => {
    const file = FILES[c.req.path];
    if (!file) return c.text("Not found", 404);
    let body = cache.get(c.req.path);
    if (!body) {
      body = readFileSync(file.path);
      cache.set(c.req.path, body);
    }
    return c.body(body as Uint8Array<ArrayBuffer>, 200, { "Content-Type": file.type, "Cache-Control": "public, max-age=300" });
  };
}
