/**
 * @module names/parse
 * Splits a personal name into given name (or initial), patronymic and surname, in either order
 * ("Maria Kalesnikava", "Колесникова Мария Александровна", "М. Колесникова"). Cyrillic names
 * are first put into the nominative, so inflected forms from running text compare too.
 */
import { givenGroups } from "./given.js";
import { toNominative } from "./nominative.js";
import { plainLatin } from "./phonetic.js";
import { splitSurname, type SurnameParts } from "./surname.js";

export interface ParsedName {
  /** The given name as written (nominative), or null. */
  given: string | null;
  /** A lone initial (Latin first letter), when only that is known. */
  initial: string | null;
  patronymic: string | null;
  /** The surname as written (nominative), or null for a lone given name. */
  surname: string | null;
  surnameParts: SurnameParts | null;
}

const PATRONYMIC = /(ovich|evich|avich|ievich|yevich|vich|ichna|ovna|evna|avna|auna|ouna|euna|iouna)$/;
const TITLES = /^(mr|mrs|ms|dr|г-н|г-жа|гр|господин|госпожа|пан|пани|sir)\.?$/i;

function isInitial(token: string): boolean {
  return /^\p{L}\.?$/u.test(token) || /^(\p{L}\.){2,3}$/u.test(token) || /^\p{Lu}{1,2}\.?$/u.test(token) && token.replace(".", "").length === 1;
}

/**
 * Parses a name into its parts.
 * @example parseName("Tsikhanouskaya Sviatlana").given // "Sviatlana"
 */
export function parseName(raw: string): ParsedName {
  const cleaned = raw
    .replace(/[«»"“”„()]/g, " ")
    .replace(/[,;]/g, " ")
    .replace(/(\p{L})\.(\p{L})/gu, "$1. $2")
    .trim();
  const nominative = /[\u0400-\u04FF]/.test(cleaned) ? toNominative(cleaned, { preferNominative: true }) : cleaned;
  const tokens = nominative.split(/\s+/).filter((t) => t.length > 0 && !TITLES.test(t));
  const initials = tokens.filter(isInitial);
  const words = tokens.filter((t) => !isInitial(t));
  const known = words.map((w) => givenGroups(w).size > 0);
  const patr = words.map((w, i) => words.length >= 3 && i > 0 && PATRONYMIC.test(plainLatin(w)));
  let given: string | null = null;
  let patronymic: string | null = null;
  let surname: string | null = null;
  if (words.length === 1) {
    surname = words[0]!;
  } else if (words.length === 2) {
    // Western order unless only the second word is a known given name ("Kalesnikava Maria").
    const swap = known[1] === true && !known[0];
    given = swap ? words[1]! : words[0]!;
    surname = swap ? words[0]! : words[1]!;
  } else if (words.length >= 3) {
    const p = patr.lastIndexOf(true);
    if (p === words.length - 1 && p >= 2) {
      // Official order: Surname Given Patronymic.
      surname = words[0]!;
      given = words[1]!;
      patronymic = words[p]!;
    } else if (p >= 1) {
      given = words[0]!;
      patronymic = words[p]!;
      surname = words[words.length - 1]!;
    } else if (known[words.length - 1] && !known[0]) {
      surname = words[0]!;
      given = words[1]!;
    } else {
      given = words[0]!;
      surname = words[words.length - 1]!;
    }
  }
  const initial = initials.length > 0 && !given ? plainLatin(initials[0]!).slice(0, 1) || null : null;
  return {
    given,
    initial,
    patronymic,
    surname,
    surnameParts: surname ? splitSurname(plainLatin(surname)) : null,
  };
}
