/**
 * @module http/routes/public
 * Read routes open to everyone: statistics, people, cohorts, claims, sources. Each answer is
 * shaped by a presenter for the caller's role.
 */
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { HttpDeps } from "../deps.js";
import type { AppEnv } from "../env.js";
import { presentClaims } from "../presenters/claim.js";
import { presentCohort, presentCohorts } from "../presenters/cohort.js";
import { presentPerson, presentPersonSummaries } from "../presenters/person.js";
import { presentSource } from "../presenters/source.js";
import { presentStats } from "../presenters/stats.js";
import { ClaimSchema, CohortSchema, errors, IdParam, json, PersonHitSchema, PersonSchema, SourceSchema, StatsSchema } from "../schemas.js";

const tags = ["public"];

/** Registers the public read routes on `app`. */
export function registerPublicRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  app.openapi(
    createRoute({ method: "get", path: "/api/health", tags, summary: "Liveness (a bare route)", responses: { 200: json(z.object({ ok: z.boolean() }), "Alive") } }),
    (c) => c.json({ ok: true }, 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/stats",
      tags,
      summary: "Held now, held over time (derived and claimed per publisher), pardon rounds, incommunicado watch list, totals this year",
      responses: { 200: json(StatsSchema, "Statistics") },
    }),
    async (c) => c.json(presentStats(await deps.stats(), c.get("role")) as z.infer<typeof StatsSchema>, 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/people",
      tags,
      summary: "Search people by name in any script and spelling",
      request: { query: z.object({ q: z.string().min(1).max(200).openapi({ example: "Kalesnikava" }), limit: z.coerce.number().int().min(1).max(100).default(20) }) },
      responses: { 200: json(z.object({ results: z.array(PersonHitSchema) }), "Matches, best first"), 400: errors[400] },
    }),
    async (c) => {
      const { q, limit } = c.req.valid("query");
      const hits = await deps.searchPeople(q, limit);
      return c.json({ results: presentPersonSummaries(hits, c.get("role")) as z.infer<typeof PersonHitSchema>[] }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/people/{id}",
      tags,
      summary: "One person: names, cases, custody and status history (private fields only for analysts)",
      request: { params: IdParam },
      responses: { 200: json(PersonSchema, "The person"), 404: errors[404] },
    }),
    async (c) => c.json(presentPerson(await deps.getPerson(c.req.valid("param").id), c.get("role")) as z.infer<typeof PersonSchema>, 200),
  );

  app.openapi(
    createRoute({ method: "get", path: "/api/cohorts", tags, summary: "Pardon rounds, exchanges and mass releases", responses: { 200: json(z.object({ results: z.array(CohortSchema) }), "Cohorts") } }),
    async (c) => c.json({ results: presentCohorts(await deps.listCohorts(), c.get("role")) as z.infer<typeof CohortSchema>[] }, 200),
  );

  app.openapi(
    createRoute({ method: "get", path: "/api/cohorts/{id}", tags, summary: "One cohort with its sources and conflicts", request: { params: IdParam }, responses: { 200: json(CohortSchema, "The cohort"), 404: errors[404] } }),
    async (c) => c.json(presentCohort(await deps.getCohort(c.req.valid("param").id), c.get("role")) as z.infer<typeof CohortSchema>, 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/claims",
      tags,
      summary: "Claims: what publishers said, each with its source",
      request: { query: z.object({ subject: z.string().max(100).optional(), publisher: z.string().max(100).optional() }) },
      responses: { 200: json(z.object({ results: z.array(ClaimSchema) }), "Claims") },
    }),
    async (c) => c.json({ results: presentClaims(await deps.listClaims(c.req.valid("query")), c.get("role")) as z.infer<typeof ClaimSchema>[] }, 200),
  );

  app.openapi(
    createRoute({ method: "get", path: "/api/sources", tags, summary: "Sources (documents) and the reviewed facts drawn from them", responses: { 200: json(z.object({ results: z.array(SourceSchema) }), "Sources") } }),
    async (c) => {
      const role = c.get("role");
      return c.json({ results: (await deps.listSources()).map((s) => presentSource(s, role)) as z.infer<typeof SourceSchema>[] }, 200);
    },
  );

  app.openapi(
    createRoute({ method: "get", path: "/api/sources/{id}", tags, summary: "One source", request: { params: IdParam }, responses: { 200: json(SourceSchema, "The source"), 404: errors[404] } }),
    async (c) => c.json(presentSource(await deps.getSource(c.req.valid("param").id), c.get("role")) as z.infer<typeof SourceSchema>, 200),
  );
}
