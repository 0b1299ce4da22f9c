/**
 * @module extract/ru/dates-ru
 * Russian and Belarusian dates in text, resolved against the publication date with the shared
 * rules of `extract/dates` (an implied year never lands after publication): "16 августа",
 * "16 августа 2024 года", "в январе", "в январе 2025", "23.12.2025", "в понедельник", "вчера".
 * A regular expression is enough for news Russian and is much faster than a general parser.
 */
import { isoOf } from "../dates.js";

/** A date found in text. */
export interface RuDate {
  /** "YYYY-MM-DD", "YYYY-MM", or null when the year cannot be known. */
  iso: string | null;
  start: number;
  end: number;
  precision: "day" | "month" | "weekday" | "relative";
  /** The year is written in the text ("16 сентября 2024 года"), not inferred. */
  explicitYear?: boolean;
  /** "на начало июля", "на пачатак ліпеня": the date a count is given as of. */
  asOf?: boolean;
}

interface Parts {
  day?: number;
  month?: number;
  year?: number;
  weekday?: number;
}
/**
 * The year of a date written without one. Resolved here rather than in the shared `resolveParts`
 * (which the English extractor owns) so that Russian keeps its own rules:
 * - a narrative anchor (the last date with a written year earlier in the same paragraph) keeps
 *   its year for later days: "16 сентября 2024 года … Осенью: 7 и 20 ноября" in a December 2025
 *   recap is November 2024, as long as that day is not after publication;
 * - otherwise the publication year, stepping back a year when the day-month would fall after the
 *   publication day ("3 декабря" in a piece of 20 November 2024 is 3 December 2023);
 * - without a publication date, the last year written before (`contextYear`).
 */
function resolveRu(parts: Parts, published: Date | null, contextYear: number | null | undefined, anchor: string | null | undefined): string | null {
  if (parts.weekday !== undefined && parts.month === undefined) {
    if (!published) return null;
    const back = (published.getUTCDay() - parts.weekday + 7) % 7;
    const d = new Date(published.getTime() - back * 86_400_000);
    return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (parts.month === undefined) return null;
  if (parts.year !== undefined) return isoOf(parts.year, parts.month, parts.day);
  if (anchor) {
    const year = Number(anchor.slice(0, 4));
    const candidate = isoOf(year, parts.month, parts.day);
    const notAfterPublication = !published || Date.UTC(year, parts.month - 1, parts.day ?? 1) <= published.getTime();
    if (candidate >= anchor.slice(0, candidate.length) && notAfterPublication) return candidate;
  }
  if (published) {
    let year = published.getUTCFullYear();
    if (Date.UTC(year, parts.month - 1, parts.day ?? 1) > published.getTime()) year -= 1;
    return isoOf(year, parts.month, parts.day);
  }
  return contextYear ? isoOf(contextYear, parts.month, parts.day) : null;
}

const MONTHS: [RegExp, number][] = [
  [/^январ|^студзен/, 1], [/^феврал|^лют/, 2], [/^март|^сакавік/, 3], [/^апрел|^красавік/, 4], [/^ма[йяюе]|^мая|^травен|^траўн/, 5],
  [/^июн|^чэрвен|^чэрвен/, 6], [/^июл|^ліпен|^ліпен/, 7], [/^август|^жнівен|^жніўн/, 8], [/^сентябр|^верасн/, 9],
  [/^октябр|^кастрычнік/, 10], [/^ноябр|^лістапад/, 11], [/^декабр|^снежн|^снеж/, 12],
];
const MONTH_WORD = "(январ[яеь]|феврал[яеь]|марта?|марте|апрел[яеь]|ма[йяе]|июн[яеь]|июл[яеь]|август[ае]?|сентябр[яеь]|октябр[яеь]|ноябр[яеь]|декабр[яеь]|студзен[яі]|лютага|сакавіка|красавіка|траўня|чэрвеня|ліпеня|жніўня|верасня|кастрычніка|лістапада|снежня)";
const WEEKDAYS: [RegExp, number][] = [
  [/^воскресень/, 0], [/^понедельник/, 1], [/^вторник/, 2], [/^сред/, 3], [/^четверг/, 4], [/^пятниц/, 5], [/^суббот/, 6],
];

const DATE_RE = new RegExp(
  [
    `(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})`,
    `(\\d{1,2})(?:\\s*[–-]\\s*\\d{1,2})?\\s+${MONTH_WORD}(?:\\s+(\\d{4})(?:\\s*(?:года|год|г\\.))?)?`,
    `(?:в|во|с|у|ў)\\s+(?:(?:(?:самом|самым|самой)\\s+)?(?:середине|начале|конце|сярэдзіне|пачатку|канцы)\\s+(январ[яь]|феврал[яь]|марта|апрел[яь]|мая|июн[яь]|июл[яь]|августа|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь]|студзеня|лютага|сакавіка|красавіка|траўня|чэрвеня|ліпеня|жніўня|верасня|кастрычніка|лістапада|снежня)|(январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|студзені|лютым|сакавіку|красавіку|траўні|чэрвені|ліпені|жніўні|верасні|кастрычніку|лістападзе|снежні))(?:\\s+(\\d{4})(?:\\s*(?:года|г\\.))?)?`,
    `(?:в|во|на)\\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)`,
    `(вчера|сегодня|позавчера)`,
    // "на начало июля", "по состоянию на конец ноября 2024 года", "на пачатак ліпеня": an as-of month.
    `(?:на|к)\\s+(?:начало|конец|середину|пачатак|канец|сярэдзіну)\\s+${MONTH_WORD}(?:\\s+(\\d{4})(?:\\s*(?:года|г\\.))?)?`,
    // "Конец декабря", "Канец снежня" (a heading in a chronology): a month.
    `(?:конец|начало|середина|канец|пачатак|сярэдзіна)\\s+${MONTH_WORD}(?:\\s+(\\d{4})(?:\\s*(?:года|г\\.))?)?`,
  ].join("|"),
  "gi",
);

/** "Восемнадцатого января", "двадцать четвёртого декабря": a day written as an ordinal word. */
const ORDINAL_DAYS = ["первого", "второго", "третьего", "четвертого", "пятого", "шестого", "седьмого", "восьмого", "девятого", "десятого",
  "одиннадцатого", "двенадцатого", "тринадцатого", "четырнадцатого", "пятнадцатого", "шестнадцатого", "семнадцатого", "восемнадцатого", "девятнадцатого", "двадцатого"];
/** The same in Belarusian: "трынаццатага снежня", "дваццаць першага чэрвеня". */
const ORDINAL_DAYS_BE = ["першага", "другога", "трэцяга", "чацвёртага", "пятага", "шостага", "сёмага", "восьмага", "дзявятага", "дзясятага",
  "адзінаццатага", "дванаццатага", "трынаццатага", "чатырнаццатага", "пятнаццатага", "шаснаццатага", "сямнаццатага", "васямнаццатага", "дзевятнаццатага", "дваццатага"];
const WORD_DAY_RE = new RegExp(`(?:(двадцать|тридцать|дваццаць|трыццаць)\\s+)?(${ORDINAL_DAYS.join("|")}|тридцатого|четвёртого|${ORDINAL_DAYS_BE.join("|")}|трыццатага|чацвертага)\\s+${MONTH_WORD}(?:\\s+(\\d{4})(?:\\s*(?:года|год|г\\.))?)?`, "gi");
function wordDay(tens: string | undefined, unit: string): number {
  const u = unit.toLowerCase().replace("ё", "е");
  const be = ORDINAL_DAYS_BE.indexOf(unit.toLowerCase().replace("чацвертага", "чацвёртага"));
  const base = u === "тридцатого" || u === "трыццатага" ? 30 : be >= 0 ? be + 1 : ORDINAL_DAYS.indexOf(u) + 1;
  const t = tens?.toLowerCase();
  return (t ? (t === "двадцать" || t === "дваццаць" ? 20 : 30) : 0) + base;
}

/** "…, а шестнадцатого — ещё 37": an ordinal day after «а / и» with its month left out. */
const BARE_WORD_DAY_RE = new RegExp(`(?:^|[^а-яёіў])(?:а|и|і)\\s+(?:(двадцать|тридцать|дваццаць|трыццаць)\\s+)?(${ORDINAL_DAYS.join("|")}|тридцатого|четвёртого|${ORDINAL_DAYS_BE.join("|")}|трыццатага)(?![а-яёіў])(?!\\s+${MONTH_WORD})`, "gi");
/**
 * "четвёртого сентября …, а шестнадцатого — ещё тридцать семь": a day word without a month after a full day
 * in the same span takes that day's month and year.
 */
function bareWordDays(span: string, from: number, out: RuDate[]): void {
  BARE_WORD_DAY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let added = false;
  while ((m = BARE_WORD_DAY_RE.exec(span)) !== null) {
    const start = from + m.index + m[0].length - m[2]!.length - (m[1] ? m[1].length + 1 : 0);
    const prev = out.filter((d) => d.precision === "day" && d.iso && d.iso.length === 10 && d.end <= start).at(-1);
    if (!prev) continue;
    const day = wordDay(m[1], m[2]!);
    if (day > 31 || day <= Number(prev.iso!.slice(8))) continue;
    out.push({ iso: `${prev.iso!.slice(0, 8)}${String(day).padStart(2, "0")}`, start, end: from + m.index + m[0].length, precision: "day" });
    added = true;
  }
  if (added) out.sort((a, b) => a.start - b.start);
}

/**
 * "после декабрьского освобождения", "пасля снежаньскага вызвалення": a month as an adjective, a date
 * known to its month. (Read only in spans with "ьск", "вск", "йск", "ўск" or "іцк": MONTH_ADJ_GATE.)
 */
const MONTH_ADJ_GATE = /[ьвйў]ск|іцк/;
const MONTH_ADJ_RE = /(январ|феврал|мартов|апрел|май|июн|июл|августов|сентябр|октябр|ноябр|декабр|студзен|лютаў|сакаві|красаві|травен|чэрвен|ліпен|жнівен|верасен|кастрычні|лістападаў|снежан)(?:ьск|ск|цк)(?:ого|ому|ом|ой|ий|ая|ое|ую|ие|их|ага|аму|ім|ай|ае|ія|і)(?![а-яёіў])/gi;
const MONTH_ADJ_OF: Record<string, number> = {
  январ: 1, феврал: 2, мартов: 3, апрел: 4, май: 5, июн: 6, июл: 7, августов: 8, сентябр: 9, октябр: 10, ноябр: 11, декабр: 12,
  студзен: 1, лютаў: 2, сакаві: 3, красаві: 4, травен: 5, чэрвен: 6, ліпен: 7, жнівен: 8, верасен: 9, кастрычні: 10, лістападаў: 11, снежан: 12,
};

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return MONTHS.find(([re]) => re.test(w))?.[1];
}

/**
 * Finds dates in `text[from, to)`; `contextYear` supplies the year when there is no publication date.
 * @example findRuDates("16 августа 2024 года", 0, 20, null)[0].iso // "2024-08-16"
 */
export function findRuDates(text: string, from: number, to: number, published: Date | null, contextYear?: number | null, anchor?: string | null): RuDate[] {
  const out: RuDate[] = [];
  const span = text.slice(from, to);
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(span)) !== null) {
    const start = from + m.index;
    const end = start + m[0].length;
    // Whole words only: "вчера" inside another word, or digits glued to letters, are not dates.
    if (m.index > 0 && /[\p{L}\d]/u.test(span[m.index - 1]!)) continue;
    if (m[1]) {
      const day = Number(m[1]);
      const month = Number(m[2]);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      out.push({ iso: isoOf(Number(m[3]), month, day), start, end, precision: "day" });
    } else if (m[4]) {
      const month = monthOf(m[5]!);
      if (!month) continue;
      const parts = { day: Number(m[4]), month, ...(m[6] ? { year: Number(m[6]) } : {}) };
      out.push({ iso: resolveRu(parts, published, contextYear, anchor), start, end, precision: "day", explicitYear: Boolean(m[6]) });
    } else if (m[7] || m[8]) {
      // m[7]: "в середине сентября" (genitive); m[8]: "в сентябре" (locative).
      const month = monthOf(m[7] ?? m[8]!);
      if (!month) continue;
      const parts = { month, ...(m[9] ? { year: Number(m[9]) } : {}) };
      out.push({ iso: resolveRu(parts, published, contextYear, anchor), start, end, precision: "month", explicitYear: Boolean(m[9]) });
    } else if (m[10]) {
      const weekday = WEEKDAYS.find(([re]) => re.test(m![10]!.toLowerCase()))?.[1];
      if (weekday === undefined) continue;
      out.push({ iso: resolveRu({ weekday }, published, null, null), start, end, precision: "weekday" });
    } else if (m[11]) {
      const shift = { вчера: 1, позавчера: 2, сегодня: 0 }[m[11].toLowerCase()] ?? 0;
      const iso = published ? new Date(published.getTime() - shift * 86_400_000).toISOString().slice(0, 10) : null;
      out.push({ iso, start, end, precision: "relative" });
    } else if (m[12]) {
      const month = monthOf(m[12]);
      if (!month) continue;
      const parts = { month, ...(m[13] ? { year: Number(m[13]) } : {}) };
      out.push({ iso: resolveRu(parts, published, contextYear, anchor), start, end, precision: "month", explicitYear: Boolean(m[13]), asOf: true });
    } else if (m[14]) {
      const month = monthOf(m[14]);
      if (!month) continue;
      const parts = { month, ...(m[15] ? { year: Number(m[15]) } : {}) };
      out.push({ iso: resolveRu(parts, published, contextYear, anchor), start, end, precision: "month", explicitYear: Boolean(m[15]) });
    }
  }
  if (MONTH_ADJ_GATE.test(span)) {
    MONTH_ADJ_RE.lastIndex = 0;
    let added = false;
    while ((m = MONTH_ADJ_RE.exec(span)) !== null) {
      if (m.index > 0 && /[\p{L}\d]/u.test(span[m.index - 1]!)) continue;
      const month = MONTH_ADJ_OF[m[1]!.toLowerCase()];
      if (!month) continue;
      out.push({ iso: resolveRu({ month }, published, contextYear, anchor), start: from + m.index, end: from + m.index + m[0].length, precision: "month" });
      added = true;
    }
    if (added) out.sort((a, b) => a.start - b.start);
  }
  if (/(?:ого|его|ага|ога)\s/i.test(span)) {
    WORD_DAY_RE.lastIndex = 0;
    while ((m = WORD_DAY_RE.exec(span)) !== null) {
      if (m.index > 0 && /[\p{L}\d]/u.test(span[m.index - 1]!)) continue;
      const day = wordDay(m[1], m[2]!);
      const month = monthOf(m[3]!);
      if (!month || day > 31) continue;
      const parts = { day, month, ...(m[4] ? { year: Number(m[4]) } : {}) };
      out.push({ iso: resolveRu(parts, published, contextYear, anchor), start: from + m.index, end: from + m.index + m[0].length, precision: "day", explicitYear: Boolean(m[4]) });
    }
    out.sort((a, b) => a.start - b.start);
    if (out.some((d) => d.precision === "day" && d.iso)) bareWordDays(span, from, out);
  }
  return out;
}
