/**
 * @module cli/serve
 * `vigil serve`: the web app and API on PORT (default 3000). On first start on an empty database
 * it loads the shipped public dataset (unless --empty), and creates the admin from
 * VIGIL_ADMIN_PASSWORD when there is no user yet; otherwise it says how to create one.
 * Also exports `buildWebApp`, the wiring of storage -> use cases -> HTTP used by tests and the bench.
 */
import { serve } from "@hono/node-server";
import type { Command } from "commander";
import { addCohort, linkCohortMember } from "../app/add-cohort.js";
import { addPerson } from "../app/add-person.js";
import { createAuthService, type AuthService } from "../app/auth-service.js";
import { countHeld } from "../app/count-held.js";
import { findSimilarPeople } from "../app/find-similar-people.js";
import { getStatus } from "../app/get-status.js";
import { ingestLocations } from "../app/ingest-batch.js";
import { loadDataset } from "../app/load-dataset.js";
import { recordEvent } from "../app/record-event.js";
import { createWebServices } from "../app/stats-services.js";
import { suggestMentionLinks } from "../app/suggest-mention-links.js";
import type { DocumentInput } from "../domain/document.js";
import { ValidationError } from "../domain/errors.js";
import { EXTRACTOR_VERSION, extractFacts } from "../extract/index.js";
import { createApp } from "../http/app.js";
import type { HttpDeps, IngestRequest, RegistryActions } from "../http/deps.js";
import { decodeBytes } from "../ingest/decode.js";
import { DEFAULT_LIMITS, readSource, type SourceBatch } from "../ingest/index.js";
import { readPeopleCsv } from "../ingest/people-csv.js";
import { textDocument } from "../ingest/text-file.js";
import { webPageDocument } from "../ingest/web-page.js";
import type { Vigil } from "../main.js";
import { sqlIngestStore } from "../storage/sql-ingest-store.js";
import { sqlSessionStore, sqlUserStore } from "../storage/sql-web-auth.js";
import { sqlWebReads } from "../storage/sql-web-read.js";
import { getVigil } from "./context.js";

/** Wires an open Vigil into the web application. */
export function buildWebApp(vigil: Vigil, opts: { statsTtlMs?: number; today?: () => string } = {}): { app: ReturnType<typeof createApp>; auth: AuthService; services: HttpDeps } {
  const auth = createAuthService({ users: sqlUserStore(vigil.db), sessions: sqlSessionStore(vigil.db) });
  const services: HttpDeps = { ...createWebServices({ repos: vigil, reads: sqlWebReads(vigil.db), auth, ...opts }), registry: registryActions(vigil) };
  return { app: createApp(services), auth, services };
}

/**
 * The CLI verbs behind the API's parity routes: the same use cases with the same arguments as
 * `vigil count|status|person add|event add|cohort add|cohort link|extract|ingest|backup`.
 * (Registry writes do not clear the 2 s stats cache; the dashboard catches up within it.)
 */
export function registryActions(vigil: Vigil): RegistryActions {
  return {
    countHeld: (on) => countHeld(vigil, on),
    status: () => getStatus(vigil),
    addPerson: (input) => addPerson(vigil, input),
    recordEvent: (input) => recordEvent(vigil, input),
    addCohort: (input) => addCohort(vigil, input),
    linkCohortMember: (input) => linkCohortMember(vigil, input),
    findSimilar: (name) => findSimilarPeople(vigil, name),
    extract: (input) => extractFacts(input),
    async ingest(request, options = {}) {
      const location = request.kind === "url" ? request.url : "upload";
      const summary = await ingestLocations(
        {
          tx: vigil.tx,
          documents: vigil.documents,
          store: sqlIngestStore(vigil.db),
          extractor: { extract: extractFacts, version: EXTRACTOR_VERSION },
          list: async function* () {
            yield { location };
          },
          // Only a URL goes through the file/URL reader: a posted body must never be taken for a path.
          read: request.kind === "url" ? readSource : async () => postedBatch(request),
          // Bad rows go into the answer (badRowsTo below), never to a file on the server's disk.
          writeFile: () => Promise.reject(new ValidationError("skip-bad", "no bad-rows file over HTTP")),
        },
        [location],
        { limits: DEFAULT_LIMITS, outlet: request.outlet, skipBad: options.skipBad === true, badRowsTo: "summary" },
      );
      if (summary.new > 0) await vigil.tx.run((r) => suggestMentionLinks(r)); // as `vigil ingest` does
      return summary;
    },
    backup: (path) => vigil.backup.dump(path),
  };
}

/** A posted body as the batch a file of that type would give: a people list for CSV, else one document. */
function postedBatch(request: Exclude<IngestRequest, { kind: "url" }>): SourceBatch {
  if (request.kind === "upload" && request.contentType === "text/csv") {
    return { source: "upload", kind: "people-csv", people: readPeopleCsv(decodeBytes(request.bytes).text, "upload"), original: request.bytes, origin: "api:upload" };
  }
  return { source: "upload", kind: "text", documents: [postedDocument(request)], skipped: {} };
}

/** A posted text or upload as one document, read by the same adapters as a file of that type. */
function postedDocument(request: Exclude<IngestRequest, { kind: "url" }>): DocumentInput {
  if (request.kind === "text") {
    const original = new TextEncoder().encode(request.text);
    const { text, title, url, outlet, published, language } = request;
    return { text, title, url, outlet, published, language, original, originalType: "text/plain", origin: "api:post" };
  }
  const { text } = decodeBytes(request.bytes);
  const options = { original: request.bytes, origin: "api:upload", outlet: request.outlet };
  if (request.contentType === "text/html") return webPageDocument(text, "upload", { ...options, url: null });
  return textDocument(text, "upload", options, request.contentType === "text/markdown");
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
