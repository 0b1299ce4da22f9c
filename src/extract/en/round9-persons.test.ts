import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

const names = (text: string): string[] => en(text).persons.map((p) => p.name);
const roleOf = (text: string, name: string): string | undefined => en(text).persons.find((p) => p.name === name)?.role;

// Persons and roles left over from the ninth English hold-out round; every sentence written for these tests.
describe("round-9 persons and roles", () => {
  it("a title of an office or a body is no person ('High Representative for Eastern Affairs and Energy Policy')", () => {
    expect(names("The High Representative for Eastern Affairs and Energy Policy met Pavel Sevruk on Monday.")).toEqual(["Pavel Sevruk"]);
    expect(names("The Joint Transitional Cabinet asked the Senate Foreign Relations Committee to act.")).toEqual([]);
  });

  it("a capitalised body right after 'the', standing alone in the phrase, is no person", () => {
    expect(names("Both the Kupala Players and Olha Zhuk, a teacher, were named.")).toEqual(["Olha Zhuk"]);
    expect(names("The fund supports the Hrodna Runners, a club of former detainees.")).toEqual([]);
    // A nationality between the article and the name keeps it a person.
    expect(names("Guards released the Polish Jan Sowa, a printer.")).toEqual(["Jan Sowa"]);
  });

  it("'Tabled by X and Y, on behalf of …' is a credit line, like a byline", () => {
    expect(names("The House urges the release of Ihar Lednik.\n\nTabled by Hanna Kowal and Piet Dorn, on behalf of the Green group")).toEqual(["Ihar Lednik"]);
  });

  it("'The interview was conducted by X for …' is a closing credit", () => {
    expect(names("Ihar Lednik spent four years in a colony.\n\nThe interview was conducted by Olena Brusko for our radio desk.")).toEqual(["Ihar Lednik"]);
  });

  it("'X, an apposition, is also still held' makes X a prisoner", () => {
    expect(roleOf("Yury Bandar, the poet and brother of the activist Nina Bandar, is also still held.", "Yury Bandar")).toBe("prisoner");
  });

  it("'Neither have X or Y' repeats the previous sentence's predicate, and its role, for both", () => {
    const f = en("Pavel Sevruk, who has been held in isolation since spring, has never asked for a pardon. Neither have Olha Zhuk or Ihar Lednik, a printer.");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([
      ["Pavel Sevruk", "prisoner"],
      ["Olha Zhuk", "prisoner"],
      ["Ihar Lednik", "prisoner"],
    ]);
  });

  it("'X was let go' frees X", () => {
    expect(roleOf("At the checkpoint the guards said that Olha Zhuk was let go after six hours.", "Olha Zhuk")).toBe("released");
  });
});
