/**
 * @module bench/generated-reports
 * The generated English corpus the extraction benches read: documents of 14 sentences drawn from
 * Vigil's own template sentences (not corpus text) by a seeded PRNG, so every pass and every run
 * sees the same text for the same seed.
 */
// A small deterministic PRNG: the same seed gives the same text in every pass and run.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const NAMES = ["Anna Kowalczyk", "Pavel Sidorenko", "Olga Mironava", "Dzmitry Hrybouski", "Iryna Lapatka", "Stas Yermak"];
const MONTHS = ["January", "March", "May", "July", "August", "October", "December"];
const WORDS = ["twelve", "twenty-one", "a dozen", "forty", "seven", "nineteen"];
const TEMPLATES: ((r: () => number) => string)[] = [
  (r) => `The head of state pardoned ${10 + Math.floor(r() * 40)} people convicted of protest-related offences, the press office announced on ${MONTHS[Math.floor(r() * MONTHS.length)]} ${1 + Math.floor(r() * 28)}.`,
  (r) => `Among them were ${Math.floor(r() * 20)} women and ${Math.floor(r() * 30)} men; ${WORDS[Math.floor(r() * WORDS.length)]} have chronic illnesses and three are over 50.`,
  (r) => `According to monitors, more than ${1000 + Math.floor(r() * 400)} political prisoners remain behind bars as of ${MONTHS[Math.floor(r() * MONTHS.length)]} 1, 2025.`,
  (r) => `${NAMES[Math.floor(r() * NAMES.length)]}, a teacher sentenced to ${2 + Math.floor(r() * 8)} years in 2021, was released after serving her sentence.`,
  (r) => `Opposition leader ${NAMES[Math.floor(r() * NAMES.length)]} said that about ${Math.floor(r() * 90)} journalists were detained in the last month.`,
  () => `Observers noted that the decision followed talks with foreign envoys, and that details were not disclosed.`,
  (r) => `It was the ${["second", "fifth", "ninth"][Math.floor(r() * 3)]} such round this year, the agency added.`,
  () => `The ministry said the convicts had asked for clemency and promised to obey the law in future.`,
];

/** Documents totalling at least `bytes` of UTF-8, generated from `seed`. */
export function* documents(seed: number, bytes: number): Generator<{ text: string; published: string }> {
  const r = rng(seed);
  let total = 0;
  while (total < bytes) {
    const parts: string[] = [];
    for (let i = 0; i < 14; i++) parts.push(TEMPLATES[Math.floor(r() * TEMPLATES.length)]!(r));
    const text = parts.join(i18nBreak(r));
    total += Buffer.byteLength(text);
    yield { text, published: "2025-06-30" };
  }
}
function i18nBreak(r: () => number): string {
  return r() < 0.3 ? "\n" : " ";
}

