/**
 * @module extract/ru/pardons-ru
 * Pardon rounds. A sentence with the pardon vocabulary and a count of people opens a round (or
 * restates the round with the same count and a compatible date: the title and the body usually
 * state the same one); a recap sentence may open several, each with its own date ("4 сентября
 * помилованы 30 человек, а 16 сентября — ещё 37"). Then the round's ordinal in the year ("уже
 * шестая волна") and its named members ("в их числе … Игорь Лосик").
 */
import type { Evidence, PardonEvent } from "../facts.js";
import { evidenceAt, insideQuote, type RuCtx, type SentCtx } from "./context-ru.js";
import { MEMBERS, NOT_A_COUNT, OF_THEM_BEFORE, SINCE_PERIOD } from "./cues-ru.js";
import { ORDINAL_STEMS, PARDON, PEOPLE_NOUN, RELEASE, ROUND_NOUN } from "./lexicon-ru.js";
import type { RuNumber } from "./numbers-ru.js";
import { addPerson, roleOf, SPEECH_BEFORE } from "./persons-ru.js";
import { colonTotals, dayList, numberRuns } from "./recaps-ru.js";
import { pushRelease } from "./releases-ru.js";

/** A pardon act, as opposed to "помилованные" naming a group already introduced. */
export const PARDON_ACT = /помилова(?:л|ть)|памілаваць|помилование|помиловани[еяиюй]|помилован[аоы]?(?![а-яё])|указ[а-я]* о помиловании|даровал|получили помилование|памілаваў|памілаванн[еяюіў]|памілаван(?:ы|а|ыя)?(?![а-яёіў])/i;
/** "а 16 сентября — ещё 37": a further round in the same sentence needs no noun of its own. */
const FURTHER = /(?:ещё|еще|яшчэ)\s*$/i;
/** "в конце месяца", "у канцы месяца": a date known to its month. */
const END_OF_MONTH = /(?:в|у|ў) (?:конце|канцы|середине|начале|пачатку) месяца/i;
/** "а 16 сентября — 37", "а 7 лістапада, — 31": a bare count after a day and a dash, a further round in a recap. */
const DAY_DASH = /\d{1,2}\s+[а-яёіў]+,?\s*[—–]\s*$/i;
/** A part of a total may end with its own date: "и ещё 15 — 24 января". */
const PART_DATE_AFTER = /^\s*[—–-]\s*\d{1,2}\s+[а-яёіў]+\s*(?:[.;,)]|$)/i;
/** "пяцёра ведалі пра памілаванне": people who know or heard of a pardon are not pardoned. */
const KNOW_AFTER = /^\s*(?:[а-яёіў]+\s+){0,2}?(?:знал|знают|знает|слышал|ведал|ведаюць|ведае|чул[іи]|узнал|даведал|помн)/i;
/**
 * "Правозащитники установили имена части освобождённых, среди них Игорь Олиневич": right after a
 * pardon round, the names of "the freed" are members of that round (pardoned), not a new release.
 */
const ROUND_FREED_MEMBERS = /(?:освобожд[её]нн|помилованн|вышедш|вызвален|памілаван)[а-яёіў]*[^.;]{0,40}?(?:среди них|среди которых|в их числе|в том числе|сярод іх)/i;
/** Words that say the people of a pardon round also walked free in the same sentence. */
const ROUND_RELEASE = /(?:освобожден|освобождён|вышл[иао]? на свободу|на свободу вышл|выход(?:ят|зяць) на (?:свободу|волю)|на (?:свободу|волю) выход(?:ят|зяць)|на свободу(?:\s+[а-яё]+){1,3}\s+вышл|на волю выйшл|выйшл[іа]? на волю|вызвален|отпустил[аи]?(?![а-яё])|выпустил[аи]?(?![а-яё])|вызвалілі|адпусцілі|выпусцілі)/i;
/** "впервые в этом году", "упершыню ў 2025 годзе": the first round of the year ("впервые с 2020 года" is not). */
const FIRST_THIS_YEAR = /(?:впервые|упершыню)\s+(?:(?:в|у|ў)\s+(?:этом|нынешнем|текущем|гэтым|20\d\d)\s+(?:году|годзе)|(?:с|з)\s+(?:начала|пачатку)\s+года)/i;
/** A month word right after an ordinal: "седьмого ноября". */
const MONTH_AFTER = /^\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)/i;
/** A part of a year right after an ordinal: "вторую половину", "першае паўгоддзе". */
const HALF_AFTER = /^\s+(?:половин|полугоди|палов|палавін|паўгод|квартал)/i;
/** Belarusian masculine ordinals end in -ы/-і ("чацвёрты крок", "трэці раз"). */
const BE_ORDINAL = /^(?:перш|трэц|пят|чацв[её]рт|шост|сём|восьм)[а-яёіў]*[ыі]$/;
/** The ordinal of a round a sentence states ("шестая волна", "трэці раз"), or 1 for "впервые в этом году". */
export function ordinalIn(sentence: string): number | null {
  if (/впервые|упершыню/i.test(sentence) && FIRST_THIS_YEAR.test(sentence)) return 1;
  // ("пресс-служба назвала это пятым решением с лета", "пятое подобное решение": a decision numbers a round too.)
  if (!ROUND_NOUN.test(sentence) && !/решени|рашэнн/i.test(sentence)) return null;
  for (const m of sentence.matchAll(/[а-яёіў]+/gi)) {
    // (The Belarusian pattern only for words ending in -ы/-і: one regex per word, as before.)
    const word = m[0].toLowerCase();
    const last = word.charCodeAt(word.length - 1);
    // A capitalised ordinal inside the sentence is a name («Пул Первого», «Первый канал»), not a round's number.
    if (m.index > 0 && word.charCodeAt(0) !== m[0].charCodeAt(0)) continue;
    if (!(last === 0x44b || last === 0x456 ? BE_ORDINAL.test(word) : /(?:ая|ой|ый|ий|ое|ую|ого|ом|ым|ае|яе|ье|ья|ью|ьей|ьего|ьим)$/.test(word))) continue;
    // ("Седьмого ноября …": a day written as an ordinal word is a date.)
    if (word.endsWith("ого") && MONTH_AFTER.test(sentence.slice(m.index + word.length, m.index + word.length + 12))) continue;
    const n = ORDINAL_STEMS.find(([re]) => re.test(word))?.[1];
    // ("За вторую половину 2024 года …", "за первое полугодие": a part of a year, not a round's number.)
    if (n !== undefined && !HALF_AFTER.test(sentence.slice(m.index + word.length, m.index + word.length + 12))) return n;
  }
  return null;
}

/**
 * The part of the sentence around `n` between contrast joins: "16 августа помиловал 30 человек, а 3 июля на
 * свободу вышли 18" says only the 18 walked free.
 */
function contrastPart(sc: SentCtx, n: RuNumber): string {
  const { s, sentence } = sc;
  if (!sentence.includes(", а ")) return sentence;
  const at = n.start - s.start;
  // ("…выйшлі 32, а 7 лістапада, — 31": a count after a dash has its verb elided; the sentence's verb holds.)
  if (/[—–]\s*$/.test(sentence.slice(Math.max(0, at - 4), at))) return sentence;
  const from = sentence.lastIndexOf(", а ", at);
  const to = sentence.indexOf(", а ", at);
  return sentence.slice(from < 0 ? 0 : from, to < 0 ? sentence.length : to);
}

/** A new round of `count` people. */
function newEvent(count: number, n: RuNumber, date: string | null, evidence: Evidence): PardonEvent {
  return {
    count, qualifier: n.qualifier, date, women: null, men: null, chronic_illness: null, disabled: null, over_50: null,
    with_children: null, minors: null, ordinal_in_year: null, names: [], evidence: [evidence],
  };
}

/**
 * Opens the round of `count` (or restates the round already found with the same count and a
 * compatible date), and adds its release when the sentence says they walked free.
 */
function openRound(ctx: RuCtx, sc: SentCtx, count: RuNumber, roundDate: string | null): PardonEvent {
  sc.used.add(count);
  const evidence = evidenceAt(sc.s.field, count.start, count.end);
  let event = ctx.facts.pardon_events.find((e) => e.count === count.value && (e.date === null || roundDate === null || e.date === roundDate));
  if (event) {
    event.date ??= roundDate;
    event.evidence.push(evidence);
  } else {
    event = newEvent(count.value, count, roundDate, evidence);
    ctx.facts.pardon_events.push(event);
  }
  ctx.sinceEvent = 0;
  if (sc.isRelease && ROUND_RELEASE.test(contrastPart(sc, count))) {
    pushRelease(ctx, { names: [], count: count.value, qualifier: count.qualifier, date: roundDate, kind: "pardon", evidence: [evidence] });
  }
  return event;
}

/**
 * 1. Pardon rounds with a count of people. A recap sentence may list several, each after its own
 * date: "4 сентября помилованы 30 человек, а 16 сентября — ещё 37". Also reads the sentence's
 * totals over a period (`sc.totals`), which are never rounds.
 */
export function pardonRounds(ctx: RuCtx, sc: SentCtx): void {
  if (sc.isPardon || (ctx.sinceEvent <= 2 && ctx.current !== null)) dayListRounds(ctx, sc);
  colonTotals(sc);
  if (!sc.isPardon) {
    if (ctx.current !== null && ctx.sinceEvent <= 2 && sc.picks.length === 0 && !sc.isRelease && sc.dates.length > 0) furtherRound(ctx, sc, ctx.current);
    return;
  }
  const candidates = roundCounts(ctx, sc);
  if (sc.picks.length === 0) openCounts(ctx, sc, candidates);
}

/**
 * "16 августа, 4 и 16 сентября … помиловал 30, 30 и 37 человек соответственно", "7 и 20 ноября —
 * ещё 31 и 32": a list of days and a list of counts of the same length pair up in order.
 */
function dayListRounds(ctx: RuCtx, sc: SentCtx): void {
  const { s, sentence } = sc;
  const days = /\d{1,2}\s*(?:,|и|і)\s*\d/.test(sentence) ? dayList(s.src, s.start, s.end, sc.dates) : [];
  if (days.length < 2) return;
  const run = numberRuns(s.src, sc.numbers).find((r) => r.length === days.length && r[0]!.start > days.at(-1)!.start && (sc.isPardon || FURTHER.test(s.src.slice(Math.max(s.start, r[0]!.start - 8), r[0]!.start))));
  if (!run) return;
  run.forEach((n, i) => {
    const event = openRound(ctx, sc, n, days[i]!.iso);
    ctx.current = event;
    sc.picks.push({ n, event });
  });
}

/** "• 24 января — ещё 15 человек": a day, a dash and «ещё» open a sentence (or list item). */
const DAY_FURTHER = /^\s*(?:[•·▪–—-]\s*)?\d{1,2}\s+[а-яёіў]+(?:\s+\d{4}(?:\s*года)?)?\s*[—–]\s*(?:ещё|еще|яшчэ)\s+/i;
/**
 * "• 18 января — 23 человека, первый указ о помиловании. … • 24 января — ещё 15 человек: …": right after
 * a round, a sentence opened by another day and «— ещё N человек» is a further round of that day.
 */
function furtherRound(ctx: RuCtx, sc: SentCtx, current: PardonEvent): void {
  const { s, sentence } = sc;
  const m = DAY_FURTHER.exec(sentence);
  if (!m) {
    if (sentence.includes("оследовал")) followedRounds(ctx, sc, current);
    return;
  }
  const at = s.start + m[0].length;
  const n = sc.numbers.find((x) => x.start === at);
  const day = sc.dates.find((d) => d.precision === "day" && d.iso && d.end <= at);
  if (!n || !day || day.iso === current.date || !(n.collective || PEOPLE_NOUN.test(s.src.slice(n.end, n.end + 60)))) return;
  const event = openRound(ctx, sc, n, day.iso);
  ctx.current = event;
  sc.picks.push({ n, event });
}

/** "Четвертого сентября последовали ещё 30": after a day, «последовал(и) ещё» and a count. */
const FOLLOWED_GAP = /^\s*,?\s*(?:последовал[аио]?|последовало)\s+(?:ещё|еще)\s+$/i;
/** "…, а 16 сентября — 37": a further day and a dash before a count. */
const AND_DAY_GAP = /^\s*(?:человек\s*)?,\s*а\s+$/i;
/**
 * "Четвертого сентября последовали ещё 30, а 16 сентября — 37": right after a round, a sentence opened by another
 * day and «последовали ещё N» is a further round of that day, and so is each «, а <day> — N» after it.
 */
function followedRounds(ctx: RuCtx, sc: SentCtx, current: PardonEvent): void {
  const { s } = sc;
  const first = sc.dates[0];
  if (!first || first.precision !== "day" || !first.iso || first.iso === current.date || !/^[\s—–-]*$/.test(s.src.slice(s.start, first.start))) return;
  const n = sc.numbers.find((x) => x.start > first.end);
  if (!n || !FOLLOWED_GAP.test(s.src.slice(first.end, n.start)) || !(n.collective || PEOPLE_NOUN.test(s.src.slice(n.end, n.end + 60)) || /^\s*(?:[.;,]|$)/.test(s.src.slice(n.end, n.end + 3)))) return;
  let event = openRound(ctx, sc, n, first.iso);
  sc.picks.push({ n, event });
  let prev = n;
  for (const x of sc.numbers) {
    if (x.start <= prev.end) continue;
    const day = sc.dates.find((d) => d.precision === "day" && d.iso && d.start > prev.end && d.end <= x.start);
    if (!day || !AND_DAY_GAP.test(s.src.slice(prev.end, day.start)) || !/^\s*[—–]\s*(?:(?:ещё|еще)\s+)?$/i.test(s.src.slice(day.end, x.start))) break;
    event = openRound(ctx, sc, x, day.iso);
    sc.picks.push({ n: x, event });
    prev = x;
  }
  ctx.current = event;
}

/** The numbers of a pardon sentence that count the people of a round. */
function roundCounts(ctx: RuCtx, sc: SentCtx): RuNumber[] {
  const out: RuNumber[] = [];
  const numbers = sc.numbers;
  for (let i = 0; i < numbers.length; i++) if (isRoundCount(ctx, sc, numbers[i]!, i)) out.push(numbers[i]!);
  return out;
}

/** True when `n`, the `i`th number of a pardon sentence, counts the people of a round. */
function isRoundCount(ctx: RuCtx, sc: SentCtx, n: RuNumber, i: number): boolean {
  const { s, sentence, dates } = sc;
  const current = ctx.current;
  if (sc.used.has(n) || sc.totals.has(n) || (ctx.falseClaimDoc && insideQuote(s.src, n.start))) return false;
  const after = s.src.slice(n.end, n.end + 60);
  if (NOT_A_COUNT.test(after) || /^\s*(?:—\s*)?(?:женщин|мужчин|пенсионер|жанчын|мужчын)/i.test(after)) return false;
  if (/(?<![а-яёіў])(?:из|з)\s*$/i.test(s.src.slice(Math.max(s.start, n.start - 4), n.start)) || /^\s*из(?![а-яё])/i.test(after)) return false;
  // "из них восьмеро", "пяцёра ведалі пра памілаванне": a part of a group, people who heard of it.
  if (OF_THEM_BEFORE.test(s.src.slice(Math.max(s.start, n.start - 16), n.start)) || KNOW_AFTER.test(after)) return false;
  // Once a round is open, "19 помилованным" is a part of it, not a new round.
  // "Это пятое помилование с июля. … 3 июля на свободу вышли 18": a round with a day of its own.
  // "16 верасня / 37 памілаваных.": the first count of a chronology entry with a new date is a new round.
  const ownDay = ((ctx.pardonAnnounced || sc.itemPardon) && dates.some((d) => (d.precision === "day" || (sc.itemPardon && d.precision === "month")) && d.end <= n.start && d.iso !== current?.date)) || (sc.entry && ctx.chronicleTopic && ctx.entryDate !== current?.date);
  if (current && !PARDON_ACT.test(sentence) && !sc.decreeOfAnnounced && !ownDay) return false;
  // "Среди помилованных — 12 женщин; 9 человек старше 50 лет": parts of a round, never a round.
  // ("Среди 25 помилованных оказались…" in a title does state the round.)
  if (/^[^а-яё\d]*(?:(?:среди|сярод) (?:помилованн|памілаван|освобожд|них|іх)|из них|в их числе|в том числе)/i.test(sentence) && !PARDON_ACT.test(sentence)) return false;
  // "С июля на свободу по помилованию вышли более 200 человек" is a total, not a round.
  // ("в пятый раз с начала года помиловал … ещё 25" is a round: the period scopes the ordinal.)
  if (SINCE_PERIOD.test(s.src.slice(Math.max(s.start, n.start - 120), n.start)) && ordinalIn(sentence) === null && !FURTHER.test(s.src.slice(Math.max(s.start, n.start - 8), n.start))) return false;
  if (n.collective || PEOPLE_NOUN.test(after)) return true;
  // "двумя указами, 23 и 15 человек": two counts share the noun after the second.
  const next = sc.numbers[i + 1];
  if (next && /^\s*(?:и|і)\s*$/.test(s.src.slice(n.end, next.start)) && PEOPLE_NOUN.test(s.src.slice(next.end, next.end + 60))) return true;
  // ("помиловали ещё двенадцать: …" may be the first count of its sentence.)
  return (i > 0 || PARDON_ACT.test(sentence) || sc.itemPardon) && (FURTHER.test(s.src.slice(Math.max(s.start, n.start - 8), n.start)) || DAY_DASH.test(s.src.slice(Math.max(s.start, n.start - 24), n.start))) && (/^\s*(?:[.;,):]|$)/.test(after) || (sc.totals.size > 0 && PART_DATE_AFTER.test(after)));
}

/** Opens a round for each count, each with the date written before it (or right after it). */
function openCounts(ctx: RuCtx, sc: SentCtx, candidates: RuNumber[]): void {
  const { s, dates, picks } = sc;
  let prevEnd = s.start;
  for (const c of candidates) {
    const between = dates.filter((d) => (d.precision === "day" || d.precision === "month") && d.start >= prevEnd && d.end <= c.start);
    const further = FURTHER.test(s.src.slice(Math.max(s.start, c.start - 8), c.start));
    // "23 и 15 человек": the second of a pair of counts is a round of its own, in the same month.
    const paired = picks.length > 0 && between.length === 0 && /^\s*(?:и|і)\s*$/.test(s.src.slice(prevEnd, c.start));
    if (picks.length > 0 && between.length === 0 && !further && !paired) continue;
    // "помиловал 31 человека 7 ноября": a day date right after the count is its own.
    const nextStart = candidates.find((x) => x.start > c.end)?.start ?? s.end;
    const right = dates.find((d) => d.precision === "day" && d.start >= c.end && d.start < nextStart && d.start - c.end <= 24);
    const dayBefore = between.some((d) => d.precision === "day");
    let roundDate = right && !dayBefore ? right.iso : between.length > 0 ? between[between.length - 1]!.iso : picks.length === 0 ? sc.dayDate ?? (sc.decreeOfAnnounced ? ctx.announcedDate : null) : paired && picks.at(-1)!.event.date?.length === 7 ? picks.at(-1)!.event.date : null;
    // "а в конце месяца — ещё 20": the month of the date stated before.
    if (roundDate === null && END_OF_MONTH.test(s.src.slice(prevEnd, c.start))) {
      roundDate = dates.filter((d) => d.end <= c.start && d.iso).at(-1)?.iso?.slice(0, 7) ?? null;
    }
    const event = openRound(ctx, sc, c, roundDate);
    ctx.current = event;
    picks.push({ n: c, event });
    prevEnd = right && !dayBefore ? right.end : c.end;
  }
}

/** 2. The ordinal and the named members of the round open. */
export function roundMembers(ctx: RuCtx, sc: SentCtx): void {
  if (sc.isPardon && sc.names.length > 0 && sc.picks.length === 0 && namedPardon(ctx, sc)) return;
  const current = ctx.current;
  const { s, sentence, names } = sc;
  // (With no round open, a release told before may be the one «Среди них» would wrongly extend.)
  if (!current) {
    if (names.length > 0 && !sc.isPardon && heldAmongThem(ctx, sentence)) heldMembers(ctx, sc);
    return;
  }
  roundFreedMembers(ctx, sc, current);
  // ("Папярэдняе адбылося 7 лістапада … Першым у гэтым шэрагу 3 ліпеня быў памілаваны Рыгор Кастусёў": a sentence with a
  // day of its own, other than the open round's, and no count tells of another pardon: neither its ordinal nor its people.)
  if (current.date !== null && current.date.length === 10 && sc.picks.length === 0 && sc.dates.some((d) => d.precision === "day" && d.iso !== null && d.iso !== current.date)) return;
  roundOrdinal(ctx, sc, current);
  if (names.length > 0 && !sc.isPardon && heldAmongThem(ctx, sentence)) {
    heldMembers(ctx, sc);
    return;
  }
  // ("• Освобождения. Отбыв сроки, вышли девять. … Среди вышедших на этой неделе — X": a release told after the
  // round, and not by pardon, is the group X belongs to.)
  const releaseAfter = !sc.isPardon && ctx.lastRelease !== null && ctx.lastRelease.kind !== "pardon" && ctx.sinceRelease < ctx.sinceEvent;
  if ((MEMBERS.test(sentence) || (sc.isPardon && names.length > 0)) && names.length > 0 && !releaseAfter) {
    for (const h of names) {
      const role = roleOf(h.name, sentence, h.start - s.start, h.end - s.start);
      if (role === "official") continue;
      // "…в том числе 4 женщин, сообщила Наталья Эйсмонт": the speaker is not one of them.
      if (SPEECH_BEFORE.test(s.src.slice(Math.max(s.start, h.start - 50), h.start))) continue;
      if (!current.names.includes(h.name)) current.names.push(h.name);
      // "на волю выходзяць 18 чалавек, сярод іх — Рыгор Кастусёў" in a chronicle of pardons: a release
      // sentence without a pardon word of its own says the person walked free.
      addPerson(ctx.facts.persons, h.name, sc.isRelease && !PARDON.test(sentence) ? "released" : "pardoned", sentence.slice(0, 120), evidenceAt(s.field, h.start, h.end));
    }
  }
}

/** "помиловал гражданина ФРГ Рико Кригера": the pardon verb, then up to three words before the name. */
const PARDONED_NAME_BEFORE = /(?:^|[^а-яёіў])(?:помиловал[аи]?|памілаваў|памілавала|памілавалі)\s+(?:[а-яёіў-]+\s+){0,3}$/i;
/**
 * "В конце июля 2024 года Лукашенко помиловал гражданина ФРГ Рико Кригера": a pardon act that names the people it
 * pardons and counts none is a round of those people, unless it is the round already open (no date of its own,
 * or that round's date).
 */
function namedPardon(ctx: RuCtx, sc: SentCtx): boolean {
  const { s, names, roles } = sc;
  if (sc.numbers.some((n) => PEOPLE_NOUN.test(s.src.slice(n.end, n.end + 40)))) return false;
  const own = sc.dates.find((d) => d.iso && (d.precision === "day" || d.precision === "month"))?.iso ?? null;
  const current = ctx.current;
  if (own === null || (current !== null && (current.date === null || current.date.startsWith(own) || own.startsWith(current.date)))) return false;
  const named = names.filter((h, i) => roles[i] !== "official" && PARDONED_NAME_BEFORE.test(s.src.slice(Math.max(s.start, h.start - 60), h.start)));
  if (named.length === 0) return false;
  const unique = [...new Set(named.map((h) => h.name))];
  const event: PardonEvent = {
    count: unique.length, qualifier: "exact", date: own, women: null, men: null, chronic_illness: null, disabled: null, over_50: null,
    with_children: null, minors: null, ordinal_in_year: null, names: unique, evidence: [evidenceAt(s.field, named[0]!.start, named.at(-1)!.end)],
  };
  ctx.facts.pardon_events.push(event);
  ctx.current = event;
  ctx.sinceEvent = 0;
  return true;
}

/**
 * "За решёткой по-прежнему почти 1300 человек. Среди них Мария Колесникова, …": the people of a stock
 * told just before are held, not members of a round or a release told earlier.
 */
function heldMembers(ctx: RuCtx, sc: SentCtx): void {
  const { s, sentence, names, roles } = sc;
  names.forEach((h, i) => {
    if (roleOf(h.name, sentence, h.start - s.start, h.end - s.start) === "official") return;
    roles[i] = "prisoner";
    addPerson(ctx.facts.persons, h.name, "prisoner", sentence.slice(0, 120), evidenceAt(s.field, h.start, h.end));
  });
  sc.held = true;
}

/**
 * "Среди них …" (or «сярод іх», «в их числе») opening a sentence right after one about the people still held
 * («Мемориал» признаёт политзаключёнными более 800 человек: the recognition in the present is the stock now).
 */
const AMONG_THEM = /^(?:среди них|в их числе|сярод іх|у іх ліку)/i;
function heldAmongThem(ctx: RuCtx, sentence: string): boolean {
  const previous = ctx.previous;
  if (previous === null || !AMONG_THEM.test(sentence)) return false;
  const before = previous.src.slice(previous.start, previous.end);
  return HELD_STOCK.test(before) && !PARDON.test(before) && !RELEASE.test(before);
}
const HELD_STOCK = /за решётк|за решетк|за кратамі|в заключении|у зняволенні|в местах лишения свободы|остаются|застаюцца|дагэтуль|по-прежнему|па-ранейшаму|(?:признаёт|признает|признают|прызнае|прызнаюць) (?:политзаключ|палітвязн)/i;

/**
 * "Правозащитники установили имена части освобождённых, среди них Игорь Олиневич" right after a
 * round: the names after the marker are pardoned members of the round.
 */
function roundFreedMembers(ctx: RuCtx, sc: SentCtx, current: PardonEvent): void {
  const { s, sentence, names, roles } = sc;
  const roundFreed = ctx.sinceEvent <= 2 && names.length > 0 ? ROUND_FREED_MEMBERS.exec(sentence) : null;
  if (roundFreed && !sc.numbers.some((n) => PEOPLE_NOUN.test(s.src.slice(n.end, n.end + 40)))) {
    const from = s.start + roundFreed.index + roundFreed[0].length;
    names.forEach((h, i) => {
      if (h.start < from || roles[i] === "official") return;
      roles[i] = "pardoned";
      if (!current.names.includes(h.name)) current.names.push(h.name);
    });
  }
}

/** "подобное решение", "такая группа", "падобнае рашэнне": a round pointed back to. */
const SUCH_ROUND = /(?:подобн|такое|такая|такой|аналогичн|падобн|такая|такое)[а-яёіў]*\s+(?:[а-яёіў]+\s+)?(?:решени|рашэнн|групп|груп|помиловани|памілаванн|указ)/i;
/** The ordinal of a round in the year: "уже шестая волна". */
function roundOrdinal(ctx: RuCtx, sc: SentCtx, current: PardonEvent): void {
  const sentence = sc.sentence;
  const ord = ordinalIn(sentence);
  // "Это уже шестая такая группа" right after the round counts it even without the pardon word.
  // "Это второе помилование с лета: 3 июля вышли 18": "Это" points back to the round open before
  // this sentence, not to an earlier round the sentence goes on to recall.
  const target: PardonEvent = /^\s*(?:это|гэта)(?![а-яёіў])/i.test(sentence) && sc.openBefore ? sc.openBefore : current;
  // ("Это пятое подобное решение с начала июля" some lines after the round: «подобное», «такая» point back to it.)
  if (ord !== null && target.ordinal_in_year === null && (sc.isPardon || /волн|раз/i.test(sentence) || (ctx.sinceEvent <= 3 && /групп|груп|партия|список|шаг|крок/i.test(sentence)) || (ctx.sinceEvent <= 10 && sc.numbers.length === 0 && SUCH_ROUND.test(sentence)))) target.ordinal_in_year = ord;
}
