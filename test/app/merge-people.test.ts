/**
 * @module test/app/merge-people
 * One human, one record, on both backends: spellings across scripts and cases are found as the
 * same person (husband and wife never), adding refuses a likely duplicate, mentions get a
 * suggested link, and a merge is undone exactly (rows and derived counts).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { ConflictError, NotFoundError, ValidationError } from "../../src/domain/errors.js";
import type { Vigil } from "../../src/main.js";
import { rows } from "../../src/storage/db.js";
import { describeBackends } from "../../src/storage/test-support.js";
import { addPerson } from "../../src/app/add-person.js";
import { findDuplicatePeople } from "../../src/app/find-duplicate-people.js";
import { candidateKeys, findSimilarPeople, SamePersonError } from "../../src/app/find-similar-people.js";
import { mergePeople, unmergePeople } from "../../src/app/merge-people.js";
import { suggestMentionLinks } from "../../src/app/suggest-mention-links.js";

const actor = "test";

/** Every row a merge may touch, in a stable order (custody_daily without its zero rows). */
async function snapshot(v: Vigil): Promise<Record<string, unknown[]>> {
  const q = {
    persons: sql`select * from persons order by id`,
    person_names: sql`select * from person_names order by id`,
    acts: sql`select * from acts order by id`,
    recognitions: sql`select * from recognitions order by id`,
    mentions: sql`select * from mentions order by id`,
    cohort_members: sql`select * from cohort_members order by cohort_id, person_id`,
    case_defendants: sql`select * from case_defendants order by case_id, person_id`,
    custody_spans: sql`select * from custody_spans order by person_id, seq`,
    custody_daily: sql`select * from custody_daily where delta <> 0 or uncertain_delta <> 0 order by day`,
  };
  const out: Record<string, unknown[]> = {};
  for (const [table, query] of Object.entries(q)) out[table] = await rows(v.db, query);
  return out;
}

async function aDocument(v: Vigil) {
  const { document } = await v.documents.insert({
    text: "A made-up report naming people.",
    title: null,
    url: null,
    outlet: "Test",
    published: "2025-01-10",
    language: "ru",
    original: new TextEncoder().encode(`doc ${Math.random()}`),
    originalType: "text/plain",
    origin: "file:test.txt",
  });
  return document;
}

describeBackends("find similar people and merge", (getVigil) => {
  it("finds one woman under every script, spelling and case form", async () => {
    const v = getVigil();
    const maria = await addPerson(v, { name: "Марыя Калеснікава", actor });
    await addPerson(v, { name: "Alexander Kolesnikov", actor, allowSimilar: true });
    for (const q of ["Maria Kolesnikova", "Марии Колесниковой", "Maryia Kalesnikava", "Мария Колесникова", "MARIA KALESNIKAVA"]) {
      const found = await findSimilarPeople(v, q);
      expect(found.map((f) => f.personId), q).toEqual([maria.id]);
      expect(found[0]!.strength, q).toBe("likely");
      expect(found[0]!.score).toBeGreaterThanOrEqual(0.8);
    }
    // A surname alone is only a possible match.
    const bare = await findSimilarPeople(v, "Колесниковой");
    expect(bare.map((f) => [f.personId, f.strength])).toEqual([[maria.id, "possible"]]);
    expect(candidateKeys("Марии Колесниковой").length).toBeGreaterThan(0);
  });

  it("never takes a husband for his wife", async () => {
    const v = getVigil();
    const husband = await addPerson(v, { name: "Siarhei Tsikhanouski", aliases: ["Сергей Тихановский"], actor });
    expect(await findSimilarPeople(v, "Sviatlana Tsikhanouskaya")).toEqual([]);
    expect(await findSimilarPeople(v, "Светланы Тихановской")).toEqual([]);
    // She is added without --new: nothing likely stands in the way.
    const wife = await addPerson(v, { name: "Sviatlana Tsikhanouskaya", actor });
    expect((await findSimilarPeople(v, "Сергея Тихановского")).map((f) => f.personId)).toEqual([husband.id]);
    expect((await findSimilarPeople(v, "Святлана Ціханоўская")).map((f) => f.personId)).toEqual([wife.id]);
  });

  it("refuses a likely duplicate unless allowed, and adds aliases with aliasOf (audited)", async () => {
    const v = getVigil();
    const maria = await addPerson(v, { name: "Марыя Калеснікава", actor });
    const err = await addPerson(v, { name: "Maria Kolesnikova", actor }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SamePersonError);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as SamePersonError).suggestions[0]).toMatchObject({ personId: maria.id, primaryName: "Марыя Калеснікава", strength: "likely" });
    expect(await v.persons.count()).toBe(1);

    // A bare surname is only "possible": it does not block.
    await addPerson(v, { name: "Kalesnikava", actor });
    expect(await v.persons.count()).toBe(2);
    await addPerson(v, { name: "Maria Kolesnikova", actor, allowSimilar: true });
    expect(await v.persons.count()).toBe(3);

    const updated = await addPerson(v, { name: "Maryia Kalesnikava", aliases: ["Марыя Калеснікава"], aliasOf: maria.id, actor });
    expect(updated.id).toBe(maria.id);
    expect(updated.names.map((n) => [n.text, n.kind])).toEqual([["Марыя Калеснікава", "primary"], ["Maryia Kalesnikava", "alias"]]);
    expect((await v.audit.list({ entity: "person", entityId: maria.id })).map((a) => a.action)).toContain("add_alias");
    await expect(addPerson(v, { name: "X Y", aliasOf: "01NOSUCHPERSON000000000000", actor })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("suggests a person for mentions with one likely match, and none for a tie or a spouse", async () => {
    const v = getVigil();
    const maria = await addPerson(v, { name: "Марыя Калеснікава", actor });
    await addPerson(v, { name: "Siarhei Tsikhanouski", actor });
    const doc = await aDocument(v);
    const ev = [{ field: "text" as const, start: 0, end: 1 }];
    const m1 = await v.mentions.insert({ documentId: doc.id, name: "Мария Колесникова", role: "pardoned", evidence: ev });
    const m2 = await v.mentions.insert({ documentId: doc.id, name: "Светлана Тихановская", role: "other", evidence: ev });
    const m3 = await v.mentions.insert({ documentId: doc.id, name: "Колесникова", role: "other", evidence: ev });
    const r = await v.tx.run((repos) => suggestMentionLinks(repos, { documentId: doc.id }));
    expect(r).toEqual({ checked: 3, linked: 1 });
    expect((await v.mentions.get(m1.id))).toMatchObject({ personId: maria.id, status: "suggested" });
    expect((await v.mentions.get(m2.id))!.personId).toBeNull();
    expect((await v.mentions.get(m3.id))!.personId).toBeNull();
  });

  it("merges everything into the kept person, counts once, and undoes exactly", async () => {
    const v = getVigil();
    const a = await addPerson(v, { name: "Марыя Калеснікава", aliases: ["Maria Kalesnikava"], actor });
    const b = await addPerson(v, { name: "Maria Kolesnikova", actor, allowSimilar: true });
    const other = await addPerson(v, { name: "Ales Bialiatski", actor });
    const doc = await aDocument(v);
    // Both records held over overlapping periods: two people to the registry until merged.
    await v.acts.insert({ personId: a.id, type: "detained", startDate: "2020-09-07", startPrecision: "day" });
    await v.acts.insert({ personId: b.id, type: "detained", startDate: "2020-09-08", startPrecision: "day" });
    await v.acts.insert({ personId: b.id, type: "released", releaseKind: "pardon", startDate: "2025-06-21", startPrecision: "day" });
    await v.acts.insert({ personId: other.id, type: "detained", startDate: "2021-07-14", startPrecision: "day" });
    await v.recognitions.insert({ personId: b.id, organisation: "Viasna", since: "2020-09-10", sincePrecision: "day", documentId: null, sourceUrl: null });
    const shared = await v.cohorts.insert({ type: "pardon", count: 10, qualifier: "exact", date: "2025-06-21", datePrecision: "day" });
    const onlyB = await v.cohorts.insert({ type: "release", count: 3, qualifier: "exact", date: "2025-07-01", datePrecision: "day" });
    await v.cohorts.addMember(shared.id, a.id);
    await v.cohorts.addMember(shared.id, b.id);
    await v.cohorts.addMember(onlyB.id, b.id);
    const kase = await v.cases.insert({ court: "Minsk regional court", judge: null, prosecutor: null, verdictDate: "2021-09-06", verdictPrecision: "day", sentenceMonths: 132, penaltyType: null, inAbsentia: false, note: null, charges: [{ article: "361", part: "3", code: "BY-CC" }], defendants: [b.id] });
    const mention = await v.mentions.insert({ documentId: doc.id, name: "Maria Kolesnikova", role: "pardoned", evidence: [{ field: "text", start: 0, end: 5 }], personId: b.id });

    expect(await v.custody.countHeldOn("2021-01-01")).toEqual({ held: 2, uncertain: 0 });
    expect(await v.custody.countHeldOn("2022-01-01")).toEqual({ held: 3, uncertain: 0 });
    expect(await v.persons.count()).toBe(3);
    const before = await snapshot(v);

    const merged = await mergePeople(v, { keptId: a.id, mergedId: b.id, actor });
    expect(merged.moved).toEqual({ names: 1, acts: 2, recognitions: 1, mentions: 1, cohorts: 2, cases: 1 });
    // Counted once: the kept record now carries B's release (pardon), so she is out in 2025-07.
    expect(await v.custody.countHeldOn("2021-01-01")).toEqual({ held: 1, uncertain: 0 });
    expect(await v.custody.countHeldOn("2022-01-01")).toEqual({ held: 2, uncertain: 0 });
    expect(await v.custody.countHeldOn("2025-07-01")).toEqual({ held: 1, uncertain: 0 });
    expect(await v.persons.count()).toBe(2);
    expect((await v.persons.list()).map((p) => p.id).sort()).toEqual([a.id, other.id].sort());
    const kept = (await v.persons.get(a.id))!;
    expect(kept.names.map((n) => [n.text, n.kind])).toEqual([["Марыя Калеснікава", "primary"], ["Maria Kalesnikava", "alias"], ["Maria Kolesnikova", "alias"]]);
    expect((await v.persons.get(b.id))!.mergedInto).toBe(a.id);
    expect((await v.acts.listForPerson(a.id)).length).toBe(3);
    expect(await v.recognitions.listForPerson(a.id)).toHaveLength(1);
    expect(await v.cohorts.members(shared.id)).toEqual([a.id]);
    expect(await v.cohorts.members(onlyB.id)).toEqual([a.id]);
    expect((await v.cases.listForPerson(a.id)).map((c) => c.id)).toEqual([kase.id]);
    expect((await v.mentions.get(mention.id))!.personId).toBe(a.id);
    expect(await v.custody.heldOn("2021-01-01")).toEqual([a.id]);
    // The folded record has no names left, so it is never suggested again.
    expect((await findSimilarPeople(v, "Мария Колесникова")).map((f) => f.personId)).toEqual([a.id]);
    const entry = (await v.audit.list({ entity: "person", entityId: b.id })).find((e) => e.action === "merge");
    expect(entry?.id).toBe(merged.auditId);

    // Refusals: merging again, merging into the merged record, merging with itself.
    await expect(mergePeople(v, { keptId: a.id, mergedId: b.id, actor })).rejects.toBeInstanceOf(ConflictError);
    await expect(mergePeople(v, { keptId: b.id, mergedId: other.id, actor })).rejects.toBeInstanceOf(ConflictError);
    await expect(mergePeople(v, { keptId: a.id, mergedId: a.id, actor })).rejects.toBeInstanceOf(ValidationError);

    const undone = await unmergePeople(v, { auditId: merged.auditId, actor });
    expect(undone.mergedId).toBe(b.id);
    expect(await snapshot(v)).toEqual(before);
    expect(await v.custody.countHeldOn("2021-01-01")).toEqual({ held: 2, uncertain: 0 });
    expect(await v.custody.countHeldOn("2022-01-01")).toEqual({ held: 3, uncertain: 0 });
    expect(await v.persons.count()).toBe(3);
    await expect(unmergePeople(v, { auditId: merged.auditId, actor })).rejects.toBeInstanceOf(ConflictError);
    await expect(unmergePeople(v, { auditId: "01NOSUCHAUDIT0000000000000", actor })).rejects.toBeInstanceOf(NotFoundError);

    // Merge again after the undo: a fresh entry, undone again to the same state.
    const again = await mergePeople(v, { keptId: a.id, mergedId: b.id, actor });
    expect(again.auditId).not.toBe(merged.auditId);
    await unmergePeople(v, { auditId: again.auditId, actor });
    expect(await snapshot(v)).toEqual(before);
  });

  it("lists records already in the registry that are likely one person, never spouses", async () => {
    const v = getVigil();
    const a = await addPerson(v, { name: "Марыя Калеснікава", actor });
    const b = await addPerson(v, { name: "Maria Kolesnikova", actor, allowSimilar: true });
    const bare = await addPerson(v, { name: "Kalesnikava", actor });
    await addPerson(v, { name: "Siarhei Tsikhanouski", actor });
    await addPerson(v, { name: "Sviatlana Tsikhanouskaya", actor });
    const likely = await findDuplicatePeople(v);
    expect(likely.map((d) => [d.a.personId, d.b.personId].sort())).toEqual([[a.id, b.id].sort()]);
    expect(likely[0]).toMatchObject({ score: 1, strength: "likely" });
    const all = await findDuplicatePeople(v, { includePossible: true });
    expect(all).toHaveLength(3);
    expect(all.filter((d) => d.strength === "possible").every((d) => d.a.personId === bare.id || d.b.personId === bare.id)).toBe(true);
    await mergePeople(v, { keptId: a.id, mergedId: b.id, actor });
    expect(await findDuplicatePeople(v)).toEqual([]);
  });

  it("keeps a merge through backup and restore, and undoes it afterwards", async () => {
    const v = getVigil();
    const a = await addPerson(v, { name: "Mikola Statkevich", actor });
    const b = await addPerson(v, { name: "Николай Статкевич", actor, allowSimilar: true });
    await v.acts.insert({ personId: a.id, type: "detained", startDate: "2020-05-31", startPrecision: "day" });
    await v.acts.insert({ personId: b.id, type: "detained", startDate: "2020-05-31", startPrecision: "day" });
    const before = await snapshot(v);
    const merged = await mergePeople(v, { keptId: b.id, mergedId: a.id, actor });
    const file = path.join(mkdtempSync(path.join(tmpdir(), "vigil-merge-")), "backup.jsonl");
    await v.backup.dump(file);
    await v.backup.restore(file, { replace: true });
    expect((await v.persons.get(a.id))!.mergedInto).toBe(b.id);
    expect(await v.custody.countHeldOn("2021-01-01")).toEqual({ held: 1, uncertain: 0 });
    await unmergePeople(v, { auditId: merged.auditId, actor });
    expect(await snapshot(v)).toEqual(before);
    expect(await v.custody.countHeldOn("2021-01-01")).toEqual({ held: 2, uncertain: 0 });
  });

  it("undoes chained merges one level at a time", async () => {
    const v = getVigil();
    const a = await addPerson(v, { name: "Ales Bialiatski", actor });
    const b = await addPerson(v, { name: "Алесь Бяляцкі", actor, allowSimilar: true });
    const c = await addPerson(v, { name: "Алеся Беляцкого", actor, allowSimilar: true });
    await v.acts.insert({ personId: c.id, type: "detained", startDate: "2021-07-14", startPrecision: "day" });
    const before = await snapshot(v);
    const first = await mergePeople(v, { keptId: b.id, mergedId: c.id, actor });
    const second = await mergePeople(v, { keptId: a.id, mergedId: b.id, actor });
    expect(await v.custody.heldOn("2022-01-01")).toEqual([a.id]);
    await expect(unmergePeople(v, { auditId: first.auditId, actor })).rejects.toThrow(/undo that merge first/);
    await unmergePeople(v, { auditId: second.auditId, actor });
    await unmergePeople(v, { auditId: first.auditId, actor });
    expect(await snapshot(v)).toEqual(before);
  });
});
