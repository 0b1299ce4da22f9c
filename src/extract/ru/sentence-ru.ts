/**
 * @module extract/ru/sentence-ru
 * One sentence before and after the fact rules. Before: its dates (anchored by a year written
 * earlier in its paragraph), its numbers, whether it speaks of a pardon or a release, and the
 * date it has of its own or from a dateline or chronology entry. After: what the next sentence
 * needs to know (a pardon announced without a count, a list of releases opened by a colon, the
 * day of the story just told).
 */
import { itemLabel, type RuCtx, type SentCtx, type Sentence } from "./context-ru.js";
import { findRuDates, type RuDate } from "./dates-ru.js";
import { PARDON, PEOPLE_NOUN, POLITICAL, RELEASE } from "./lexicon-ru.js";
import { findRuNumbers, type RuNumber } from "./numbers-ru.js";
import { PARDON_ACT } from "./pardons-ru.js";

/** "Срок он отбыл полностью", "от звонка до звонка", "тэрмін ён адбыў цалкам": the term told as served, after the release. */
const SERVED_BACK = /(?:срок|наказание|тэрмін|пакаранне)\s+(?:(?:он|она|ён|яна)\s+)?(?:(?:полностью|целиком|цалкам)\s+)?(?:отбыл[аи]?|адбыў|адбыла)(?![а-яёіў])|от звонка до звонка|ад званка да званка/i;

/** Words without which a sentence holds no date: the date parser is not run on the others. */
const DATE_WORDS = /\d|вчера|сегодня|понедельник|вторник|сред|четверг|пятниц|суббот|воскресень|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|студзен|лют|сакаві|красаві|траўн|травен|чэрвен|ліпен|жні|верас|кастрычні|лістапад|снеж/i;
/** The decree just announced: "Указ коснулся 30 человек", "документ распространяется на…". */
const DECREE_REF = /(?:^|[^а-яёіў])(?:указ|указом|документ|ўказ)(?![а-яёіў])/i;
/**
 * An exchange frees people without a release verb: "В обратную сторону отправились восемь человек",
 * "обменяли на", "передали … в обмен на" (read only in a document about an exchange).
 */
const EXCHANGE_RELEASE = /взамен|наўзамен|передал[аи]?(?![а-яё])|передан[аы]?(?![а-яё])|обменял|обменян|обмен[а-я]* (?:заключ|пленн|политзаключ)|в обмен на|отправил[аи]сь|отправлен[аы]?(?![а-яё])|вернул[аи]сь (?:на родину|домой|в )|(?:на родину|домой|(?:^|\s)в (?!колон|тюрьм|сизо|камер)[а-яё]+) вернул[аи]сь (?!в |на |из )/i;
/**
 * "Летом отпустили X и ещё 13. В феврале вышли трое": right after a sentence about a release, a bare
 * «вышли» with a count of people is a release too.
 */
const BARE_OUT = /(?:^|[^а-яёіў])(?:вышл[иао]?|выйшл[іа]?)\s+(?:(?:ещё|еще|яшчэ)\s+)?(?:\d|(?:дво|тро|четвер|пятер|шестер|семер|восьмер|девятер|десятер|чацвёр|пяцёр|шасцёр|сямёр|васьмёр|дзевяцёр|дзесяцёр)[а-яёіў]*(?![а-яёіў])|[а-яёіў]+\s+(?:человек|чалавек))/i;
/**
 * "на место освобождённых приходят новые", "вместо вызваленых": the freed as the people others replace.
 * Such a phrase alone does not make a sentence tell of a release.
 */
const REPLACED_FREED = /(?:на место|вместо|на смену|на месца|замест|на змену)\s+(?:[а-яёіў]+\s+)?(?:освобожд[её]нн|вызвален|вышедш|отпущенн)[а-яёіў]*/i;
/** True when `sentence` names a release only in a phrase like "на место освобождённых". */
function replacedOnly(sentence: string): boolean {
  if (!(sentence.includes("мест") || sentence.includes("смен") || sentence.includes("месц") || sentence.includes("змен"))) return false;
  return REPLACED_FREED.test(sentence) && !RELEASE.test(sentence.replace(REPLACED_FREED, " "));
}
/** A list item: "— 21 июня: …", "• …", "1) …". */
const BULLET = /^\s*(?:[—–•-]|\d{1,2}[.)]\s)/u;
/**
 * "Об этом в понедельник, 16 сентября, сообщила пресс-служба", "О том, что он на свободе, 21 июня сообщила …", "Пра
 * вызваленьне палітыка 3 ліпеня паведамілі блізкія": the date of the story just told.
 */
const ABOUT_THIS = /^[\s\p{Extended_Pictographic}\uFE0F]*(?:об этом|о (?:помиловании|решении|нём|этом)|об освобождении|о том,? что|пра гэта|пра тое,? што|пра (?:вызвален|памілаван)ь?не)(?![а-яёіў])/iu;
/**
 * «Указ подписан 18 января», «Соответствующий указ он подписал …», «Указ падпісаны …»: the date of the
 * decree behind the round just told (English: DECREE_SIGNED). A speaker's label may open the line
 * ("КОРРЕСПОНДЕНТ: Указ подписан седьмого ноября").
 */
const DECREE_SIGNED = /^[\s«"]*(?:[А-ЯЁІЎ]{3,}(?:\s[А-ЯЁІЎ]{2,})?:\s*)?(?:(?:соответствующий|этот|сам|данный|гэты|адпаведны)\s+)?указ(?![а-яёіў])[^.]{0,30}?(?:подписа(?:н|л|ли)|датирован|падпісаны|падпісаў)(?![а-яёіў])/i;
/**
 * «Обмен состоялся 10 апреля», «Освобождение прошло …», «Абмен адбыўся …», «10 апреля в Абу-Даби ее
 * обменяли на …»: the day of the release just told.
 */
const RELEASE_HELD = /^[\s«"]*(?:(?:сам\s+)?(?:обмен|освобождение|передача|абмен|вызвален(?:н|ьн)е)(?![а-яёіў])[^.]{0,30}?(?:состоял|прош[её]л|прошл[оа]|произош[её]?л|адбыў|адбыл)|\d{1,2}\s+[а-яёіў]+[^.]{0,30}?\s(?:её|ее|его|их|яе|яго|іх)\s+(?:обменяли|освободили|отпустили|абмянялі|вызвалілі|адпусцілі))/i;
/** "В тот же день …", "Тем же вечером", "У той жа дзень": the day of the sentence before. */
const SAME_DAY = /(?:^|[^а-яёіў])(?:(?:в|у|ў)\s+(?:тот|этот|той|гэты)\s+же?\s+(?:день|вечер|дзень|вечар)|(?:тем|тым)\s+же?\s+(?:днём|днем|вечером|вечарам)|(?:того|таго)\s+ж[е]?\s+(?:дня|вечера|вечара))(?![а-яёіў])/i;
/** A figure in digits with no noun after it ("получится 569 —"); years and "№ 343" are not read here. */
const BARE_TOTAL = /^(?:\d{2,3}|\d{5,}|1\d{3}|[3-9]\d{3}|2[2-9]\d\d)\s*(?:[—–.;,]|$)/;

/** True when the line of sentence `s` opens with a timestamp ("14:06 …", "9:30 …"). */
function feedLine(s: Sentence): boolean {
  const src = s.src;
  let i = src.lastIndexOf("\n", s.start - 1) + 1;
  while (src.charCodeAt(i) === 32) i++;
  if (!digitAt(src, i)) return false;
  const colon = digitAt(src, i + 1) ? i + 2 : i + 1;
  return src.charCodeAt(colon) === 58 && digitAt(src, colon + 1) && digitAt(src, colon + 2) && !digitAt(src, colon + 3);
}
/** True when `src` has an ASCII digit at `k`. */
function digitAt(src: string, k: number): boolean {
  const c = src.charCodeAt(k);
  return c >= 48 && c <= 57;
}

/** A year from 1990 to 2099. */
const YEAR_RE = /\b(19[9]\d|20\d\d)\b/g;
/** Every year written in `src`, with its offset, in one scan made up front. */
export function yearScan(src: string): { at: number; year: number }[] {
  const out: { at: number; year: number }[] = [];
  YEAR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_RE.exec(src)) !== null) out.push({ at: m.index, year: Number(m[1]) });
  return out;
}

/**
 * The latest year (at most the publication year) written in the 3,000 characters before `pos`,
 * as `contextYearBefore` in `../dates.ts` reads it, but from the scan `yearScan` made up front:
 * that helper rescans 3,000 characters for every sentence.
 */
function yearBefore(years: { at: number; year: number }[], pos: number, published: Date | null): number | null {
  const limit = published ? published.getUTCFullYear() : 2100;
  for (let i = years.length - 1; i >= 0; i--) {
    const y = years[i]!;
    if (y.at >= pos) continue;
    if (y.at < pos - 3000) break;
    if (y.year <= limit) return y.year;
  }
  return null;
}

/**
 * Reads sentence `s`: its dates, numbers and vocabulary, and moves the document's counters on
 * by one sentence. The names and roles are read next, by `readPeople`.
 */
export function readSentence(ctx: RuCtx, s: Sentence): SentCtx {
  const sentence = s.src.slice(s.start, s.end);
  const contextYear = s.field === "text" ? yearBefore(ctx.textYears, s.start, ctx.published) : null;
  // A date with its year written, earlier in the same paragraph, anchors later days without one.
  const narrative = ctx.narrative;
  const sameParagraph = narrative !== null && narrative.field === s.field && !s.src.slice(narrative.at, s.start).includes("\n");
  // "Третьего июля 2024 года … \n\n Шестнадцатого августа …": in a timeline of paragraphs each opened by a
  // date, the year written in one carries into the next one's opening date (never back in time: see resolveRu).
  const opensParagraph = s.field === "text" && /^\s*$/.test(s.src.slice(s.src.lastIndexOf("\n", s.start - 1) + 1, s.start));
  const carried = !sameParagraph && opensParagraph && ctx.paraDated && narrative !== null && narrative.field === s.field;
  const anchor = sameParagraph || carried ? narrative!.iso : null;
  const hasDateWords = DATE_WORDS.test(sentence);
  let dates: RuDate[] = hasDateWords ? findRuDates(s.src, s.start, s.end, ctx.published, contextYear, anchor) : [];
  const opening = dates.length > 0 && (dates[0]!.precision === "day" || dates[0]!.precision === "month") && /^[\s—–-]*$/.test(s.src.slice(s.start, dates[0]!.start));
  if (carried && !opening) dates = findRuDates(s.src, s.start, s.end, ctx.published, contextYear, null);
  if (opensParagraph) {
    ctx.paraDated = opening;
    // (The day opening a paragraph is the timeline's new anchor: "Двенадцатого февраля" read as 2025 keeps
    // "Одиннадцатого сентября" two paragraphs on in 2025.)
    if (opening && dates[0]!.iso && dates[0]!.precision === "day") ctx.narrative = { field: s.field, at: s.start, iso: dates[0]!.iso };
  }
  const yeared = dates.filter((d) => d.explicitYear && d.iso && (d.precision === "day" || d.precision === "month")).at(-1);
  if (yeared) ctx.narrative = { field: s.field, at: yeared.end, iso: yeared.iso! };
  const numbers = findRuNumbers(s.src, s.start, s.end).filter((n) => !dates.some((d) => n.start < d.end && n.end > d.start));
  const heading = chronicleHeading(ctx, s, sentence, dates, numbers);
  const entry = !heading && ctx.entryDate !== null && s.field === "text";
  // "Главное событие — помилование 16 августа. Указ коснулся 30 человек": the decree of the pardon
  // just announced, with the date of that sentence when this one has none.
  const decreeOfAnnounced = ctx.pardonAnnounced && DECREE_REF.test(sentence);
  // "В январе прошли два помилования. 18 января на свободу вышли 23 человека…": releases right
  // after a sentence announcing pardons (without counts of its own) are those pardon rounds.
  const releaseWord = RELEASE.test(sentence) && !replacedOnly(sentence);
  const bullet = BULLET.test(sentence);
  if (!bullet) {
    ctx.releaseList = false;
    ctx.pardonList = false;
  }
  // "Помилования прошлого года: — 16 августа — 30; — 4 сентября — 30;": a dated item of a list of rounds.
  const itemPardon = bullet && ctx.pardonList && dates.length > 0;
  const isPardon = PARDON.test(sentence) || (ctx.pardonAnnounced && releaseWord) || decreeOfAnnounced || (entry && ctx.chronicleTopic) || itemPardon;
  const itemRelease = bullet && ctx.releaseList;
  ctx.si++;
  // "Россия освободила 16 человек. Взамен Москва получила восьмерых": an exchange word right after
  // a release sentence frees people even in a report that never says "обмен".
  const isRelease = releaseWord || itemRelease || ((ctx.exchangeDoc || ctx.sinceReleaseTalk === 0) && EXCHANGE_RELEASE.test(sentence)) || (ctx.sinceReleaseTalk === 0 && (sentence.includes("вышл") || sentence.includes("выйшл")) && BARE_OUT.test(sentence));
  // "• Суды. За неделю приговоры получили 9 человек": a list item that never speaks of pardons or
  // releases is a new topic; the round of the item before does not extend into it.
  // (It reuses the pardon and release tests above: no extra scan per sentence.)
  const plainItem = !isPardon && !isRelease;
  const previous = ctx.previous;
  if (bullet) ctx.itemNoPardon = plainItem;
  else if (ctx.itemNoPardon) ctx.itemNoPardon = plainItem && previous !== null && previous.field === s.field && !s.src.slice(previous.end, s.start).includes("\n");
  if (s.field === "text" && ctx.datelineEnd >= 0) ctx.sentencesSinceDateline = s.start < ctx.datelineEnd ? 0 : ctx.sentencesSinceDateline + 1;
  // ("АНКАРА, 1 августа. … 14:06 Россия освободила 16 человек": a line of a live feed opened by a
  // timestamp happened on the dateline's day.)
  const dayDate = dates.find((d) => d.precision === "day" || d.precision === "month")?.iso ?? (ctx.sentencesSinceDateline === 1 ? ctx.datelineIso : null) ?? (ctx.previousDay !== null && sentence.includes(" ж") && SAME_DAY.test(sentence) ? ctx.previousDay : null) ?? (entry ? ctx.entryDate : null) ?? (ctx.datelineIso !== null && s.field === "text" && s.start > ctx.datelineEnd && feedLine(s) ? ctx.datelineIso : null);
  ctx.sinceEvent++;
  ctx.sinceRelease++;
  // "1 августа состоялся обмен. Россия передала 16 человек": a release takes the date of the
  // sentence just before when that sentence was about the same release and it has none.
  const talkDate: string | null = ctx.sinceReleaseTalk === 0 ? ctx.lastTalkDate : null;
  ctx.sinceReleaseTalk = isRelease ? 0 : ctx.sinceReleaseTalk + 1;
  // Consecutive sentences about the same release share its date.
  if (isRelease) ctx.lastTalkDate = dates.find((d) => d.precision === "day" || d.precision === "month")?.iso ?? talkDate;
  return {
    s, sentence, dates, numbers, entry, decreeOfAnnounced, isPardon, isRelease, itemRelease, itemPardon, dayDate, talkDate, label: bullet && numbers.length > 0 ? itemLabel(sentence) : null,
    used: new Set<RuNumber>(), names: [], roles: [], quoteSpeaker: null, picks: [], openBefore: ctx.current, totals: new Set<RuNumber>(), claimAt: -1, held: false,
  };
}

/**
 * True when `s` is a heading line of a chronology: it then dates the sentences of its entry (into
 * `ctx.entryDate`); another short line without a full stop ("Вынік", "Итоги") ends the entries.
 */
function chronicleHeading(ctx: RuCtx, s: Sentence, sentence: string, dates: RuDate[], numbers: RuNumber[]): boolean {
  if (!(ctx.chronicle && s.field === "text" && sentence.length <= 40 && !/[.!?…:;»"]$/.test(sentence))) return false;
  // ("13.12.2025, 14:05": a post's date line in a chain of posts may end with its time.)
  const whole = dates.length === 1 && dates[0]!.start === s.start && (dates[0]!.end === s.end || /^,?\s+\d{1,2}:\d{2}\s*$/.test(s.src.slice(dates[0]!.end, s.end))) && (dates[0]!.precision === "day" || dates[0]!.precision === "month");
  if (!(whole || numbers.length === 0)) return false;
  ctx.entryDate = whole ? dates[0]!.iso : null;
  return true;
}

/** "в скобках — на 31 декабря", "у дужках — на …": the date of the bracketed figures. */
const BRACKET_DATE = /(?:скобк|дужк)[а-яёіў]*\s*[—–:-]?\s*(?:на|по состоянию на|па стане на)?\s*$/i;
/**
 * A line of its own without a full stop ("Политзаключённые (на 31 января 2025 года, в скобках — на 31
 * декабря 2024 года)") heads the list of figures below it; any other line ends the list.
 */
function listHeading(ctx: RuCtx, sc: SentCtx): void {
  const { s, sentence } = sc;
  const last = sentence.trimEnd().slice(-1);
  const ended = last === "." || last === "!" || last === "?" || last === "…" || last === ";";
  // (Most sentences end with a full stop: with no list open, nothing to read.)
  if (ended && ctx.listHeading === null) return;
  // (A numbered heading "1. Политзаключённые (…)" splits after its number.)
  const ownLine = (s.end >= s.src.length || s.src.charCodeAt(s.end) === 10) && /^\s*(?:\d{1,2}[.)]\s*)?$/.test(s.src.slice(s.src.lastIndexOf("\n", s.start - 1) + 1, s.start));
  if (!ownLine || ended) {
    if (!ownLine) return;
    ctx.listHeading = null;
    return;
  }
  let asOf: string | null = null;
  let bracketAsOf: string | null = null;
  for (const d of sc.dates) {
    if (!d.iso || (d.precision !== "day" && d.precision !== "month")) continue;
    if (BRACKET_DATE.test(s.src.slice(Math.max(s.start, d.start - 30), d.start))) bracketAsOf ??= d.iso;
    else asOf ??= d.iso;
  }
  ctx.listHeading = { political: POLITICAL.test(sentence), asOf, bracketAsOf };
}

/** The first day or month the sentence states after `from`. */
function dateAfter(sc: SentCtx, from: number): string | null {
  for (const d of sc.dates) if (d.iso && d.start >= from && (d.precision === "day" || d.precision === "month")) return d.iso;
  return null;
}

/** Dates the round or the releases just told from a sentence that states only their date ("Указ подписан …", "Обмен состоялся …"). */
function laterDate(ctx: RuCtx, sc: SentCtx): void {
  const { s, sentence } = sc;
  // (A line or two between, such as an anchor's hand-over to the correspondent, may stand between the round and its decree.)
  if (ctx.current !== null && ctx.current.date === null && ctx.sinceEvent <= 4) {
    const m = DECREE_SIGNED.exec(sentence);
    if (m) {
      const iso = dateAfter(sc, s.start + m.index);
      if (iso) ctx.current.date = iso;
      return;
    }
  }
  if (ctx.sinceRelease > 2 && ctx.sinceReleaseTalk > 4) return;
  const m = RELEASE_HELD.exec(sentence);
  if (!m) return;
  const iso = dateAfter(sc, s.start + m.index);
  if (!iso) return;
  if (ctx.lastRelease !== null && ctx.lastRelease.date === null) ctx.lastRelease.date = iso;
  // Releases of names and people found freed earlier in the paragraph (their release is made once the document is read).
  const from = s.src.lastIndexOf("\n", s.start - 1) + 1;
  for (const x of ctx.looseReleases) {
    const e = x.r.evidence[0];
    // (A headline's release of names is the one the body goes on to date.)
    if (x.r.date === null && (x.at >= ctx.si - 3 || (e !== undefined && ((e.field === s.field && e.start >= from) || (e.field === "title" && s.field === "text"))))) x.r.date = iso;
  }
  for (const p of ctx.facts.persons) {
    const e = p.evidence[0];
    if (p.role === "released" && e !== undefined && e.field === s.field && e.start >= from && e.start < s.start && !ctx.heldDates.has(p.name)) ctx.heldDates.set(p.name, iso);
  }
}

/** Closes sentence `sc`: dates the story it says was just told, and keeps what the next sentence reads. */
export function closeSentence(ctx: RuCtx, sc: SentCtx): void {
  const { s, sentence, dayDate } = sc;
  // "Об этом в понедельник, 16 сентября, сообщила пресс-служба": the story just told took place then.
  if (ABOUT_THIS.test(sentence) && dayDate) {
    if (ctx.current && ctx.sinceEvent <= 2 && ctx.current.date === null) ctx.current.date = dayDate;
    if (ctx.lastRelease && ctx.sinceRelease <= 2 && ctx.lastRelease.date === null) ctx.lastRelease.date = dayDate;
    // ("Сергея Тихановского освободили. О том, что муж на свободе, 21 июня сообщила …": people freed in the sentence before.)
    for (const x of ctx.looseReleases) if (x.r.date === null && x.at >= ctx.si - 1) x.r.date = dayDate;
  }
  // "На свободу вышел Виталий Ковальчук. … Срок он отбыл от звонка до звонка": a sentence without names right after
  // a person's release that says the term was served makes that release one at the end of the term.
  if ((sentence.includes("отб") || sentence.includes("адбы") || sentence.includes("звонка")) && sc.names.length === 0 && SERVED_BACK.test(sentence)) {
    for (const x of ctx.looseReleases) if (x.at >= ctx.si - 2 && x.r.count === null && x.r.kind === "other" && x.r.names.length === 1) x.r.kind = "sentence_served";
  }
  // "Лукашенко помиловал 23 человека. Указ подписан 18 января." / "… Обмен состоялся 10 апреля.": the date
  // told after the round or release. (Gate: a stated date, and a round or release still undated.)
  if (sc.dates.length > 0 && ((ctx.current !== null && ctx.current.date === null && ctx.sinceEvent <= 4) || ctx.sinceRelease <= 2 || ctx.sinceReleaseTalk <= 4)) laterDate(ctx, sc);
  if (/:\s*$/.test(sentence) && ctx.sinceReleaseTalk <= 1) ctx.releaseList = true;
  // "…когда помилования стали регулярными, получится 569 —": a sentence stating a bare figure (a total)
  // announces no round.
  // ("Сроки у помилованных были от двух до восьми лет" speaks of the group, and announces nothing.)
  ctx.pardonAnnounced = PARDON.test(sentence) && PARDON_ACT.test(sentence) && sc.numbers.every((n) => !PEOPLE_NOUN.test(s.src.slice(n.end, n.end + 40)) && !BARE_TOTAL.test(s.src.slice(n.start, n.end + 3)));
  ctx.announcedDate = ctx.pardonAnnounced ? sc.dates.find((d) => d.precision === "day")?.iso ?? null : null;
  // "Напомним, как шли помилования в прошлом году:": the dated items below are rounds.
  if (ctx.pardonAnnounced && /:\s*$/.test(sentence)) ctx.pardonList = true;
  // The one day this sentence states: a release told in the next sentence of its paragraph may have happened then.
  let day: string | null = null;
  for (const d of sc.dates) {
    if (d.precision !== "day" || !d.iso) continue;
    if (day !== null) {
      day = null;
      break;
    }
    day = d.iso;
  }
  // "Обмен прошёл 1 августа. Россия отпустила 16 человек. В Россию вернулись восемь": a release sentence
  // without a date of its own, in the same paragraph, passes the day on to the next release.
  if (day === null && sc.isRelease && sc.dates.length === 0 && ctx.previous !== null && ctx.previous.field === s.field && !s.src.slice(ctx.previous.end, s.start).includes("\n")) day = ctx.previousDay;
  ctx.previousDay = day;
  // (Only a sentence ending its line can be a heading; any other ends a list only when one is open.)
  if (s.field === "text" && (ctx.listHeading !== null || s.end >= s.src.length || s.src.charCodeAt(s.end) === 10) && !BULLET.test(sentence)) listHeading(ctx, sc);
  ctx.beforePrevious = ctx.previous;
  ctx.previous = s;
}
