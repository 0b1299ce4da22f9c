import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

const roles = (text: string) => Object.fromEntries(en(text).persons.map((p) => [p.name, p.role]));

describe("persons and their roles", () => {
  it("officials by title, before the name or in apposition", () => {
    expect(roles("Foreign Minister Jonas Petraitis met Pavel Latushka. Later, Viktor Sheiman, the prime minister of Belarus, spoke.")).toMatchObject({
      "Jonas Petraitis": "official",
      "Viktor Sheiman": "official",
    });
  });

  it("prisoners listed after prison words", () => {
    expect(roles("Several activists are still in custody, among them Palina Sharenda-Panasiuk and Mikalai Dziadok.")).toEqual({
      "Palina Sharenda-Panasiuk": "prisoner",
      "Mikalai Dziadok": "prisoner",
    });
  });

  it("released beats prisoner; a speaker who reports a release is not released", () => {
    const r = roles("Opposition leader Anna Krasulina said on Telegram that Eduard Babaryka had been freed. Babaryka was arrested in 2020.");
    expect(r["Eduard Babaryka"]).toBe("released");
    expect(r["Anna Krasulina"]).toBe("opposition_leader");
  });

  it("detention of the person outweighs a political title", () => {
    expect(roles("Among those detained was opposition politician Giorgi Vashadze.")["Giorgi Vashadze"]).toBe("prisoner");
  });

  it("freed with a nationality before the name", () => {
    expect(roles("Tehran released Swiss national Marc Dufour on Tuesday.")["Marc Dufour"]).toBe("released");
  });

  it("pardoned by name", () => {
    expect(roles("The president pardoned Emma Schultz, a German citizen sentenced to death.")["Emma Schultz"]).toBe("pardoned");
  });

  it("the one who pardons is not pardoned", () => {
    expect(roles("President Alexander Lukashenko pardoned 12 convicts.")["Alexander Lukashenko"]).toBe("official");
  });

  it("merges surname-only mentions as aliases and keeps the full name", () => {
    const f = en("Ihar Ilyash was detained in 2024. Ilyash denied the charges.");
    expect(f.persons).toHaveLength(1);
    expect(f.persons[0]).toMatchObject({ name: "Ihar Ilyash", aliases: ["Ilyash"] });
  });

  it("keeps 'also known as' names as aliases", () => {
    const f = en("Ko Thura (also known as Thura Zaw) was arrested in Yangon.");
    expect(f.persons).toHaveLength(1);
    expect(f.persons[0]?.aliases).toContain("Thura Zaw");
  });

  it("ignores bylines, places, organisations and headings", () => {
    const f = en("By Marta Novak\nMINSK HAILS DEAL\nThe Supreme Court in Minsk and Human Rights Watch commented. Radio Free Europe reported it.");
    expect(f.persons).toEqual([]);
  });

  it("reports evidence spans that point at the name", () => {
    const text = "Journalist Andrzej Poczobut remains behind bars.";
    const [p] = en(text).persons;
    expect(text.slice(p!.evidence[0]!.start, p!.evidence[0]!.end)).toBe("Andrzej Poczobut");
  });
});
