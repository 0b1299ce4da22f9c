/**
 * @module http/session
 * Who is asking: a bearer token (scripts) or the session cookie (browsers). Cookie-authenticated
 * writes must carry the session's CSRF token (header `X-CSRF-Token` or form field `_csrf`);
 * SameSite=Strict already stops most cross-site requests, the token covers the rest.
 */
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { AuthenticationError } from "../app/auth-errors.js";
import type { AuthService } from "../app/auth-service.js";
import { ForbiddenError } from "../domain/errors.js";
import { canSee, type Role } from "../domain/visibility.js";
import { SESSION_COOKIE, type AppEnv } from "./env.js";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/** Resolves the caller and enforces CSRF on cookie-authenticated writes. */
export function sessionMiddleware(auth: AuthService): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("role", "public");
    c.set("principal", null);
    c.set("authVia", null);
    c.set("csrfToken", null);
    const header = c.req.header("authorization");
    const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const cookie = getCookie(c, SESSION_COOKIE);
    const token = bearer ?? cookie;
    if (token) {
      const principal = await auth.resolve(token);
      if (principal) {
        c.set("principal", principal);
        c.set("role", principal.role);
        c.set("authVia", bearer ? "bearer" : "cookie");
        c.set("csrfToken", principal.csrfToken);
      } else if (bearer) {
        throw new AuthenticationError("invalid or expired token");
      }
    }
    if (c.get("authVia") === "cookie" && !SAFE.has(c.req.method)) {
      const sent = c.req.header("x-csrf-token") ?? (await formField(c, "_csrf"));
      if (sent !== c.get("principal")?.csrfToken) throw new ForbiddenError("missing or wrong CSRF token");
    }
    await next();
  };
}

async function formField(c: Context, name: string): Promise<string | undefined> {
  const type = c.req.header("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) return undefined;
  // parseBody caches the parsed body, so handlers can read it again.
  const body = await c.req.parseBody();
  const v = body[name];
  return typeof v === "string" ? v : undefined;
}

/** Throws unless the caller has at least `role`. */
export function requireRole(c: Context<AppEnv>, role: Role): void {
  const have = c.get("role");
  if (canSee(have, role)) return;
  if (have === "public") throw new AuthenticationError();
  throw new ForbiddenError(`requires the ${role} role`);
}

/** Sets the session cookie: HttpOnly, SameSite=Strict, Secure when served over https. */
export function setSessionCookie(c: Context, token: string, expiresAt: string): void {
  const https = new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: "Strict", secure: https, path: "/", expires: new Date(expiresAt) });
}

/** Clears the session cookie. */
export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
}

/** The client address for rate limiting (the socket address when known). */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? c.req.header("x-real-ip") ?? "local";
}
