/**
 * @module http/routes/session
 * Login and logout. Browsers get an HttpOnly SameSite=Strict cookie; scripts use the returned
 * token as `Authorization: Bearer …`. Login is rate limited per address and per username.
 */
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { getCookie } from "hono/cookie";
import type { HttpDeps } from "../deps.js";
import { SESSION_COOKIE, type AppEnv } from "../env.js";
import { errors, json, LoginSchema, SessionSchema } from "../schemas.js";
import { clearSessionCookie, clientAddress, requireRole, setSessionCookie } from "../session.js";

const tags = ["session"];

/** Registers the session and user routes on `app`. */
export function registerSessionRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/session",
      tags,
      summary: "Log in: sets the session cookie and returns a token for scripts",
      request: { body: { content: { "application/json": { schema: LoginSchema } }, required: true } },
      responses: { 200: json(SessionSchema, "Logged in"), 400: errors[400], 401: errors[401], 429: json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), "Too many attempts") },
    }),
    async (c) => {
      const { username, password } = c.req.valid("json");
      const { token, principal, expiresAt } = await deps.auth.login({ username, password, client: clientAddress(c) });
      setSessionCookie(c, token, expiresAt);
      return c.json({ username: principal.username, role: principal.role, csrfToken: principal.csrfToken, token, expiresAt }, 200);
    },
  );

  app.openapi(
    createRoute({ method: "get", path: "/api/session", tags, summary: "Who am I (and the CSRF token for cookie sessions)", responses: { 200: json(SessionSchema, "The session"), 401: errors[401] } }),
    (c) => {
      requireRole(c, "analyst");
      const p = c.get("principal");
      return c.json({ username: p?.username ?? "", role: p?.role ?? "analyst", csrfToken: p?.csrfToken ?? "" }, 200);
    },
  );

  app.openapi(
    createRoute({ method: "delete", path: "/api/session", tags, summary: "Log out", responses: { 200: json(z.object({ ok: z.boolean() }), "Logged out") } }),
    async (c) => {
      const token = c.req.header("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? getCookie(c, SESSION_COOKIE);
      if (token) await deps.auth.logout(token);
      clearSessionCookie(c);
      return c.json({ ok: true }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/users",
      tags: ["admin"],
      summary: "Create an analyst or admin (admin only)",
      request: { body: { content: { "application/json": { schema: z.object({ username: z.string().min(2).max(64), password: z.string().min(10).max(1024), role: z.enum(["analyst", "admin"]) }) } }, required: true } },
      responses: { 200: json(z.object({ id: z.string(), username: z.string(), role: z.string() }), "Created"), 400: errors[400], 401: errors[401], 403: errors[403] },
    }),
    async (c) => {
      requireRole(c, "admin");
      const u = await deps.auth.addUser(c.req.valid("json"));
      return c.json({ id: u.id, username: u.username, role: u.role }, 200);
    },
  );
}
