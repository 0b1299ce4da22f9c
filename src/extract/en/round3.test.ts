import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the third English hold-out round; every sentence written for these tests.
describe("round-3 phenomena", () => {
  it("a qualifier after an opening quote: '\"More than 900 …' is over", () => {
    const f = en('"More than 900 people are still behind bars in the country, according to Viasna.');
    expect(f.prisoner_count_claims[0]).toMatchObject({ value: 900, qualifier: "over" });
  });

  it("'Amnesty International' is not an amnesty", () => {
    const f = en("Amnesty International said 40 activists had been detained in Grodno.");
    expect(f.pardon_events).toEqual([]);
  });

  it("'welcomed the release on <date> of N prisoners, among them X' is a release naming X", () => {
    const f = en("The group welcomed the release on 3 March of 57 prisoners, among them Olga Petrenko, and its director Ivan Lazar said: \"It is a start.\"", "2025-03-05");
    expect(f.releases[0]).toMatchObject({ count: 57, date: "2025-03-03", names: ["Olga Petrenko"] });
    expect(f.persons.find((p) => p.name === "Ivan Lazar")?.role).not.toBe("released");
  });

  it("a title before the name, then ', is serving' after it", () => {
    const f = en("Its chairman, the economist Pavel Rudak, is serving a nine-year term.");
    expect(f.persons.find((p) => p.name === "Pavel Rudak")?.role).toBe("prisoner");
  });
});
