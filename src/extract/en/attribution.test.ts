import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

const source = (text: string, title: string | null = null) => en(text, "2025-03-14", title).prisoner_count_claims[0]?.attributed_to;

describe("who says so", () => {
  it.each([
    ["According to Viasna, 1,190 political prisoners remain in custody.", "Viasna"],
    ["Rights groups estimate that more than 1,100 political prisoners are held.", "rights groups"],
    ["There are 1,120 political prisoners in the country, human rights defenders said.", "human rights defenders"],
    ["Belarus holds about 1,200 political prisoners.", "unattributed"],
  ])("%s", (text, who) => {
    expect(source(text)).toBe(who);
  });

  it("a named person who speaks", () => {
    expect(source("Opposition leader Sviatlana Tsikhanouskaya said 1,150 political prisoners were still behind bars.")).toBe("Sviatlana Tsikhanouskaya");
  });

  it("a pronoun refers to the person who spoke just before", () => {
    const text = "Senator Jane Holloway visited Vilnius. She added that the 1,250 political prisoners still held must be freed.";
    expect(source(text)).toBe("Jane Holloway");
  });

  it("the headline's source applies to figures in the body", () => {
    expect(source("The country still holds 1,177 political prisoners.", "Prisoner numbers fall again, Viasna says")).toBe("Viasna");
  });

  it("a headline labelled with its publisher ('Viasna: …') applies to figures in the body", () => {
    expect(source("The country still holds 1,177 political prisoners.", "Rights Centre Viasna: weekly figures")).toBe("Viasna");
  });

  it("an organisation as the subject of the sentence", () => {
    expect(source("The Committee for Justice Abroad puts the number of political prisoners at 212.")).toBe("Committee for Justice Abroad");
  });

  it("a figure told as history is not 'as of' publication", () => {
    const [c] = en("Back in 2015 the country held 9 political prisoners.").prisoner_count_claims;
    expect(c?.as_of).toBeNull();
  });

  it("an as-of date comes with the claim", () => {
    const [c] = en("As of 1 March, Viasna counted 1,183 political prisoners.").prisoner_count_claims;
    expect(c?.as_of).toBe("2025-03-01");
  });

  it("'at the end of' a month is its last day", () => {
    const [c] = en("At the end of February, 1,190 people were political prisoners, Viasna said.").prisoner_count_claims;
    expect(c?.as_of).toBe("2025-02-28");
  });
});
