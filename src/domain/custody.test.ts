import { describe, expect, it } from "vitest";
import { addDays } from "./dates.js";
import { countHeldOn, custodySpans, heldStatusOn, spanDeltas, type CustodyAct } from "./custody.js";
import type { ActType } from "./custody.js";
import { randomHistory, rng } from "./testing/random-history.js";

let seq = 0;
const act = (type: ActType, date: string, extra: Partial<CustodyAct> = {}): CustodyAct => ({
  id: `a${String(seq++).padStart(4, "0")}`,
  type,
  start: { date, precision: "day" },
  end: null,
  status: "accepted",
  ...extra,
});
const held = (acts: CustodyAct[], day: string) => heldStatusOn(custodySpans(acts), day).held;

describe("who is held on a day", () => {
  it("counts from detention until release, not on the release day", () => {
    const acts = [act("detained", "2020-09-07"), act("sentenced", "2021-09-06"), act("released", "2024-11-20")];
    expect(held(acts, "2020-09-06")).toBe(false);
    expect(held(acts, "2020-09-07")).toBe(true);
    expect(held(acts, "2024-11-19")).toBe(true);
    expect(held(acts, "2024-11-20")).toBe(false);
  });

  it("reads acts in date order whatever order they were entered", () => {
    const acts = [act("released", "2024-11-20"), act("detained", "2020-09-07")];
    expect(custodySpans(acts)).toEqual([{ from: "2020-09-07", fromLatest: "2020-09-07", until: "2024-11-20", untilLatest: "2024-11-20" }]);
  });

  it("treats a re-arrest at the gate on the release day as continued custody", () => {
    const acts = [act("detained", "2021-01-10"), act("re_arrested", "2023-05-01"), act("released", "2023-05-01")];
    expect(held(acts, "2023-05-01")).toBe(true);
    expect(held(acts, "2024-01-01")).toBe(true);
  });

  it("ignores acts that are not reviewed, rejected or retracted", () => {
    const acts = [act("detained", "2020-01-01"), act("released", "2021-01-01", { status: "retracted" }), act("released", "2021-06-01", { status: "suggested" })];
    expect(held(acts, "2022-01-01")).toBe(true);
  });

  it("ends a served term on its end date unless a later custody act took over", () => {
    const ended = [act("serving", "2020-01-01", { end: { date: "2022-01-01", precision: "day" } })];
    expect(held(ended, "2021-12-31")).toBe(true);
    expect(held(ended, "2022-01-01")).toBe(false);
    const transferred = [act("serving", "2020-01-01", { end: { date: "2022-01-01", precision: "day" } }), act("transferred", "2021-06-01")];
    expect(held(transferred, "2023-01-01")).toBe(true);
  });

  it("does not count a release or a trial of someone never known to be held", () => {
    expect(custodySpans([act("released", "2022-01-01"), act("on_trial", "2021-01-01")])).toEqual([]);
  });

  it("counts an imprecise date from the first day of its period and marks the period uncertain", () => {
    const acts = [act("detained", "2020-09-01", { start: { date: "2020-09-01", precision: "month" } }), act("released", "2024-01-01", { start: { date: "2024-01-01", precision: "year" } })];
    expect(heldStatusOn(custodySpans(acts), "2020-09-15")).toEqual({ held: true, uncertain: true });
    expect(heldStatusOn(custodySpans(acts), "2020-10-01")).toEqual({ held: true, uncertain: false });
    expect(heldStatusOn(custodySpans(acts), "2024-06-01")).toEqual({ held: false, uncertain: true });
    expect(heldStatusOn(custodySpans(acts), "2025-01-01")).toEqual({ held: false, uncertain: false });
  });

  it("does not count a non-custodial sentence (restricted freedom, in absentia) as custody", () => {
    expect(held([act("sentenced", "2022-03-01", { custodial: false })], "2023-01-01")).toBe(false);
    expect(held([act("detained", "2021-01-01"), act("sentenced", "2022-03-01", { custodial: false })], "2023-01-01")).toBe(true);
  });

  it("death in custody ends custody", () => {
    expect(held([act("detained", "2020-01-01"), act("died_in_custody", "2021-05-21")], "2021-06-01")).toBe(false);
  });
});

describe("the per-day deltas agree with the rule", () => {
  it("summing deltas up to D gives the held and uncertain counts on D", () => {
    const rand = rng(42);
    const people = Array.from({ length: 300 }, (_, i) => randomHistory(rand, i));
    const byDay = new Map<string, { delta: number; u: number }>();
    for (const acts of people) {
      for (const d of spanDeltas(custodySpans(acts))) {
        const e = byDay.get(d.day) ?? { delta: 0, u: 0 };
        e.delta += d.delta;
        e.u += d.uncertainDelta;
        byDay.set(d.day, e);
      }
    }
    for (let k = 0; k < 60; k++) {
      const day = addDays("2018-12-01", Math.floor(rand() * 3000));
      let heldSum = 0;
      let uSum = 0;
      for (const [d, e] of byDay) {
        if (d <= day) {
          heldSum += e.delta;
          uSum += e.u;
        }
      }
      expect({ held: heldSum, uncertain: uSum }).toEqual(countHeldOn(people, day));
    }
  });
});
