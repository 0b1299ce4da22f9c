/**
 * @module app/auth-memory
 * In-memory user and session stores: for tests and for a server started without a database.
 */
import type { Session, SessionStore, User, UserStore } from "./auth-ports.js";

/** A user store held in a Map. */
export function memoryUserStore(): UserStore {
  const users = new Map<string, User>();
  return {
    async findByUsername(username) {
      return [...users.values()].find((u) => u.username === username) ?? null;
    },
    async findById(id) {
      return users.get(id) ?? null;
    },
    async insert(user) {
      users.set(user.id, user);
    },
    async count() {
      return users.size;
    },
    async list() {
      return [...users.values()];
    },
  };
}

/** A session store held in a Map. */
export function memorySessionStore(): SessionStore {
  const sessions = new Map<string, Session>();
  return {
    async insert(session) {
      sessions.set(session.tokenHash, session);
    },
    async find(tokenHash) {
      return sessions.get(tokenHash) ?? null;
    },
    async delete(tokenHash) {
      sessions.delete(tokenHash);
    },
    async deleteExpired(now) {
      for (const [k, s] of sessions) if (s.expiresAt <= now) sessions.delete(k);
    },
  };
}
