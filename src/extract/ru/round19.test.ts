import { describe, expect, it } from "vitest";
import { extractRussian } from "./extract-ru.js";

const role = (a: ReturnType<typeof extractRussian>, surname: string) => a.persons.find((p) => p.name.includes(surname))?.role;

describe("round 19", () => {
  it("round 19: «и, по словам …, был возвращен в колонию»: a parenthetical after «и» still returns the person to prison", () => {
    const a = extractRussian({ text: "Одним из освобожденных был Петр Васильев, но он отказался уезжать и, по словам адвоката, был возвращен в колонию.", published: "2025-05-10" });
    expect(role(a, "Васильев")).toBe("prisoner");
    expect(a.releases).toEqual([]);
  });
  it("round 19: «с X и Y, насколько мы знаем, ничего не изменилось, они по-прежнему в колонии»: both held", () => {
    const a = extractRussian({ text: "Но с Игорем Лосевым и Анной Котовой, насколько нам известно, ничего не изменилось, они по-прежнему в колонии.", published: "2025-05-10" });
    expect(role(a, "Лосев")).toBe("prisoner");
    expect(role(a, "Котова")).toBe("prisoner");
  });
  it("round 19: «мы спросили у юриста «…» X»: the interviewee is no prisoner of the sentence's cue", () => {
    const a = extractRussian({ text: "Что ждет политзаключенных, которые остаются за решеткой, мы спросили у адвоката правозащитной организации «Звено» Ольги Петровой.", published: "2025-05-10" });
    expect(role(a, "Петрова")).toBe("other");
  });
  it("round 19: «выпустили на свободу N человек, среди которых …» is a counted release with its people", () => {
    const a = extractRussian({ text: "Власти выпустили на свободу 20 заключенных, среди которых известный поэт Игорь Лосев.", published: "2025-05-10" });
    expect(a.releases).toMatchObject([{ count: 20, names: ["Игорь Лосев"] }]);
    expect(role(a, "Лосев")).toBe("released");
  });
  it("round 19: a release dated by its month and one of the same count dated by a day of it are one release", () => {
    const a = extractRussian({ text: "В начале марта власти выпустили на свободу 12 человек, среди которых Анна Котова.\n\nПо данным правозащитников, 4 марта освободили 12 человек.", published: "2025-03-20" });
    expect(a.releases).toMatchObject([{ count: 12, date: "2025-03-04", names: ["Анна Котова"] }]);
  });
  it("round 19: «палітычных вязняў» in two words is the noun of a stock claim", () => {
    const a = extractRussian({ text: "Праваабаронцы нагадваюць, што ў Беларусі цяпер больш за 1200 палітычных вязняў.", published: "2025-05-10" });
    expect(a.prisoner_count_claims).toMatchObject([{ value: 1200, qualifier: "over" }]);
  });
  it("round 19: «Сямнаццаць з іх маюць хранічныя хваробы»: «з іх» after a count makes it a part of the round", () => {
    const a = extractRussian({ text: "Лукашэнка памілаваў 30 чалавек. Дванаццаць з іх маюць хранічныя хваробы.", published: "2025-05-10" });
    expect(a.pardon_events).toMatchObject([{ count: 30, chronic_illness: 12 }]);
  });
  it("round 19: «Срок она отбыла полностью» after a person's release makes it one at the end of the term", () => {
    const a = extractRussian({ text: "В среду, 15 января, из колонии вышла жительница Гомеля Анна Котова. Ее осудили на два года. Срок она отбыла полностью.", published: "2025-01-20" });
    expect(a.releases).toMatchObject([{ names: ["Анна Котова"], kind: "sentence_served" }]);
  });
  it("round 19: «был помилован и освобожден X» is a release of kind pardon, X pardoned", () => {
    const a = extractRussian({ text: "5 марта был помилован и освобожден журналист Игорь Лосев.", published: "2025-03-10" });
    expect(a.releases).toMatchObject([{ names: ["Игорь Лосев"], kind: "pardon", date: "2025-03-05" }]);
    expect(role(a, "Лосев")).toBe("pardoned");
  });
  it("round 19: Belarusian «памілаваны» gives the role pardoned", () => {
    const a = extractRussian({ text: "3 сакавіка быў памілаваны і вызвалены журналіст Ігар Лосеў.", published: "2025-03-10" });
    expect(role(a, "Лос")).toBe("pardoned");
    expect(a.releases).toMatchObject([{ kind: "pardon", date: "2025-03-03" }]);
  });
  it("round 19: «X, муж Анны Y» in a list of the freed: the relative is not among them", () => {
    const a = extractRussian({ text: "В июне на свободу вышли 14 человек, в том числе блогер Игорь Лосев, муж Анны Лосевой.", published: "2025-07-10" });
    expect(a.releases).toMatchObject([{ count: 14, names: ["Игорь Лосев"] }]);
    expect(role(a, "Анна")).toBe("other");
  });
  it("round 19: «жена и двое сыновей» of a freed man are no count", () => {
    const a = extractRussian({ text: "В среду из колонии вышел Петр Васильев. Встречать его приехали жена и двое сыновей.", published: "2025-07-10" });
    expect(a.other_counts).toEqual([]);
  });
  it("round 19: «партиями по 20–50 человек» is a batch size and «для тысячи людей» a vague amount", () => {
    const a = extractRussian({ text: "Это важно для тысячи людей за решеткой. Пока политзаключенных отпускают партиями по 20–50 человек, на их место приходят новые.", published: "2025-07-10" });
    expect(a.other_counts).toEqual([]);
  });
  it("round 19: a subheading line without a full stop restates the body's release like a headline", () => {
    const a = extractRussian({ text: "Власти пошли на уступки после освобождения 40 человек\n\nВ пятницу, 4 июля, на свободу вышли 40 политзаключенных.", published: "2025-07-10" });
    expect(a.other_counts).toEqual([]);
    expect(a.releases).toMatchObject([{ count: 40 }]);
  });
  it("round 19: «Один из освобожденных, X, …» is no count", () => {
    const a = extractRussian({ text: "Во вторник на свободу вышли 9 человек. Один из освобожденных, 55-летний Петр Васильев, сразу уехал к семье.", published: "2025-07-10" });
    expect(a.other_counts).toEqual([]);
  });
  it("round 19: in an interview, «По нашим данным» is the organisation the lead names for the interviewee", () => {
    const a = extractRussian({ text: "В июле на свободу вышли 40 человек. Что будет дальше, мы спросили у координатора правозащитного центра «Весна» Ирины Смирновой.\n\n— Что происходит с освобожденными?\n\n— Большинство уехали в Литву, кто-то остался.\n\n— Сколько сейчас политзаключенных?\n\n— По нашим данным, 1150 человек.", published: "2025-07-10" });
    expect(a.prisoner_count_claims).toMatchObject([{ value: 1150, attributed_to: "Viasna" }]);
  });
  it("round 19: «Только в этом году … — 342.» after a sentence counting people is an elided count", () => {
    const a = extractRussian({ text: "С начала года помилованы 200 человек. Только в мае — 45.", published: "2025-07-10" });
    expect(a.other_counts.map((o) => o.value)).toContain(45);
  });
  it("round 19: an interview's answer to «Кого …?» asked after a release names its people", () => {
    const a = extractRussian({ text: "— В субботу освободили 10 заключенных. Кого вы бы назвали?\n\n— Конечно, Игоря Лосева и Анну Котову.", published: "2025-07-10" });
    expect(a.releases).toMatchObject([{ count: 10, names: ["Игорь Лосев", "Анна Котова"] }]);
  });
  it("round 19: a sentence with a day of its own and no count tells of another pardon, not the open round's ordinal or people", () => {
    const a = extractRussian({ text: "Лукашенко помиловал 25 человек. Предыдущее помилование было 7 ноября, тогда помилованы 31 человек. Первым 3 июля был помилован Игорь Лосев.", published: "2024-11-21" });
    const r = a.pardon_events.find((e) => e.count === 31);
    expect(r).toMatchObject({ ordinal_in_year: null, names: [] });
  });
});
