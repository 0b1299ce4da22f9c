/**
 * Admin merge routes in-process: only an admin may merge or undo; the folded record leaves the
 * public lists and comes back after undo; a repeated merge or undo is a 409; a folded record's page
 * redirects to the person it joined.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFixture, sessionTokens, type Fixture } from "../../test/browser/fixture.js";
import { nameKey } from "../names/index.js";

let fx: Fixture;
let tokens: Record<string, string> = {};

beforeAll(async () => {
  fx = await openFixture();
  tokens = await sessionTokens(fx.app);
});
afterAll(async () => {
  await fx?.close();
});

const post = (url: string, role: string | null, body?: unknown) =>
  fx.app.request(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(role ? { authorization: `Bearer ${tokens[role]}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe("POST /api/people/{id}/merge", () => {
  it("merges for an admin only, and undoes", async () => {
    const insert = (name: string) => fx.vigil.persons.insert({ name, nameKey: nameKey(name) });
    const kept = await insert("Ihar Mergetest");
    const dup = await insert("Игорь Мергетест");
    const peopleBefore = await fx.vigil.persons.count();

    expect((await post(`/api/people/${kept.id}/merge`, null, { merge: dup.id })).status).toBe(401);
    expect((await post(`/api/people/${kept.id}/merge`, "analyst", { merge: dup.id })).status).toBe(403);
    expect((await post(`/api/people/${kept.id}/merge`, "admin", { merge: "no-such-person" })).status).toBe(404);

    const res = await post(`/api/people/${kept.id}/merge`, "admin", { merge: dup.id });
    expect(res.status).toBe(200);
    const merged = (await res.json()) as { auditId: string; keptId: string; mergedId: string; moved: Record<string, number> };
    expect(merged).toMatchObject({ keptId: kept.id, mergedId: dup.id, moved: { names: 1 } });
    expect(await fx.vigil.persons.count()).toBe(peopleBefore - 1);
    expect((await post(`/api/people/${kept.id}/merge`, "admin", { merge: dup.id })).status).toBe(409);

    // The folded record points at the person it joined: the API says so, the page redirects there.
    const folded = await fx.app.request(`/api/people/${dup.id}`, { headers: { authorization: `Bearer ${tokens.analyst}` } });
    expect(((await folded.json()) as { mergedInto: string }).mergedInto).toBe(kept.id);
    const page = await fx.app.request(`/people/${dup.id}`, { headers: { authorization: `Bearer ${tokens.analyst}` } });
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toBe(`/people/${kept.id}`);

    expect((await post(`/api/people/merges/${merged.auditId}/undo`, "analyst")).status).toBe(403);
    expect((await post(`/api/people/merges/${merged.auditId}/undo`, "admin")).status).toBe(200);
    expect(await fx.vigil.persons.count()).toBe(peopleBefore);
    expect((await fx.app.request(`/people/${dup.id}`, { headers: { authorization: `Bearer ${tokens.analyst}` } })).status).toBe(200);
    expect((await fx.vigil.persons.get(dup.id))!.names.map((n) => n.text)).toEqual(["Игорь Мергетест"]);
    expect((await post(`/api/people/merges/${merged.auditId}/undo`, "admin")).status).toBe(409);
  });
});
