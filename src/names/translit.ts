/**
 * @module names/translit
 * Belarusian and Russian Cyrillic <-> Latin under the systems people actually meet:
 * Russian BGN/PCGN and ICAO 9303 (passports), Belarusian passport/press style
 * (Siarhei Tsikhanouski), Belarusian BGN/PCGN (Tsikhanowski) and the Belarusian national
 * Latin of 2007 (Cichanoŭski). One table serves both languages because the two alphabets
 * differ only in a few letters (і ў ы э ґ vs и щ ъ).
 */

/** A named romanisation system. */
export type RomanSystem = "ru-bgn" | "ru-icao" | "be-passport" | "be-bgn" | "be-national";

const VOWELS = new Set("аеёиоуыэюяіў".split(""));
/** Letters that mark the text as Belarusian rather than Russian. */
const BELARUSIAN = /[іўІЎ]/;
/** Letters that mark the text as Russian. */
const RUSSIAN = /[иъщИЪЩ]/;

/** True when `text` contains Cyrillic letters. */
export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04FF]/.test(text);
}

/** Guesses the language of a Cyrillic name: Belarusian letters win, otherwise Russian. */
export function cyrillicLanguage(text: string): "be" | "ru" {
  return BELARUSIAN.test(text) && !RUSSIAN.test(text) ? "be" : "ru";
}

type Table = Record<string, string>;

const COMMON: Table = {
  а: "a", б: "b", в: "v", д: "d", ж: "zh", з: "z", к: "k", л: "l", м: "m", н: "n", о: "o",
  п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch",
  ы: "y", э: "e", і: "i", и: "i", ґ: "g", ъ: "", ь: "", "'": "", "’": "", ʼ: "",
};

/** Per-system letters that differ from COMMON; `initial` forms apply at word start or after a vowel. */
const SYSTEMS: Record<RomanSystem, { table: Table; initial: Table; soft?: Table }> = {
  "ru-bgn": {
    table: { г: "g", е: "e", ё: "yo", й: "y", ю: "yu", я: "ya", ь: "", ў: "w" },
    initial: { е: "ye", ё: "yo" },
  },
  "ru-icao": {
    table: { г: "g", е: "e", ё: "e", й: "i", ю: "iu", я: "ia", ъ: "ie", ў: "u" },
    initial: {},
  },
  "be-passport": {
    table: { г: "h", е: "ie", ё: "io", й: "i", ю: "iu", я: "ia", ў: "u", и: "i" },
    initial: { е: "ye", ё: "yo", ю: "yu", я: "ya" },
  },
  "be-bgn": {
    table: { г: "h", е: "e", ё: "yo", й: "y", ю: "yu", я: "ya", ў: "w", ь: "'" },
    initial: { е: "ye" },
  },
  "be-national": {
    table: { г: "h", е: "ie", ё: "io", й: "j", ю: "iu", я: "ia", ў: "ŭ", ж: "ž", х: "ch", ц: "c", ч: "č", ш: "š", щ: "šč" },
    initial: { е: "je", ё: "jo", ю: "ju", я: "ja" },
    // Lacinka writes softness on the consonant itself: ць -> ć, сь -> ś.
    soft: { ц: "ć", с: "ś", з: "ź", н: "ń", л: "ĺ", дз: "dź" },
  },
};

function keepCase(source: string, latin: string, nextIsUpper: boolean): string {
  if (source === source.toLowerCase() || latin.length === 0) return latin;
  // "Ш" at the start of "Шарый" -> "Sh", but inside an all-caps word -> "SH".
  return nextIsUpper ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
}

/**
 * Romanises Cyrillic text; Latin passes through unchanged.
 * Without a system, Belarusian text uses the passport style and Russian text BGN/PCGN.
 * @example romanize("Ціханоўская") // "Tsikhanouskaia"
 * @example romanize("Колесникова", "ru-bgn") // "Kolesnikova"
 */
export function romanize(text: string, system?: RomanSystem): string {
  const sys = system ?? (cyrillicLanguage(text) === "be" ? "be-passport" : "ru-bgn");
  const { table, initial, soft } = SYSTEMS[sys];
  let out = "";
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const low = ch.toLowerCase();
    const prev = i > 0 ? chars[i - 1]!.toLowerCase() : "";
    const next = chars[i + 1] ?? "";
    const nextLow = next.toLowerCase();
    const atStart = !/[\p{L}'’ʼ]/u.test(prev) || VOWELS.has(prev) || prev === "ь" || prev === "ъ" || prev === "'" || prev === "’";
    let latin: string | undefined;
    if (soft) {
      if (low === "д" && nextLow === "з" && chars[i + 2]?.toLowerCase() === "ь") {
        out += keepCase(ch, soft["дз"]!, false);
        i += 2;
        continue;
      }
      if (nextLow === "ь" && soft[low]) {
        out += keepCase(ch, soft[low], false);
        i += 1;
        continue;
      }
    }
    if (atStart && initial[low] !== undefined) latin = initial[low];
    else if (low === "е" && sys === "be-passport" && (nextLow === "й" || prev === "л")) latin = "e";
    else latin = table[low] ?? COMMON[low];
    if (latin === undefined) {
      out += ch;
      continue;
    }
    out += keepCase(ch, latin, next !== "" && next !== next.toLowerCase());
  }
  return out;
}

const LATIN_TO_CYR: Record<"ru" | "be", [string, string][]> = {
  ru: [
    ["shch", "щ"], ["sch", "щ"], ["yo", "ё"], ["yu", "ю"], ["iu", "ю"], ["ya", "я"], ["ia", "я"], ["ye", "е"], ["ie", "е"],
    ["zh", "ж"], ["kh", "х"], ["ts", "ц"], ["tz", "ц"], ["ch", "ч"], ["sh", "ш"], ["x", "кс"], ["iy", "ий"], ["ii", "ий"],
    ["a", "а"], ["b", "б"], ["v", "в"], ["w", "в"], ["g", "г"], ["h", "г"], ["d", "д"], ["e", "е"], ["z", "з"], ["i", "и"],
    ["j", "й"], ["k", "к"], ["l", "л"], ["m", "м"], ["n", "н"], ["o", "о"], ["p", "п"], ["r", "р"], ["s", "с"], ["t", "т"],
    ["u", "у"], ["f", "ф"], ["c", "ц"], ["y", "ы"], ["q", "к"], ["'", "ь"],
  ],
  be: [
    ["shch", "шч"], ["yo", "ё"], ["io", "ё"], ["yu", "ю"], ["iu", "ю"], ["ya", "я"], ["ia", "я"], ["ye", "е"], ["ie", "е"],
    ["zh", "ж"], ["kh", "х"], ["ts", "ц"], ["ch", "ч"], ["sh", "ш"], ["dz", "дз"], ["x", "кс"],
    ["a", "а"], ["b", "б"], ["v", "в"], ["w", "ў"], ["g", "г"], ["h", "г"], ["d", "д"], ["e", "э"], ["z", "з"], ["i", "і"],
    ["j", "й"], ["k", "к"], ["l", "л"], ["m", "м"], ["n", "н"], ["o", "о"], ["p", "п"], ["r", "р"], ["s", "с"], ["t", "т"],
    ["u", "у"], ["f", "ф"], ["c", "ц"], ["y", "ы"], ["q", "к"], ["'", "ь"],
  ],
};

const LACINKA: Record<string, string> = { š: "sh", č: "ch", ž: "zh", ŭ: "w", ć: "ts'", ś: "s'", ź: "z'", ń: "n'", ĺ: "l'", ł: "l" };

/**
 * Writes a Latin name in Cyrillic (a best guess: romanisation loses information).
 * `lang` chooses Russian or Belarusian spelling; "ou"/"au" before a consonant become -ов/-аў.
 * @example cyrillize("Kolesnikova") // "Колесникова"
 * @example cyrillize("Kalesnikava", "be") // "Калеснікава"
 */
export function cyrillize(latin: string, lang: "ru" | "be" = "ru"): string {
  const pairs = LATIN_TO_CYR[lang];
  return latin.replace(/\p{L}[\p{L}'’]*/gu, (word) => {
    // In Lacinka (recognisable by its diacritics) ch is х: Cichanoŭski = Ціханоўскі.
    const lacinka = /[ŭćśźńĺčšžł]/i.test(word);
    const source = lacinka ? word.replace(/ch/g, "kh").replace(/Ch/g, "Kh") : word;
    let w = [...source.normalize("NFC")].map((c) => LACINKA[c.toLowerCase()] ?? c).join("");
    const upper = w[0] !== undefined && w[0] !== w[0].toLowerCase();
    w = w.toLowerCase();
    // Belarusian ў after a vowel corresponds to Russian в: Tsikhanouski -> Тихановский.
    if (lang === "ru") w = w.replace(/([aoe])u(?=[^aeiouy]|$)/g, "$1v");
    // A final vowel+y/i is the й of -ий/-ей/-ай.
    w = w.replace(/([aeoiuy])[yi]$/g, "$1j").replace(/([aeou])[yi](?=[^aeiouy])/g, "$1j");
    if (lang === "ru") w = w.replace(/^ye/, "е").replace(/^e/, "э");
    // Belarusian э only at the start or after a vowel; after a consonant e is е.
    if (lang === "be") w = w.replace(/([^aeiouy])e/g, "$1ie");
    let out = "";
    let i = 0;
    while (i < w.length) {
      const hit = pairs.find(([lat]) => w.startsWith(lat, i));
      if (!hit) {
        out += w[i];
        i += 1;
        continue;
      }
      out += hit[1];
      i += hit[0].length;
    }
    if (lang === "ru") out = out.replace(/ыы$/, "ый").replace(/кы$/, "кий").replace(/ски$/, "ский");
    return upper ? out[0]!.toUpperCase() + out.slice(1) : out;
  });
}
