/**
 * @module app/auth-ports
 * What signing in needs from storage, in domain words. Implemented in SQL by
 * `storage/sql-web-auth.ts` and in memory by `app/auth-memory.ts` (tests, benchmarks).
 */
import type { Role } from "../domain/visibility.js";

export interface User {
  id: string;
  username: string;
  role: Exclude<Role, "public">;
  passwordHash: string;
  createdAt: string;
}

export interface Session {
  /** SHA-256 (hex) of the bearer token; the token itself is never stored. */
  tokenHash: string;
  userId: string;
  /** Sent back in the X-CSRF-Token header (or `_csrf` form field) on cookie-authenticated writes. */
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export interface UserStore {
  findByUsername(username: string): Promise<User | null>;
  findById(id: string): Promise<User | null>;
  insert(user: User): Promise<void>;
  count(): Promise<number>;
  list(): Promise<User[]>;
}

export interface SessionStore {
  insert(session: Session): Promise<void>;
  find(tokenHash: string): Promise<Session | null>;
  delete(tokenHash: string): Promise<void>;
  deleteExpired(now: string): Promise<void>;
}
