import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

describe("the country of a claim", () => {
  it.each([
    ["A Moscow court jailed the activist. Memorial counts 791 political prisoners.", "Russia"],
    ["Police in Minsk detained his lawyer. Viasna counts 1,135 political prisoners.", "Belarus"],
    ["The junta in Naypyidaw was silent. AAPP says 22,000 political prisoners are held.", "Myanmar"],
    ["A court in Baku sentenced the reporters. More than 350 political prisoners are held, rights groups say.", "Azerbaijan"],
  ])("read from its capital: %s", (text, country) => {
    expect(en(text).prisoner_count_claims[0]?.country).toBe(country);
  });

  it("the country's name wins over another country's capital", () => {
    expect(en("Belarus, Moscow's closest ally, holds 1,150 political prisoners, Viasna says.").prisoner_count_claims[0]?.country).toBe("Belarus");
  });
});
