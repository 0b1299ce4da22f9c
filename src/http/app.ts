/**
 * @module http/app
 * The Hono application: API routes (whose zod schemas both validate requests and make the
 * OpenAPI 3.1 document), the web pages, static files, security headers and the single error
 * handler. Built from `HttpDeps`, so tests run it in-process with `app.request()`.
 *
 * @example
 * const app = createApp(deps);
 * const res = await app.request("/api/stats");
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import { csrf } from "hono/csrf";
import { mountWeb } from "../web/routes.js";
import type { HttpDeps } from "./deps.js";
import { renderDocsPage } from "./docs-page.js";
import type { AppEnv } from "./env.js";
import { handleError } from "./error-handler.js";
import { registerExportRoutes } from "./routes/export.js";
import { registerIngestRoutes } from "./routes/ingest.js";
import { registerCohortAdminRoutes } from "./routes/cohort-admin.js";
import { registerPeopleAdminRoutes } from "./routes/people-admin.js";
import { registerPublicRoutes } from "./routes/public.js";
import { registerRegistryRoutes } from "./routes/registry.js";
import { registerReviewRoutes } from "./routes/review.js";
import { registerSessionRoutes } from "./routes/session.js";
import { securityHeaders } from "./security.js";
import { sessionMiddleware } from "./session.js";
import { serveStatic } from "./static.js";

export const OPENAPI_INFO = {
  openapi: "3.1.0",
  info: {
    title: "Vigil",
    version: "0.1.0",
    description:
      "Political imprisonment: sources, facts with evidence, a registry, answers. Public answers never contain private fields. Restoring a backup stays CLI-only (`vigil restore FILE`): it replaces the whole database.",
  },
};

/** Builds the whole web application on the given application services. */
export function createApp(deps: HttpDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    // Validation failures use the same error shape as domain errors; the input is not echoed.
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const field = issue?.path.join(".") || "input";
        return c.json({ error: { code: "validation", message: `${field}: ${issue?.message ?? "invalid"}`, field } }, 400);
      }
      return undefined;
    },
  });
  app.onError(handleError);
  app.use("*", securityHeaders());
  // Form-like posts from other origins are refused outright (login CSRF included). Bearer
  // requests (scripts) carry no ambient credentials, so they need no Origin.
  const sameOrigin = csrf();
  app.use("*", (c, next) => (/^Bearer\s/i.test(c.req.header("authorization") ?? "") ? next() : sameOrigin(c, next)));
  app.use("*", sessionMiddleware(deps.auth));
  app.openAPIRegistry.registerComponent("securitySchemes", "cookie", { type: "apiKey", in: "cookie", name: "vigil_session" });
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });

  // Before the public routes: `/api/people/similar` must not be taken for a person id.
  if (deps.registry) registerRegistryRoutes(app, deps.registry);
  registerPublicRoutes(app, deps);
  registerSessionRoutes(app, deps);
  registerReviewRoutes(app, deps);
  registerExportRoutes(app, deps);
  if (deps.people) registerPeopleAdminRoutes(app, deps.people);
  if (deps.cohortAdmin) registerCohortAdminRoutes(app, deps.cohortAdmin);
  if (deps.registry) registerIngestRoutes(app, deps.registry);
  app.doc31("/api/openapi.json", OPENAPI_INFO);
  app.get("/api/docs", (c) => c.html(renderDocsPage(app.getOpenAPI31Document(OPENAPI_INFO) as Parameters<typeof renderDocsPage>[0]).value));
  app.get("/static/*", serveStatic());
  mountWeb(app, deps);
  app.notFound((c) => (c.req.path.startsWith("/api/") ? c.json({ error: { code: "not_found", message: "no such route" } }, 404) : c.text("Not found", 404)));
  return app;
}
