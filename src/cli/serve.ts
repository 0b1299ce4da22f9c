/**
 * @module cli/serve
 * `vigil serve`: the web app and API on PORT (default 3000). On first start on an empty database
 * it loads the shipped public dataset (unless --empty), and creates the admin from
 * VIGIL_ADMIN_PASSWORD when there is no user yet; otherwise it says how to create one.
 * Also exports `buildWebApp`, the wiring of storage -> use cases -> HTTP used by tests and the bench.
 */
import { serve } from "@hono/node-server";
import type { Command } from "commander";
import { createAuthService, type AuthService } from "../app/auth-service.js";
import { loadDataset } from "../app/load-dataset.js";
import { createWebServices } from "../app/stats-services.js";
import { createApp } from "../http/app.js";
import type { HttpDeps } from "../http/deps.js";
import type { Vigil } from "../main.js";
import { sqlSessionStore, sqlUserStore } from "../storage/sql-web-auth.js";
import { sqlWebReads } from "../storage/sql-web-read.js";
import { getVigil } from "./context.js";

/** Wires an open Vigil into the web application. */
export function buildWebApp(vigil: Vigil, opts: { statsTtlMs?: number; today?: () => string } = {}): { app: ReturnType<typeof createApp>; auth: AuthService; services: HttpDeps } {
  const auth = createAuthService({ users: sqlUserStore(vigil.db), sessions: sqlSessionStore(vigil.db) });
  const services: HttpDeps = createWebServices({ repos: vigil, reads: sqlWebReads(vigil.db), auth, ...opts });
  return { app: createApp(services), auth, services };
}

/** First-start work: dataset on an empty database, the admin from the environment. */
export async function firstStart(vigil: Vigil, auth: AuthService, opts: { empty?: boolean; log?: (s: string) => void } = {}): Promise<void> {
  const log = opts.log ?? ((s: string) => process.stderr.write(`${s}\n`));
  if (!opts.empty && (await vigil.documents.count()) === 0) {
    const s = await loadDataset(vigil);
    log(`vigil: loaded the public dataset: ${s.claims} claims, ${s.cohorts} rounds and releases, ${s.documents} sources`);
  }
  if ((await auth.userCount()) === 0) {
    const password = process.env.VIGIL_ADMIN_PASSWORD;
    if (password) {
      const user = await auth.addUser({ username: process.env.VIGIL_ADMIN_USER ?? "admin", password, role: "admin" });
      log(`vigil: created admin user "${user.username}" from VIGIL_ADMIN_PASSWORD`);
    } else {
      log('vigil: no users yet. Create one with: vigil user add NAME --role admin   (or start with VIGIL_ADMIN_PASSWORD set)');
    }
  }
}

export function register(program: Command): void {
  program
    .command("serve")
    .description("Serve the web app and the API on PORT (default 3000)")
    .option("--port <n>", "port (default: PORT or 3000)")
    .option("--host <host>", "address to listen on", "0.0.0.0")
    .option("--empty", "do not load the public dataset on first start")
    .option("--dev", "development mode (same server; kept for `npm run dev`)")
    .action(async (o: { port?: string; host: string; empty?: boolean }) => {
      const vigil = await getVigil();
      const { app, auth } = buildWebApp(vigil);
      await firstStart(vigil, auth, { empty: o.empty ?? false });
      const port = Number(o.port ?? process.env.PORT ?? 3000);
      const server = serve({ fetch: app.fetch, port, hostname: o.host });
      process.stderr.write(`vigil: serving http://localhost:${port}/ (API docs: /api/docs) from ${vigil.location}\n`);
      // Keep the verb running (runCli closes the database when the action returns).
      await new Promise<void>((resolve) => {
        const stop = () => server.close(() => resolve());
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
    });
}
