import { describe, expect, it } from "vitest";
import { extractRussian } from "./extract-ru.js";

describe("round 16", () => {
  it("round 16: the dated items of a list under «…помилования…:» are rounds, even without a noun", () => {
    const a = extractRussian({ text: "Вот как выглядели помилования минувшей осенью:\n— 2 октября — 41 человек;\n— 15 октября — 26;\n— в конце ноября — ещё 19.", published: "2026-01-10" });
    expect(a.pardon_events.map((e) => [e.count, e.date])).toEqual([[41, "2025-10-02"], [26, "2025-10-15"], [19, "2025-11"]]);
  });
});
