/**
 * @module http/routes/merge-routes
 * The two routes every mergeable record shares: fold a duplicate into the kept record, and undo
 * that by the merge's audit id. People and cohorts differ only in path, role, wording and the
 * shape of what moved; the audited use cases do the work.
 */
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { Role } from "../../domain/visibility.js";
import type { AppEnv } from "../env.js";
import { errors, IdParam, json } from "../schemas.js";
import { requireRole } from "../session.js";

const security: Record<string, string[]>[] = [{ cookie: [] }, { bearer: [] }];
const Conflict = json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), "Already merged, or already undone");

/** How one kind of record is merged over HTTP. */
export interface MergeRouteSpec<R> {
  /** Path segment: "people" gives /api/people/{id}/merge and /api/people/merges/{id}/undo. */
  plural: string;
  tags: string[];
  role: Exclude<Role, "public">;
  /** The merge result's schema (audit id, kept and merged ids, what moved). */
  schema: z.ZodType<R>;
  mergeSummary: string;
  undoSummary: string;
  /** What the body's `merge` field names. */
  mergeField: string;
  merge(keptId: string, mergedId: string, actor: string): Promise<R>;
  unmerge(auditId: string, actor: string): Promise<R>;
}

/** Registers POST /api/{plural}/{id}/merge and POST /api/{plural}/merges/{id}/undo. */
export function registerMergeRoutes<R>(app: OpenAPIHono<AppEnv>, spec: MergeRouteSpec<R>): void {
  const { plural, tags, role } = spec;
  app.openapi(
    createRoute({
      method: "post",
      path: `/api/${plural}/{id}/merge`,
      tags,
      security,
      summary: spec.mergeSummary,
      request: { params: IdParam, body: { content: { "application/json": { schema: z.object({ merge: z.string().min(1).max(100).openapi({ description: spec.mergeField }) }) } }, required: true } },
      responses: { 200: json(spec.schema, "Merged; auditId undoes it"), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: Conflict },
    }),
    async (c) => {
      requireRole(c, role);
      const r = await spec.merge(c.req.valid("param").id, c.req.valid("json").merge, c.get("principal")?.username ?? "unknown");
      return c.json(r as object, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: `/api/${plural}/merges/{id}/undo`,
      tags,
      security,
      summary: spec.undoSummary,
      request: { params: IdParam },
      responses: { 200: json(spec.schema, "Undone"), 401: errors[401], 403: errors[403], 404: errors[404], 409: Conflict },
    }),
    async (c) => {
      requireRole(c, role);
      const r = await spec.unmerge(c.req.valid("param").id, c.get("principal")?.username ?? "unknown");
      return c.json(r as object, 200);
    },
  );
}
