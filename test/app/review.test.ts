import { expect, it } from "vitest";
import { ConflictError, NotFoundError, ValidationError } from "../../src/domain/errors.js";
import type { Vigil } from "../../src/main.js";
import { describeBackends } from "../../src/storage/test-support.js";
import { addCohort } from "../../src/app/add-cohort.js";
import { recordClaim } from "../../src/app/record-claim.js";
import { reviewClaim, reviewClaims } from "../../src/app/review-claims.js";
import { reviewCohort } from "../../src/app/review-cohorts.js";

async function buildDocument(v: Vigil, text = "Rights groups count over 1,200 political prisoners.") {
  const { document } = await v.documents.insert({ text, title: null, url: `https://example.org/${text.length}`, outlet: "Example", published: "2024-11-21", language: "en", original: new TextEncoder().encode(text), originalType: "text/plain", origin: "test" });
  return document;
}

function buildClaim(documentId: string, value = 1200) {
  return { documentId, subject: "political_prisoners_held", value, qualifier: "over" as const, asOf: "2024-11-20", attributedTo: "human rights groups", scope: "currently held", country: "BY", evidence: [{ field: "text" as const, start: 18, end: 29 }], status: "suggested" as const, actor: "test" };
}

describeBackends("review of suggested facts", (getVigil) => {
  it("will not record a claim without its document, and changes nothing", async () => {
    const v = getVigil();
    await expect(recordClaim(v, buildClaim("01NOSUCHDOCUMENT0000000000"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(recordClaim(v, { ...buildClaim(""), documentId: "" })).rejects.toBeInstanceOf(ValidationError);
    expect(await v.claims.count()).toBe(0);
    expect(await v.audit.list()).toEqual([]);
  });

  it("accepts, corrects with the old values kept in the audit log, and retracts", async () => {
    const v = getVigil();
    const doc = await buildDocument(v);
    const claim = await recordClaim(v, buildClaim(doc.id));
    const corrected = await reviewClaim(v, { id: claim.id, action: "correct", values: { value: "1265", as_of: "2024-12" }, actor: "analyst:ann" });
    expect(corrected).toMatchObject({ status: "corrected", value: 1265, asOf: "2024-12-01", asOfPrecision: "month", reviewedBy: "analyst:ann" });
    const audit = await v.audit.list({ entity: "claim", entityId: claim.id });
    expect(audit.map((a) => a.action)).toEqual(["correct", "create"]);
    expect((audit[0]!.before as { value: number }).value).toBe(1200);
    expect((audit[0]!.after as { value: number }).value).toBe(1265);
    const retracted = await reviewClaim(v, { id: claim.id, action: "retract", actor: "analyst:ann", note: "wrong country" });
    expect(retracted.status).toBe("retracted");
    await expect(reviewClaim(v, { id: claim.id, action: "accept", actor: "x" })).rejects.toBeInstanceOf(ConflictError);
    expect((await v.claims.get(claim.id))!.status).toBe("retracted");
  });

  it("refuses a correction that breaks a rule, and leaves the fact as it was", async () => {
    const v = getVigil();
    const { cohort } = await addCohort(v, { type: "pardon", count: 32, women: 8, men: 24, date: "2024-11-20", sourceUrl: "https://example.org/c", status: "suggested", actor: "test" });
    await expect(reviewCohort(v, { id: cohort.id, action: "correct", values: { women: "12" }, actor: "a" })).rejects.toThrow(/women/);
    expect(await v.cohorts.get(cohort.id)).toMatchObject({ status: "suggested", women: 8 });
    const ok = await reviewCohort(v, { id: cohort.id, action: "correct", values: { women: "9", men: "23" }, actor: "a" });
    expect(ok).toMatchObject({ status: "corrected", women: 9, men: 23 });
  });

  it("reviews in bulk by filter, all or nothing", async () => {
    const v = getVigil();
    const doc = await buildDocument(v);
    const other = await buildDocument(v, "Another report with a different length of text.");
    const a = await recordClaim(v, buildClaim(doc.id, 1));
    await recordClaim(v, buildClaim(doc.id, 2));
    const c = await recordClaim(v, buildClaim(other.id, 3));
    const accepted = await reviewClaims(v, { status: "suggested", documentId: doc.id }, "accept", "analyst");
    expect(accepted).toHaveLength(2);
    expect((await v.claims.get(c.id))!.status).toBe("suggested");
    // Retracting "every claim of the document" fails as a whole if one cannot be retracted.
    await reviewClaim(v, { id: a.id, action: "retract", actor: "analyst" });
    await expect(reviewClaims(v, { documentId: doc.id }, "retract", "analyst")).rejects.toBeInstanceOf(ConflictError);
    expect((await v.claims.list({ documentId: doc.id })).map((x) => x.status).sort()).toEqual(["accepted", "retracted"]);
    expect((await v.audit.list({ entity: "claim" })).filter((e) => e.action === "retract")).toHaveLength(1);
  });
});
