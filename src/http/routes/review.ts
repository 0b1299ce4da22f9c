/**
 * @module http/routes/review
 * The analyst's review queue: suggestions with their document text and evidence offsets;
 * accept, correct, reject, and bulk-accept by filter. Every route requires the analyst role.
 */
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { HttpDeps } from "../deps.js";
import type { AppEnv } from "../env.js";
import { presentSuggestions } from "../presenters/suggestion.js";
import { errors, IdParam, json, ReviewFilterSchema, SuggestionSchema } from "../schemas.js";
import { requireRole } from "../session.js";

const tags = ["review"];
const security: Record<string, string[]>[] = [{ cookie: [] }, { bearer: [] }];
const Done = json(z.object({ ok: z.boolean(), counts: z.record(z.string(), z.number()) }), "Done; the new counts");

/** Registers the review routes on `app`. */
export function registerReviewRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/review",
      tags,
      security,
      summary: "List suggestions with their document text and evidence offsets",
      request: { query: ReviewFilterSchema },
      responses: { 200: json(z.object({ results: z.array(SuggestionSchema), counts: z.record(z.string(), z.number()) }), "Suggestions"), 401: errors[401], 403: errors[403] },
    }),
    async (c) => {
      requireRole(c, "analyst");
      const results = presentSuggestions(await deps.review.list(c.req.valid("query")), c.get("role")) as z.infer<typeof SuggestionSchema>[];
      return c.json({ results, counts: await deps.review.counts() }, 200);
    },
  );

  for (const action of ["accept", "reject"] as const) {
    app.openapi(
      createRoute({
        method: "post",
        path: `/api/review/{id}/${action}`,
        tags,
        security,
        summary: action === "accept" ? "Accept a suggestion (it updates the registry)" : "Reject a suggestion",
        request: { params: IdParam },
        responses: { 200: Done, 401: errors[401], 403: errors[403], 404: errors[404] },
      }),
      async (c) => {
        requireRole(c, "analyst");
        const actor = c.get("principal")?.username ?? "unknown";
        await deps.review[action](c.req.valid("param").id, actor);
        return c.json({ ok: true, counts: await deps.review.counts() }, 200);
      },
    );
  }

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/review/{id}/correct",
      tags,
      security,
      summary: "Correct a suggestion's values, then accept it",
      request: { params: IdParam, body: { content: { "application/json": { schema: z.object({ value: z.record(z.string(), z.unknown()).openapi({ example: { value: 31 } }) }) } }, required: true } },
      responses: { 200: Done, 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404] },
    }),
    async (c) => {
      requireRole(c, "analyst");
      await deps.review.correct(c.req.valid("param").id, c.req.valid("json").value, c.get("principal")?.username ?? "unknown");
      return c.json({ ok: true, counts: await deps.review.counts() }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/review/bulk-accept",
      tags,
      security,
      summary: "Accept every suggestion matching a filter",
      request: { body: { content: { "application/json": { schema: ReviewFilterSchema } }, required: true } },
      responses: { 200: json(z.object({ accepted: z.number().int(), counts: z.record(z.string(), z.number()) }), "How many were accepted"), 400: errors[400], 401: errors[401], 403: errors[403] },
    }),
    async (c) => {
      requireRole(c, "analyst");
      const accepted = await deps.review.bulkAccept(c.req.valid("json"), c.get("principal")?.username ?? "unknown");
      return c.json({ accepted, counts: await deps.review.counts() }, 200);
    },
  );
}
