/**
 * @module extract/ru/recaps-ru
 * Lists in recap sentences: days listed before the month they share ("16 августа, 4 и 16 сентября"),
 * counts joined as a list ("30, 30 и 37 человек"), and a total whose dated parts follow after a
 * colon ("вышли 38 человек: 23 — 18 января и ещё 15 — 24 января").
 */
import type { SentCtx } from "./context-ru.js";
import type { RuDate } from "./dates-ru.js";
import type { RuNumber } from "./numbers-ru.js";

/**
 * "16 августа, 4 и 16 сентября 2024 года": days listed before the month they share. Bounded
 * (at most eight items) so a long line stays linear.
 */
const DAY_LIST = /(?<![\d.])(\d{1,2})(?:\s+[а-яёіў]+(?=\s*(?:,|и\s|і\s)))?((?:\s*(?:,|и|і)\s*\d{1,2}(?:\s+[а-яёіў]+(?=\s*(?:,|и\s|і\s)))?){1,8})\s+([а-яёіў]+)/giu;
const MONTH_STEM = /^(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|студзен|лют|сакавік|красавік|траўн|чэрвен|ліпен|жнів|жніўн|верас|кастрычнік|лістапад|снеж)/i;
/** Each day of a day list with the year and month of the date the list ends on. */
export function dayList(src: string, from: number, to: number, dates: RuDate[]): { iso: string; start: number; end: number }[] {
  DAY_LIST.lastIndex = 0;
  const span = src.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = DAY_LIST.exec(span)) !== null) {
    const items: { day: number; start: number; monthWordAt: number | null }[] = [];
    const itemRe = /(\d{1,2})(?:\s+([а-яёіў]+))?/giu;
    let im: RegExpExecArray | null;
    const whole = m[0];
    while ((im = itemRe.exec(whole)) !== null) {
      items.push({ day: Number(im[1]), start: from + m.index + im.index, monthWordAt: im[2] && MONTH_STEM.test(im[2]) ? from + m.index + im.index + im[0].length - 1 : null });
    }
    if (items.length < 2 || items.at(-1)!.monthWordAt === null) continue;
    const out: { iso: string; start: number; end: number }[] = [];
    // All days share the year written (or resolved) at the end of the list.
    const lastAt = items.at(-1)!.monthWordAt!;
    const year = dates.find((d) => d.precision === "day" && d.iso && d.start <= lastAt && d.end > lastAt)?.iso?.slice(0, 4);
    if (!year) continue;
    for (let i = 0; i < items.length; i++) {
      // The month is the next one stated at or after this day.
      const at = items.slice(i).find((x) => x.monthWordAt !== null)!.monthWordAt!;
      const date = dates.find((d) => d.precision === "day" && d.iso && d.start <= at && d.end > at);
      if (!date?.iso) return [];
      out.push({ iso: `${year}-${date.iso.slice(5, 7)}-${String(items[i]!.day).padStart(2, "0")}`, start: items[i]!.start, end: items[i]!.start + 2 });
    }
    return out;
  }
  return [];
}

/** Numbers joined as a list ("30, 30 и 37 человек", "ещё 31 и 32"): runs of two or more. */
export function numberRuns(src: string, numbers: RuNumber[]): RuNumber[][] {
  const runs: RuNumber[][] = [];
  let run: RuNumber[] = [];
  for (const n of numbers) {
    const prev = run.at(-1);
    if (prev && /^\s*(?:,|и|і)\s*$/.test(src.slice(prev.end, n.start))) run.push(n);
    else {
      if (run.length >= 2) runs.push(run);
      run = [n];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/**
 * "вышли на свободу 38 человек: 23 человека 18 января и ещё 15 — 24 января": a count whose parts
 * after a colon add up to it is a total over a period, and the parts are the rounds.
 */
const COUNT_THEN_COLON = /^[^:.;\d]{0,40}:/;

/**
 * Totals whose parts follow after a colon, into `sc.totals`: "вышли 38 человек: 23 — 18 января и ещё
 * 15 — 24 января" is a total over a period, and its parts are the rounds.
 */
export function colonTotals(sc: SentCtx): void {
  const { s, numbers, dates, totals } = sc;
  if (numbers.length >= 3 && sc.sentence.includes(":")) {
    for (let i = 0; i < numbers.length - 2; i++) {
      const t = numbers[i]!;
      const colon = COUNT_THEN_COLON.exec(s.src.slice(t.end, t.end + 44));
      if (!colon) continue;
      // The parts are dated rounds (two dates after the colon), not a breakdown ("15 женщин и 7 мужчин").
      const partsFrom = t.end + colon[0].length;
      if (dates.filter((d) => d.start >= partsFrom).length < 2) continue;
      let sum = 0;
      for (let j = i + 1; j < numbers.length; j++) if (numbers[j]!.start > t.end + colon[0].length) sum += numbers[j]!.value;
      if (sum === t.value) totals.add(t);
    }
  }
}
