import { describe, expect, it } from "vitest";
import { extractRussian } from "./extract-ru.js";

describe("round 13", () => {
  it("round 13: «(В Россию | на родину) вернулись N человек» frees N in an exchange, with the members after «среди них»", () => {
    const f = extractRussian({ text: "Обмен заключёнными прошёл в Стамбуле. В Россию вернулись пять человек, среди них Олег Сидоров." });
    expect(f.releases).toMatchObject([{ count: 5, names: ["Олег Сидоров"] }]);
    expect(f.other_counts).toHaveLength(0);
    const c = extractRussian({ text: "Обмен заключёнными прошёл в Стамбуле. В колонию вернулись пять человек." });
    expect(c.releases).toHaveLength(0);
  });
  it("round 13: a release sentence without a date passes its paragraph's day on to the next release", () => {
    const f = extractRussian({ text: "Обмен заключёнными прошёл 3 марта 2025 года в Стамбуле. Россия отпустила 12 человек. В Россию вернулись пять человек, среди них Олег Сидоров." });
    expect(f.releases).toMatchObject([{ count: 12, date: "2025-03-03" }, { count: 5, date: "2025-03-03" }]);
  });
  it("round 13: «директор ЦРУ / ФСБ X» is an official", () => {
    const f = extractRussian({ text: "Об обмене объявил директор ФБР Джон Миллер." });
    expect(f.persons[0]).toMatchObject({ name: "Джон Миллер", role: "official" });
  });
  it("round 13: «Артура Петрова», «Марка Фогеля» come back to the nominative", () => {
    const f = extractRussian({ text: "Взамен власти отпустили Артура Сидорова. Позже освободили учителя Марка Гебеля." });
    expect(f.persons.map((p) => p.name)).toEqual(["Артур Сидоров", "Марк Гебель"]);
  });
});
