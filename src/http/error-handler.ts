/**
 * @module http/error-handler
 * The single place where domain error codes become HTTP statuses. Messages of unexpected errors
 * never reach the client (they could carry private data); they are logged on the server only.
 */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { AuthenticationError, RateLimitedError } from "../app/auth-errors.js";
import { SamePersonError } from "../app/find-similar-people.js";
import { ConflictError, ForbiddenError, NotFoundError, SourceError, ValidationError, VigilError } from "../domain/errors.js";
import { escapeHtml } from "../web/html.js";
import { presentSimilar } from "./presenters/registry.js";

/** HTTP status for a domain error; 500 for anything that is not one. */
export function statusFor(error: unknown): 400 | 401 | 403 | 404 | 409 | 422 | 429 | 500 {
  if (error instanceof ValidationError) return 400;
  if (error instanceof AuthenticationError) return 401;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError) return 409;
  if (error instanceof SourceError) return 422;
  if (error instanceof RateLimitedError) return 429;
  return 500;
}

/**
 * The JSON body of an error: a stable code and a message safe to show. A likely duplicate
 * person also carries the suggested matches (only analyst routes add people, so only they see it).
 */
export function errorBody(error: unknown): { error: { code: string; message: string; field?: string }; suggestions?: Record<string, unknown>[] } {
  if (error instanceof SamePersonError) return { error: { code: error.code, message: `${error.message}; add with ?new=true or send aliasOf` }, suggestions: presentSimilar(error.suggestions) };
  if (error instanceof NotFoundError) return { error: { code: error.code, message: `${error.entity} not found` } };
  if (error instanceof ValidationError) return { error: { code: error.code, message: error.message, field: error.field } };
  if (error instanceof VigilError) return { error: { code: error.code, message: error.message } };
  return { error: { code: "internal", message: "internal error" } };
}

/** Hono `onError` handler: JSON under /api, a small escaped HTML page elsewhere. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof HTTPException) {
    // Framework refusals (e.g. 415 for an undeclared body type) keep the API's error shape.
    if (!c.req.path.startsWith("/api/") || error.status < 400) return error.getResponse();
    const code = error.status === 415 ? "unsupported_media_type" : "http";
    return c.json({ error: { code, message: error.message || "request refused" } }, error.status);
  }
  const status = statusFor(error);
  if (status === 500) console.error("vigil http:", error);
  if (error instanceof RateLimitedError) c.header("Retry-After", String(error.retryAfterSeconds));
  const body = errorBody(error);
  if (c.req.path.startsWith("/api/")) return c.json(body, status);
  if (error instanceof AuthenticationError && c.req.method === "GET") return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Error ${status}</title><link rel="stylesheet" href="/static/app.css"></head><body><main class="page"><h1>Error ${status}</h1><p>${escapeHtml(body.error.message)}</p><p><a href="/">Back to the dashboard</a></p></main></body></html>`;
  return c.html(html, status);
}
