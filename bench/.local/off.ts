import { extractFacts } from "../../src/extract/index.js";
const en = ["More than 500 people were evacuated after the floods in the south.", "The stadium holds 30,000 people.", "About 2,000 people attended the concert on Saturday.", "Some 40 journalists attended the press conference.", "The company laid off 1,200 workers last year.", "Twelve people died in a road accident near Brest.", "Around 300 students graduated from the university.", "The bill was backed by 98 deputies.", "Police detained 15 football fans after the match.", "Over 3,000 people signed the petition."];
const ru = ["Более 500 человек эвакуировали после наводнения.", "Концерт посетили около 2000 человек.", "На пресс-конференцию пришли 40 журналистов.", "В ДТП под Брестом погибли 12 человек.", "Петицию подписали более 3000 человек.", "Университет окончили около 300 студентов."];
for (const [lang, list] of [["en", en], ["ru", ru]] as const) for (const t of list) {
  const f = extractFacts({ text: t, published: "2025-03-01", language: lang });
  const got = [...f.other_counts.map((o) => `other ${o.value} ${o.what}`), ...f.prisoner_count_claims.map((c) => `claim ${c.value}`), ...f.releases.map((r) => `release ${r.count}`), ...f.pardon_events.map((p) => `pardon ${p.count}`)];
  console.log(got.length ? "!!" : "ok", t, JSON.stringify(got));
}
