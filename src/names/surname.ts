/**
 * @module names/surname
 * Splits a (plain Latin) surname into a stem and an ending class with its gender. The ending
 * carries the gender in Slavic surnames (Tsikhanouski / Tsikhanouskaya are husband and wife),
 * so the matcher compares stems by skeleton and the ending by class and gender separately.
 */
import { skeleton } from "./phonetic.js";

/** Ending classes; "none" for surnames that do not change with gender (Lukashenka, Losik, Statkevich). */
export type SurnameClass = "ski" | "ov" | "in" | "adj" | "ich" | "none";

export interface SurnameParts {
  stem: string;
  cls: SurnameClass;
  gender: "m" | "f" | null;
  /** Consonant skeleton of the stem. */
  skel: string;
}

/** [pattern, class, gender]; the first that matches wins, so longer endings come first. */
const ENDINGS: [RegExp, SurnameClass, "m" | "f" | null][] = [
  [/(?<=[sc]k|tsk|zk)(aya|aia|aja|aa|a)$/, "ski", "f"],
  [/(?<=[sc]k|zk)(iyi|iy|ii|ij|yi|yy|yj|i|y)$/, "ski", "m"],
  [/(?<=[aoe]|io|yo)(va)$/, "ov", "f"],
  [/(?<=[aoe]|io|yo)(v|u|w|ff)$/, "ov", "m"],
  [/(?<=[iy])(na)$/, "in", "f"],
  [/(?<=[iy])(n)$/, "in", "m"],
  [/(aya|aia|aja)$/, "adj", "f"],
  // Press spellings drop the й: Navalny for Навальный.
  [/(oi|oy|oj|yi|yy|yj|iy|ii|ij|(?<=[^aeiouy])y)$/, "adj", "m"],
  [/(?<=[iy])ch$/, "ich", null],
];

/**
 * Splits a plain-Latin surname into stem, ending class and gender.
 * @example splitSurname("tsikhanouskaia") // { stem: "tsikhanou", cls: "ski", gender: "f", skel: "TGnv" }
 */
export function splitSurname(latin: string): SurnameParts {
  const word = latin.replace(/[^a-z]/g, "");
  for (const [pattern, cls, gender] of ENDINGS) {
    const m = pattern.exec(word);
    // Keep at least three letters of stem: "Ina" or "Ova" alone is not a surname ending.
    if (m && m.index >= 3) {
      let stem = word.slice(0, m.index);
      // -ski: the k (and a c/ts before it) belongs to the ending in every spelling.
      if (cls === "ski") stem = stem.replace(/(ts|s|c|z)k$/, (s) => (s.startsWith("ts") || s.startsWith("c") ? "t" : ""));
      return { stem, cls, gender, skel: skeleton(stem) };
    }
  }
  return { stem: word, cls: "none", gender: null, skel: skeleton(word) };
}
