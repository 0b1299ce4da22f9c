/**
 * In-process tests (`app.request`) of the CLI-parity routes: count, status, person/event/cohort
 * writes, similar people, extract, ingest and backup. Each route: success, a 400 naming the
 * field, the role check, and (for writes) CSRF on cookie sessions; adding a known person is a
 * 409 with the suggested matches.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFixture, SECRETS, sessionTokens, USERS, type Fixture } from "../../test/browser/fixture.js";

let fx: Fixture;
let tokens: Record<keyof typeof USERS, string> = { analyst: "", admin: "" };
beforeAll(async () => {
  fx = await openFixture();
  tokens = await sessionTokens(fx.app);
});
afterAll(async () => {
  await fx?.close();
});

type Body = Record<string, unknown> & { error?: { code: string; field?: string; message: string } };
const JSON_TYPE = { "content-type": "application/json" };

/** A request as `who` (bearer token), or as the public when `who` is null. */
async function call(who: keyof typeof USERS | null, method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Body }> {
  const auth: Record<string, string> = who ? { authorization: `Bearer ${tokens[who]}` } : {};
  const init: RequestInit = { method, headers: { ...auth, ...(body === undefined ? {} : JSON_TYPE), ...headers } };
  if (body !== undefined) init.body = typeof body === "string" ? body : JSON.stringify(body);
  const res = await fx.app.request(url, init);
  const text = await res.text();
  return { status: res.status, body: (text.startsWith("{") ? JSON.parse(text) : { text }) as Body };
}

describe("public reads: count and status", () => {
  it("GET /api/count gives the derived count on a date with its derivation", async () => {
    const r = await call(null, "GET", "/api/count?on=2022-01-01");
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ date: "2022-01-01", kind: "derived" });
    expect(r.body.held).toBeGreaterThanOrEqual(1); // Ales Testavich, detained 2021-03-01
    expect(String(r.body.derivation)).toMatch(/custody act/);
  });

  it("GET /api/names/match tells one woman across scripts from her husband", async () => {
    const same = await call(null, "GET", `/api/names/match?a=${encodeURIComponent("Марыя Калеснікава")}&b=${encodeURIComponent("Maria Kolesnikova")}`);
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ same: true });
    const spouses = await call(null, "GET", `/api/names/match?a=${encodeURIComponent("Siarhei Tsikhanouski")}&b=${encodeURIComponent("Sviatlana Tsikhanouskaya")}`);
    expect(spouses.body).toMatchObject({ same: false });
    expect((await call(null, "GET", "/api/names/match?a=x")).status).toBe(400);
  });

  it("GET /api/count names the field of a bad date", async () => {
    for (const on of ["2024-13", "yesterday"]) {
      const r = await call(null, "GET", `/api/count?on=${on}`);
      expect(r.status).toBe(400);
      expect(r.body.error?.field).toBe("on");
    }
  });

  it("GET /api/status keeps the review queue for analysts", async () => {
    const pub = await call(null, "GET", "/api/status");
    expect(pub.status).toBe(200);
    expect(pub.body).not.toHaveProperty("suggested");
    const analyst = await call("analyst", "GET", "/api/status");
    expect(analyst.body).toMatchObject({ suggested: { claims: expect.any(Number) as number } });
    // The public claim total leaves the unreviewed suggestion out.
    expect(pub.body.claims).toBe((analyst.body.claims as number) - (analyst.body.suggested as { claims: number }).claims);
  });
});

describe("POST /api/people", () => {
  it("refuses the public (401) and answers an analyst with 201", async () => {
    expect((await call(null, "POST", "/api/people", { name: "Nova Personava" })).status).toBe(401);
    const r = await call("analyst", "POST", "/api/people", { name: "Nova Personava", aliases: ["Нова Персанава"], born: "1980", health: "private-note" });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ name: "Nova Personava", born: "1980" });
    expect(JSON.stringify(r.body)).not.toContain("private-note");
  });

  it("names the bad field (400)", async () => {
    const r = await call("analyst", "POST", "/api/people", { name: "" });
    expect(r.status).toBe(400);
    expect(r.body.error?.field).toBe("name");
    const born = await call("analyst", "POST", "/api/people", { name: "Future Bornava", born: "2999" });
    expect(born.status).toBe(400);
    expect(born.body.error?.field).toBe("born");
  });

  it("answers 409 with the suggested matches for a likely duplicate; ?new=true adds anyway; aliasOf adds names", async () => {
    const dup = await call("analyst", "POST", "/api/people", { name: "Алесь Тэставіч" });
    expect(dup.status).toBe(409);
    expect(dup.body.error?.code).toBe("conflict");
    expect((dup.body.suggestions as { personId: string }[]).map((s) => s.personId)).toContain(fx.ids.person);
    expect(JSON.stringify(dup.body)).not.toContain(SECRETS.health);
    expect((await call("analyst", "POST", "/api/people?new=true", { name: "Алесь Тэставіч" })).status).toBe(201);
    const alias = await call("analyst", "POST", "/api/people", { name: "Ales Testavič", aliasOf: fx.ids.person });
    expect(alias.status).toBe(201);
    expect(alias.body.id).toBe(fx.ids.person);
  });

  it("requires the CSRF token on a cookie write (403), and accepts it with the token", async () => {
    const login = await fx.app.request("/api/session", { method: "POST", headers: JSON_TYPE, body: JSON.stringify(USERS.analyst) });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const body = JSON.stringify({ name: "Cookie Writerava" });
    expect((await fx.app.request("/api/people", { method: "POST", headers: { ...JSON_TYPE, cookie }, body })).status).toBe(403);
    expect((await fx.app.request("/api/people", { method: "POST", headers: { ...JSON_TYPE, cookie, "x-csrf-token": csrfToken }, body })).status).toBe(201);
  });
});

describe("GET /api/people/similar", () => {
  it("finds a known person in another script and case, for analysts only", async () => {
    const r = await call("analyst", "GET", `/api/people/similar?name=${encodeURIComponent("Алеся Тэставіча")}`);
    expect(r.status).toBe(200);
    expect((r.body.results as { personId: string }[]).map((s) => s.personId)).toContain(fx.ids.person);
    expect((await call(null, "GET", "/api/people/similar?name=Testavich")).status).toBe(401);
    const bad = await call("analyst", "GET", "/api/people/similar");
    expect(bad.status).toBe(400);
    expect(bad.body.error?.field).toBe("name");
  });
});

describe("POST /api/people/{id}/events", () => {
  it("records an act (201), names a bad field (400), 404s an unknown person, refuses the public", async () => {
    const url = `/api/people/${fx.ids.person}/events`;
    const ok = await call("analyst", "POST", url, { type: "sentenced", date: "2021-09-01" });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ type: "sentenced", date: "2021-09-01", personId: fx.ids.person });
    const future = await call("analyst", "POST", url, { type: "released", date: "2999-01-01" });
    expect(future.status).toBe(400);
    expect(future.body.error?.field).toBe("date");
    const type = await call("analyst", "POST", url, { type: "vanished", date: "2021-01-01" });
    expect(type.body.error?.field).toBe("type");
    expect((await call("analyst", "POST", "/api/people/unknown-id/events", { type: "detained", date: "2021-01-01" })).status).toBe(404);
    expect((await call(null, "POST", url, { type: "detained", date: "2021-01-01" })).status).toBe(401);
  });
});

describe("POST /api/cohorts and /api/cohorts/{id}/members", () => {
  it("checks the breakdown: women + men above the count is a 400 naming women", async () => {
    const r = await call("analyst", "POST", "/api/cohorts", { type: "pardon", count: 10, women: 6, men: 6, date: "2024-05-01", sourceUrl: "https://example.org/r" });
    expect(r.status).toBe(400);
    expect(r.body.error?.field).toBe("women");
    const count = await call("analyst", "POST", "/api/cohorts", { type: "pardon", count: -1, sourceUrl: "https://example.org/r" });
    expect(count.body.error?.field).toBe("count");
    expect((await call("analyst", "POST", "/api/cohorts", { type: "pardon", count: 3 })).body.error?.field).toBe("source");
  });

  it("records a cohort (201) and links a member; the public may do neither", async () => {
    const body = { type: "pardon", count: 12, women: 5, men: 7, date: "2024-05-01", sourceUrl: "https://example.org/round" };
    expect((await call(null, "POST", "/api/cohorts", body)).status).toBe(401);
    const r = await call("analyst", "POST", "/api/cohorts", body);
    expect(r.status).toBe(201);
    const id = r.body.id as string;
    const link = await call("analyst", "POST", `/api/cohorts/${id}/members`, { personId: fx.ids.person });
    expect(link).toMatchObject({ status: 200, body: { linked: true, identified: 1, count: 12 } });
    expect((await call("analyst", "POST", `/api/cohorts/${id}/members`, {})).body.error?.field).toBe("personId");
    expect((await call(null, "POST", `/api/cohorts/${id}/members`, { personId: fx.ids.person })).status).toBe(401);
  });
});

describe("POST /api/extract", () => {
  const text = "On 16 August 2024 Lukashenka pardoned 30 political prisoners, 14 women and 16 men.";

  it("gives the facts with evidence, stores nothing, for analysts", async () => {
    const before = (await call("analyst", "GET", "/api/status")).body.documents;
    const r = await call("analyst", "POST", "/api/extract", { text, published: "2024-08-17", language: "en" });
    expect(r.status).toBe(200);
    expect(Object.keys(r.body).sort()).toEqual(["other_counts", "pardon_events", "persons", "prisoner_count_claims", "releases"]);
    const [round] = r.body.pardon_events as { count: number; evidence: { start: number; end: number }[] }[];
    expect(round?.count).toBe(30);
    expect(round?.evidence.length).toBeGreaterThan(0);
    expect((await call("analyst", "GET", "/api/status")).body.documents).toBe(before);
  });

  it("names the field (400), refuses the public (401) and bodies over the limit (413)", async () => {
    expect((await call("analyst", "POST", "/api/extract", { title: "no text" })).body.error?.field).toBe("text");
    expect((await call("analyst", "POST", "/api/extract", { text, published: "17.08.2024" })).body.error?.field).toBe("published");
    expect((await call(null, "POST", "/api/extract", { text })).status).toBe(401);
    expect((await call("analyst", "POST", "/api/extract", { text: "x".repeat(1024 * 1024 + 10) })).status).toBe(413);
  });
});

describe("POST /api/ingest", () => {
  const text = "Viasna said on 31 January 2025 that 1,244 political prisoners were held in Belarus.";

  it("stores posted text once, with the summary of `vigil ingest --json`", async () => {
    const first = await call("analyst", "POST", "/api/ingest", { text, published: "2025-02-01", outlet: "test" });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ new: 1, known: 0, failed: 0, errors: [], people: 0, bad_row_files: [] });
    expect(first.body.facts).toBeGreaterThan(0);
    expect((await call("analyst", "POST", "/api/ingest", { text, published: "2025-02-01", outlet: "test" })).body).toMatchObject({ new: 0, known: 1 });
  });

  it("takes a raw text upload", async () => {
    const r = await call("analyst", "POST", "/api/ingest?outlet=upload-test", "Viasna: 1,135 political prisoners on 23 December 2025.", { "content-type": "text/plain" });
    expect(r).toMatchObject({ status: 200, body: { new: 1 } });
  });

  it("imports a people CSV upload with the CLI's dedupe: a known person is matched, not added again", async () => {
    // Maxim Znak is in the loaded dataset; the list spells him in Russian.
    const csv = ["name,birth year,region,articles,sentence,prison,status,detained,sentenced,released", "Максим Знак,1981,Minsk,361 ч.3,10 years,Colony No. 9,held,2020-09-09,2021-09-06,"].join("\n");
    const before = await fx.vigil.persons.count();
    const r = await call("analyst", "POST", "/api/ingest?outlet=csv-test", csv, { "content-type": "text/csv" });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ new: 1, people: 0, matched_existing: 1, possible_duplicates: [] });
    expect(await fx.vigil.persons.count()).toBe(before);
  });

  it("refuses a people CSV with bad rows by line, and with ?skip_bad=true imports the good rows and answers with the bad ones", async () => {
    const csv = ["name,birth year,status,detained", "Iryna Probnaya,1975,held,2021-05-01", ",1980,held,2020-01-01", "Pavel Probny,19x2,held,2020-01-01"].join("\n");
    const before = await fx.vigil.persons.count();
    const upload = (query: string) => call("analyst", "POST", `/api/ingest${query}`, csv, { "content-type": "text/csv" });

    for (const query of ["", "?skip_bad=false"]) {
      const refused = await upload(query);
      expect(refused).toMatchObject({ status: 200, body: { new: 0, failed: 1, people: 0, bad_rows: [], bad_row_files: [] } });
      expect((refused.body.errors as { source: string }[]).map((e) => e.source)).toEqual(["upload:3", "upload:4", "upload"]);
      // The way out is named as an API caller spells it, not as the CLI flag.
      expect((refused.body.errors as { message: string }[])[2]!.message).toContain("use skip_bad=true");
      expect(await fx.vigil.persons.count()).toBe(before);
    }

    const r = await upload("?skip_bad=true");
    expect(r).toMatchObject({ status: 200, body: { new: 1, failed: 0, people: 1, bad_row_files: [] } });
    expect(r.body.bad_rows).toEqual([
      { source: "upload", line: 3, reason: "name is empty", raw: ",1980,held,2020-01-01" },
      { source: "upload", line: 4, reason: expect.stringContaining('birth year "19x2"') as unknown, raw: "Pavel Probny,19x2,held,2020-01-01" },
    ]);
    expect(await fx.vigil.persons.count()).toBe(before + 1);

    expect((await upload("?skip_bad=yes")).body.error?.field).toBe("skip_bad");
  });

  it("documents skip_bad and bad_rows in the OpenAPI document", async () => {
    const doc = (await call(null, "GET", "/api/openapi.json")).body as { paths: Record<string, { post?: { parameters?: { name: string }[] } }>; components: { schemas: Record<string, { properties: Record<string, unknown> }> } };
    expect(doc.paths["/api/ingest"]?.post?.parameters?.map((p) => p.name)).toContain("skip_bad");
    expect(doc.components.schemas.IngestSummary?.properties).toHaveProperty("bad_rows");
  });

  it("names the field (400): text and url together, a private address, a file path; 415 for other types", async () => {
    expect((await call("analyst", "POST", "/api/ingest", { text, url: "https://example.org/a" })).body.error?.field).toBe("text");
    for (const url of ["http://127.0.0.1:3000/api/backup", "http://localhost/x", "http://[::1]/", "http://192.168.1.1/"]) {
      const r = await call("analyst", "POST", "/api/ingest", { url });
      expect(r.status).toBe(400);
      expect(r.body.error?.field).toBe("url");
    }
    expect((await call("analyst", "POST", "/api/ingest", { url: "/etc/passwd" })).body.error?.field).toBe("url");
    const pdf = await call("analyst", "POST", "/api/ingest", "x", { "content-type": "application/pdf" });
    expect(pdf).toMatchObject({ status: 415, body: { error: { code: "unsupported_media_type" } } });
  });

  it("refuses the public (401)", async () => {
    expect((await call(null, "POST", "/api/ingest", { text })).status).toBe(401);
  });
});

describe("GET /api/backup", () => {
  it("streams the `vigil backup` JSON Lines to admins only", async () => {
    expect((await call(null, "GET", "/api/backup")).status).toBe(401);
    expect((await call("analyst", "GET", "/api/backup")).status).toBe(403);
    const res = await fx.app.request("/api/backup", { headers: { authorization: `Bearer ${tokens.admin}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/x-ndjson/);
    expect(res.headers.get("cache-control")).toMatch(/no-store/);
    const lines = (await res.text()).trim().split("\n");
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: "vigil-backup/1" });
    expect(lines.length).toBeGreaterThan(10);
  });

  it("says in the OpenAPI document that restore stays on the command line", async () => {
    const doc = (await (await fx.app.request("/api/openapi.json")).json()) as { info: { description: string }; paths: Record<string, unknown> };
    expect(doc.info.description).toMatch(/restore/i);
    for (const p of ["/api/count", "/api/status", "/api/people/similar", "/api/people/{id}/events", "/api/cohorts/{id}/members", "/api/extract", "/api/ingest", "/api/backup"]) expect(doc.paths).toHaveProperty([p]);
  });
});
