import { expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { countHeldOn, type CustodyAct } from "../domain/custody.js";
import { addDays } from "../domain/dates.js";
import type { Act } from "../domain/ports.js";
import { randomHistory, rng } from "../domain/testing/random-history.js";
import { describeBackends } from "./test-support.js";

const toCustodyAct = (a: Act): CustodyAct => ({
  id: a.id,
  type: a.type,
  status: a.status,
  start: { date: a.startDate, precision: a.startPrecision },
  end: a.endDate ? { date: a.endDate, precision: a.endPrecision ?? "day" } : null,
});

describeBackends("custody: the SQL count agrees with the pure rule", (getVigil) => {
  it("on random histories, after single writes, status changes and a rebuild", async () => {
    const v = getVigil();
    const rand = rng(7);
    const personIds: string[] = [];
    for (let i = 0; i < 60; i++) {
      const p = await v.persons.insert({ name: `Person ${i}`, nameKey: `person ${i}` });
      personIds.push(p.id);
      for (const a of randomHistory(rand, i)) {
        await v.tx.run((r) =>
          r.acts.insert({
            personId: p.id,
            type: a.type,
            startDate: a.start.date,
            startPrecision: a.start.precision,
            endDate: a.end?.date ?? null,
            endPrecision: a.end?.precision ?? null,
            status: a.status as Act["status"],
          }),
        );
      }
    }
    // Retract a few accepted acts: the derived index must follow.
    for (const id of personIds.slice(0, 15)) {
      const acts = await v.acts.listForPerson(id);
      const accepted = acts.find((a) => a.status === "accepted");
      if (accepted) await v.tx.run((r) => r.acts.setStatus(accepted.id, "retracted"));
    }

    const histories = await Promise.all(personIds.map(async (id) => (await v.acts.listForPerson(id)).map(toCustodyAct)));
    const days = Array.from({ length: 25 }, () => addDays("2018-12-01", Math.floor(rand() * 3000)));
    const check = async () => {
      for (const day of days) expect(await v.custody.countHeldOn(day), day).toEqual(countHeldOn(histories, day));
    };
    await check();
    await v.custody.rebuild();
    await check();

    const day = days[0]!;
    const heldIds = await v.custody.heldOn(day, { limit: 1000 });
    expect(heldIds.length).toBe(countHeldOn(histories, day).held);
  });

  it("stays exact under concurrent writers (each refresh locks its person; day rows add up)", async () => {
    const v = getVigil();
    const people = await Promise.all(Array.from({ length: 12 }, (_, i) => v.persons.insert({ name: `Concurrent ${i}`, nameKey: `c${i}` })));
    await Promise.all(
      people.flatMap((p, i) => [
        v.tx.run((r) => r.acts.insert({ personId: p.id, type: "detained", startDate: "2021-01-01", startPrecision: "day" })),
        v.tx.run((r) => r.acts.insert({ personId: p.id, type: i % 2 ? "released" : "transferred", startDate: "2022-01-01", startPrecision: "day" })),
      ]),
    );
    expect(await v.custody.countHeldOn("2021-06-01")).toEqual({ held: 12, uncertain: 0 });
    expect(await v.custody.countHeldOn("2022-06-01")).toEqual({ held: 6, uncertain: 0 });
    const daily = await v.db.execute(sql`select sum(delta)::int as s from custody_daily`);
    expect((daily as unknown as { rows: { s: number }[] }).rows[0]!.s).toBe(6);
  });
});
