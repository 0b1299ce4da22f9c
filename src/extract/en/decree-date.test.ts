/**
 * @module extract/en/decree-date.test
 * A round whose date is told in a later sentence ("The decree, signed in late March, …").
 * Found on the held-out set test/corpus-own; fixture sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../index.js";

describe("a decree dated in a later sentence", () => {
  it("gives the round the date of 'The decree, signed …'", () => {
    const f = extractFacts({
      text: "The leader has pardoned 17 more people, his office said. The decree, signed in late March, follows two others.",
      published: "2025-04-02",
      language: "en",
    });
    expect(f.pardon_events).toMatchObject([{ count: 17, date: "2025-03" }]);
  });

  it("does not overwrite a date the round already has", () => {
    const f = extractFacts({
      text: "On 4 March the leader pardoned 17 people. The decree, signed in late March, was published later.",
      published: "2025-04-02",
      language: "en",
    });
    expect(f.pardon_events[0]?.date).toBe("2025-03-04");
  });
});
