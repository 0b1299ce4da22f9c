/**
 * @module http/routes/registry
 * The CLI's registry verbs over HTTP: `vigil count` and `vigil status` (public reads), and the
 * analyst writes `person add`, `person similar`, `event add`, `cohort add`, `cohort link`. Each
 * route calls the same use case as the verb; the domain rules (dates not in the future, a
 * breakdown that fits its count, one human one record) answer 400/404/409 through the single
 * error handler. Registered before the public routes so `/api/people/similar` is not read as
 * a person id.
 */
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { EVENT_TYPES } from "../../app/record-event.js";
import { COHORT_TYPES, QUALIFIERS } from "../../domain/cohort.js";
import { todayIso } from "../../domain/dates.js";
import { matchNames } from "../../names/match.js";
import type { RegistryActions } from "../deps.js";
import type { AppEnv } from "../env.js";
import { presentAct, presentCount, presentNewCohort, presentNewPerson, presentSimilar, presentStatus } from "../presenters/registry.js";
import { errors, IdParam, json } from "../schemas.js";
import { requireRole } from "../session.js";

const security: Record<string, string[]>[] = [{ cookie: [] }, { bearer: [] }];
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD");
const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD");
const Precision = z.enum(["day", "month", "year", "estimate"]);
const Text = (max: number) => z.string().max(max);
const HttpUrl = z.string().max(2000).regex(/^https?:\/\/\S+$/i, "must be an http(s) URL");
const Link = z.string().openapi({ description: "A URL of this API" });

const CountSchema = z
  .object({ date: z.string(), held: z.number().int(), uncertain: z.number().int(), people: z.number().int(), kind: z.literal("derived"), derivation: z.string() })
  .openapi("HeldCount", { example: { date: "2024-12-31", held: 3, uncertain: 0, people: 5, kind: "derived", derivation: "people in the registry whose latest custody act …" } });

const StatusSchema = z
  .object({
    date: z.string(),
    people: z.number().int(),
    held: z.number().int(),
    cohorts: z.number().int(),
    sources: z.number().int(),
    documents: z.number().int(),
    claims: z.number().int(),
    suggested: z.object({ claims: z.number().int(), cohorts: z.number().int() }).optional().openapi({ description: "The review queue (analysts only)" }),
  })
  .openapi("Status");

const NewPersonSchema = z
  .object({
    name: z.string().trim().min(1).max(300).openapi({ example: "Ales Bialiatski" }),
    aliases: z.array(z.string().max(300)).max(50).optional().openapi({ example: ["Алесь Бяляцкі"] }),
    born: PartialDate.optional(),
    gender: z.enum(["f", "m", "x"]).optional(),
    region: Text(200).optional(),
    aliasOf: z.string().min(1).max(100).optional().openapi({ description: "Add the names as aliases of this known person instead of a new record" }),
    // Private fields (analysts only on the way out; never echoed by this route).
    health: Text(5000).optional(),
    chronicIllness: z.boolean().optional(),
    disability: Text(5000).optional(),
    disabled: z.boolean().optional(),
    family: Text(5000).optional(),
    children: z.number().int().min(0).max(50).optional(),
    contacts: Text(5000).optional(),
    relativesAddresses: Text(5000).optional(),
    notesPrivate: Text(5000).optional(),
  })
  .openapi("NewPerson");

const PersonCreatedSchema = z
  .object({ id: z.string(), name: z.string(), names: z.array(z.object({ text: z.string(), kind: z.string() })), born: z.string().nullable(), url: Link })
  .openapi("PersonCreated");

const SimilarSchema = z
  .object({ personId: z.string(), name: z.string(), matchedName: z.string(), score: z.number(), reason: z.string(), strength: z.enum(["likely", "possible"]), url: Link })
  .openapi("SimilarPerson");

const SamePersonSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string() }), suggestions: z.array(SimilarSchema) })
  .openapi("SamePerson", { description: "A known person likely is the same one: add with ?new=true, or send aliasOf with one of the suggested ids" });

const NewEventSchema = z
  .object({
    type: z.string().min(1).max(40).openapi({ description: `One of ${EVENT_TYPES.join(", ")}`, example: "detained" }),
    date: PartialDate.openapi({ example: "2021-07-14" }),
    precision: Precision.optional(),
    endDate: PartialDate.optional(),
    releaseKind: z.string().max(40).optional().openapi({ description: "For a release: sentence_served, pardon, amnesty, exchange, expelled" }),
    custodial: z.boolean().optional().openapi({ description: "false for a sentence that does not put the person in custody" }),
    facilityId: z.string().max(100).optional(),
    cohortId: z.string().max(100).optional(),
    documentId: z.string().max(100).optional(),
    sourceUrl: HttpUrl.optional(),
    note: Text(2000).optional(),
  })
  .openapi("NewEvent");

const EventCreatedSchema = z
  .object({ id: z.string(), personId: z.string(), type: z.string(), releaseKind: z.string().nullable(), date: z.string(), precision: z.string(), url: Link })
  .openapi("EventCreated");

const Count = z.number().int().min(0).max(1_000_000);
const NewCohortSchema = z
  .object({
    type: z.enum(COHORT_TYPES).openapi({ example: "pardon" }),
    count: z.number().int().min(1).max(1_000_000).openapi({ example: 30 }),
    qualifier: z.enum(QUALIFIERS).optional(),
    date: PartialDate.optional().openapi({ example: "2024-08-16" }),
    precision: Precision.optional(),
    sourceUrl: HttpUrl.optional().openapi({ description: "The report (a URL); this or documentId is required" }),
    documentId: z.string().max(100).optional(),
    ordinal: z.number().int().min(1).max(1000).optional(),
    ordinalScope: Text(200).optional(),
    namesUndisclosed: z.boolean().optional(),
    country: Text(100).optional(),
    note: Text(2000).optional(),
    suggested: z.boolean().optional().openapi({ description: "Record as a suggestion awaiting review" }),
    women: Count.optional().openapi({ example: 14 }),
    men: Count.optional().openapi({ example: 16 }),
    chronicIllness: Count.optional(),
    disabled: Count.optional(),
    over50: Count.optional(),
    withChildren: Count.optional(),
    minors: Count.optional(),
    pensioners: Count.optional(),
    under25: Count.optional(),
  })
  .openapi("NewCohort", { description: "The breakdown is checked: women + men above the count is a 400 naming `women`." });

const CohortCreatedSchema = z
  .object({ id: z.string(), type: z.string(), count: z.number().int(), qualifier: z.string(), date: z.string().nullable(), status: z.string(), warnings: z.array(z.string()), url: Link })
  .openapi("CohortCreated");

const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { "application/json": { schema } }, required: true } });
const actor = (c: { get(k: "principal"): { username: string } | null }) => c.get("principal")?.username ?? "unknown";

/** Registers the count, status and registry-write routes on `app`. */
export function registerRegistryRoutes(app: OpenAPIHono<AppEnv>, registry: RegistryActions): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/count",
      tags: ["public"],
      summary: "Political prisoners held on a date, derived from the registry, with how it was derived (`vigil count`)",
      request: { query: z.object({ on: Day.optional().openapi({ description: "Default: today", example: "2024-12-31" }) }) },
      responses: { 200: json(CountSchema, "The derived count"), 400: errors[400] },
    }),
    async (c) => c.json(presentCount(await registry.countHeld(c.req.valid("query").on ?? todayIso())) as z.infer<typeof CountSchema>, 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/status",
      tags: ["public"],
      summary: "Counts of people, held today, cohorts, sources and claims (`vigil status`); the review queue for analysts",
      responses: { 200: json(StatusSchema, "Counts") },
    }),
    async (c) => c.json(presentStatus(await registry.status(), c.get("role")) as z.infer<typeof StatusSchema>, 200),
  );

  // Pure name comparison: reads no stored data, so it is public like `vigil names match`.
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/names/match",
      tags: ["public"],
      summary: "Whether two name strings name the same person, across scripts, spellings and grammatical cases (`vigil names match`)",
      request: {
        query: z.object({
          a: z.string().trim().min(1).max(300).openapi({ example: "Марыя Калеснікава" }),
          b: z.string().trim().min(1).max(300).openapi({ example: "Maria Kolesnikova" }),
        }),
      },
      responses: { 200: json(z.object({ same: z.boolean(), score: z.number().min(0).max(1), reason: z.string() }), "The verdict, its score and the reason"), 400: errors[400] },
    }),
    async (c) => {
      const { a, b } = c.req.valid("query");
      const { same, score, reason } = matchNames(a, b);
      return c.json({ same, score, reason }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/people/similar",
      tags: ["analyst"],
      security,
      summary: "Known people who may be the named one, in any script or grammatical case (`vigil person similar`; analyst)",
      request: { query: z.object({ name: z.string().trim().min(1).max(300).openapi({ example: "Марии Колесниковой" }) }) },
      responses: { 200: json(z.object({ results: z.array(SimilarSchema) }), "Candidates, best first"), 400: errors[400], 401: errors[401], 403: errors[403] },
    }),
    async (c) => {
      requireRole(c, "analyst");
      return c.json({ results: presentSimilar(await registry.findSimilar(c.req.valid("query").name)) as z.infer<typeof SimilarSchema>[] }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/people",
      tags: ["analyst"],
      security,
      summary: "Add a person (`vigil person add`; analyst). A likely duplicate answers 409 with the suggested matches",
      request: {
        query: z.object({ new: z.enum(["true", "false"]).optional().openapi({ description: "Add even when a known person likely is the same one" }) }),
        ...body(NewPersonSchema),
      },
      responses: {
        201: json(PersonCreatedSchema, "Added (or, with aliasOf, the known person with the new aliases)"),
        400: errors[400],
        401: errors[401],
        403: errors[403],
        404: errors[404],
        409: json(SamePersonSchema, "Likely the same as a known person"),
      },
    }),
    async (c) => {
      requireRole(c, "analyst");
      const { aliasOf, ...input } = c.req.valid("json");
      const p = await registry.addPerson({ ...input, aliasOf: aliasOf ?? null, allowSimilar: c.req.valid("query").new === "true", actor: actor(c) });
      return c.json(presentNewPerson(p) as z.infer<typeof PersonCreatedSchema>, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/people/{id}/events",
      tags: ["analyst"],
      security,
      summary: "Record a status change (detained, sentenced, released …) in a person's history (`vigil event add`; analyst)",
      request: { params: IdParam, ...body(NewEventSchema) },
      responses: { 201: json(EventCreatedSchema, "Recorded"), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404] },
    }),
    async (c) => {
      requireRole(c, "analyst");
      const act = await registry.recordEvent({ ...c.req.valid("json"), personId: c.req.valid("param").id, actor: actor(c) });
      return c.json(presentAct(act) as z.infer<typeof EventCreatedSchema>, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/cohorts",
      tags: ["analyst"],
      security,
      summary: "Record a cohort (pardon round, exchange …) with the report it comes from (`vigil cohort add`; analyst)",
      request: body(NewCohortSchema),
      responses: { 201: json(CohortCreatedSchema, "Recorded"), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404] },
    }),
    async (c) => {
      requireRole(c, "analyst");
      const { suggested, ...input } = c.req.valid("json");
      const { cohort, warnings } = await registry.addCohort({ ...input, status: suggested ? "suggested" : "accepted", actor: actor(c) });
      return c.json(presentNewCohort(cohort, warnings) as z.infer<typeof CohortCreatedSchema>, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/cohorts/{id}/members",
      tags: ["analyst"],
      security,
      summary: "Identify a named person as a member of a cohort (`vigil cohort link`; analyst)",
      request: { params: IdParam, ...body(z.object({ personId: z.string().min(1).max(100) })) },
      responses: {
        200: json(z.object({ linked: z.boolean(), identified: z.number().int(), count: z.number().int() }), "Linked (linked=false when already linked)"),
        400: errors[400],
        401: errors[401],
        403: errors[403],
        404: errors[404],
      },
    }),
    async (c) => {
      requireRole(c, "analyst");
      return c.json(await registry.linkCohortMember({ cohortId: c.req.valid("param").id, personId: c.req.valid("json").personId, actor: actor(c) }), 200);
    },
  );
}

