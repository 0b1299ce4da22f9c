import { describe, expect, it } from "vitest";
import { extractRussian } from "./extract-ru.js";

describe("round 17", () => {
  it("round 17: a day written as a Belarusian ordinal word is a date («Дванаццатага лютага»)", () => {
    const a = extractRussian({ text: "Дванаццатага лютага на волю выйшлі 9 вязняў.", published: "2025-03-01" });
    expect(a.releases).toMatchObject([{ count: 9, date: "2025-02-12" }]);
  });
  it("round 17: «В тот же день …» takes the day of the sentence before", () => {
    const a = extractRussian({ text: "Пятого марта 2025 года Лукашенко пообещал отпустить тяжелобольных. В тот же день по помилованию на свободу вышли не менее 12 человек.", published: "2025-03-20" });
    expect(a.pardon_events).toMatchObject([{ count: 12, qualifier: "at_least", date: "2025-03-05" }]);
  });
  it("round 17: in a timeline of paragraphs opened by dates, a written year carries on; each opening day anchors the next", () => {
    const a = extractRussian({ text: "Десятого мая 2024 года Лукашенко помиловал 12 человек.\n\nПятнадцатого июля помилованы еще 14 человек.\n\nДвенадцатого февраля на свободу вышли 4 человека.\n\nДевятого сентября на свободу вышли 7 человек.", published: "2025-12-20" });
    expect(a.pardon_events.map((e) => [e.count, e.date])).toEqual([[12, "2024-05-10"], [14, "2024-07-15"]]);
    expect(a.releases.map((r) => [r.count, r.date])).toEqual([[4, "2025-02-12"], [7, "2025-09-09"]]);
  });
  it("round 17: «X, приговорённого к …, и ещё N» is X plus N", () => {
    const a = extractRussian({ text: "В пятницу власти освободили Петра Иванова, приговоренного к 9 годам, и еще 6 человек.", published: "2025-05-10" });
    expect(a.releases).toMatchObject([{ count: 7, names: ["Пётр Иванов"] }]);
  });
  it("round 17: a name with an article of the criminal code in brackets is a defendant", () => {
    const a = extractRussian({ text: "Новые политзаключенные:\n— Ирина Соколова (ч. 1 ст. 342 УК);\n— Олег Зуев (ст. 361-1 УК).", published: "2025-05-10" });
    expect(a.persons.map((p) => [p.name, p.role])).toEqual([["Ирина Соколова", "prisoner"], ["Олег Зуев", "prisoner"]]);
  });
  it("round 17: a relative clause between commas, then «и», still joins a list of names", () => {
    const a = extractRussian({ text: "За решеткой остаются Павел Северинец, которого осудили на 7 лет, и журналист Игорь Ильяш.", published: "2025-05-10" });
    expect(a.persons.map((p) => [p.name, p.role])).toEqual([["Павел Северинец", "prisoner"], ["Игорь Ильяш", "prisoner"]]);
  });
  it("round 17: a capitalised adjective before a noun after a release verb is no surname («лауреата Нобелевской премии»)", () => {
    const a = extractRussian({ text: "Власти освободили лауреата Нобелевской премии мира Алеся Беляцкого.", published: "2025-12-14" });
    expect(a.persons.map((p) => p.name)).toEqual(["Алесь Беляцкий"]);
  });
  it("round 17: people a freeing verb names right after a counted release are among those freed", () => {
    const a = extractRussian({ text: "В субботу на свободу вышли 20 человек. Власти освободили Ивана Петрова и Олега Сидоренко.", published: "2025-05-10" });
    expect(a.releases).toMatchObject([{ count: 20, names: ["Иван Петров", "Олег Сидоренко"] }]);
  });
  it("round 17: a named release at the end of the term is sentence_served", () => {
    const a = extractRussian({ text: "2 марта, полностью отбыв срок, вышел на свободу политзаключенный Павел Юхневич.", published: "2025-03-05" });
    expect(a.releases).toMatchObject([{ names: ["Павел Юхневич"], count: null, date: "2025-03-02", kind: "sentence_served" }]);
  });
  it("round 17: a first sentence in which an organisation recognises political prisoners names the publisher", () => {
    const a = extractRussian({ text: "Правозащитный центр «Вясна» признал политзаключенными еще 5 человек. Все они осуждены за комментарии. В Беларуси 1150 политзаключенных.", published: "2025-06-01" });
    expect(a.prisoner_count_claims).toMatchObject([{ value: 1150, attributed_to: "Viasna" }]);
  });
  it("round 17: «Всего с 2020 года …» right after a dated stock claim holds for the same day", () => {
    const a = extractRussian({ text: "По состоянию на 30 апреля 2025 года в Беларуси 1180 политзаключенных. Всего с 2020 года политзаключенными признаны более 3900 человек.", published: "2025-05-02" });
    expect(a.prisoner_count_claims.map((c) => [c.value, c.as_of])).toEqual([[1180, "2025-04-30"], [3900, "2025-04-30"]]);
  });
  it("round 17: «выхоўваюць непаўналетніх дзяцей» is with_children", () => {
    const a = extractRussian({ text: "Лукашэнка памілаваў 18 асуджаных. Сярод іх пяць жанчын, а дзевяць чалавек выхоўваюць непаўналетніх дзяцей.", published: "2025-06-01" });
    expect(a.pardon_events).toMatchObject([{ count: 18, women: 5, with_children: 9 }]);
  });
  it("round 17: an official label in brackets («признан … экстремистским формированием») is no recognition", () => {
    const a = extractRussian({ text: "Правозащитный центр \"Весна\" (признан в Белоруссии экстремистским формированием) насчитывает в стране 1150 политзаключенных.", published: "2025-06-01" });
    expect(a.prisoner_count_claims).toMatchObject([{ value: 1150, attributed_to: "Viasna" }]);
    expect(a.other_counts).toEqual([]);
  });
  it("round 17: a hyphen between spaces is a dash in a breakdown («7 - старше 50 лет»)", () => {
    const a = extractRussian({ text: "Лукашенко помиловал 20 человек. Среди помилованных пять женщин, 7 - старше 50 лет.", published: "2025-06-01" });
    expect(a.pardon_events).toMatchObject([{ count: 20, women: 5, over_50: 7 }]);
  });
  it("round 17: a consonant-stem surname after an undeclined foreign given name goes back to the nominative", () => {
    const a = extractRussian({ text: "Делегация встретилась с Джо Байденом. Позже Марко Рубио поблагодарил Джо Байдена.", published: "2025-06-01" });
    expect(a.persons.map((p) => p.name)).toEqual(["Джо Байден", "Марко Рубио"]);
  });
  it("round 17: a pardon act naming its person, with a date of its own and no count, is a round of one", () => {
    const a = extractRussian({ text: "В июне 2024 года Лукашенко помиловал 30 человек.\n\nВ конце июля 2024 года Лукашенко помиловал гражданина Германии Рико Кригера.", published: "2025-01-18" });
    expect(a.pardon_events.map((e) => [e.count, e.date, e.names])).toEqual([[30, "2024-06", []], [1, "2024-07", ["Рико Кригер"]]]);
  });
  it("round 17: a headline's recognition count restated by the body is one count («признало политзаключёнными ещё N»)", () => {
    const a = extractRussian({ title: "Сообщество признало политзаключенными еще 9 человек", text: "Правозащитники признали политзаключенными еще 9 человек.", published: "2025-06-01" });
    expect(a.other_counts).toMatchObject([{ value: 9, what: "recognised as political prisoners" }]);
  });
  it("round 17: «пятым решением с лета» numbers the round; «Седьмого ноября» is a date, not its number", () => {
    const a = extractRussian({ text: "Седьмого ноября Лукашенко помиловал 31 осужденного; пресс-служба назвала это пятым решением с лета.", published: "2024-11-08" });
    expect(a.pardon_events).toMatchObject([{ count: 31, date: "2024-11-07", ordinal_in_year: 5 }]);
  });
  it("round 17: «Четвертого сентября последовали ещё 30, а 16 сентября — 37» after a round are two further rounds", () => {
    const a = extractRussian({ text: "16 августа Лукашенко помиловал 30 человек. Четвертого сентября последовали еще 30, а 16 сентября — 37.", published: "2024-12-01" });
    expect(a.pardon_events.map((e) => [e.count, e.date])).toEqual([[30, "2024-08-16"], [30, "2024-09-04"], [37, "2024-09-16"]]);
  });
  it("round 17: «на границу с Литвой привезли N человек» is a release", () => {
    const a = extractRussian({ text: "Одиннадцатого сентября на границу с Литвой привезли 52 человека.", published: "2025-09-20" });
    expect(a.releases).toMatchObject([{ count: 52, date: "2025-09-11" }]);
  });
  it("round 17: «больш за 340 з іх — у 2025 годзе» after a total over a period is a part of it", () => {
    const a = extractRussian({ text: "Лукашэнка памілаваў 22 асуджаных. З ліпеня 2024 года памілаванне атрымалі 569 чалавек, больш за 340 з іх — у 2025 годзе.", published: "2025-12-30" });
    expect(a.other_counts.map((o) => [o.value, o.qualifier])).toEqual([[569, "exact"], [340, "over"]]);
  });
  it("round 17: «КОРРЕСПОНДЕНТ: Указ подписан …» dates the round a few lines after it", () => {
    const a = extractRussian({ text: "Лукашенко помиловал 31 осужденного. Все они написали прошения.\n\nВЕДУЩИЙ: Подробности у корреспондента.\n\nКОРРЕСПОНДЕНТ: Указ подписан седьмого ноября.", published: "2024-11-08" });
    expect(a.pardon_events).toMatchObject([{ count: 31, date: "2024-11-07" }]);
  });
  it("round 17: «Это пятое подобное решение» some lines after the round numbers it", () => {
    const a = extractRussian({ text: "Лукашенко помиловал 31 осужденного. Все они написали прошения. Среди помилованных две женщины. Многие больны. Все вернулись домой. Это пятое подобное решение с начала июля.", published: "2024-11-08" });
    expect(a.pardon_events).toMatchObject([{ count: 31, ordinal_in_year: 5 }]);
  });
  it("round 17: «все тридцать один вышли на свободу» after a round is its release", () => {
    const a = extractRussian({ text: "7 ноября Лукашенко помиловал 31 осужденного. Все они написали прошения. Уже к вечеру все тридцать один вышли на свободу.", published: "2024-11-08" });
    expect(a.releases).toMatchObject([{ count: 31, date: "2024-11-07", kind: "pardon" }]);
  });
  it("round 17: «…, а шестнадцатого — ещё 37»: an ordinal day without its month takes the month of the day before", () => {
    const a = extractRussian({ text: "Четвертого сентября глава государства помиловал тридцать человек, а шестнадцатого — ещё тридцать семь.", published: "2024-11-08" });
    expect(a.pardon_events.map((e) => [e.count, e.date])).toEqual([[30, "2024-09-04"], [37, "2024-09-16"]]);
  });
  it("round 17: «подписал восемь подобных указов» counts decrees (no signatories)", () => {
    const a = extractRussian({ text: "В прошлом году Лукашенко подписал восемь подобных указов.", published: "2025-01-18" });
    expect(a.other_counts).toMatchObject([{ value: 8 }]);
  });
});
