import { describe, expect, it } from "vitest";
import { extractFacts } from "./index.js";
import { countOnTopic } from "./topic.js";

const otherCounts = (text: string, language: "en" | "ru") => extractFacts({ text, published: "2025-03-01", language }).other_counts.map((o) => o.value);

describe("other counts are about the topic", () => {
  it.each([
    ["More than 500 people were evacuated after the floods in the south.", "en"],
    ["The stadium holds 30,000 people.", "en"],
    ["The company laid off 1,200 workers last year.", "en"],
    ["Twelve people died in a road accident near Brest.", "en"],
    ["Более 500 человек эвакуировали после наводнения.", "ru"],
    ["В ДТП под Брестом погибли 12 человек.", "ru"],
  ] as const)("a number of people off the topic is no fact: %s", (text, lang) => {
    expect(otherCounts(text, lang)).toEqual([]);
  });

  it.each([
    ["Police detained 40 people at the rally on Sunday.", "en", 40],
    ["В прошлом месяце задержали не менее 118 человек.", "ru", 118],
  ] as const)("on the topic, it stays: %s", (text, lang, value) => {
    expect(otherCounts(text, lang)).toContain(value);
  });

  it("the topic may be named in the sentence before, or by a reference back to a group", () => {
    const before = "Riot police dispersed the march. About 70 people were taken away in buses.";
    expect(countOnTopic(before, before.indexOf("70"))).toBe(true);
    const back = "The weather was cold. Two of them are over 60.";
    expect(countOnTopic(back, back.indexOf("Two"))).toBe(true);
    const off = "The weather was cold. About 70 people came to the fair.";
    expect(countOnTopic(off, off.indexOf("70"))).toBe(false);
  });
});
