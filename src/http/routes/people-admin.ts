/**
 * @module http/routes/people-admin
 * Admin-only changes to the registry of people: fold a duplicate record into the kept one, and
 * undo that by the merge's audit id. Both are audited by the use case; nothing private leaves.
 */
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { PeopleAdmin } from "../deps.js";
import type { AppEnv } from "../env.js";
import { errors, IdParam, json } from "../schemas.js";
import { requireRole } from "../session.js";

const tags = ["admin"];
const security: Record<string, string[]>[] = [{ cookie: [] }, { bearer: [] }];
const MergeSchema = z
  .object({
    auditId: z.string(),
    keptId: z.string(),
    mergedId: z.string(),
    moved: z.record(z.string(), z.number().int()),
  })
  .openapi("PersonMerge");
const Conflict = json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), "Already merged, or already undone");

/** Registers POST /api/people/{id}/merge and POST /api/people/merges/{id}/undo. */
export function registerPeopleAdminRoutes(app: OpenAPIHono<AppEnv>, people: PeopleAdmin): void {
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/people/{id}/merge",
      tags,
      security,
      summary: "Fold another person record (a duplicate) into this one (admin only; undoable)",
      request: { params: IdParam, body: { content: { "application/json": { schema: z.object({ merge: z.string().min(1).max(100).openapi({ description: "id of the duplicate record" }) }) } }, required: true } },
      responses: { 200: json(MergeSchema, "Merged; auditId undoes it"), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: Conflict },
    }),
    async (c) => {
      requireRole(c, "admin");
      const r = await people.merge(c.req.valid("param").id, c.req.valid("json").merge, c.get("principal")?.username ?? "unknown");
      return c.json(r, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/people/merges/{id}/undo",
      tags,
      security,
      summary: "Undo a merge by its audit id: the folded record gets back exactly its rows (admin only)",
      request: { params: IdParam },
      responses: { 200: json(MergeSchema, "Undone"), 401: errors[401], 403: errors[403], 404: errors[404], 409: Conflict },
    }),
    async (c) => {
      requireRole(c, "admin");
      const r = await people.unmerge(c.req.valid("param").id, c.get("principal")?.username ?? "unknown");
      return c.json(r, 200);
    },
  );
}
