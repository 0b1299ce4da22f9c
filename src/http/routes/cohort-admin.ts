/**
 * @module http/routes/cohort-admin
 * Folding two stored cohorts that turned out to be one round (reports dated a few days apart, or
 * one that arrived before the other was known), undoing that by the merge's audit id, and the
 * pairs the ingest clustering rule would now join. Analysts do this as part of review: a merge
 * moves sources, members and acts in one audited transaction and the undo puts exactly those back.
 */
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { CohortAdmin } from "../deps.js";
import type { AppEnv } from "../env.js";
import { errors, json } from "../schemas.js";
import { requireRole } from "../session.js";
import { registerMergeRoutes } from "./merge-routes.js";

const tags = ["review"];
const security: Record<string, string[]>[] = [{ cookie: [] }, { bearer: [] }];
const MergeSchema = z
  .object({
    auditId: z.string(),
    keptId: z.string(),
    mergedId: z.string(),
    moved: z.object({ sources: z.number().int(), members: z.number().int(), acts: z.number().int() }),
  })
  .openapi("CohortMerge");
const Brief = z.object({ count: z.number().int(), date: z.string().nullable() });
const CandidateSchema = z
  .object({ keptId: z.string(), mergedId: z.string(), type: z.string(), kept: Brief, merged: Brief })
  .openapi("CohortMergeCandidate");

/** Registers POST /api/cohorts/{id}/merge, POST /api/cohorts/merges/{id}/undo and GET /api/cohorts/merges/candidates. */
export function registerCohortAdminRoutes(app: OpenAPIHono<AppEnv>, cohorts: CohortAdmin): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/cohorts/merges/candidates",
      tags,
      security,
      summary: "Pairs of stored cohorts the clustering rule would now join as one round (analyst)",
      responses: { 200: json(z.array(CandidateSchema), "Candidate pairs, older cohort kept"), 401: errors[401], 403: errors[403] },
    }),
    async (c) => {
      requireRole(c, "analyst");
      return c.json(await cohorts.candidates(), 200);
    },
  );

  registerMergeRoutes(app, {
    plural: "cohorts",
    tags,
    role: "analyst",
    schema: MergeSchema,
    mergeSummary: "Fold another cohort (the same round, reported twice) into this one (analyst; undoable)",
    undoSummary: "Undo a cohort merge by its audit id: the folded cohort gets back exactly its rows (analyst)",
    mergeField: "id of the cohort to fold in",
    merge: (keptId, mergedId, actor) => cohorts.merge(keptId, mergedId, actor),
    unmerge: (auditId, actor) => cohorts.unmerge(auditId, actor),
  });
}
