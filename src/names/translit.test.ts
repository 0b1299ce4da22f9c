import { describe, expect, it } from "vitest";
import { cyrillize, romanize } from "./translit.js";
import { matchNames } from "./match.js";
import { toNominative } from "./nominative.js";

describe("romanize", () => {
  it.each([
    ["Ціханоўская", "be-passport", "Tsikhanouskaya"],
    ["Ціханоўская", "be-national", "Cichanoŭskaja"],
    ["Ціханоўская", "be-bgn", "Tsikhanowskaya"],
    ["Колесникова", "ru-bgn", "Kolesnikova"],
    ["Юлия", "ru-icao", "Iuliia"],
    ["Сяргей", "be-passport", "Siarhei"],
  ] as const)("%s under %s is %s", (cyr, system, latin) => {
    expect(romanize(cyr, system)).toBe(latin);
  });
});

describe("round trips", () => {
  it.each(["Колесникова", "Тихановский", "Бабарико", "Лосик", "Статкевич", "Кузнецова"])("Russian %s survives Latin and back", (name) => {
    expect(cyrillize(romanize(name, "ru-bgn"))).toBe(name);
  });
  it.each(["Калеснікава", "Ціханоўскі", "Бабарыка", "Лосік"])("Belarusian %s comes back as the same person", (name) => {
    for (const system of ["be-passport", "be-bgn", "be-national"] as const) {
      const back = cyrillize(romanize(name, system), "be");
      expect(matchNames(back, name).same, `${system}: ${back}`).toBe(true);
    }
  });
});

describe("toNominative", () => {
  it.each([
    ["Тихановского", "Тихановский"],
    ["Колесниковой", "Колесникова"],
    ["Марии", "Мария"],
    ["Сергея Тихановского", "Сергей Тихановский"],
    ["Светланой Тихановской", "Светлана Тихановская"],
    ["Игорю Лосику", "Игорь Лосик"],
    ["Николая Статкевича", "Николай Статкевич"],
    ["Павла Северинца", "Павел Северинец"],
    ["Марию Колесникову", "Мария Колесникова"],
    ["Олегом Орловым", "Олег Орлов"],
    ["Алексея Навального", "Алексей Навальный"],
    ["Ильи Яшина", "Илья Яшин"],
    ["Виктора Бабарико", "Виктор Бабарико"],
    ["Мария Колесникова", "Мария Колесникова"],
    // Hyphenated surnames: an unchanging first part, or both parts declined.
    ["Владимира Кара-Мурзу", "Владимир Кара-Мурза"],
    ["Владимиру Кара-Мурзе", "Владимир Кара-Мурза"],
    ["Анны Кара-Мурзы", "Анна Кара-Мурза"],
    ["Михаила Бонч-Бруевича", "Михаил Бонч-Бруевич"],
    ["Кузьмы Петрова-Водкина", "Кузьма Петров-Водкин"],
    ["Николая Римского-Корсакова", "Николай Римский-Корсаков"],
    // A noun surname in the instrumental is no adjective; an adjective's "-ом" is its prepositional.
    ["Максимом Знаком", "Максим Знак"],
    ["Игорем Лосиком", "Игорь Лосик"],
    ["Алексеем Навальным", "Алексей Навальный"],
    ["Алексее Навальном", "Алексей Навальный"],
    // A given name that never declines leaves the surname's case to decide.
    ["Алсу Курмашеву", "Алсу Курмашева"],
  ])("%s -> %s", (form, nominative) => {
    expect(toNominative(form)).toBe(nominative);
  });
});
