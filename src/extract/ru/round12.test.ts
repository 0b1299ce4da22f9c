import { describe, expect, it } from "vitest";
import { extractRussian } from "./extract-ru.js";

describe("round 12", () => {
  it("round 12: «X і цяпер у калоніі», «X, …, вновь находится в колонии» make X a prisoner", () => {
    const b = extractRussian({ text: "Ягоны сябар Андрэй Лапацін і цяпер у калоніі ў Горках." });
    expect(b.persons[0]).toMatchObject({ name: "Андрэй Лапацін", role: "prisoner" });
    const r = extractRussian({ text: "Олег Сидоров, вернувшийся из Вильнюса весной, снова находится в СИЗО." });
    expect(r.persons[0]).toMatchObject({ name: "Олег Сидоров", role: "prisoner" });
  });
  it("round 12: «X был среди N …, которых освободили» makes X released and one of that release", () => {
    const f = extractRussian({ text: "Олег Сидоров был среди 52 заключённых, которых освободили 11 сентября.", published: "2025-09-20" });
    expect(f.persons[0]).toMatchObject({ name: "Олег Сидоров", role: "released" });
    expect(f.releases).toMatchObject([{ names: ["Олег Сидоров"], count: 52, date: "2025-09-11" }]);
  });
  it("round 12: «его увезли обратно в колонию» points back to the last man named", () => {
    const f = extractRussian({ text: "Олег Сидоров не захотел уезжать из страны. Как рассказали адвокаты, его увезли обратно в колонию." });
    expect(f.persons[0]).toMatchObject({ name: "Олег Сидоров", role: "prisoner" });
  });
  it("round 12: «В списке освобождённых также …» (after a feed's timestamp) names people of the release before", () => {
    const f = extractRussian({ text: "10:02 Власти освободили 12 человек, в их числе Анна Петрова.\n10:15 В списке освобождённых также Олег Сидоров и Ирина Козлова" });
    expect(f.releases).toHaveLength(1);
    expect(f.releases[0]).toMatchObject({ count: 12, names: ["Анна Петрова", "Олег Сидоров", "Ирина Козлова"] });
  });
  it("round 12: Belarusian «цяпер» (now) makes a count of political prisoners a stock", () => {
    const f = extractRussian({ text: "Паводле «Вясны», у краіне цяпер больш за тысячу палітвязняў." });
    expect(f.prisoner_count_claims).toMatchObject([{ value: 1000, qualifier: "over", attributed_to: "Viasna" }]);
    expect(f.other_counts).toEqual([]);
  });
  it("round 12: «признали политзаключёнными ещё N» in a period is a flow, even after a held question or a pardon", () => {
    const f = extractRussian({ text: "Сколько политзаключённых за решёткой?\nПо данным «Весны», за решёткой остаются более 1000 человек. За июль правозащитники признали политзаключёнными ещё 31 человека." });
    expect(f.prisoner_count_claims.map((c) => c.value)).toEqual([1000]);
    expect(f.other_counts).toMatchObject([{ value: 31, what: "recognised as political prisoners" }]);
    const p = extractRussian({ text: "В мае Лукашенко помиловал 14 человек, а за месяц правозащитники признали политзаключёнными не менее 25 человек.", published: "2025-06-02" });
    expect(p.pardon_events.map((e) => e.count)).toEqual([14]);
    expect(p.other_counts).toMatchObject([{ value: 25, qualifier: "at_least" }]);
  });
  it("round 12: «ни один из освобождённых» and «его подписали 40 человек» are no counts", () => {
    const f = extractRussian({ text: "Лукашенко помиловал 17 человек, но ни один из освобождённых не получил паспорт. Письмо в их поддержку подписали 40 человек." });
    expect(f.other_counts).toEqual([]);
  });
  it("round 12: «на место освобождённых приходят новые» tells no release of the round", () => {
    const f = extractRussian({ text: "В конце мая Лукашенко помиловал ещё 16 человек, однако на место освобождённых сразу приходят новые.", published: "2025-06-05" });
    expect(f.pardon_events.map((e) => e.count)).toEqual([16]);
    expect(f.releases).toEqual([]);
  });
  it("round 12: a count since a dated start and its part («из них») after a round are totals, not its breakdown", () => {
    const f = extractRussian({ text: "В мае помилованы 16 человек. С июля 2024 года по помилованию вышли 500 человек, из них 300 — в этом году, но ни один не реабилитирован.", published: "2025-06-05" });
    expect(f.other_counts.map((c) => [c.value, c.what])).toEqual([[500, "released or pardoned over a period"], [300, "released or pardoned over a period"]]);
    expect(f.releases).toEqual([]);
  });
  it("round 12: an interviewer's credit «Гутарыла …» names no one", () => {
    const f = extractRussian({ text: "— Дзякуй за размову.\n\nГутарыла Вольга Зайцава" });
    expect(f.persons).toEqual([]);
  });
  it("round 12: a live feed's timestamped line takes the dateline's day", () => {
    const f = extractRussian({ text: "ВИЛЬНЮС, 12 мая.\n\n10:02 СРОЧНО.\n10:04 Власти освободили 12 человек — источник\n10:30 Их доставили к границе", published: "2025-05-12" });
    expect(f.releases).toMatchObject([{ count: 12, date: "2025-05-12" }]);
  });
});
