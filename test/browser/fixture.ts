/**
 * @module test/browser/fixture
 * A small world for web tests: the public dataset, an analyst and an admin, one published
 * person with private fields, one unpublished person, and a suggested claim whose document
 * contains hostile markup. Every private value is a unique marker string, so a leak test can
 * search any response for it.
 */
import { linkCohortMember } from "../../src/app/add-cohort.js";
import { loadDataset } from "../../src/app/load-dataset.js";
import { buildWebApp } from "../../src/cli/serve.js";
import { openVigil, type Vigil } from "../../src/main.js";
import { nameKey } from "../../src/names/key.js";

export const SECRETS = {
  health: "SECRET-HEALTH-asthma-7f3a",
  disability: "SECRET-DISABILITY-9c1e",
  family: "SECRET-FAMILY-wife-and-two-sons-22b0",
  contacts: "SECRET-CONTACTS-+375291234567-5d4c",
  notes: "SECRET-NOTES-relatives-live-at-Lenina-12-1a9f",
  hiddenName: "Hiddenia Unpublishedava",
  suggestionText: "SECRET-SUGGESTION-unreviewed-3e77",
} as const;

export const USERS = { analyst: { username: "analyst", password: "analyst-pass-123" }, admin: { username: "admin", password: "admin-pass-1234" } };

/** Logs the analyst and the admin in over the API; their bearer tokens, by role. */
export async function sessionTokens(app: Fixture["app"]): Promise<Record<keyof typeof USERS, string>> {
  const tokens = { analyst: "", admin: "" };
  for (const who of ["analyst", "admin"] as const) {
    const res = await app.request("/api/session", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(USERS[who]) });
    tokens[who] = ((await res.json()) as { token: string }).token;
  }
  return tokens;
}

export interface Fixture {
  vigil: Vigil;
  app: ReturnType<typeof buildWebApp>["app"];
  ids: { person: string; hidden: string; suggestion: string; hostileDoc: string; cohort: string };
  close(): Promise<void>;
}

/** Opens an in-memory Vigil with the fixture loaded. */
export async function openFixture(opts: { dataDir?: string } = {}): Promise<Fixture> {
  const vigil = await openVigil({ dataDir: opts.dataDir ?? "memory://" });
  const { app, auth } = buildWebApp(vigil, { statsTtlMs: 0 });
  await loadDataset(vigil);
  await auth.addUser({ ...USERS.analyst, role: "analyst" });
  await auth.addUser({ ...USERS.admin, role: "admin" });

  const name = "Ales Testavich";
  const person = await vigil.persons.insert({
    name,
    nameKey: nameKey(name),
    names: [{ text: "Алесь Тэставіч", kind: "transliteration", script: "cyrillic", language: "be", nameKey: nameKey("Алесь Тэставіч") }],
    health: SECRETS.health,
    chronicIllness: true,
    disability: SECRETS.disability,
    disabled: true,
    family: SECRETS.family,
    children: 2,
    contacts: SECRETS.contacts,
    notesPrivate: SECRETS.notes,
  });
  await vigil.acts.insert({ personId: person.id, type: "detained", startDate: "2021-03-01", startPrecision: "day", status: "accepted" });
  await vigil.acts.insert({ personId: person.id, type: "incommunicado", startDate: "2023-02-01", startPrecision: "day", status: "accepted" });

  const hidden = await vigil.persons.insert({ name: SECRETS.hiddenName, nameKey: nameKey(SECRETS.hiddenName), contacts: SECRETS.contacts });

  const text = `Rights defenders said on Monday that 1,199 people are held. ${SECRETS.suggestionText} <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">`;
  const { document } = await vigil.documents.insert({
    text,
    title: `<img src=x onerror="window.__pwned = 3">A hostile page`,
    url: "https://example.org/hostile",
    outlet: "example.org",
    published: "2026-02-01",
    language: "en",
    original: new TextEncoder().encode(text),
    originalType: "text/plain",
    origin: "test",
  });
  const start = text.indexOf("1,199");
  const claim = await vigil.claims.insert({
    documentId: document.id,
    subject: "political_prisoners_held",
    value: 1199,
    qualifier: "exact",
    asOf: "2026-01-31",
    asOfPrecision: "day",
    attributedTo: "Viasna",
    scope: null,
    country: "BY",
    evidence: [{ field: "text", start, end: start + 5 }],
    status: "suggested",
  });
  // Named member of the round whose breakdown has "disabled: 1": that cell must not go public.
  const cohort = (await vigil.cohorts.list({ limit: 1000 })).find((c) => c.date === "2024-11-20")!;
  await linkCohortMember(vigil, { cohortId: cohort.id, personId: person.id });
  return {
    vigil,
    app,
    ids: { person: person.id, hidden: hidden.id, suggestion: `claim:${claim.id}`, hostileDoc: document.id, cohort: cohort.id },
    close: () => vigil.close(),
  };
}
