/**
 * @module app/auth-service
 * Users and sessions: login returns an opaque token (sent as an HttpOnly cookie to browsers and
 * usable as a bearer token by scripts); only its SHA-256 is stored, so a leaked table cannot be
 * replayed. Each session carries a CSRF token for cookie-authenticated writes.
 */
import { createHash, randomBytes } from "node:crypto";
import { ulid } from "ulid";
import { ConflictError, ValidationError } from "../domain/errors.js";
import type { Role } from "../domain/visibility.js";
import { AuthenticationError } from "./auth-errors.js";
import { hashPassword, verifyPassword } from "./auth-password.js";
import type { SessionStore, User, UserStore } from "./auth-ports.js";
import { createRateLimiter, type RateLimiter } from "./auth-rate-limit.js";

/** The signed-in identity attached to a request. */
export interface Principal {
  userId: string;
  username: string;
  role: Exclude<Role, "public">;
  csrfToken: string;
  tokenHash: string;
}

export interface AuthService {
  login(input: { username: string; password: string; client: string }): Promise<{ token: string; principal: Principal; expiresAt: string }>;
  resolve(token: string): Promise<Principal | null>;
  logout(token: string): Promise<void>;
  addUser(input: { username: string; password: string; role: Exclude<Role, "public"> }): Promise<Omit<User, "passwordHash">>;
  userCount(): Promise<number>;
  listUsers(): Promise<Omit<User, "passwordHash">[]>;
}

const SESSION_MS = 12 * 3600_000;
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
// A fixed hash to verify against when the user does not exist, so timing does not reveal it.
let dummyHash: Promise<string> | undefined;

/**
 * Builds the auth use cases on the given stores.
 * @example const auth = createAuthService({ users: memoryUserStore(), sessions: memorySessionStore() });
 */
export function createAuthService(deps: {
  users: UserStore;
  sessions: SessionStore;
  limiter?: RateLimiter;
  now?: () => Date;
}): AuthService {
  const now = deps.now ?? (() => new Date());
  const limiter = deps.limiter ?? createRateLimiter({ max: 10, windowMs: 15 * 60_000 });
  const strip = (user: User): Omit<User, "passwordHash"> => {
    const { passwordHash, ...rest } = user;
    void passwordHash;
    return rest;
  };
  return {
    async login({ username, password, client }) {
      const keys = [`ip:${client}`, `user:${username.toLowerCase()}`];
      limiter.check(keys);
      const user = await deps.users.findByUsername(username.toLowerCase());
      dummyHash ??= hashPassword("not a password");
      const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
      if (!user || !ok) {
        limiter.hit(keys);
        throw new AuthenticationError("wrong username or password");
      }
      limiter.reset(`user:${username.toLowerCase()}`);
      const token = randomBytes(32).toString("base64url");
      const created = now();
      const expiresAt = new Date(created.getTime() + SESSION_MS).toISOString();
      const session = { tokenHash: sha256(token), userId: user.id, csrfToken: randomBytes(24).toString("base64url"), createdAt: created.toISOString(), expiresAt };
      await deps.sessions.deleteExpired(created.toISOString());
      await deps.sessions.insert(session);
      return { token, expiresAt, principal: { userId: user.id, username: user.username, role: user.role, csrfToken: session.csrfToken, tokenHash: session.tokenHash } };
    },
    async resolve(token) {
      const session = await deps.sessions.find(sha256(token));
      if (!session || session.expiresAt <= now().toISOString()) return null;
      const user = await deps.users.findById(session.userId);
      if (!user) return null;
      return { userId: user.id, username: user.username, role: user.role, csrfToken: session.csrfToken, tokenHash: session.tokenHash };
    },
    async logout(token) {
      await deps.sessions.delete(sha256(token));
    },
    async addUser({ username, password, role }) {
      const name = username.trim().toLowerCase();
      if (!/^[a-z0-9._-]{2,64}$/.test(name)) throw new ValidationError("username", "use 2-64 letters, digits, dot, dash or underscore");
      if (password.length < 10) throw new ValidationError("password", "use at least 10 characters");
      if (await deps.users.findByUsername(name)) throw new ConflictError(`user exists: ${name}`);
      const user: User = { id: ulid(), username: name, role, passwordHash: await hashPassword(password), createdAt: now().toISOString() };
      await deps.users.insert(user);
      return strip(user);
    },
    userCount: () => deps.users.count(),
    async listUsers() {
      return (await deps.users.list()).map(strip);
    },
  };
}
