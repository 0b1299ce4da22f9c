/**
 * @module test/app/merge-cohorts
 * Two stored cohorts of one round, on both backends: the clustering rule proposes them, a merge
 * moves the folded cohort's sources (each with its own values, so the conflicts show both),
 * members and acts, listings and counts drop the folded cohort, and undo restores every row.
 */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addCohort, linkCohortMember } from "../../src/app/add-cohort.js";
import { addPerson } from "../../src/app/add-person.js";
import { getStatus } from "../../src/app/get-status.js";
import { listCohorts } from "../../src/app/list-cohorts.js";
import { findCohortMergeCandidates, mergeCohorts, unmergeCohorts } from "../../src/app/merge-cohorts.js";
import { readStats } from "../../src/app/stats-read.js";
import { recordEvent } from "../../src/app/record-event.js";
import { jsonOf, runVigil, useCliDatabase } from "../../src/cli/testing.js";
import { ConflictError, ValidationError } from "../../src/domain/errors.js";
import type { Vigil } from "../../src/main.js";
import { rows } from "../../src/storage/db.js";
import { sqlWebReads } from "../../src/storage/sql-web-read.js";
import { describeBackends, testBackends } from "../../src/storage/test-support.js";

const actor = "test";

/** Every row a cohort merge may touch, in a stable order. */
async function snapshot(v: Vigil): Promise<Record<string, unknown[]>> {
  const q = {
    cohorts: sql`select * from cohorts order by id`,
    cohort_sources: sql`select * from cohort_sources order by id`,
    cohort_members: sql`select * from cohort_members order by cohort_id, person_id`,
    acts: sql`select * from acts order by id`,
  };
  const out: Record<string, unknown[]> = {};
  for (const [table, query] of Object.entries(q)) out[table] = await rows(v.db, query);
  return out;
}

/** Round A as announced (20 Nov, the sixth, 8 women) and round B as a later outlet told it (21 Nov, the seventh, 9 women). */
async function twoReports(v: Vigil) {
  const a = await addCohort(v, { type: "pardon", count: 32, women: 8, date: "2024-11-20", ordinal: 6, sourceUrl: "https://state.example/a", actor });
  const b = await addCohort(v, { type: "pardon", count: 32, women: 9, date: "2024-11-21", ordinal: 7, sourceUrl: "https://outlet.example/b", actor });
  return { a: a.cohort.id, b: b.cohort.id };
}

describeBackends("merge cohorts", (getVigil) => {
  it("proposes, merges (conflicts show both sources), hides the folded cohort, and undoes exactly", async () => {
    const v = getVigil();
    const { a, b } = await twoReports(v);
    const p1 = { person: await addPerson(v, { name: "Ігар Лосік", actor }) };
    const p2 = { person: await addPerson(v, { name: "Рыгор Кастусёў", actor }) };
    await linkCohortMember(v, { cohortId: a, personId: p1.person.id, actor });
    await linkCohortMember(v, { cohortId: b, personId: p1.person.id, actor });
    await linkCohortMember(v, { cohortId: b, personId: p2.person.id, actor });
    await recordEvent(v, { personId: p2.person.id, type: "pardoned", date: "2024-11-21", releaseKind: "pardon", cohortId: b, actor });

    expect(await findCohortMergeCandidates(v)).toEqual([expect.objectContaining({ keptId: a, mergedId: b })]);
    const before = await snapshot(v);
    const cohortsBefore = await getStatus(v);

    const r = await mergeCohorts(v, { keptId: a, mergedId: b, actor });
    expect(r.moved).toEqual({ sources: 1, members: 2, acts: 1 });
    const listed = await listCohorts(v);
    expect(listed.map((c) => c.id)).toEqual([a]);
    const kept = listed[0]!;
    expect(kept.sources.sort()).toEqual(["https://outlet.example/b", "https://state.example/a"]);
    const fields = Object.fromEntries(kept.conflicts.map((c) => [c.field, c.values.map((x) => x.value)]));
    expect(fields).toMatchObject({ date: ["2024-11-20", "2024-11-21"], ordinal: [6, 7], women: [8, 9] });
    expect(kept.identified).toBe(2);
    expect((await v.acts.listForPerson(p2.person.id))[0]!.cohortId).toBe(a);
    expect((await getStatus(v)).cohorts).toBe(cohortsBefore.cohorts - 1);
    const stats = await readStats({ ...v, reads: sqlWebReads(v.db) }, "2025-01-01");
    expect(stats.rounds.map((x) => x.id)).toEqual([a]);
    expect(await findCohortMergeCandidates(v)).toEqual([]);
    await expect(mergeCohorts(v, { keptId: a, mergedId: b, actor })).rejects.toThrow(ConflictError);

    await unmergeCohorts(v, { auditId: r.auditId, actor });
    expect(await snapshot(v)).toEqual(before);
    expect((await listCohorts(v)).map((c) => c.id).sort()).toEqual([a, b].sort());
    await expect(unmergeCohorts(v, { auditId: r.auditId, actor })).rejects.toThrow(ConflictError);
  });

  it("leaves 5-days-apart reports to a wider window, and never merges a cohort with itself", async () => {
    const v = getVigil();
    const a = await addCohort(v, { type: "pardon", count: 16, date: "2025-03-01", sourceUrl: "https://a.example/1", actor });
    const b = await addCohort(v, { type: "release", count: 16, date: "2025-03-06", sourceUrl: "https://b.example/2", actor });
    await addCohort(v, { type: "arrest", count: 16, date: "2025-03-02", sourceUrl: "https://c.example/3", actor });
    expect(await findCohortMergeCandidates(v)).toEqual([]);
    const wide = await findCohortMergeCandidates(v, { windowDays: 7 });
    expect(wide.map((p) => [p.keptId, p.mergedId])).toEqual([[a.cohort.id, b.cohort.id]]);
    await expect(mergeCohorts(v, { keptId: a.cohort.id, mergedId: a.cohort.id, actor })).rejects.toThrow(ValidationError);
  });
});

for (const backend of testBackends()) {
  describe(`vigil cohort merge verbs [${backend}]`, () => {
    useCliDatabase(backend, "vigil-cohort-merge-cli-");

    it("candidates, merge, list, unmerge", async () => {
      expect((await runVigil("init", "--empty")).code).toBe(0);
      const add = async (date: string, url: string) => jsonOf<{ id: string }>(await runVigil("cohort", "add", "--type", "pardon", "--count", "20", "--date", date, "--source", url, "--json")).id;
      const a = await add("2024-11-20", "https://a.example/r");
      const b = await add("2024-11-21", "https://b.example/r");
      expect(jsonOf<{ keptId: string; mergedId: string }[]>(await runVigil("cohort", "candidates", "--json"))).toEqual([expect.objectContaining({ keptId: a, mergedId: b })]);
      const merged = jsonOf<{ auditId: string }>(await runVigil("cohort", "merge", a, b, "--json"));
      const list = jsonOf<{ id: string; conflicts: { field: string }[] }[]>(await runVigil("cohorts", "list", "--json"));
      expect(list.map((c) => c.id)).toEqual([a]);
      expect(list[0]!.conflicts.map((c) => c.field)).toContain("date");
      const undo = await runVigil("cohort", "unmerge", merged.auditId);
      expect(undo.code).toBe(0);
      expect(undo.stdout).toContain(`restored cohort ${b}`);
      expect(jsonOf<unknown[]>(await runVigil("cohorts", "list", "--json"))).toHaveLength(2);
    });
  });
}
