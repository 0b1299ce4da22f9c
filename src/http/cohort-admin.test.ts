/**
 * Cohort merge routes in-process: analysts fold one stored round into another and undo it by the
 * audit id; the public cannot; a repeated merge or undo is a 409; the candidates route lists the
 * pairs the clustering rule would join; a folded cohort's page redirects to the kept one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFixture, sessionTokens, type Fixture } from "../../test/browser/fixture.js";

let fx: Fixture;
let tokens: Record<string, string> = {};

beforeAll(async () => {
  fx = await openFixture();
  tokens = await sessionTokens(fx.app);
});
afterAll(async () => {
  await fx?.close();
});

const call = (method: string, url: string, role: string | null, body?: unknown) =>
  fx.app.request(url, {
    method,
    headers: { "content-type": "application/json", ...(role ? { authorization: `Bearer ${tokens[role]}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe("cohort merge routes", () => {
  it("folds a duplicate round for an analyst, redirects its page, and undoes", async () => {
    // Two reports of one round, a day apart, written as two stored cohorts.
    const kept = await fx.vigil.cohorts.insert({ type: "pardon", count: 17, qualifier: "exact", date: "2025-03-10", datePrecision: "day", status: "accepted" });
    const dup = await fx.vigil.cohorts.insert({ type: "pardon", count: 17, qualifier: "exact", date: "2025-03-11", datePrecision: "day", status: "accepted" });

    // The clustering rule proposes the pair (the older one kept).
    const candidates = (await (await call("GET", "/api/cohorts/merges/candidates", "analyst")).json()) as { keptId: string; mergedId: string }[];
    expect(candidates).toEqual(expect.arrayContaining([expect.objectContaining({ keptId: kept.id, mergedId: dup.id })]));

    expect((await call("POST", `/api/cohorts/${kept.id}/merge`, null, { merge: dup.id })).status).toBe(401);
    expect((await call("POST", `/api/cohorts/${kept.id}/merge`, "analyst", { merge: "no-such-cohort" })).status).toBe(404);
    expect((await call("POST", `/api/cohorts/${kept.id}/merge`, "analyst", { merge: kept.id })).status).toBe(400);

    const res = await call("POST", `/api/cohorts/${kept.id}/merge`, "analyst", { merge: dup.id });
    expect(res.status).toBe(200);
    const merged = (await res.json()) as { auditId: string; keptId: string; mergedId: string };
    expect(merged).toMatchObject({ keptId: kept.id, mergedId: dup.id });
    expect((await call("POST", `/api/cohorts/${kept.id}/merge`, "analyst", { merge: dup.id })).status).toBe(409);

    const folded = await call("GET", `/api/cohorts/${dup.id}`, "analyst");
    expect(((await folded.json()) as { mergedInto: string }).mergedInto).toBe(kept.id);
    const page = await call("GET", `/cohorts/${dup.id}`, "analyst");
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toBe(`/cohorts/${kept.id}`);

    expect((await call("POST", `/api/cohorts/merges/${merged.auditId}/undo`, null)).status).toBe(401);
    expect((await call("POST", `/api/cohorts/merges/${merged.auditId}/undo`, "analyst")).status).toBe(200);
    expect((await fx.vigil.cohorts.get(dup.id))!.mergedInto ?? null).toBeNull();
    expect((await call("GET", `/cohorts/${dup.id}`, "analyst")).status).toBe(200);
    expect((await call("POST", `/api/cohorts/merges/${merged.auditId}/undo`, "analyst")).status).toBe(409);
  });

  it("keeps the candidate list from the public", async () => {
    expect((await call("GET", "/api/cohorts/merges/candidates", null)).status).toBe(401);
  });
});
