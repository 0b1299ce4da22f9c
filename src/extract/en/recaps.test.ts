import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

describe("recaps of earlier rounds are events too", () => {
  it("date after each count", () => {
    const f = en("The ruler pardoned 18 people by decree. Earlier rounds: he pardoned 30 people on July 3, another 22 on August 9 and another 41 on October 1.", "2025-11-20");
    expect(f.pardon_events.map((e) => [e.count, e.date])).toEqual([
      [18, null],
      [30, "2025-07-03"],
      [22, "2025-08-09"],
      [41, "2025-10-01"],
    ]);
  });

  it("date before each count", () => {
    const f = en("On 2 May he pardoned 16 convicts, on 9 June another 25 and on 1 July a further 12.", "2025-07-10");
    expect(f.pardon_events.map((e) => [e.count, e.date])).toEqual([
      [16, "2025-05-02"],
      [25, "2025-06-09"],
      [12, "2025-07-01"],
    ]);
  });

  it("resolves the year of a recap against publication in January", () => {
    const f = en("In December he had pardoned 20 prisoners.", "2025-01-15");
    expect(f.pardon_events[0]?.date).toBe("2024-12");
  });

  it("a total over a period is an other count, not a round", () => {
    const f = en("Altogether 410 people have been pardoned since July 2024, the activists said.");
    expect(f.pardon_events).toEqual([]);
    expect(f.other_counts.map((o) => o.value)).toEqual([410]);
  });

  it("'since last July' makes a total, not a round", () => {
    const f = en("The president has pardoned more than 280 people since last July, officials say.");
    expect(f.pardon_events).toEqual([]);
    expect(f.other_counts).toMatchObject([{ value: 280, qualifier: "over" }]);
  });
});
