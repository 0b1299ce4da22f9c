/**
 * @module http/schemas
 * The zod schemas of the API: they validate requests and, through @hono/zod-openapi, are the
 * OpenAPI 3.1 document. Examples here are invented and public-only (no private field appears
 * in any example: the leak test checks the document).
 */
import { z } from "@hono/zod-openapi";

export const ErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }) })
  .openapi("Error", { example: { error: { code: "not_found", message: "person not found" } } });

const Link = z.string().openapi({ description: "A URL of this API or of the original publication" });

export const SeriesPointSchema = z
  .object({ date: z.string(), value: z.number().int(), qualifier: z.string(), sourceUrl: Link.nullable(), claimId: z.string() })
  .openapi("SeriesPoint");

export const CohortSchema = z
  .looseObject({
    id: z.string(),
    type: z.string().openapi({ example: "pardon" }),
    count: z.number().int().openapi({ example: 30 }),
    qualifier: z.string().openapi({ example: "exact" }),
    date: z.string().nullable().openapi({ example: "2024-08-16" }),
    breakdown: z.record(z.string(), z.number()).openapi({ example: { women: 14, men: 16 } }),
    identified: z.number().int(),
    url: Link,
  })
  .openapi("Cohort");

export const StatsSchema = z
  .object({
    asOf: z.string(),
    heldNow: z.object({ derived: z.number().int(), claimed: SeriesPointSchema.extend({ publisher: z.string() }).nullable() }),
    heldOverTime: z.object({
      derived: z.array(z.object({ date: z.string(), held: z.number().int() })),
      claimed: z.array(z.object({ publisher: z.string(), points: z.array(SeriesPointSchema) })),
    }),
    rounds: z.array(CohortSchema),
    incommunicado: z.array(z.object({ personId: z.string(), name: z.string(), since: z.string(), days: z.number().int(), url: Link })),
    thisYear: z.looseObject({ year: z.number().int() }),
  })
  .openapi("Stats");

export const PersonSchema = z
  .looseObject({
    id: z.string().openapi({ example: "01J0000000000000000000PERS" }),
    name: z.string().openapi({ example: "Ales Bialiatski" }),
    names: z.array(z.looseObject({ text: z.string(), script: z.string().nullable(), kind: z.string() })),
    status: z.string().openapi({ example: "released" }),
    acts: z.array(z.looseObject({ type: z.string(), startDate: z.string() })),
    url: Link,
    mergedInto: z.string().nullable().openapi({ description: "Set when this record was merged into another person (kept for undo); follow it." }),
  })
  .openapi("Person", { description: "A person as the caller's role may see them; private fields are present only for analysts/admins." });

export const PersonHitSchema = z
  .object({ id: z.string(), name: z.string(), matchedName: z.string(), score: z.number(), status: z.string(), url: Link })
  .openapi("PersonHit");

export const ClaimSchema = z
  .looseObject({
    id: z.string(),
    subject: z.string().openapi({ example: "political_prisoners_held" }),
    value: z.number().int().openapi({ example: 1265 }),
    qualifier: z.string(),
    asOf: z.string().nullable().openapi({ example: "2024-12-31" }),
    attributedTo: z.string().openapi({ example: "Viasna" }),
    sourceUrl: Link.nullable(),
  })
  .openapi("Claim");

export const SourceSchema = z
  .looseObject({ id: z.string(), url: Link.nullable(), outlet: z.string().nullable().optional(), title: z.string().nullable().optional() })
  .openapi("Source");

export const SuggestionSchema = z
  .looseObject({
    id: z.string(),
    kind: z.enum(["claim", "cohort", "mention"]),
    status: z.string(),
    summary: z.string(),
    document: z.looseObject({ id: z.string(), text: z.string() }),
    evidence: z.array(z.object({ field: z.enum(["title", "text"]), start: z.number().int(), end: z.number().int() })),
  })
  .openapi("Suggestion");

export const ReviewFilterSchema = z.object({
  kind: z.enum(["claim", "cohort", "mention"]).optional(),
  status: z.enum(["suggested", "accepted", "corrected", "rejected"]).optional(),
  subject: z.string().max(100).optional(),
  documentId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

export const IdParam = z.object({ id: z.string().min(1).max(100).openapi({ param: { name: "id", in: "path" } }) });

export const LoginSchema = z
  .object({ username: z.string().min(1).max(64), password: z.string().min(1).max(1024) })
  .openapi("Login", { example: { username: "analyst", password: "••••••••••" } });

export const SessionSchema = z
  .object({ username: z.string(), role: z.enum(["analyst", "admin"]), csrfToken: z.string(), token: z.string().optional(), expiresAt: z.string().optional() })
  .openapi("Session");

export const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
export const errors = {
  400: json(ErrorSchema, "Invalid input"),
  401: json(ErrorSchema, "Login required"),
  403: json(ErrorSchema, "Role not allowed or CSRF token missing"),
  404: json(ErrorSchema, "Not found (or not visible to this role)"),
} as const;
