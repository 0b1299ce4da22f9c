import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

describe("ordinals of rounds", () => {
  it.each([
    ["The ruler pardoned 23 prisoners. It is the seventh such round this year.", 7],
    ["The ruler pardoned 23 prisoners, the fifth pardon since July.", 5],
    ["The ruler pardoned 23 prisoners. This was the 9th group released since 2024.", 9],
  ])("%s", (text, n) => {
    expect(en(text).pardon_events[0]?.ordinal_in_year).toBe(n);
  });

  it("an ordinal without a period is not a round number", () => {
    expect(en("The ruler pardoned 23 prisoners for the second time.").pardon_events[0]?.ordinal_in_year).toBeNull();
  });

  it("'the Nth to be freed' states a running total", () => {
    const f = en("The journalist is the fourth reporter to be freed this spring.");
    expect(f.other_counts).toMatchObject([{ value: 4 }]);
  });

  it("an ordinal phrase with 'this year' does not make the round a yearly total", () => {
    const f = en("The ruler pardoned 17 convicts on Friday, the first such decision this year.");
    expect(f.pardon_events).toMatchObject([{ count: 17, ordinal_in_year: 1 }]);
  });

  it("'the 28th person convicted' states a running total too", () => {
    expect(en("She is the 31st person convicted this month for a comment.").other_counts).toMatchObject([{ value: 31 }]);
  });
});
