/**
 * @module http/routes/people-admin
 * Admin-only changes to the registry of people: fold a duplicate record into the kept one, and
 * undo that by the merge's audit id. Both are audited by the use case; nothing private leaves.
 */
import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { PeopleAdmin } from "../deps.js";
import type { AppEnv } from "../env.js";
import { registerMergeRoutes } from "./merge-routes.js";

const MergeSchema = z
  .object({
    auditId: z.string(),
    keptId: z.string(),
    mergedId: z.string(),
    moved: z.record(z.string(), z.number().int()),
  })
  .openapi("PersonMerge");

/** Registers POST /api/people/{id}/merge and POST /api/people/merges/{id}/undo. */
export function registerPeopleAdminRoutes(app: OpenAPIHono<AppEnv>, people: PeopleAdmin): void {
  registerMergeRoutes(app, {
    plural: "people",
    tags: ["admin"],
    role: "admin",
    schema: MergeSchema,
    mergeSummary: "Fold another person record (a duplicate) into this one (admin only; undoable)",
    undoSummary: "Undo a merge by its audit id: the folded record gets back exactly its rows (admin only)",
    mergeField: "id of the duplicate record",
    merge: (keptId, mergedId, actor) => people.merge(keptId, mergedId, actor),
    unmerge: (auditId, actor) => people.unmerge(auditId, actor),
  });
}
