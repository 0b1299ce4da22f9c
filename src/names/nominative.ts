/**
 * @module names/nominative
 * Puts a Russian (or Belarusian) personal name met in any of the six cases back into the
 * nominative: Сергея Тихановского -> Сергей Тихановский, Марии Колесниковой -> Мария Колесникова.
 *
 * Each word gets every reading the endings allow (lemma, gender, possible cases, a weight);
 * the name is then read under the single gender and case that all words agree on with the
 * greatest weight. Agreement is what resolves "Колесникова" (a woman, nominative) against
 * "Колесникова" (a man, genitive): the given name beside it decides.
 */
import { GIVEN_NAME_GROUPS } from "./given-names.js";

const NOM = 1;
const GEN = 2;
const DAT = 4;
const ACC = 8;
const INS = 16;
const PREP = 32;
const ALL = 63;
const CASE_ORDER = [NOM, GEN, ACC, DAT, INS, PREP];

type Gender = "m" | "f" | "any";
interface Reading {
  lemma: string;
  gender: Gender;
  cases: number;
  weight: number;
}

/** Female names that are also the genitive of a male name; as nominatives they lose a tie. */
const AMBIGUOUS_FEMALE = new Set(["александра", "валентина", "евгения", "станислава", "ярослава", "владислава", "аляксандра"]);
/** Stems with a fleeting vowel: Павел -> Павла, Лев -> Льва. */
const FLEETING: Record<string, string> = { павел: "павл", лев: "льв", пётр: "петр", петр: "петр", павал: "паўл", леў: "льв" };

const SIBILANT = /[жшчщцгкх]$/;

/** Inflected forms of a given name in its dictionary form. */
function declineGiven(nom: string, gender: "m" | "f"): [string, number][] {
  const w = nom.toLowerCase();
  const out: [string, number][] = [[w, NOM]];
  const last = w.slice(-1);
  if (/ия$|ія$|ыя$/.test(w)) {
    const s = w.slice(0, -1);
    const i = w.endsWith("ыя") ? "і" : w.slice(-2, -1);
    out.push([s + i, GEN | DAT | PREP], [s + "ю", ACC], [s + "ей", INS], [s + "яй", INS]);
  } else if (last === "я") {
    const s = w.slice(0, -1);
    out.push([s + "и", GEN | DAT | PREP], [s + "е", DAT | PREP], [s + "і", GEN], [s + "ю", ACC], [s + "ей", INS], [s + "ёй", INS], [s + "яй", INS]);
  } else if (last === "а") {
    const s = w.slice(0, -1);
    const gen = SIBILANT.test(s) ? "и" : "ы";
    out.push([s + gen, GEN], [s + "е", DAT | PREP], [s + "у", ACC], [s + "ой", INS], [s + "ей", INS], [s + "ай", INS]);
    if (gender === "m") out.push([s + "і", GEN]);
  } else if (last === "й" || last === "ь") {
    const s = w.slice(0, -1);
    out.push([s + "я", GEN | ACC], [s + "ю", DAT], [s + "ем", INS], [s + "ём", INS], [s + "ам", INS]);
    out.push([s + (w.endsWith("ий") ? "и" : "е"), PREP]);
  } else if (/[бвгджзклмнпрстфхцчшщў]$/.test(w)) {
    const s = FLEETING[w] ?? w.replace(/ў$/, "в");
    out.push([s + "а", GEN | ACC], [s + "у", DAT], [s + "ом", INS], [s + "ем", INS], [s + "ам", INS], [s + "е", PREP]);
  }
  return out;
}

/** Inflected given-name form -> its readings, built once from the given-name table. */
const GIVEN_FORMS: Map<string, Reading[]> = (() => {
  const map = new Map<string, Reading[]>();
  for (const group of GIVEN_NAME_GROUPS) {
    for (const form of group.forms) {
      if (!/[\u0400-\u04FF]/.test(form)) continue;
      const nom = form.toLowerCase();
      for (const [inflected, cases] of declineGiven(form, group.gender)) {
        const weight = cases === NOM && AMBIGUOUS_FEMALE.has(nom) ? 1 : 3;
        const list = map.get(inflected) ?? [];
        list.push({ lemma: nom, gender: group.gender, cases, weight });
        map.set(inflected, list);
      }
    }
  }
  return map;
})();

/** [ending, replacement, gender, cases, weight]: surname and patronymic paradigms read backwards. */
const SURNAME_RULES: [RegExp, string, Gender, number, number][] = [
  [/(ск|цк)(ого|ому|им|ом|ага|аму|ім|ым)$/, "$1ий", "m", GEN | DAT | ACC | INS | PREP, 2],
  [/(ск|цк)(ой|ую|ай)$/, "$1ая", "f", GEN | DAT | ACC | INS | PREP, 2],
  [/(ов|ев|ёв|ин|ын|ав|ёў|оў)(ой|ай)$/, "$1а", "f", GEN | DAT | INS | PREP, 2],
  [/(ов|ев|ёв|ин|ын)у$/, "$1а", "f", ACC, 2],
  [/(ов|ев|ёв|ин|ын)(а|у|ым|е)$/, "$1", "m", GEN | DAT | ACC | INS | PREP, 2],
  [/(ав|ёв|ов)(а|у|ым|е)$/, "$1", "m", GEN | DAT | ACC | INS | PREP, 1],
  [/(ич|іч)(а|у|ем|ам|е)$/, "$1", "m", GEN | DAT | ACC | INS | PREP, 2],
  [/(вн|ўн|чн)(ы|е|у|ой|ай)$/, "$1а", "f", GEN | DAT | ACC | INS | PREP, 2],
  // A fleeting е: Северинец -> Северинца.
  [/([бвгджзклмнпрстфхчшщ])ц(а|у|ом|ем|е)$/, "$1ец", "m", GEN | DAT | ACC | INS | PREP, 1.2],
  // A man's consonant-ending surname (Лосик -> Лосика); weak, the given name must agree.
  [/([бвгджзклмнпрстфхцчшщ])(а|у|ом|ем|е)$/, "$1", "m", GEN | DAT | ACC | INS | PREP, 1],
  [/([лнрцс])(я|ю|ем|е)$/, "$1ь", "m", GEN | DAT | ACC | INS | PREP, 0.5],
  // A surname in -а/-я declines like a noun (Бабарыка -> Бабарыки).
  [/([бвгджзклмнпрстфхцчшщ])(ы|и|е|у|ой|ей)$/, "$1а", "any", GEN | DAT | ACC | INS | PREP, 0.5],
  // Unknown given names of the first declension (-ия).
  [/(и|ы)(и|ю|ей)$/, "$1я", "f", GEN | DAT | ACC | INS | PREP, 0.5],
];

function readingsOf(word: string): Reading[] {
  const w = word.toLowerCase();
  const readings: Reading[] = [...(GIVEN_FORMS.get(w) ?? [])];
  // Words that do not change: -ко, -о, -ых/-их, -е, foreign names; a woman's consonant-ending surname.
  if (/(о|ых|их|е|у|ю|и|э)$/.test(w) && !/(ого|ему|ому)$/.test(w)) readings.push({ lemma: w, gender: "any", cases: ALL, weight: 1 });
  else if (/[бвгджзклмнпрстфхцчшщ]$/.test(w)) {
    readings.push({ lemma: w, gender: "f", cases: ALL, weight: 1 }, { lemma: w, gender: "m", cases: NOM, weight: 1 });
  } else readings.push({ lemma: w, gender: /(ая|а|я)$/.test(w) ? "any" : "m", cases: NOM, weight: 1 });
  for (const [pattern, replacement, gender, cases, weight] of SURNAME_RULES) {
    if (pattern.test(w) && w.length > 3) readings.push({ lemma: w.replace(pattern, replacement), gender, cases, weight });
  }
  return readings;
}

function restoreCase(original: string, lemma: string): string {
  if (original === original.toUpperCase() && original.length > 1) return lemma.toUpperCase();
  return original[0] === original[0]?.toUpperCase() ? lemma[0]!.toUpperCase() + lemma.slice(1) : lemma;
}

/**
 * The nominative of a Russian or Belarusian personal name (one to three words, any order).
 * Latin text and words it cannot read are returned unchanged.
 * @example toNominative("Сергея Тихановского") // "Сергей Тихановский"
 * @example toNominative("Марии Колесниковой") // "Мария Колесникова"
 */
export function toNominative(name: string): string {
  const words = name.trim().split(/\s+/);
  if (!/[\u0400-\u04FF]/.test(name) || words.length === 0 || words.length > 4) return name;
  // Initials (А. / А.Г.) and hyphenated parts are kept; each hyphen part declines on its own.
  const parts = words.map((w) => (/^[\p{L}]\.?(\p{L}\.)*$/u.test(w) && w.length <= 4 ? null : w.split("-")));
  const all = parts.flatMap((p) => p ?? []);
  const readings = all.map(readingsOf);
  let best: { score: number; gender: Gender; kase: number } | null = null;
  for (const gender of ["m", "f"] as const) {
    for (const kase of CASE_ORDER) {
      let score = 0;
      for (const list of readings) {
        const fit = list.filter((r) => (r.cases & kase) !== 0 && (r.gender === "any" || r.gender === gender));
        if (fit.length === 0) {
          score = -1;
          break;
        }
        score += Math.max(...fit.map((r) => r.weight));
      }
      if (score > (best?.score ?? 0)) best = { score, gender, kase };
    }
  }
  if (!best) return name;
  const chosen = best;
  let k = 0;
  const lemmas = readings.map((list) => {
    const fit = list.filter((r) => (r.cases & chosen.kase) !== 0 && (r.gender === "any" || r.gender === chosen.gender));
    fit.sort((a, b) => b.weight - a.weight);
    return fit[0]!.lemma;
  });
  return parts
    .map((p, i) => (p === null ? words[i]! : p.map((piece) => restoreCase(piece, lemmas[k++]!)).join("-")))
    .join(" ");
}
