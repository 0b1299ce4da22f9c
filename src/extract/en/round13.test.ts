import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the thirteenth English hold-out round; every sentence written for these tests.
describe("round-13 phenomena", () => {
  it("'State Counsellor', 'National League for Democracy': an office and a party, not parts of a name", () => {
    const f = en("On 2 March 2025, a court sentenced Daw Thida Aye, a National League for Democracy organiser, to five years.", "2025-03-04");
    expect(f.persons.map((p) => p.name)).toEqual(["Daw Thida Aye"]);
  });

  it("a count opening a run of capitals ('Nine Belarusians held in …') is no person", () => {
    const f = en("Nine Belarusians held in Polish jails, including Ivan Sokal, were sent home in return.", "2025-03-04");
    expect(f.persons.map((p) => p.name)).toEqual(["Ivan Sokal"]);
  });
});
