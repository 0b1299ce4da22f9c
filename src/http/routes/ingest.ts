/**
 * @module http/routes/ingest
 * Documents in and data out, as the CLI does them: `POST /api/extract` (`vigil extract`: facts of
 * posted words, nothing stored), `POST /api/ingest` (`vigil ingest`: posted words, a raw upload
 * or a URL fetched with the CLI's time and size limits; the same summary as `--json`), and
 * `GET /api/backup` (`vigil backup`: the whole database as JSON Lines, admin only). Restore stays
 * on the command line: replacing the whole database is not a thing to do from a browser tab.
 */
import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { ingestSummaryJson } from "../../app/ingest-batch.js";
import { ValidationError } from "../../domain/errors.js";
import type { IngestRequest, RegistryActions } from "../deps.js";
import type { AppEnv } from "../env.js";
import { ErrorSchema, errors, json } from "../schemas.js";
import { requireRole } from "../session.js";

/** Extraction is synchronous CPU work on the shared event loop: 1 MB is a long report already. */
export const MAX_EXTRACT_BYTES = 1024 * 1024;
/**
 * Uploads are held in memory, so the HTTP cap is lower than the CLI's 128 MB file limit; a URL
 * is fetched with the CLI's own limits (DEFAULT_LIMITS: 128 MB, 30 s), applied in the adapter.
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
// text/csv is a people list (the columns of `vigil ingest people.csv`), imported with the same dedupe.
const UPLOAD_TYPES = ["text/plain", "text/markdown", "text/html", "text/csv"] as const;

const security: Record<string, string[]>[] = [{ cookie: [] }, { bearer: [] }];
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD");
const TooLarge = json(ErrorSchema, "Body too large");

const Evidence = z.object({ field: z.enum(["title", "text"]), start: z.number().int(), end: z.number().int() }).openapi("Evidence");
const FactsSchema = z
  .object({
    pardon_events: z.array(z.looseObject({ count: z.number().int(), qualifier: z.string(), date: z.string().nullable(), names: z.array(z.string()), evidence: z.array(Evidence) })),
    prisoner_count_claims: z.array(z.looseObject({ value: z.number().int(), qualifier: z.string(), as_of: z.string().nullable(), attributed_to: z.string(), evidence: z.array(Evidence) })),
    other_counts: z.array(z.looseObject({ value: z.number().int(), qualifier: z.string(), what: z.string(), evidence: z.array(Evidence) })),
    persons: z.array(z.looseObject({ name: z.string(), role: z.string(), status_note: z.string(), evidence: z.array(Evidence) })),
    releases: z.array(z.looseObject({ names: z.array(z.string()), count: z.number().int().nullable(), date: z.string().nullable(), kind: z.string(), evidence: z.array(Evidence) })),
  })
  .openapi("Facts", { description: "The facts schema of the corpus; every fact carries evidence spans (UTF-16 offsets into title or text)." });

const ExtractBody = z
  .object({
    text: z.string().min(1).openapi({ example: "On 16 August 2024 Lukashenka pardoned 30 political prisoners, 14 women and 16 men." }),
    title: z.string().max(1000).optional(),
    published: Day.optional().openapi({ description: "Publication date; relative dates (\"on Monday\") resolve against it" }),
    language: z.enum(["en", "ru", "be"]).optional().openapi({ description: "Detected from the text when absent" }),
  })
  .openapi("ExtractRequest");

const IngestBody = z
  .object({
    text: z.string().min(1).optional(),
    url: z.string().max(2000).regex(/^https?:\/\/\S+$/i, "must be an http(s) URL").optional().openapi({ description: "Fetched by the server (public addresses only)" }),
    title: z.string().max(1000).optional(),
    published: Day.optional(),
    language: z.enum(["en", "ru", "be"]).optional(),
    outlet: z.string().max(200).optional(),
  })
  .superRefine((b, ctx) => {
    if ((b.text === undefined) === (b.url === undefined)) ctx.addIssue({ code: "custom", path: ["text"], message: "send exactly one of text or url" });
  })
  .openapi("IngestRequest");

const IngestSummarySchema = z
  .object({
    new: z.number().int(),
    known: z.number().int(),
    failed: z.number().int(),
    facts: z.number().int(),
    errors: z.array(z.object({ source: z.string(), message: z.string() })),
    skipped: z.record(z.string(), z.number().int()),
    people: z.number().int(),
    matched_existing: z.number().int().openapi({ description: "People CSV rows that matched a person already in the registry (names added, no new record)" }),
    possible_duplicates: z.array(
      z.object({ line: z.number().int(), name: z.string(), personId: z.string(), similar: z.array(z.object({ personId: z.string(), name: z.string(), score: z.number() })) }),
    ).openapi({ description: "Created people who resemble someone already known: merge them if they are one" }),
    bad_row_files: z.array(z.string()),
    bad_rows: z.array(
      z.object({ source: z.string(), line: z.number().int(), reason: z.string(), raw: z.string().openapi({ description: "The row as written in the file" }) }),
    ).openapi({ description: "People CSV rows left out with `skip_bad=true` (the CLI writes them to NAME.bad-rows.csv instead)" }),
  })
  .openapi("IngestSummary", { description: "Exactly what `vigil ingest --json` prints" });

/** 413 with the API's error shape (the default would be a bare text body). */
const limit = (maxSize: number) =>
  bodyLimit({ maxSize, onError: (c) => c.json({ error: { code: "too_large", message: `body larger than ${maxSize} bytes` } }, 413) });

/**
 * Refuses URLs that name this machine or a private network: the server, not the analyst's
 * browser, does the fetch, and must not become a way into what only it can reach. (Names that
 * resolve to private addresses are not caught here; analysts are trusted users.)
 */
export function isPrivateHost(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".local") || host.endsWith(".internal")) return true;
  if (/^(127|10|0)\.|^192\.168\.|^169\.254\.|^172\.(1[6-9]|2\d|3[01])\./.test(host)) return true;
  return host === "::1" || host === "::" || /^f[cd][0-9a-f]{2}:/.test(host) || /^fe80:/.test(host) || host.startsWith("::ffff:");
}

/** Registers the extract, ingest and backup routes on `app`. */
export function registerIngestRoutes(app: OpenAPIHono<AppEnv>, registry: RegistryActions): void {
  app.use("/api/extract", limit(MAX_EXTRACT_BYTES));
  app.use("/api/ingest", limit(MAX_UPLOAD_BYTES));

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/extract",
      tags: ["analyst"],
      security,
      summary: `Facts of a posted text with their evidence, nothing stored (\`vigil extract\`; analyst; body up to ${MAX_EXTRACT_BYTES} bytes)`,
      request: { body: { content: { "application/json": { schema: ExtractBody } }, required: true } },
      responses: { 200: json(FactsSchema, "The facts"), 400: errors[400], 401: errors[401], 403: errors[403], 413: TooLarge },
    }),
    (c) => {
      requireRole(c, "analyst");
      const b = c.req.valid("json");
      const facts = registry.extract({ text: b.text, title: b.title ?? null, published: b.published ?? null, language: b.language ?? null });
      return c.json(facts as unknown as z.infer<typeof FactsSchema>, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/ingest",
      tags: ["analyst"],
      security,
      summary: "Store a document once (by content hash) with its suggested facts (`vigil ingest --json`; analyst)",
      description: `JSON with \`text\` or \`url\`, or a raw upload (${UPLOAD_TYPES.join(", ")}; \`?outlet=\` names the outlet) of up to ${MAX_UPLOAD_BYTES} bytes. A URL is fetched with the CLI's limits (30 s, 128 MB).`,
      request: {
        query: z.object({
          outlet: z.string().max(200).optional(),
          skip_bad: z.enum(["true", "false"]).optional().openapi({
            description: "People CSV (`vigil ingest --skip-bad`): import the good rows and list the bad ones in `bad_rows`. Without it a CSV with bad rows imports nothing and names their lines in `errors`",
          }),
        }),
        body: {
          content: { "application/json": { schema: IngestBody }, ...Object.fromEntries(UPLOAD_TYPES.map((t) => [t, { schema: z.string() }])) },
          required: false,
        },
      },
      responses: { 200: json(IngestSummarySchema, "The summary"), 400: errors[400], 401: errors[401], 403: errors[403], 413: TooLarge },
    }),
    async (c) => {
      requireRole(c, "analyst");
      const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
      let request: IngestRequest;
      if (type === "application/json") {
        const b = c.req.valid("json");
        if (b.url !== undefined) {
          if (isPrivateHost(b.url)) throw new ValidationError("url", "must be a public address");
          request = { kind: "url", url: b.url, outlet: b.outlet ?? null };
        } else request = { kind: "text", text: b.text!, title: b.title ?? null, published: b.published ?? null, language: b.language ?? null, outlet: b.outlet ?? null, url: null };
      } else if ((UPLOAD_TYPES as readonly string[]).includes(type)) {
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        if (bytes.length === 0) throw new ValidationError("body", "empty upload");
        request = { kind: "upload", bytes, contentType: type, outlet: c.req.valid("query").outlet ?? null };
      } else throw new ValidationError("content-type", `must be application/json or one of ${UPLOAD_TYPES.join(", ")}`);
      const s = await registry.ingest(request, { skipBad: c.req.valid("query").skip_bad === "true" });
      return c.json(ingestSummaryJson(s), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/backup",
      tags: ["admin"],
      security,
      summary: "The whole database as JSON Lines, exactly as `vigil backup` writes it (admin only)",
      description: "Private fields included: keep the file safe. Restore is CLI-only (`vigil restore FILE`), by design: it replaces the whole database.",
      responses: { 200: { content: { "application/x-ndjson": { schema: z.string() } }, description: "The backup" }, 401: errors[401], 403: errors[403] },
    }),
    async (c) => {
      requireRole(c, "admin");
      // Dump to a private temp file first, then stream it: the dump's snapshot transaction is
      // not held open for as long as a slow client takes to read.
      const dir = await mkdtemp(join(tmpdir(), "vigil-backup-"));
      const file = join(dir, "backup.jsonl");
      try {
        await registry.backup(file);
      } catch (error) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
      const stream = createReadStream(file);
      stream.once("close", () => void rm(dir, { recursive: true, force: true }));
      const stamp = new Date().toISOString().slice(0, 10);
      const res = c.body(Readable.toWeb(stream) as ReadableStream<Uint8Array>, 200, {
        "Content-Type": "application/x-ndjson; charset=utf-8",
        "Content-Disposition": `attachment; filename="vigil-backup-${stamp}.jsonl"`,
        "Cache-Control": "private, no-store",
      });
      // The route's typing knows string bodies only; a stream is the same bytes, delivered lazily.
      return res as never;
    },
  );
}
