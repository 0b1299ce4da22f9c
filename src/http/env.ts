/**
 * @module http/env
 * The Hono environment shared by API and web routes: who is asking, and how they proved it.
 */
import type { Principal } from "../app/auth-service.js";
import type { Role } from "../domain/visibility.js";

export interface AppEnv {
  Variables: {
    role: Role;
    principal: Principal | null;
    /** "cookie" sessions need CSRF proof on writes; "bearer" tokens (scripts) do not. */
    authVia: "cookie" | "bearer" | null;
    /** A per-response nonce-free marker; kept for templates that need the CSRF token. */
    csrfToken: string | null;
  };
}

export const SESSION_COOKIE = "vigil_session";
