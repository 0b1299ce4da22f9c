/**
 * The shipped dataset loaded into a real database: named people link to the rounds that name
 * them (one person, not a duplicate per spelling), and the derived count follows their acts.
 */
import { expect, it } from "vitest";
import { describeBackends } from "../../src/storage/test-support.js";
import { loadDataset, readDataset } from "../../src/app/load-dataset.js";
import { countHeld } from "../../src/app/count-held.js";
import { findSimilarPeople } from "../../src/app/find-similar-people.js";

describeBackends("the shipped dataset", (getVigil) => {
  it("loads once, links named people to their rounds and derives the held count from their acts", async () => {
    const v = getVigil();
    const dataset = readDataset();
    const summary = await loadDataset(v, dataset);
    expect(summary.skipped).toBe(false);
    // The listed people, plus the names in rounds that are not among them (each once).
    const roundOnly = new Set(dataset.cohorts.flatMap((c) => c.names)).size - dataset.cohorts.flatMap((c) => c.names).filter((n, i, all) => all.indexOf(n) === i && dataset.people.some((p) => p.name === n)).length;
    expect(summary.persons).toBe(dataset.people.length + roundOnly);
    expect(await v.persons.count()).toBe(summary.persons);

    // Every named person was detained before 2025 and released only in 2025 (but one).
    expect((await countHeld(v, "2024-12-31")).held).toBe(dataset.people.length);
    const stillHeld = dataset.people.filter((p) => !p.acts.some((a) => a.type === "released")).length;
    expect((await countHeld(v, "2026-01-01")).held).toBe(stillHeld);

    // The December 2025 round names Kalesnikava: she is the person loaded with her acts, found in any script.
    const found = await findSimilarPeople(v, "Марыя Калеснікава");
    expect(found[0]?.score).toBeGreaterThanOrEqual(0.8);
    const all = await v.persons.list({ limit: 1000 });
    expect(all.filter((p) => p.name.includes("Kalesnikava")).length).toBe(1);

    expect((await loadDataset(v, dataset)).skipped).toBe(true);
  });
});
