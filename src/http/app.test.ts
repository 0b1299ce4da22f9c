/**
 * In-process HTTP tests (`app.request`) on an embedded database with the public dataset:
 * the contract routes, sessions and CSRF, review, exports, and the walk of every route × role
 * proving that no private value reaches the public role.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFixture, USERS, type Fixture } from "../../test/browser/fixture.js";

let fx: Fixture;
beforeAll(async () => {
  fx = await openFixture();
});
afterAll(async () => {
  await fx?.close();
});

async function login(who: keyof typeof USERS): Promise<{ token: string; cookie: string; csrf: string }> {
  const res = await fx.app.request("/api/session", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(USERS[who]) });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { token: string; csrfToken: string };
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0]!;
  return { token: body.token, cookie, csrf: body.csrfToken };
}

describe("contract routes", () => {
  it("serves an OpenAPI 3.1 document generated from the route schemas", async () => {
    const doc = (await (await fx.app.request("/api/openapi.json")).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    for (const p of ["/api/stats", "/api/people/{id}", "/api/session", "/api/review", "/api/export/{file}"]) expect(doc.paths).toHaveProperty([p]);
    expect((await fx.app.request("/api/docs")).status).toBe(200);
  });

  it("GET /api/stats gives the claimed series with sources and the rounds from the dataset", async () => {
    const s = (await (await fx.app.request("/api/stats")).json()) as {
      asOf: string;
      heldOverTime: { claimed: { publisher: string; points: { date: string; value: number; sourceUrl: string }[] }[]; derived: { date: string; held: number }[] };
      rounds: { date: string; count: number; breakdown: Record<string, number>; identified: number }[];
      incommunicado: { name: string }[];
    };
    const viasna = s.heldOverTime.claimed.find((x) => x.publisher === "Viasna")!;
    expect(viasna.points.find((p) => p.date === "2024-12-31")).toMatchObject({ value: 1265, sourceUrl: "https://spring96.org/en/news/117107" });
    // The unreviewed suggestion (1,199) is not part of the public series.
    expect(viasna.points.some((p) => p.value === 1199)).toBe(false);
    const nov20 = s.rounds.find((r) => r.date === "2024-11-20")!;
    expect(nov20).toMatchObject({ count: 32, identified: 1 });
    expect(nov20.breakdown).toMatchObject({ women: 8, men: 24 });
    // A cell of one in a round with a named member could identify them: withheld from the public.
    expect(nov20.breakdown).not.toHaveProperty("disabled");
    expect(s.incommunicado.map((p) => p.name)).toContain("Ales Testavich");
    // The registry's own count: on every claimed date, on the first of each month since, and today.
    const derivedDates = s.heldOverTime.derived.map((d) => d.date);
    expect(derivedDates).toContain("2024-12-31");
    expect(derivedDates).toContain("2025-01-01");
    expect(derivedDates).toContain(`${s.asOf.slice(0, 7)}-01`);
    expect(derivedDates.at(-1)).toBe(s.asOf);
  });

  it("finds people across scripts, and hides unpublished people from the public", async () => {
    const hits = (await (await fx.app.request(`/api/people?q=${encodeURIComponent("Тэставіч")}`)).json()) as { results: { id: string }[] };
    expect(hits.results.map((h) => h.id)).toContain(fx.ids.person);
    expect((await fx.app.request(`/api/people/${fx.ids.hidden}`)).status).toBe(404);
    const { token } = await login("analyst");
    expect((await fx.app.request(`/api/people/${fx.ids.hidden}`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });
});

describe("sessions", () => {
  it("sets an HttpOnly SameSite=Strict cookie, and refuses wrong passwords with 401", async () => {
    const res = await fx.app.request("/api/session", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(USERS.analyst) });
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const bad = await fx.app.request("/api/session", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "analyst", password: "nope" }) });
    expect(bad.status).toBe(401);
  });

  it("requires the CSRF token on cookie-authenticated writes, not on bearer ones", async () => {
    const { cookie, csrf } = await login("analyst");
    const url = `/api/review/${encodeURIComponent("claim:nonexistent")}/reject`;
    const json = { "content-type": "application/json" };
    expect((await fx.app.request(url, { method: "POST", headers: { cookie, ...json }, body: "{}" })).status).toBe(403);
    expect((await fx.app.request(url, { method: "POST", headers: { cookie, ...json, "x-csrf-token": csrf }, body: "{}" })).status).toBe(404);
  });

  it("keeps the review queue from the public and from bad tokens", async () => {
    expect((await fx.app.request("/api/review")).status).toBe(401);
    expect((await fx.app.request("/api/review", { headers: { authorization: "Bearer forged" } })).status).toBe(401);
  });

});

describe("review over HTTP", () => {
  it("lists a suggestion with its document and evidence, accepts it, and the counts change", async () => {
    const { token } = await login("analyst");
    const auth = { authorization: `Bearer ${token}` };
    const list = (await (await fx.app.request("/api/review", { headers: auth })).json()) as { results: { id: string; document: { text: string }; evidence: { start: number; end: number }[] }[]; counts: Record<string, number> };
    const item = list.results.find((r) => r.id === fx.ids.suggestion)!;
    expect(item.document.text.slice(item.evidence[0]!.start, item.evidence[0]!.end)).toBe("1,199");
    const res = await fx.app.request(`/api/review/${encodeURIComponent(fx.ids.suggestion)}/accept`, { method: "POST", headers: auth });
    const after = (await res.json()) as { counts: Record<string, number> };
    expect(after.counts.suggested).toBe(list.counts.suggested! - 1);
    expect(after.counts.accepted).toBe(list.counts.accepted! + 1);
    const s = (await (await fx.app.request("/api/stats")).json()) as { heldNow: { claimed: { value: number } } };
    expect(s.heldNow.claimed.value).toBe(1199);
  });
});

describe("exports", () => {
  it("writes RFC 4180 CSV with absolute record URLs", async () => {
    const res = await fx.app.request("http://vigil.test/api/export/claims.csv");
    const text = await res.text();
    expect(res.headers.get("content-type")).toMatch(/text\/csv/);
    expect(text.split("\r\n")[0]).toMatch(/^id,url,/);
    expect(text).toContain("http://vigil.test/api/claims/");
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("refuses the full export to the public", async () => {
    expect((await fx.app.request("/api/export/people.json?scope=full")).status).toBe(401);
  });
});

// Last: the limiter counts failures per client address, and every request here comes from one.
describe("login rate limit", () => {
  it("rate-limits login attempts", async () => {
    let last = 0;
    for (let i = 0; i < 12; i++) {
      last = (await fx.app.request("/api/session", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "ratelimited", password: "wrong-password" }) })).status;
    }
    expect(last).toBe(429);
  });
});
