import { describe, expect, it } from "vitest";
import { extractRussian } from "./extract-ru.js";

describe("round 16", () => {
  it("round 16: the dated items of a list under «…помилования…:» are rounds, even without a noun", () => {
    const a = extractRussian({ text: "Вот как выглядели помилования минувшей осенью:\n— 2 октября — 41 человек;\n— 15 октября — 26;\n— в конце ноября — ещё 19.", published: "2026-01-10" });
    expect(a.pardon_events.map((e) => [e.count, e.date])).toEqual([[41, "2025-10-02"], [26, "2025-10-15"], [19, "2025-11"]]);
  });
  it("round 16: a masculine surname in -ей is put back into the nominative («Петра Гусея» -> «Пётр Гусей»)", () => {
    const a = extractRussian({ text: "Адвокат Петра Гусея подал жалобу. Пётр Гусей остаётся в колонии.", published: "2025-03-14" });
    expect(a.persons.map((p) => p.name)).toEqual(["Пётр Гусей"]);
  });
  it("round 16: «Среди них …» after a stock of prisoners still held names prisoners, even after a release", () => {
    const a = extractRussian({ text: "В марте на свободу вышли пять человек. По данным «Вясны», за решёткой по-прежнему остаются более 1000 политзаключённых. Среди них — Ольга Зайцева и Павел Белый.", published: "2025-04-01" });
    expect(a.persons.map((p) => [p.name, p.role])).toEqual([["Ольга Зайцева", "prisoner"], ["Павел Белый", "prisoner"]]);
    expect(a.releases[0]!.names).toEqual([]);
  });
  it("round 16: «вывезли N, в том числе …» names members of the release; an official after a dash is not one", () => {
    const a = extractRussian({ text: "В мае в Польшу вывезли четверых заключённых, в том числе врача Олега Сомова, — это произошло после визита министра Ивана Петрова.", published: "2025-06-01" });
    expect(a.releases).toMatchObject([{ count: 4, names: ["Олег Сомов"] }]);
    expect(a.persons.map((p) => [p.name, p.role])).toEqual([["Олег Сомов", "released"], ["Иван Петров", "official"]]);
  });
  it("round 16: a cue after the last name of a bare list holds for all of it («A и B освободили», «A, B и C держат в колонии»)", () => {
    const a = extractRussian({ text: "Ольгу Зайцеву и Павла Белого освободили в понедельник. Анну Серову, Игоря Лисова и Петра Кота власти до сих пор держат в колонии.", published: "2025-04-01" });
    expect(a.persons.map((p) => [p.name, p.role])).toEqual([["Ольга Зайцева", "released"], ["Павел Белый", "released"], ["Анна Серова", "prisoner"], ["Игорь Лисов", "prisoner"], ["Пётр Кот", "prisoner"]]);
  });
  it("round 16: «сейчас лишены свободы не менее N человек» is a stock of people held", () => {
    const a = extractRussian({ text: "По данным ОВД-Инфо, по политическим делам в России сейчас лишены свободы не менее 1250 человек.", published: "2025-05-01" });
    expect(a.prisoner_count_claims).toMatchObject([{ value: 1250, qualifier: "at_least", attributed_to: "OVD-Info" }]);
    expect(a.other_counts).toEqual([]);
  });
  it("round 16: «отпустила X, получив взамен Y»: both freed, each side of the swap a release of its own", () => {
    const a = extractRussian({ text: "В марте Москва отпустила американского пенсионера Джона Смита, получив взамен Игоря Волкова.", published: "2025-05-01" });
    expect(a.persons.map((p) => [p.name, p.role])).toEqual([["Джон Смит", "released"], ["Игорь Волков", "released"]]);
    expect(a.releases.map((r) => [r.names, r.date])).toEqual([[["Джон Смит"], "2025-03"], [["Игорь Волков"], "2025-03"]]);
  });
  it("round 16: «3 июня в Стамбуле его обменяли на …» dates the release of the person told just before", () => {
    const a = extractRussian({ text: "Журналист Павел Орлов вышел на свободу. 3 июня в Стамбуле его обменяли на Игоря Волкова.", published: "2025-06-05" });
    expect(a.releases.find((r) => r.names.includes("Павел Орлов"))?.date).toBe("2025-06-03");
  });
  it("round 16: a headline's release of a name is the one a later «Обмен состоялся …» dates", () => {
    const a = extractRussian({ title: "Москва освободила Павла Орлова", text: "Журналист Павел Орлов уже в Вене. Его адвокат рассказал о деталях. Он долго ждал. Обмен состоялся 3 июня в Стамбуле.", published: "2025-06-05" });
    expect(a.releases).toMatchObject([{ names: ["Павел Орлов"], date: "2025-06-03" }]);
  });
  it("round 16: «О том, что он на свободе, 3 июня сообщила …» dates the release told just before", () => {
    const a = extractRussian({ text: "Павла Орлова освободили из колонии. О том, что сын на свободе, во вторник, 3 июня, сообщила его мать.", published: "2025-06-05" });
    expect(a.releases).toMatchObject([{ names: ["Павел Орлов"], date: "2025-06-03" }]);
  });
  it("round 16: a counted release without a date takes the date of its named person's own release", () => {
    const a = extractRussian({ text: "Павла Орлова освободили 3 июня. Его адвокат рассказал о деталях. Вместе с ним на свободу вышли ещё девять человек.", published: "2025-06-05" });
    expect(a.releases).toMatchObject([{ count: 10, date: "2025-06-03" }]);
  });
  it("round 16: «Несовершеннолетних детей воспитывают N помилованных» (object first) is with_children", () => {
    const a = extractRussian({ text: "Лукашенко помиловал 25 осуждённых. Малолетних детей воспитывают 12 помилованных.", published: "2025-03-14" });
    expect(a.pardon_events).toMatchObject([{ count: 25, with_children: 12 }]);
  });
  it("round 16: a sentence about «помилованных» as a group announces no pardon: a release recalled next is a release, not a round", () => {
    const a = extractRussian({ text: "Лукашенко помиловал 19 осуждённых. Сроки у помилованных были от трёх до шести лет. Напомним: 5 мая из колоний освободили 40 человек, в том числе Ольгу Зайцеву.", published: "2025-06-01" });
    expect(a.pardon_events.map((e) => e.count)).toEqual([19]);
    expect(a.releases).toMatchObject([{ count: 40, date: "2025-05-05", kind: "other" }]);
  });
  it("round 16: «Кейт» declines like the other English given names («спецпосланником Кейтом Келлогом»), with no adjectival reading", () => {
    const a = extractRussian({ text: "Лукашенко встретился со спецпосланником Кейтом Келлогом.", published: "2025-06-22" });
    expect(a.persons.map((p) => [p.name, p.role])).toEqual([["Александр Лукашенко", "official"], ["Кейт Келлог", "official"]]);
  });
  it("round 16: «в ответ передал … X» frees X, and the month of the release told just before dates it", () => {
    const a = extractRussian({ text: "В марте Россия освободила американца Джона Смита в рамках обмена. Вашингтон в ответ передал Москве Игоря Волкова.", published: "2025-05-01" });
    expect(a.persons.map((p) => [p.name, p.role])).toEqual([["Джон Смит", "released"], ["Игорь Волков", "released"]]);
    expect(a.releases.map((r) => [r.names, r.date])).toEqual([[["Джон Смит"], "2025-03"], [["Игорь Волков"], "2025-03"]]);
  });
  it("round 16: people freed at the end of their terms right after a pardon round are a release of kind sentence_served, not part of the round", () => {
    const a = extractRussian({ text: "Лукашенко помиловал 19 осуждённых. Это пятая группа с лета. Отбыв сроки полностью, в эти же дни из колоний вышли семь политзаключённых.", published: "2025-06-01" });
    expect(a.releases).toMatchObject([{ count: 7, kind: "sentence_served" }]);
    expect(a.other_counts).toEqual([]);
  });
  it("round 16: «Среди них …» after «Мемориал признаёт политзаключёнными N» names prisoners", () => {
    const a = extractRussian({ text: "«Мемориал» признаёт политзаключёнными более 900 человек. Среди них — Павел Орлов, которому добавили два года, и Игорь Волков.", published: "2025-05-01" });
    expect(a.persons.map((p) => [p.name, p.role])).toEqual([["Павел Орлов", "prisoner"], ["Игорь Волков", "prisoner"]]);
  });
  it("round 16: «получила восьмерых, в том числе осуждённого …» is a release: the conviction of a named member is no flow", () => {
    const a = extractRussian({ text: "Из колоний вышли десять человек — среди них Павел Орлов. Взамен Москва получила шестерых, в том числе осуждённого в Польше Игоря Волкова.", published: "2025-05-01" });
    expect(a.releases).toMatchObject([{ count: 10 }, { count: 6, names: ["Игорь Волков"] }]);
    expect(a.other_counts).toEqual([]);
  });
  it("round 16: «помиловал 30 человек (14 женщин и 16 мужчин), а 3 июля на свободу вышли 18»: the breakdown is the round's, and only the 18 walked free", () => {
    const a = extractRussian({ text: "Это вторая волна. 12 мая Лукашенко помиловал 25 человек (9 женщин и 16 мужчин), а 2 апреля на свободу вышли как минимум 11 политзаключённых.", published: "2025-06-01" });
    expect(a.pardon_events).toMatchObject([{ count: 25, date: "2025-05-12", women: 9, men: 16 }, { count: 11, date: "2025-04-02" }]);
    expect(a.releases.map((r) => r.count)).toEqual([11]);
  });
  it("round 16: a feminine given name not ending in -а/-я puts its surname back into the nominative («Алсу Курмашеву» -> «Алсу Курмашева»)", () => {
    const a = extractRussian({ text: "Журналистку Алсу Курмашеву освободили в августе.", published: "2024-09-01" });
    expect(a.persons.map((p) => p.name)).toEqual(["Алсу Курмашева"]);
  });
  it("round 16: «В марте вышли трое, среди них X, а 5 мая — 11 человек»: two releases, each with its own date", () => {
    const a = extractRussian({ text: "В марте на свободу вышли трое заключённых, среди них журналист Павел Орлов, а 5 мая — 11 человек.", published: "2025-06-01" });
    expect(a.releases.map((r) => [r.count, r.date])).toEqual([[3, "2025-03"], [11, "2025-05-05"]]);
    expect(a.other_counts).toEqual([]);
  });
  it("round 16: «принял решение помиловать N» restates the headline's round, and the dateline's day dates it", () => {
    const a = extractRussian({ title: "Лукашенко помиловал 26 осужденных", text: "МИНСК, 12 марта. /ТАСС/. Президент Белоруссии принял решение помиловать 26 человек. Об этом сообщила пресс-служба.", published: "2025-03-12" });
    expect(a.pardon_events).toMatchObject([{ count: 26, date: "2025-03-12" }]);
  });
  it("round 16: «…вышли 32 человека, а за две недели до того, 7 ноября, — 31»: a comma before the dash still makes a further round, freed like the first", () => {
    const a = extractRussian({ text: "Лукашенко помиловал 29 человек. Это седьмая волна помилований. Предыдущую объявили 20 ноября: тогда на свободу вышли 32 человека, а за две недели до того, 7 ноября, — 31.", published: "2024-12-10" });
    expect(a.pardon_events.map((e) => [e.count, e.date])).toEqual([[29, null], [32, "2024-11-20"], [31, "2024-11-07"]]);
    expect(a.releases.map((r) => [r.count, r.date])).toEqual([[32, "2024-11-20"], [31, "2024-11-07"]]);
  });
  it("round 16: parts of a round: «N — по статьям о …» after a colon, and «Троим из восемнадцати …»", () => {
    const a = extractRussian({ text: "Лукашенко помиловал ещё 18 осуждённых: десяти — по «экстремистским» статьям и восьми — по статьям о наркотиках. Троим из восемнадцати уже за семьдесят.", published: "2025-02-01" });
    expect(a.pardon_events.map((e) => e.count)).toEqual([18]);
    expect(a.other_counts.map((o) => o.value)).toEqual([10, 8, 3]);
  });
  it("round 16: «Среди вышедших …» a few lines after a release told after the round names people of that release, not of the round", () => {
    const a = extractRussian({ text: "• Помилование. Лукашенко помиловал 19 человек.\n• Освобождения. Отбыв сроки полностью, на этой неделе вышли на свободу шесть политзаключённых.\n\nПриговоры\n\nСуд в Гродно приговорил пенсионера к трём годам.\n\nНа свободе\n\nСреди вышедших на этой неделе — бывший врач Павел Орлов.", published: "2025-06-01" });
    expect(a.persons.find((p) => p.name === "Павел Орлов")?.role).toBe("released");
    expect(a.releases).toMatchObject([{ count: 6, kind: "sentence_served", names: ["Павел Орлов"] }]);
  });
});
