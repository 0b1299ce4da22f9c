/**
 * @module http/routes/export
 * Exports as CSV (RFC 4180, with record URLs and links between records) and JSON. The public
 * export is built from the same presenters as the public API — nothing more; `scope=full`
 * requires an analyst and includes what analysts see.
 */
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { Role } from "../../domain/visibility.js";
import type { HttpDeps } from "../deps.js";
import type { AppEnv } from "../env.js";
import { toCsv } from "../csv.js";
import { presentClaims } from "../presenters/claim.js";
import { presentCohorts } from "../presenters/cohort.js";
import { presentPerson } from "../presenters/person.js";
import { presentSource } from "../presenters/source.js";
import { errors } from "../schemas.js";
import { requireRole } from "../session.js";

type Rows = Record<string, unknown>[];
const DATASETS = ["people", "cohorts", "claims", "sources"] as const;
type Dataset = (typeof DATASETS)[number];
// One path parameter "people.csv": Hono's router does not split two parameters at a dot.
const FILES = DATASETS.flatMap((d) => [`${d}.csv`, `${d}.json`]) as [string, ...string[]];

/** The presented rows of one dataset for `role`. */
async function rowsFor(deps: HttpDeps, dataset: Dataset, role: Role): Promise<Rows> {
  switch (dataset) {
    case "people":
      return (await deps.listPeople()).filter((p) => p.published || role !== "public").map((p) => presentPerson(p, role));
    case "cohorts":
      return presentCohorts(await deps.listCohorts(), role);
    case "claims":
      return presentClaims(await deps.listClaims({}), role);
    case "sources":
      return (await deps.listSources()).map((s) => presentSource(s, role));
  }
}

/** Columns: every key any row has, `id` and `url` first so each record links to itself. */
function columnsOf(rows: Rows): string[] {
  const keys = new Set<string>(["id", "url"]);
  for (const r of rows) for (const k of Object.keys(r)) keys.add(k);
  return [...keys];
}

/** Registers the export routes on `app`. */
export function registerExportRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/export/{file}",
      tags: ["export"],
      summary: "Export a dataset as CSV or JSON; scope=full requires the analyst role",
      request: {
        params: z.object({ file: z.enum(FILES).openapi({ param: { name: "file", in: "path" }, example: "claims.csv" }) }),
        query: z.object({ scope: z.enum(["public", "full"]).default("public") }),
      },
      responses: {
        200: { content: { "text/csv": { schema: z.string() }, "application/json": { schema: z.array(z.record(z.string(), z.unknown())) } }, description: "The export" },
        400: errors[400],
        401: errors[401],
      },
    }),
    async (c) => {
      const [dataset, format] = c.req.valid("param").file.split(".") as [Dataset, "csv" | "json"];
      const { scope } = c.req.valid("query");
      if (scope === "full") requireRole(c, "analyst");
      const role: Role = scope === "full" ? c.get("role") : "public";
      const rows = await rowsFor(deps, dataset, role);
      const origin = new URL(c.req.url).origin;
      // Record URLs are absolute so a CSV opened elsewhere still links back.
      const linked = rows.map((r) => ({ ...r, url: typeof r.url === "string" && r.url.startsWith("/") ? origin + r.url : r.url }));
      c.header("Content-Disposition", `attachment; filename="vigil-${dataset}-${scope}.${format}"`);
      c.header("Cache-Control", scope === "full" ? "private, no-store" : "public, max-age=60");
      if (format === "json") return c.json(linked, 200);
      return c.body(toCsv(columnsOf(linked), linked), 200, { "Content-Type": "text/csv; charset=utf-8; header=present" });
    },
  );
}
