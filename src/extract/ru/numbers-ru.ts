/**
 * @module extract/ru/numbers-ru
 * Russian (and Belarusian) numbers in text: digits with space or comma grouping ("1 135"),
 * number words in every case and gender ("тридцать два", "двадцати трёх", "семь"), collective
 * numerals used for people ("двое", "шестеро", "троих"), "тыс." multipliers, ranges ("50–70")
 * and the qualifier in front ("более", "около", "не менее", "до").
 */
import type { Qualifier } from "../facts.js";

/** "24 января": a month word after a number. */
const DATE_AFTER_RANGE = /^\s+(?:январ|феврал|марта|апрел|мая|июн|июл|август|сентябр|октябр|ноябр|декабр|студзен|лютага|сакавік|красавік|траўн|чэрвен|ліпен|жніўн|верасн|кастрычнік|лістапад|снежн)/i;

/** A number found in text, with its span and the span of its qualifier. */
export interface RuNumber {
  value: number;
  qualifier: Qualifier;
  /** Start of the qualifier, or of the number when there is none. */
  start: number;
  end: number;
  /** True for collective numerals (двое, шестеро), which always count people. */
  collective: boolean;
  /** True when written in words. */
  words: boolean;
}

const WORDS = new Map<string, number>();
function add(value: number, forms: string): void {
  for (const f of forms.split(" ")) WORDS.set(f, value);
}
add(1, "один одна одно одного одной одному одним одном одну одною одни одних");
add(2, "два две двух двум двумя");
add(3, "три трех трёх трем трём тремя");
add(4, "четыре четырех четырёх четырем четырём четырьмя");
const SIMPLE: [number, string][] = [
  [5, "пят"], [6, "шест"], [7, "сем"], [8, "восем"], [9, "девят"], [10, "десят"], [11, "одиннадцат"], [12, "двенадцат"],
  [13, "тринадцат"], [14, "четырнадцат"], [15, "пятнадцат"], [16, "шестнадцат"], [17, "семнадцат"], [18, "восемнадцат"],
  [19, "девятнадцат"], [20, "двадцат"], [30, "тридцат"],
];
// "пять, пяти, пятью": the stem plus ь/и/ью.
for (const [v, stem] of SIMPLE) add(v, `${stem}ь ${stem}и ${stem}ью`);
add(8, "восьми восьмью");
add(40, "сорок сорока");
add(50, "пятьдесят пятидесяти пятьюдесятью");
add(60, "шестьдесят шестидесяти шестьюдесятью");
add(70, "семьдесят семидесяти семьюдесятью");
add(80, "восемьдесят восьмидесяти восемьюдесятью");
add(90, "девяносто девяноста");
add(100, "сто ста");
add(200, "двести двухсот двумстам двумястами двухстах");
add(300, "триста трехсот трёхсот тремстам тремястами трехстах");
add(400, "четыреста четырехсот четырёхсот четыремстам четырьмястами");
for (const [v, stem] of [[500, "пят"], [600, "шест"], [700, "сем"], [800, "восем"], [900, "девят"]] as const) {
  add(v, `${stem}ьсот ${stem}исот ${stem}истам ${stem}ьюстами ${stem}истах`);
}
add(800, "восьмисот восьмистам");
// Belarusian forms that differ from Russian: Telegram posts and NGO bulletins are often in Belarusian.
add(1, "адзін адна адно аднаго адной аднаму адным");
add(2, "дзве дзвюх дзвюм двума дзвюма");
add(3, "тры трох тром");
add(4, "чатыры чатырох чатыром");
for (const [v, forms] of [
  [5, "пяць пяці"], [6, "шэсць шасці"], [7, "сем сямі"], [8, "восем васьмі"], [9, "дзевяць дзевяці"], [10, "дзесяць дзесяці"],
  [11, "адзінаццаць"], [12, "дванаццаць"], [13, "трынаццаць"], [14, "чатырнаццаць"], [15, "пятнаццаць"], [16, "шаснаццаць"],
  [17, "сямнаццаць"], [18, "васямнаццаць"], [19, "дзевятнаццаць"], [20, "дваццаць дваццаці"], [30, "трыццаць трыццаці"],
  // The oblique forms of 11-19 ("у сямнаццаці ёсць дзеці"), of 40-60 and of the hundreds; "семнаццаць"
  // is the Russian-coloured spelling of 17 that mixed texts use.
  [11, "адзінаццаці"], [12, "дванаццаці"], [13, "трынаццаці"], [14, "чатырнаццаці"], [15, "пятнаццаці"], [16, "шаснаццаці"],
  [17, "сямнаццаці"], [17, "семнаццаць"], [18, "васямнаццаці"], [19, "дзевятнаццаці"], [40, "сорак сарака"], [50, "пяцідзесяці"], [60, "шасцідзесяці"],
  [200, "дзвесце двухсот"], [300, "трыста трохсот"], [400, "чатырыста чатырохсот"], [500, "пяцьсот пяцісот"],
  [50, "пяцьдзясят"], [60, "шэсцьдзясят"], [70, "семдзесят"], [80, "восемдзесят"], [90, "дзевяноста"],
] as const) add(v, forms);

const COLLECTIVE = new Map<string, number>();
for (const [v, stem] of [[2, "дво"], [3, "тро"], [4, "четвер"], [5, "пятер"], [6, "шестер"], [7, "семер"], [8, "восьмер"], [9, "девятер"], [10, "десятер"]] as const) {
  for (const end of ["е", "о", "ых", "ым", "ыми", "их", "им", "ими"]) COLLECTIVE.set(stem + end, v);
}
for (const [w, v] of [["чацвёра", 4], ["пяцёра", 5], ["шасцёра", 6], ["сямёра", 7], ["васьмёра", 8], ["дзевяцёра", 9], ["дзесяцёра", 10], ["дваіх", 2], ["траіх", 3], ["чацвярых", 4], ["пяцярых", 5], ["шасцярых", 6], ["сямярых", 7], ["васьмярых", 8], ["дзевяцярых", 9]] as const) COLLECTIVE.set(w, v);

const THOUSAND = /^(тысяча|тысячи|тысяч|тысячу|тысячей|тысячам|тысячами|тысячах|тыс|тысяча|тысячы|тысяч)$/;
/** "сотни тысяч", "десятки тысяч", "несколько тысяч": vague amounts, never a count of 1,000. */
const VAGUE_BEFORE_THOUSAND = /^(сотни|сотен|сотнями|десятки|десятков|десятками|несколько|нескольких|многие|многих|соцені|дзясяткі|некалькі)$/;

/** Qualifiers before a number, longest first; matched against the lowercase text just before it ("не менее чем о 58": a preposition may follow «чем»). */
const QUALIFIERS: [RegExp, Qualifier][] = [
  [/(?:не менее|не меньше|как минимум|по меньшей мере|по крайней мере|минимум|хотя бы|не менш за|не менш як|прынамсі|як мінімум)\s*(?:чем\s*)?(?:(?:о|об|на|в|с|у|про|пра|аб)\s+)?$/, "at_least"],
  // Belarusian "больш за" / "звыш" (over) and "каля" / "амаль" (about).
  [/(?:больш за|больш як|звыш)\s*$/, "over"],
  [/(?:каля|амаль|прыкладна)\s*$/, "about"],
  [/(?:не более|не больше|максимум|вплоть до|до|менее|меньше|чуть менее|чуть меньше)\s*(?:чем(?:\s+(?:о|об|на|в|с|у))?\s*)?$/, "up_to"],
  [/(?:более|свыше|больше|сверх|более чем|больше чем|перевалило за|превысило|превышает)\s*(?:чем(?:\s+(?:о|об|на|в|с|у))?\s*)?$/, "over"],
  [/(?:около|почти|примерно|приблизительно|порядка|свыше полу|где-то|почти что|ориентировочно)\s*(?:чем(?:\s+(?:о|об|на|в|с|у))?\s*)?$/, "about"],
];

const WORD_RE = /[А-Яа-яЁёІіЎў]+|\d+(?:[ \u00A0\u202F\u2009]\d{3})*(?:[.,]\d+)?/g;

/** Lowercases and reads one token as a number word; null when it is not one. */
function wordValue(token: string): number | null {
  return WORDS.get(token.toLowerCase()) ?? null;
}

/**
 * Finds numbers in `text[from, to)`.
 * @example findRuNumbers("Среди них семь женщин и 23 мужчины", 0, 34).map((n) => n.value) // [7, 23]
 */
export function findRuNumbers(text: string, from = 0, to = text.length): RuNumber[] {
  const out: RuNumber[] = [];
  WORD_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  const tokens: { t: string; s: number; e: number }[] = [];
  while ((m = WORD_RE.exec(text)) !== null && m.index < to) tokens.push({ t: m[0], s: m.index, e: m.index + m[0].length });
  let lastEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.s < lastEnd) continue;
    const low = tok.t.toLowerCase();
    let value: number | null = null;
    let end = tok.e;
    let words = false;
    let collective = false;
    if (/^\d/.test(tok.t)) {
      // "3:00" (both parts), "25.12.2025", "60+" and "№ 5" are not counts.
      const after = text.slice(tok.e, tok.e + 2);
      // "№ 5", "ст. 342", "ч. 2" and "25.12" are references or dates; a full stop that ends the
      // previous sentence ("…человека. 17 из них") is not.
      const before = text.slice(Math.max(0, tok.s - 8), tok.s);
      // "1.135": a dot before exactly three digits groups thousands (Russian decimals take a comma).
      const dotThousands = /^\d{1,3}\.\d{3}$/.test(tok.t) && !/^\.\d/.test(after);
      // ("1100+ человек" is a count: the "+" is "over".)
      if ((/^\+/.test(after) && !/^\+\s*(?:человек|политзаключ|узник|чалавек|палітвязн)/i.test(text.slice(tok.e, tok.e + 16))) || /^[:.]\d|^%|^-[а-я]{1,2}(?![а-яё])/.test(after) || /№\s?$|\d\.\s?$|\d:$|(?:^|[^а-яёa-z])(?:ст|ч|п|пп|г|гг|стр|т|арт|art|no)\.\s?$/i.test(before) || (!dotThousands && /\d[.,]\d/.test(tok.t) && /\.\d{2}/.test(tok.t))) continue;
      // "[14]": a footnote marker, not a count.
      if (text[tok.s - 1] === "[" && after[0] === "]") continue;
      let v = dotThousands ? Number(tok.t.replace(".", "")) : Number(tok.t.replace(/[ \u00A0\u202F\u2009]/g, "").replace(",", "."));
      if (!Number.isFinite(v)) continue;
      const next = tokens[i + 1];
      if (next && THOUSAND.test(next.t.toLowerCase()) && next.s - tok.e <= 2) {
        v *= 1000;
        end = next.e + (text[next.e] === "." ? 1 : 0);
        i++;
      } else if (!Number.isInteger(v)) continue;
      value = Math.round(v);
    } else if (COLLECTIVE.has(low)) {
      value = COLLECTIVE.get(low)!;
      collective = true;
      words = true;
    } else if (wordValue(low) !== null) {
      // A run of number words: "двести тридцать два", "две тысячи".
      let total = 0;
      let part = wordValue(low)!;
      let last = part;
      words = true;
      let j = i + 1;
      while (j < tokens.length && tokens[j]!.s - tokens[j - 1]!.e <= 1) {
        const t = tokens[j]!.t.toLowerCase();
        const v = wordValue(t);
        if (THOUSAND.test(t) && total === 0) {
          total = (part || 1) * 1000;
          part = 0;
          last = 1000;
        } else if (v !== null && ((last % 100 === 0 && v < last && v < 100) || (last >= 20 && last < 100 && last % 10 === 0 && v < 10) || (last === 1000 && v < 1000))) {
          part += v;
          last = v;
        } else break;
        end = tokens[j]!.e;
        j++;
      }
      i = j - 1;
      value = total + part;
    } else if (/^(?:полторы|полутора|паўтары|паўтара)$/.test(low) && tokens[i + 1] && THOUSAND.test(tokens[i + 1]!.t.toLowerCase())) {
      // "полторы тысячи", "более полутора тысяч": 1,500.
      value = 1500;
      words = true;
      end = tokens[i + 1]!.e;
      i++;
    } else if (THOUSAND.test(low) && /^тысяч/.test(low) && !/^тыс$/.test(low)) {
      // "тысяча человек" without a number before it.
      const prev = tokens[i - 1];
      if (prev && /^\d/.test(prev.t)) continue;
      if (prev && VAGUE_BEFORE_THOUSAND.test(prev.t.toLowerCase())) continue;
      // "более тысячи ста", "тысяча двести сорок": the hundreds, tens and units after it.
      let part = 0;
      let last = 1000;
      let j = i + 1;
      while (j < tokens.length && tokens[j]!.s - tokens[j - 1]!.e <= 1) {
        const v = wordValue(tokens[j]!.t);
        if (v === null || !(last === 1000 ? v < 1000 : (last % 100 === 0 && v < last && v < 100) || (last >= 20 && last < 100 && last % 10 === 0 && v < 10))) break;
        part += v;
        last = v;
        end = tokens[j]!.e;
        j++;
      }
      i = j - 1;
      value = 1000 + part;
      words = true;
    }
    if (value === null) continue;
    // "один" is also "one of them" ("один из них"); keep it, callers decide by the noun.
    let start = tok.s;
    let qualifier: Qualifier = "exact";
    const before = text.slice(Math.max(0, tok.s - 30), tok.s).toLowerCase();
    for (const [re, q] of QUALIFIERS) {
      const qm = re.exec(before);
      if (qm) {
        qualifier = q;
        start = tok.s - (before.length - qm.index);
        // Only whole words: "до" must not be the tail of "подо".
        if (qm.index > 0 && /[а-яё]/.test(before[qm.index - 1]!)) {
          qualifier = "exact";
          start = tok.s;
          continue;
        }
        break;
      }
    }
    // "50–70 человек": a range counts as up to its upper end.
    const range = /^\s?[–—-]\s?(\d+)/.exec(text.slice(end, end + 12));
    // "ещё 15 — 24 января": a day and month after the dash is the date of the count, not a range.
    if (range && !words && !DATE_AFTER_RANGE.test(text.slice(end + range[0].length, end + range[0].length + 14))) {
      value = Number(range[1]);
      end += range[0].length;
      qualifier = "up_to";
    }
    // "30 с лишним" is over 30.
    // "1100+ человек" is over 1100.
    if (text[end] === "+" && !words) {
      if (qualifier === "exact") qualifier = "over";
      end += 1;
    }
    // The span takes the words in, so the noun after them reads as the number's noun.
    const more = /^\s+с (?:лишним|небольшим)/.exec(text.slice(end, end + 16));
    if (more) {
      qualifier = "over";
      end += more[0].length;
    }
    lastEnd = end;
    out.push({ value, qualifier, start, end, collective, words });
  }
  return out;
}
