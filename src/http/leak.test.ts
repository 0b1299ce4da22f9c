/**
 * The privacy walk: every GET route of the OpenAPI document (parameters filled with every kind
 * of id, exports in every format and scope) and every web page, requested as each role. No
 * private value — health, disability, family, contacts, private notes, an unpublished person,
 * an unreviewed suggestion — may reach the public role: not in answers, exports, search,
 * errors or the OpenAPI document. The analyst and admin halves prove the markers are really there.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFixture, SECRETS, sessionTokens, type Fixture } from "../../test/browser/fixture.js";

let fx: Fixture;
let analystToken = "";
let adminToken = "";
let urls: string[] = [];

beforeAll(async () => {
  fx = await openFixture();
  ({ analyst: analystToken, admin: adminToken } = await sessionTokens(fx.app));
  const doc = (await (await fx.app.request("/api/openapi.json")).json()) as { paths: Record<string, Record<string, { parameters?: { name: string; in: string; schema?: { enum?: string[] } }[] }>> };
  const ids = [fx.ids.person, fx.ids.hidden, fx.ids.suggestion, fx.ids.hostileDoc, fx.ids.cohort, "unknown-id"];
  for (const [path, ops] of Object.entries(doc.paths)) {
    const get = ops.get;
    if (!get) continue;
    let expanded = [path];
    for (const p of get.parameters ?? []) {
      if (p.in !== "path") continue;
      const values = p.schema?.enum ?? ids;
      expanded = expanded.flatMap((u) => values.map((v) => u.replace(`{${p.name}}`, encodeURIComponent(v))));
    }
    for (const u of expanded) {
      urls.push(u);
      if (u.startsWith("/api/export/")) urls.push(`${u}?scope=full`);
    }
  }
  urls.push(`/api/people?q=${encodeURIComponent(SECRETS.hiddenName)}`, "/api/people?q=Testavich", "/api/people?q=Тэставіч", "/api/review?status=suggested");
  // The CLI-parity reads with their queries filled: a date, and names of a published and an unpublished person.
  urls.push("/api/count?on=2024-12-31", "/api/count?on=2025-13-01", `/api/people/similar?name=${encodeURIComponent(SECRETS.hiddenName)}`, "/api/people/similar?name=Testavich");
  urls.push("/", "/people?q=Hiddenia", "/people?q=Testavich", `/people/${fx.ids.person}`, `/people/${fx.ids.hidden}`, "/cohorts", `/cohorts/${fx.ids.cohort}`, "/sources", `/sources/${fx.ids.hostileDoc}`, "/review", "/login", "/api/docs", "/api/openapi.json");
  urls = [...new Set(urls)];
});
afterAll(async () => {
  await fx?.close();
});

const markers = () => [...Object.values(SECRETS), fx.ids.hidden, fx.ids.suggestion.split(":")[1]!];

describe("no private field reaches the public role", () => {
  it("walks enough routes to mean something", () => {
    expect(urls.length).toBeGreaterThan(40);
  });

  it("public: no marker in any response of any route", async () => {
    const leaks: string[] = [];
    for (const url of urls) {
      const res = await fx.app.request(url);
      const body = await res.text();
      for (const m of markers()) if (body.includes(m)) leaks.push(`${url} (${res.status}) leaks ${m}`);
    }
    expect(leaks).toEqual([]);
  });

  it("analyst: the same walk does see the private values (the markers are real)", async () => {
    const seen = new Set<string>();
    for (const url of urls) {
      const body = await (await fx.app.request(url, { headers: { authorization: `Bearer ${analystToken}` } })).text();
      for (const m of markers()) if (body.includes(m)) seen.add(m);
    }
    for (const m of [SECRETS.health, SECRETS.family, SECRETS.disability, SECRETS.hiddenName, SECRETS.suggestionText]) expect(seen).toContain(m);
  });

  it("admin: the same walk (the backup included) sees every private value, contacts too", async () => {
    const seen = new Set<string>();
    for (const url of urls) {
      const body = await (await fx.app.request(url, { headers: { authorization: `Bearer ${adminToken}` } })).text();
      for (const m of markers()) if (body.includes(m)) seen.add(m);
    }
    expect(urls).toContain("/api/backup");
    for (const m of Object.values(SECRETS)) expect(seen).toContain(m);
  });

  it("public: the new write routes refuse before answering anything about the registry", async () => {
    const posts: [string, unknown][] = [
      ["/api/people", { name: SECRETS.hiddenName }],
      [`/api/people/${fx.ids.hidden}/events`, { type: "detained", date: "2021-01-01" }],
      ["/api/cohorts", { type: "pardon", count: 1, sourceUrl: "https://example.org/x" }],
      [`/api/cohorts/${fx.ids.cohort}/members`, { personId: fx.ids.hidden }],
      ["/api/extract", { text: `${SECRETS.hiddenName} was detained.` }],
      ["/api/ingest", { text: `${SECRETS.hiddenName} was detained.` }],
    ];
    for (const [url, body] of posts) {
      const res = await fx.app.request(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      expect(res.status, url).toBe(401);
      const text = await res.text();
      for (const m of markers()) expect(text, url).not.toContain(m);
    }
  });
});
