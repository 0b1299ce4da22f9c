/**
 * @module storage/sql-web-auth
 * The user and session stores (`app/auth-ports.ts`) in SQL.
 */
import { count, eq, lte } from "drizzle-orm";
import type { SessionStore, User, UserStore } from "../app/auth-ports.js";
import type { Db } from "./db.js";
import { sessions, users } from "./schema-web.js";

const iso = (v: string) => new Date(v).toISOString();
const toUser = (r: typeof users.$inferSelect): User => ({ ...r, role: r.role === "admin" ? "admin" : "analyst", createdAt: iso(r.createdAt) });

/** Users in SQL. */
export function sqlUserStore(db: Db): UserStore {
  return {
    async findByUsername(username) {
      const [r] = await db.select().from(users).where(eq(users.username, username));
      return r ? toUser(r) : null;
    },
    async findById(id) {
      const [r] = await db.select().from(users).where(eq(users.id, id));
      return r ? toUser(r) : null;
    },
    async insert(user) {
      await db.insert(users).values(user);
    },
    async count() {
      return (await db.select({ n: count() }).from(users))[0]?.n ?? 0;
    },
    async list() {
      return (await db.select().from(users).orderBy(users.username)).map(toUser);
    },
  };
}

/** Sessions in SQL. */
export function sqlSessionStore(db: Db): SessionStore {
  return {
    async insert(s) {
      await db.insert(sessions).values(s);
    },
    async find(tokenHash) {
      const [r] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
      return r ? { ...r, createdAt: iso(r.createdAt), expiresAt: iso(r.expiresAt) } : null;
    },
    async delete(tokenHash) {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    },
    async deleteExpired(now) {
      await db.delete(sessions).where(lte(sessions.expiresAt, now));
    },
  };
}
