import { describe, expect, it } from "vitest";
import { extractRussian } from "./extract-ru.js";

describe("round 14", () => {
  it("round 14: «Указ подписан 18 января» (or «18.01.2025») dates the round told before it", () => {
    const a = extractRussian({ text: "Глава государства помиловал 17 осуждённых. Указ подписан 12 марта.", published: "2025-03-14" });
    expect(a.pardon_events).toMatchObject([{ count: 17, date: "2025-03-12" }]);
    const b = extractRussian({ text: "Глава государства помиловал 17 осуждённых. Соответствующий указ он подписал 12.03.2025.", published: "2025-03-14" });
    expect(b.pardon_events).toMatchObject([{ count: 17, date: "2025-03-12" }]);
  });
  it("round 14: «Обмен состоялся 10 апреля» dates the releases told before it in its paragraph", () => {
    const a = extractRussian({ text: "Из колонии вышли шесть человек. Обмен состоялся 3 июня.", published: "2025-06-05" });
    expect(a.releases).toMatchObject([{ count: 6, date: "2025-06-03" }]);
    const b = extractRussian({ text: "Инженер Пётр Соколов вышел на свободу. Он провёл в колонии два года. В обмен власти освободили Дмитрия Орлова. Обмен состоялся 3 июня.", published: "2025-06-05" });
    expect(b.releases.map((r) => r.date)).toEqual(["2025-06-03", "2025-06-03"]);
  });
});
