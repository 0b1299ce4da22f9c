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
const AMBIGUOUS_FEMALE = new Set(["александра", "валентина", "евгения", "станислава", "ярослава", "владислава", "аляксандра", "алеся"]);
/** Stems with a fleeting vowel: Павел -> Павла, Лев -> Льва. */
const FLEETING: Record<string, string> = { павел: "павл", лев: "льв", пётр: "петр", петр: "петр", павал: "паўл", леў: "льв" };

const SIBILANT = /[жшчщцгкх]$/;

/** Inflected forms of a given name in its dictionary form. */
function declineGiven(nom: string, gender: "m" | "f"): [string, number][] {
  const w = nom.toLowerCase();
  // Алсу, Андре, a woman's Айгуль-type name in a consonant: the same in every case.
  if (/[оуеиюэ]$/.test(w) || (gender === "f" && /[бвгджзклмнпрстфхцчшщў]$/.test(w))) return [[w, ALL]];
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

/**
 * "Алёну", "Пётра": the table spells most names with е; a form written with ё reads as the
 * е-spelling, and its lemma keeps the ё where the writer put it ("Алёна").
 */
function givenWithYo(w: string): Reading[] | undefined {
  if (!w.includes("ё")) return undefined;
  const list = GIVEN_FORMS.get(w.replace(/ё/g, "е"));
  if (!list) return undefined;
  return list.map((r) => {
    const chars = [...r.lemma];
    for (let i = 0; i < chars.length && i < w.length; i++) if (w[i] === "ё" && chars[i] === "е") chars[i] = "ё";
    return { ...r, lemma: chars.join("") };
  });
}

/** Inflected given-name form -> its readings, built once from the given-name table. */
const GIVEN_FORMS: Map<string, Reading[]> = (() => {
  const map = new Map<string, Reading[]>();
  for (const group of GIVEN_NAME_GROUPS) {
    for (const form of group.forms) {
      if (!/[\u0400-\u04FF]/.test(form)) continue;
      const nom = form.toLowerCase();
      for (const [inflected, cases] of declineGiven(form, group.gender)) {
        const weight = cases === NOM && AMBIGUOUS_FEMALE.has(nom) ? 2.5 : 3;
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
  [/(ск|цк)(ого|ому|им|ом|ым)$/, "$1ий", "m", GEN | DAT | ACC | INS | PREP, 2],
  // Belarusian endings give the Belarusian nominative: Рудкоўскага -> Рудкоўскі.
  [/(ск|цк)(ага|аму|ім)$/, "$1і", "m", GEN | DAT | ACC | INS | PREP, 2],
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
  [/([бвгджзклмнпрстфхцчшщ])(а|у|ом|ем|е)$/, "$1", "m", GEN | DAT | ACC | INS | PREP, 0.8],
  // Adjectival surnames: Навального -> Навальный, Горького -> Горький, Навальной -> Навальная.
  // Each ending in its own cases: "-ом" is an adjective's prepositional only (о Горьком), so a noun
  // surname's instrumental (Максимом Знаком, Игорем Лосиком) is not read as an adjective.
  [/([гкхжшчщ])ого$/, "$1ий", "m", GEN | ACC, 1],
  [/([гкхжшчщ])ому$/, "$1ий", "m", DAT, 1],
  [/([гкхжшчщ])им$/, "$1ий", "m", INS, 1],
  [/([гкхжшчщ])ом$/, "$1ий", "m", PREP, 1],
  [/([^гкхжшчщ])ого$/, "$1ый", "m", GEN | ACC, 1],
  [/([^гкхжшчщ])ому$/, "$1ый", "m", DAT, 1],
  [/([^гкхжшчщ])ым$/, "$1ый", "m", INS, 1],
  [/([^гкхжшчщ])ом$/, "$1ый", "m", PREP, 1],
  [/(ой|ую)$/, "ая", "f", GEN | DAT | ACC | INS | PREP, 0.9],
  [/([лнрцс])(я|ю|ем|е)$/, "$1ь", "m", GEN | DAT | ACC | INS | PREP, 0.5],
  // A surname in -а/-я declines like a noun (Бабарыка -> Бабарыки).
  [/([бвгджзклмнпрстфхцчшщ])(ы|и|е|у|ой|ей)$/, "$1а", "any", GEN | DAT | ACC | INS | PREP, 0.5],
  // Unknown given names of the first declension (-ия).
  [/(и|ы)(и|ю|ей)$/, "$1я", "f", GEN | DAT | ACC | INS | PREP, 0.5],
];

function readingsOf(word: string): Reading[] {
  const w = word.toLowerCase();
  const given = GIVEN_FORMS.get(w) ?? givenWithYo(w);
  const readings: Reading[] = [...(given ?? [])];
  // Words that do not change: -ко, -о, -ых/-их, -е, foreign names; a woman's consonant-ending surname.
  if (/(о|ых|их|э)$/.test(w) && !/(ого|ему|ому)$/.test(w)) readings.push({ lemma: w, gender: "any", cases: ALL, weight: 1 });
  // -у/-ю/-е/-и end both foreign names (Алсу) and oblique forms (Лосику): a weak reading.
  else if (/(е|у|ю|и)$/.test(w) && !/(ему|ому)$/.test(w)) readings.push({ lemma: w, gender: "any", cases: ALL, weight: 0.7 });
  else if (/[бвгджзклмнпрстфхцчшщ]$/.test(w)) {
    readings.push({ lemma: w, gender: "f", cases: ALL, weight: 1 }, { lemma: w, gender: "m", cases: NOM, weight: 1 });
  } else if (/(ова|ева|ёва|ина|ына|ая|яя|ава)$/.test(w)) readings.push({ lemma: w, gender: "f", cases: NOM, weight: 2 });
  else readings.push({ lemma: w, gender: /(а|я)$/.test(w) ? "any" : "m", cases: NOM, weight: /(а|я)$/.test(w) ? 1.2 : 1 });
  // A known given name is read as one; surname paradigms would turn Ирина into a man's Ирин.
  if (given) return readings;
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
 * With `preferNominative`, a name that reads about as well as a nominative is returned as it is
 * ("Станислава Потапова" stays a woman): use it for stored names, not for running text.
 * @example toNominative("Сергея Тихановского") // "Сергей Тихановский"
 * @example toNominative("Марии Колесниковой") // "Мария Колесникова"
 */
export function toNominative(name: string, options: { preferNominative?: boolean } = {}): string {
  const words = name.trim().split(/\s+/);
  if (!/[\u0400-\u04FF]/.test(name) || words.length === 0 || words.length > 4) return name;
  // Initials (А. / А.Г.) are kept; each part of a hyphenated surname declines on its own, except
  // a first part that does not (see invariantFirstPart).
  const parts = words.map((w) => (/^[\p{L}]\.?(\p{L}\.)*$/u.test(w) && w.length <= 4 ? null : w.split("-")));
  const readings = parts.flatMap((p) => (p ? compoundReadings(p) : []));
  const best = bestReading(readings, CASE_ORDER);
  if (!best) return name;
  if (options.preferNominative) {
    const nominative = bestReading(readings, [NOM]);
    if (nominative && nominative.score >= best.score - 0.5) return name;
  }
  let k = 0;
  const lemmas = readings.map((list) => {
    const fit = list.filter((r) => fits(r, best.gender, best.kase));
    fit.sort((a, b) => b.weight - a.weight);
    return fit[0]!.lemma;
  });
  return parts
    .map((p, i) => (p === null ? words[i]! : p.map((piece) => restoreCase(piece, lemmas[k++]!)).join("-")))
    .join(" ");
}

/** The readings of each part of a word split at hyphens (one part: the word's own readings). */
function compoundReadings(pieces: string[]): Reading[][] {
  if (pieces.length === 1) return [readingsOf(pieces[0]!)];
  const last = pieces[pieces.length - 1]!;
  let aNoun = false;
  const out = pieces.map((piece, j) => {
    if (j === pieces.length - 1 || !invariantFirstPart(piece, last)) return readingsOf(piece);
    if (/[ая]$/i.test(piece)) aNoun = true;
    return [{ lemma: piece.toLowerCase(), gender: "any" as const, cases: ALL, weight: 1 }];
  });
  // Кара-Мурзу: after an unchanging "Кара", the last part is a noun in -а too (Мурза, not Мурз).
  if (aNoun) out[out.length - 1] = out[out.length - 1]!.map((r) => (/[ая]$/.test(r.lemma) ? { ...r, weight: r.weight + 1 } : r));
  return out;
}

/**
 * Whether the first part of a hyphenated surname stays as it is while the last part declines:
 * Бонч-Бруевича (a consonant), Кара-Мурзу / Кара-Мурзы (an -а that the last part does not share).
 * Петрова-Водкина and Римского-Корсакова decline both parts: their endings agree, or the first is
 * an adjective's.
 */
function invariantFirstPart(piece: string, last: string): boolean {
  const a = piece.toLowerCase();
  const end = a[a.length - 1]!;
  if (/[бвгджзклмнпрстфхцчшщ]/.test(end)) return true;
  return (end === "а" || end === "я") && last.toLowerCase().slice(-1) !== end;
}

function fits(r: Reading, gender: "m" | "f", kase: number): boolean {
  return (r.cases & kase) !== 0 && (r.gender === "any" || r.gender === gender);
}

/** The gender and case under which every word has a reading, with the greatest total weight. */
function bestReading(readings: Reading[][], cases: number[]): { score: number; gender: "m" | "f"; kase: number } | null {
  let best: { score: number; gender: "m" | "f"; kase: number } | null = null;
  // Cases outside, genders inside: on a tie the nominative, then the earlier case, wins.
  for (const kase of cases) {
    for (const gender of ["m", "f"] as const) {
      let score = 0;
      for (const list of readings) {
        const fit = list.filter((r) => fits(r, gender, kase));
        if (fit.length === 0) {
          score = -1;
          break;
        }
        score += Math.max(...fit.map((r) => r.weight));
      }
      if (score > (best?.score ?? 0)) best = { score, gender, kase };
    }
  }
  return best;
}

/**
 * True when `word` is a Russian or Belarusian given name in some case (Марии, Сергея, Ігар).
 * @example isGivenNameForm("Игоря") // true
 */
export function isGivenNameForm(word: string): boolean {
  const w = word.toLowerCase();
  return GIVEN_FORMS.has(w) || (w.includes("ё") && GIVEN_FORMS.has(w.replace(/ё/g, "е")));
}
