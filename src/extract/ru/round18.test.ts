import { describe, expect, it } from "vitest";
import { extractRussian } from "./extract-ru.js";

describe("round 18", () => {
  it("round 18: people freed over a half-year are a total, not a release («за первое полугодие»)", () => {
    const a = extractRussian({ text: "За первое полугодие на свободу вышли 40 политзаключенных.", published: "2025-07-10" });
    expect(a.releases).toEqual([]);
    expect(a.other_counts.map((o) => o.value)).toEqual([40]);
  });
  it("round 18: «вторую половину» is a part of a year, not a round's ordinal", () => {
    const a = extractRussian({ text: "Во вторую половину дня стало известно: Лукашенко подписал указ и помиловал 14 человек.", published: "2025-07-10" });
    expect(a.pardon_events).toMatchObject([{ count: 14, ordinal_in_year: null }]);
  });
  it("round 18: a post's date line «12.03.2025, 10:15» dates the news of its post", () => {
    const a = extractRussian({ text: "11.03.2025, 18:00\nЖдем новостей из Минска.\n\n12.03.2025, 10:15\nНа свободу вышли 6 человек.\n\n12.03.2025, 19:40\nРодные подтвердили: все шестеро дома.", published: "2025-03-13" });
    expect(a.releases).toMatchObject([{ count: 6, date: "2025-03-12" }]);
  });
  it("round 18: in a post dated by its day, «всего освобождены N» is that day's release", () => {
    const a = extractRussian({ text: "04.05.2025, 09:00\nЖдем новостей.\n\n04.05.2025, 12:00\nИзвестно: всего освобождены 17 человек.\n\n05.05.2025, 08:00\nВсе 17 уже дома.", published: "2025-05-05" });
    expect(a.releases).toMatchObject([{ count: 17, date: "2025-05-04" }]);
    expect(a.other_counts).toEqual([]);
  });
  it("round 18: an update of a release's figure restates it («Цифра выросла: …»)", () => {
    const a = extractRussian({ text: "08.04.2025, 11:00\nПо первым данным, на свободу вышли около 20 человек.\n\n08.04.2025, 15:00\nОбновление. Цифра выросла: освобождены 26 человек.\n\n08.04.2025, 20:00\nВечер.", published: "2025-04-09" });
    expect(a.releases).toMatchObject([{ count: 26, qualifier: "exact", date: "2025-04-08" }]);
  });
  it("round 18: people freed on the day of the only counted release of that day are among them", () => {
    const a = extractRussian({ text: "02.06.2025, 10:00\nПодтверждено: освобождены Ольга Зайцева и Павел Белый.\n\n02.06.2025, 14:00\nВсего на свободу вышли 9 человек.\n\n03.06.2025, 09:00\nВсе девять уже в Вильнюсе.", published: "2025-06-03" });
    expect(a.releases).toHaveLength(1);
    expect(a.releases[0]).toMatchObject({ count: 9, date: "2025-06-02" });
    expect([...a.releases[0]!.names].sort()).toEqual(["Ольга Зайцева", "Павел Белый"]);
  });
  it("round 18: a pardon that did not touch someone, a demand to free them: still held", () => {
    const a = extractRussian({ text: "Указ не коснулся Ирины Соколовой. Правозащитники добиваются освобождения Олега Зуева.", published: "2025-05-10" });
    expect(a.persons.map((p) => [p.name, p.role])).toEqual([["Ирина Соколова", "prisoner"], ["Олег Зуев", "prisoner"]]);
    expect(a.releases).toEqual([]);
  });
  it("round 18: «X в списках освобождённых нет» is still held", () => {
    const a = extractRussian({ text: "Власти освободили 40 человек. Павла Северинца в списках освобожденных нет.", published: "2025-05-10" });
    expect(a.persons.map((p) => [p.name, p.role])).toEqual([["Павел Северинец", "prisoner"]]);
  });
  it("round 18: «на свободе оказался» frees the person, and the one «вместе с» whom", () => {
    const a = extractRussian({ text: "Вместе с Игорем Лосиком на свободе оказался Павел Северинец.", published: "2025-05-10" });
    expect(a.persons.map((p) => [p.name, p.role])).toEqual([["Игорь Лосик", "released"], ["Павел Северинец", "released"]]);
  });
  it("round 18: «ни X, приговорённой к …, ни Y» is one list", () => {
    const a = extractRussian({ text: "Помилование не коснулось ни Ирины Соколовой, приговоренной к 9 годам, ни бывшего депутата Олега Зуева.", published: "2025-05-10" });
    expect(a.persons.map((p) => [p.name, p.role])).toEqual([["Ирина Соколова", "prisoner"], ["Олег Зуев", "prisoner"]]);
  });
  it("round 18: a headline's «более N» that the body states exactly is the body's round", () => {
    const a = extractRussian({ title: "Лукашенко помиловал более 20 осужденных", text: "Лукашенко 3 марта помиловал 22 человека, среди них пять женщин.", published: "2025-03-04" });
    expect(a.pardon_events).toMatchObject([{ count: 22, women: 5 }]);
  });
  it("round 18: ««…», — написала X» makes X the quote's speaker (a surname alone names the person found)", () => {
    const a = extractRussian({ text: "Реакция Светланы Тихановской была сдержанной. «В тюрьмах по-прежнему более 1100 политзаключенных», — написала Тихановская.", published: "2025-05-10" });
    expect(a.prisoner_count_claims).toMatchObject([{ value: 1100, attributed_to: "Светлана Тихановская" }]);
  });
  it("round 18: «N человек, лишённых свободы по политическим мотивам» is a stock", () => {
    const a = extractRussian({ text: "По данным «Мемориала», в России сейчас более 800 человек, лишенных свободы по политическим мотивам.", published: "2025-05-10" });
    expect(a.prisoner_count_claims).toMatchObject([{ value: 800, qualifier: "over", attributed_to: "Memorial" }]);
  });
  it("round 18: «таких людей … не менее N» after a sentence about political prisoners restates the stock", () => {
    const a = extractRussian({ text: "Мы считаем политзаключенными тех, кого преследуют за убеждения. По данным «Мемориала», на 1 мая 2025 года таких людей в России не менее 900.", published: "2025-05-10" });
    expect(a.prisoner_count_claims).toMatchObject([{ value: 900, qualifier: "at_least", as_of: "2025-05-01", attributed_to: "Memorial" }]);
  });
  it("round 18: a first-person stock claim («в наших списках») is the organisation's the text cites", () => {
    const a = extractRussian({ text: "Весной в наших списках было более 650 человек, лишенных свободы по политическим мотивам. По данным «Мемориала», сейчас за решеткой остаются более 700 политзаключенных.", published: "2025-05-10" });
    expect(a.prisoner_count_claims.map((c) => [c.value, c.attributed_to])).toEqual([[650, "Memorial"], [700, "Memorial"]]);
  });
  it("round 18: in a report of one exchange, people freed with no date of their own are among its freed", () => {
    const a = extractRussian({ text: "Пятого мая в ходе обмена Россия освободила 12 человек. Вместе с Игорем Лосиком на свободе оказался Павел Северинец.", published: "2025-06-10" });
    expect(a.releases).toHaveLength(1);
    expect(a.releases[0]).toMatchObject({ count: 12, date: "2025-05-05" });
    expect(a.releases[0]!.names).toEqual(["Игорь Лосик", "Павел Северинец"]);
  });
  it("round 18: «считая сентябрьских 52 человек» inside a yearly total is a release of that month", () => {
    const a = extractRussian({ text: "Всего в 2025 году, считая июньских 14 человек, на свободу вышли более 100 политзаключенных.", published: "2025-10-10" });
    expect(a.releases).toMatchObject([{ count: 14, date: "2025-06" }]);
  });
  it("round 18: «О судьбе X ничего не знают» makes X a prisoner held incommunicado", () => {
    const a = extractRussian({ text: "О судьбе Игоря Ильяша родные ничего не знают уже год.", published: "2025-05-10" });
    expect(a.persons.map((p) => [p.name, p.role])).toEqual([["Игорь Ильяш", "prisoner"]]);
  });
  it("round 18: after a given name in the instrumental, a surname in -ом is a consonant stem («с Максимом Знаком»)", () => {
    const a = extractRussian({ text: "Вместе с Максимом Знаком на свободе оказался Игорь Ильяш.", published: "2025-05-10" });
    expect(a.persons.map((p) => p.name)).toEqual(["Максим Знак", "Игорь Ильяш"]);
  });
  it("round 18: a weekly digest dates a release told «на этой неделе» to the week's month", () => {
    const a = extractRussian({ title: "Итоги недели", text: "Подводим итоги недели с 3 по 9 марта.\n\nПолностью отбыв сроки, на этой неделе вышли на свободу пять политзаключенных.", published: "2025-03-10" });
    expect(a.releases).toMatchObject([{ count: 5, date: "2025-03" }]);
  });
  it("round 18: «Пра вызваленне … 5 траўня паведамілі …» dates the release just told", () => {
    const a = extractRussian({ text: "На волю выйшлі 12 палітвязняў. Пра вызваленне 5 траўня паведамілі праваабаронцы.", published: "2025-05-10" });
    expect(a.releases).toMatchObject([{ count: 12, date: "2025-05-05" }]);
  });
  it("round 18: a headline that names one freed person and counts the freed puts the person among them", () => {
    const a = extractRussian({ title: "Ігара Лосіка вызвалілі. Вядома пра 12 вызваленых палітвязняў", text: "Праваабаронцы ведаюць пра 12 вызваленых. Імёны не называюцца.", published: "2025-05-10" });
    expect(a.releases).toMatchObject([{ count: 12, names: ["Ігар Лосік"] }]);
  });
  it("round 18: a round without a date takes the date of the pardon release of the same count", () => {
    const a = extractRussian({ title: "Праваабаронцы ведаюць прынамсі пра 15 вызваленых палітвязняў", text: "Паводле праваабаронцаў, на волю выйшлі прынамсі 15 палітвязняў, якіх вызвалілі паводле памілавання. Пра вызваленне 5 траўня паведамілі блізкія.", published: "2025-05-10" });
    expect(a.pardon_events).toMatchObject([{ count: 15, date: "2025-05-05" }]);
  });
});
