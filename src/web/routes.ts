/**
 * @module web/routes
 * The web pages, mounted on the same Hono app as the API. Pages go through the same presenters
 * as the API, so a page never shows a field the API would not show the same role.
 */
import type { Context, Hono } from "hono";
import { getCookie } from "hono/cookie";
import type { ReviewFilter, SuggestionKind } from "../app/stats-types.js";
import { AuthenticationError, RateLimitedError } from "../app/auth-errors.js";
import type { HttpDeps } from "../http/deps.js";
import { SESSION_COOKIE, type AppEnv } from "../http/env.js";
import { presentCohort, presentCohorts } from "../http/presenters/cohort.js";
import { presentPerson, presentPersonSummaries } from "../http/presenters/person.js";
import { presentSource } from "../http/presenters/source.js";
import { presentStats } from "../http/presenters/stats.js";
import { presentSuggestions } from "../http/presenters/suggestion.js";
import { clearSessionCookie, clientAddress, requireRole, setSessionCookie } from "../http/session.js";
import { renderDashboard } from "./dashboard.js";
import { renderLogin } from "./login.js";
import { renderCohort, renderCohortList, renderPerson, renderSearch, renderSource, renderSources } from "./registry.js";
import { renderReview } from "./review.js";

const KINDS = new Set(["claim", "cohort", "mention"]);
const kindOf = (v: unknown): SuggestionKind | undefined => (typeof v === "string" && KINDS.has(v) ? (v as SuggestionKind) : undefined);
/** Only same-site relative paths are followed after login (no open redirect). */
const safeNext = (v: unknown) => (typeof v === "string" && /^\/[^/\\]/.test(v) ? v : "/review");

/** Mounts every page on `app`. */
export function mountWeb(app: Hono<AppEnv>, deps: HttpDeps): void {
  const page = (c: Context<AppEnv>, body: string) => c.html(body);

  app.get("/", async (c) => page(c, renderDashboard(presentStats(await deps.stats(), c.get("role")), c.get("principal"))));
  app.get("/people", async (c) => {
    const q = (c.req.query("q") ?? "").slice(0, 200);
    const hits = q ? presentPersonSummaries(await deps.searchPeople(q, 50), c.get("role")) : [];
    return page(c, renderSearch(q, hits, c.get("principal")));
  });
  app.get("/people/:id", async (c) => {
    const record = await deps.getPerson(c.req.param("id"));
    // A merged record is kept only so the merge can be undone: its page is the person it joined.
    // 302, not 301: an undo makes the old address a person of its own again.
    if (record.mergedInto) return c.redirect(`/people/${encodeURIComponent(record.mergedInto)}`, 302);
    return page(c, renderPerson(presentPerson(record, c.get("role")), c.get("principal")));
  });
  app.get("/cohorts", async (c) => page(c, renderCohortList(presentCohorts(await deps.listCohorts(), c.get("role")), c.get("principal"))));
  app.get("/cohorts/:id", async (c) => {
    const record = await deps.getCohort(c.req.param("id"));
    // Folded into another round (kept for undo): that round is the page.
    if (record.mergedInto) return c.redirect(`/cohorts/${encodeURIComponent(record.mergedInto)}`, 302);
    return page(c, renderCohort(presentCohort(record, c.get("role")), c.get("principal")));
  });
  app.get("/sources", async (c) => page(c, renderSources((await deps.listSources()).map((s) => presentSource(s, c.get("role"))), c.get("principal"))));
  app.get("/sources/:id", async (c) => page(c, renderSource(presentSource(await deps.getSource(c.req.param("id")), c.get("role")), c.get("principal"))));

  app.get("/login", (c) => page(c, renderLogin(safeNext(c.req.query("next")))));
  app.post("/login", async (c) => {
    const form = await c.req.parseBody();
    const next = safeNext(form.next);
    try {
      const { token, expiresAt } = await deps.auth.login({ username: String(form.username ?? ""), password: String(form.password ?? ""), client: clientAddress(c) });
      setSessionCookie(c, token, expiresAt);
      return c.redirect(next, 303);
    } catch (error) {
      if (error instanceof AuthenticationError || error instanceof RateLimitedError) return c.html(renderLogin(next, error.message), error instanceof RateLimitedError ? 429 : 401);
      throw error;
    }
  });
  app.post("/logout", async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await deps.auth.logout(token);
    clearSessionCookie(c);
    return c.redirect("/", 303);
  });

  app.get("/review", async (c) => {
    requireRole(c, "analyst");
    const filter: ReviewFilter = { kind: kindOf(c.req.query("kind")), status: "suggested", limit: 200 };
    const items = presentSuggestions(await deps.review.list(filter), c.get("role"));
    const principal = c.get("principal");
    if (!principal) throw new AuthenticationError();
    return page(c, renderReview(items, await deps.review.counts(), filter, principal, c.req.query("done") ?? undefined));
  });
  for (const action of ["accept", "reject"] as const) {
    app.post(`/review/:id/${action}`, async (c) => {
      requireRole(c, "analyst");
      await deps.review[action](c.req.param("id"), c.get("principal")?.username ?? "unknown");
      return c.redirect(`/review?done=${action}ed`, 303);
    });
  }
  app.post("/review/:id/correct", async (c) => {
    requireRole(c, "analyst");
    const form = await c.req.parseBody();
    const raw = String(form.value ?? "").replace(/[\s,]/g, "");
    const value: Record<string, unknown> = /^\d+$/.test(raw) ? { value: Number(raw) } : {};
    await deps.review.correct(c.req.param("id"), value, c.get("principal")?.username ?? "unknown");
    return c.redirect("/review?done=corrected", 303);
  });
  app.post("/review/bulk-accept", async (c) => {
    requireRole(c, "analyst");
    const form = await c.req.parseBody();
    const n = await deps.review.bulkAccept({ kind: kindOf(form.kind), status: "suggested" }, c.get("principal")?.username ?? "unknown");
    return c.redirect(`/review?done=${n}+accepted`, 303);
  });
}
