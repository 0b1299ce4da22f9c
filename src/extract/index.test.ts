import { describe, expect, it } from "vitest";
import { detectLanguage, EXTRACTOR_VERSION, extractFacts } from "./index.js";

describe("extractFacts", () => {
  it("detects the language when it is not given", () => {
    expect(detectLanguage("The president pardoned 30 people.")).toBe("en");
    expect(detectLanguage("Президент помиловал 30 человек.")).toBe("ru");
    expect(detectLanguage("Прэзідэнт памілаваў 30 чалавек і вызваліў іх.")).toBe("be");
  });

  it("dispatches English text to the English extractor", () => {
    const f = extractFacts({ text: "The president pardoned 30 people on 4 September.", published: "2024-11-07" });
    expect(f.pardon_events).toMatchObject([{ count: 30, date: "2024-09-04" }]);
  });

  it("always returns the five keys, with evidence on every fact", () => {
    const text = "Rights groups say over 1,200 political prisoners remain behind bars, among them Maria Kalesnikava.";
    const f = extractFacts({ text, published: "2025-01-01", language: "en" });
    expect(f.prisoner_count_claims[0]?.evidence[0]).toBeDefined();
    const e = f.prisoner_count_claims[0]!.evidence[0]!;
    expect(text.slice(e.start, e.end)).toBe("over 1,200 political prisoners");
    expect(f.persons[0]?.name).toBe("Maria Kalesnikava");
  });

  it("has a version", () => {
    expect(EXTRACTOR_VERSION).toMatch(/\d+\.\d+/);
  });
});
