import { expect, it } from "vitest";
import { cohortConflicts } from "../../src/domain/cohort.js";
import type { DocumentInput } from "../../src/domain/document.js";
import { emptyFacts, type ExtractInput, type Facts } from "../../src/extract/facts.js";
import { sqlIngestStore } from "../../src/storage/sql-ingest-store.js";
import { describeBackends } from "../../src/storage/test-support.js";
import { ingestDocument, ingestDocuments, type Extractor } from "../../src/app/ingest-documents.js";

/**
 * A fake extractor that reads a tiny made-up notation, so these tests exercise storage and
 * clustering without depending on the real extractor's accuracy:
 *   "PARDON 20 2025-11-20 ord=6 women=5"   "HELD 1200 over Viasna"   "NAME Anna Example"
 */
const fake: Extractor = {
  version: "fake-1",
  extract(input: ExtractInput): Facts {
    const facts = emptyFacts();
    for (const m of input.text.matchAll(/PARDON (\d+) (\S+)(?: ord=(\d+))?(?: women=(\d+))?/g)) {
      const start = m.index;
      facts.pardon_events.push({
        count: Number(m[1]), qualifier: "exact", date: m[2] === "-" ? null : m[2]!, women: m[4] ? Number(m[4]) : null, men: null,
        chronic_illness: null, disabled: null, over_50: null, with_children: null, minors: null,
        ordinal_in_year: m[3] ? Number(m[3]) : null, names: [], evidence: [{ field: "text", start, end: start + m[0].length }],
      });
    }
    for (const m of input.text.matchAll(/HELD (\d+) (exact|over) (\w+)/g)) {
      facts.prisoner_count_claims.push({ value: Number(m[1]), qualifier: m[2] as "exact", as_of: null, attributed_to: m[3]!, scope: "political prisoners currently held", country: null, evidence: [{ field: "text", start: m.index, end: m.index + m[0].length }] });
    }
    for (const m of input.text.matchAll(/NAME (\w+ \w+)/g)) {
      facts.persons.push({ name: m[1]!, role: "prisoner", status_note: "", evidence: [{ field: "text", start: m.index + 5, end: m.index + m[0].length }] });
    }
    if (input.text.includes("BROKEN")) {
      facts.prisoner_count_claims.push({ value: 5, qualifier: "exact", as_of: null, attributed_to: "X", scope: "", country: null, evidence: [{ field: "text", start: 9, end: 2 }] });
    }
    return facts;
  },
};

function doc(text: string, url: string, published = "2025-11-21"): DocumentInput {
  return { text, title: null, url, outlet: "Test Outlet", published, language: "en", original: new TextEncoder().encode(`${url}\n${text}`), originalType: "text/plain", origin: `test:${url}` };
}

describeBackends("ingestDocument", (getVigil) => {
  const deps = () => ({ store: sqlIngestStore(getVigil().db), extractor: fake });

  it("stores a new document with its suggested facts, and recognises it the second time", async () => {
    const vigil = getVigil();
    const first = await ingestDocument(deps(), doc("PARDON 20 2025-11-20 ord=6. HELD 1200 over Viasna. NAME Anna Example.", "https://a.example/1"));
    expect(first).toMatchObject({ status: "new", facts: 3, cohortsCreated: 1 });
    if (first.status !== "new") throw new Error("expected a new document");
    const again = await ingestDocument(deps(), doc("PARDON 20 2025-11-20 ord=6. HELD 1200 over Viasna. NAME Anna Example.", "https://a.example/1"));
    expect(again).toEqual({ status: "known", documentId: first.documentId, facts: 0, cohortsCreated: 0 });
    expect(await vigil.documents.count()).toBe(1);
    const [claim] = await vigil.claims.list({ documentId: first.documentId });
    expect(claim).toMatchObject({ subject: "political_prisoners_held", value: 1200, qualifier: "over", attributedTo: "Viasna", asOf: "2025-11-21", status: "suggested", extractorVersion: "fake-1" });
    const [mention] = await vigil.mentions.list({ documentId: first.documentId });
    expect(mention).toMatchObject({ name: "Anna Example", role: "prisoner", status: "suggested" });
  });

  it("folds reports of one round into one cohort and keeps their disagreements", async () => {
    const vigil = getVigil();
    await ingestDocument(deps(), doc("PARDON 20 2025-11-20 ord=6 women=5", "https://a.example/r1"));
    await ingestDocument(deps(), doc("PARDON 20 2025-11-21 ord=7", "https://b.example/r2"));
    await ingestDocument(deps(), doc("PARDON 20 - women=5", "https://c.example/r3", "2025-11-22"));
    await ingestDocument(deps(), doc("PARDON 20 2025-09-10", "https://d.example/other-round"));
    const cohorts = await vigil.cohorts.list({});
    expect(cohorts.map((c) => c.date).sort()).toEqual(["2025-09-10", "2025-11-20"]);
    const round = cohorts.find((c) => c.date === "2025-11-20")!;
    expect(round).toMatchObject({ count: 20, ordinal: 6, women: 5, status: "suggested" });
    const sources = await vigil.cohorts.sources([round.id]);
    expect(sources.map((s) => s.url)).toEqual(["https://a.example/r1", "https://b.example/r2", "https://c.example/r3"]);
    const conflicts = cohortConflicts(sources.map((s) => ({ source: s.url!, reported: s.reported })));
    expect(conflicts.map((c) => c.field).sort()).toEqual(["date", "ordinal"]);
    expect(conflicts.find((c) => c.field === "date")?.values).toEqual([
      { value: "2025-11-20", sources: ["https://a.example/r1"] },
      { value: "2025-11-21", sources: ["https://b.example/r2"] },
    ]);
  });

  it("stores nothing of a document whose facts cannot be stored, and the rest of its batch", async () => {
    const vigil = getVigil();
    const good = doc("PARDON 7 2025-01-01 NAME Anna Example", "https://a.example/good");
    const outcomes = await ingestDocuments(deps(), [good, doc("PARDON 7 2025-01-01 BROKEN", "https://a.example/broken"), good]);
    expect(outcomes.map((o) => o.status)).toEqual(["new", "failed", "known"]);
    expect(outcomes[1]?.status === "failed" && outcomes[1].error).toMatch(/evidence/);
    expect(outcomes[2]?.status === "known" && outcomes[2].documentId).toBe(outcomes[0]?.status === "new" && outcomes[0].documentId);
    expect(await vigil.documents.count()).toBe(1);
    expect(await vigil.cohorts.count()).toBe(1);
    expect((await vigil.claims.list({})).length).toBe(0);
  });

  it("clusters reports of one round that arrive in the same batch", async () => {
    const vigil = getVigil();
    await ingestDocuments(deps(), [doc("PARDON 33 2025-06-02", "https://a.example/x1"), doc("PARDON 33 2025-06-03 ord=4", "https://b.example/x2")]);
    const [round, ...rest] = await vigil.cohorts.list({});
    expect(rest).toEqual([]);
    expect(round).toMatchObject({ count: 33, date: "2025-06-02", ordinal: 4 });
    expect((await vigil.cohorts.sources([round!.id])).length).toBe(2);
  });

  it("two concurrent batches reporting one round make one cohort", async () => {
    const vigil = getVigil();
    await Promise.all([
      ingestDocuments(deps(), [doc("PARDON 44 2025-07-03", "https://a.example/race1")]),
      ingestDocuments(deps(), [doc("PARDON 44 2025-07-03", "https://b.example/race2")]),
    ]);
    const cohorts = await vigil.cohorts.list({});
    expect(cohorts).toHaveLength(1);
    expect(await vigil.cohorts.sources([cohorts[0]!.id])).toHaveLength(2);
  });

  it("treats a page whose words did not change as known, and a changed one as new", async () => {
    const vigil = getVigil();
    const page = (text: string, markup: string): DocumentInput => ({ ...doc(text, "https://a.example/page"), original: new TextEncoder().encode(`<html>${markup}<p>${text}</p></html>`) });
    expect((await ingestDocument(deps(), page("PARDON 9 2025-02-02", "<!-- ad 1 -->"))).status).toBe("new");
    expect((await ingestDocument(deps(), page("PARDON 9 2025-02-02", "<!-- ad 2 -->"))).status).toBe("known");
    expect((await ingestDocument(deps(), page("PARDON 9 2025-02-02 ord=2", "<!-- ad 3 -->"))).status).toBe("new");
    expect(await vigil.documents.count()).toBe(2);
  });
});
