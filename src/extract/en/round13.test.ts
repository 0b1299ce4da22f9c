import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the thirteenth English hold-out round; every sentence written for these tests.
describe("round-13 phenomena", () => {
  it("'State Counsellor', 'National League for Democracy': an office and a party, not parts of a name", () => {
    const f = en("On 2 March 2025, a court sentenced Daw Thida Aye, a National League for Democracy organiser, to five years.", "2025-03-04");
    expect(f.persons.map((p) => p.name)).toEqual(["Daw Thida Aye"]);
  });

  it("a count opening a run of capitals ('Nine Belarusians held in …') is no person", () => {
    const f = en("Eight Belarusians held in Polish jails, including Ivan Sokal, were sent home in return.", "2025-03-04");
    expect(f.persons.map((p) => p.name)).toEqual(["Ivan Sokal"]);
  });

  it("a profile paragraph 'Name, 63.' under the question heading 'Who was freed?' is of a freed person", () => {
    const f = en("Who was freed?\n\nIhar Losik, 33. The blogger had served four years.\n\nPavel Sevyarynets, 48. He wrote books in his cell.", "2025-03-04");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Ihar Losik", "released"], ["Pavel Sevyarynets", "released"]]);
  });

  it("'Those still held include X' keeps X in prison even after a sentence about pardons", () => {
    const f = en("Viasna says 300 people have been pardoned since July 2024. Those still held include Ihar Losik and Pavel Sevyarynets.", "2025-03-04");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Ihar Losik", "prisoner"], ["Pavel Sevyarynets", "prisoner"]]);
  });

  it("'X, U.S. President Donald Trump's special envoy' in a sentence about a release is an official", () => {
    const f = en("Belarus released 20 prisoners after talks with Jacob Stone, U.S. President Donald Trump's special envoy for Belarus.", "2025-03-04");
    expect(f.persons.find((p) => p.name === "Jacob Stone")?.role).toBe("official");
  });
});
