/**
 * @module names/phonetic
 * Spelling-independent forms of a name word. Everything is first brought to plain lowercase
 * Latin (Cyrillic romanised, Lacinka and Polish diacritics spelt out), then either reduced to a
 * consonant skeleton (for surnames: Kalesnikava and Kolesnikova differ only in vowels, which
 * Belarusian spells as it hears them) or to a loose form that keeps vowels (for given names,
 * where Alena and Alina are different people).
 */
import { hasCyrillic, romanize } from "./translit.js";

const DIACRITICS: Record<string, string> = {
  š: "sh", č: "ch", ž: "zh", ć: "ts", ś: "s", ź: "z", ń: "n", ĺ: "l", ł: "l", ŭ: "u", ß: "ss",
  ä: "a", ö: "o", ü: "u", ë: "yo", ï: "i", ę: "e", ą: "o", ó: "o", é: "e", á: "a", í: "i", ý: "y", ż: "zh", ř: "r",
};

/**
 * Plain lowercase Latin letters (and spaces/hyphens) for any spelling of a name.
 * @example plainLatin("Ціханоўская") // "tsikhanouskaia"
 */
export function plainLatin(name: string): string {
  const latin = hasCyrillic(name) ? romanize(name.replace(/[ёЁ]/g, (c) => (c === "ё" ? "е" : "Е"))) : name;
  let out = "";
  let lower = latin.toLowerCase().normalize("NFC");
  // In Lacinka (recognisable by its diacritics) ch is х, not ч: Cichanoŭskaja = Ціханоўская.
  if (/[ŭćśźńĺčšžł]/.test(lower)) lower = lower.replace(/ch/g, "kh");
  for (const ch of lower) {
    const mapped = DIACRITICS[ch];
    if (mapped !== undefined) out += mapped;
    else out += ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  return out.replace(/[^a-z\s-]/g, "");
}

/** Spelling variants that sound alike, shared by skeleton and loose form. */
function commonFold(w: string): string {
  return w
    .replace(/x/g, "ks")
    .replace(/ph/g, "f")
    .replace(/w/g, "v")
    .replace(/q/g, "k")
    .replace(/ck/g, "k")
    .replace(/tch/g, "ch")
    .replace(/cz/g, "ch")
    .replace(/sz/g, "sh")
    // Lacinka/Polish c is ц (Cichanoŭski); before a, o, u it is almost always an English k (Victor).
    .replace(/c(?!h)(?=[eiyj]|$|[^aou])/g, "ts")
    .replace(/c(?!h)/g, "k")
    .replace(/([a-z])\1+/g, "$1");
}

/**
 * The consonant skeleton of one name word: vowels dropped, sound-alike consonants merged
 * (g/h/kh; ts/t as in Ц/Т of Ціханоўскі/Тихановский; dz/d), Belarusian ў after a vowel read as в.
 * @example skeleton("kalesnik") === skeleton("kolesnik") // "klsnk"
 */
export function skeleton(word: string): string {
  let w = commonFold(word);
  // Belarusian ў (u after a/o/e before a consonant or at the end) stands where Russian writes в.
  w = w.replace(/([aoe])u(?=[^aeiouy]|$)/g, "$1v");
  // Belarusian Ул- at the start is Russian Вл- (Уладзімір / Владимир).
  w = w.replace(/^u(?=[lr])/, "v");
  w = w
    .replace(/shch|sch/g, "S")
    .replace(/ch/g, "C")
    .replace(/sh/g, "S")
    .replace(/zh/g, "Z")
    .replace(/kh|gh|h|g/g, "G")
    .replace(/ts|tz|t/g, "T")
    .replace(/dz|d/g, "D")
    // Silent т in сч/стн (Счастная = Shchasnaya).
    .replace(/sTn/g, "sn")
    .replace(/(.)\1+/g, "$1");
  // Doubles are merged before the vowels go: Lososik keeps its two s, Losik one.
  return w.replace(/[aeiouyj\s-]/g, "");
}

/**
 * A loose, vowel-keeping form of a given name: glides and doubled letters folded, o/a merged
 * (Belarusian akanye), so Sergei/Sergey/Sergej and Yuri/Yury/Iurii coincide but Alena and Alina do not.
 */
export function looseForm(word: string): string {
  return commonFold(word)
    .replace(/kh/g, "h")
    .replace(/shch/g, "sch")
    .replace(/[yj]/g, "i")
    // A glide after a consonant (я, е, ю written ia/ya/ie): Natallia = Natalya = Nataliia.
    .replace(/([^aeiou])i+(?=[aeou])/g, "$1")
    .replace(/i+$/, "i")
    // The й of -ей/-ай/-ой: Andrei = Andrey = Andrej.
    .replace(/([aeou])i+$/, "$1")
    .replace(/([aeou])i+(?=[^aeiou])/g, "$1")
    .replace(/o/g, "a")
    .replace(/([a-z])\1+/g, "$1");
}
