/**
 * @module extract/ru/releases-ru
 * Releases: a count of people freed now ("освободили 52 человека", "X вышел на свободу вместе с 13")
 * and how they were freed (pardon, deportation, sentence served); the names listed with it ("в том
 * числе журналиста Андрея Кузнечика", "Среди них — …"); people named freed without a count; and the
 * merging of a release told twice (the title and the body, "Всех троих вывезли" after three names).
 */
import type { Facts, Release } from "../facts.js";
import { evidenceAt, type NumCtx, type RuCtx, type SentCtx } from "./context-ru.js";
import { parsePublished } from "../dates.js";
import { findRuDates, type RuDate } from "./dates-ru.js";
import { AMONG_FREED_AFTER, ROUND_NOUN, KIN_RIGHT_BEFORE } from "./lexicon-ru.js";
import type { RuNumber } from "./numbers-ru.js";
import { addPerson, isFeminineGiven, isKnownOfficial, type NameHit, samePerson } from "./persons-ru.js";

/** Sentences that list the people just freed. */
const RELEASE_MEMBERS = /^(?:в их числе|в том числе|среди них|среди которых|среди вышедших|среди освобожд|сярод іх|сярод вызваленых|(?:в|у|ў) (?:[а-яёіў]+ )?(?:групп|груп|спис|спіс|числ)[а-яёіў]* (?:вошл|попал|увайшл|трапіл)|(?:среди|сярод) (?:тех|тых), (?:кто|хто) (?:вышел|вышл|оказал|апынуў|выйшаў|выйшл)|(?:в|у|ў) (?:списке|спісе|числе|ліку) (?:освобожд|вызвален|вышедш|отпущенн|обменянн|абмяняных))/i;
/** "Среди вышедших …", "Среди освобождённых …": a sentence naming some of the people freed. */
const FREED_AMONG = /^\s*(?:среди|сярод)\s+(?:вышедших|освобожд|вызвален)/i;
/** A timestamp opening a line of a live feed: "14:11 В списке освобождённых также …". */
const LEAD_TIME = /^\s*\d{1,2}:\d\d\s+/;
/** A release verb followed by an inclusion marker: names after it are among those freed. */
const RELEASE_THEN_MEMBERS = /(?:взамен|выпустил[аи]? (?:[а-яё]+ )?на (?:свободу|волю)|вышл[иао]?(?![а-яё])|выйшл[іа]?(?![а-яёіў])|освобод|освобожд|вышл[иао]? на свободу|выход(?:ят|зяць) на (?:свободу|волю)|на (?:свободу|волю) выход(?:ят|зяць)|вышл[иао]? из|(?:колони|тюрьм|тюрем|сизо)[а-яё]* вышл|на свободу вышл|вышел на свободу|передал|передан|обменял|обменян|в обмен на|отправил[аи]сь|отправлен|вернул[аи]сь|отпустил|вызвал|вывезл)[^.]{0,200}?(?:в том числе|среди них|среди которых|в их числе|сярод іх|у тым ліку|:|(?:заключ[её]нн|политзаключ[её]нн|человек|палітвязн)[а-яёіў]*\s+—)/i;
/** "Сярод іх …" inside a list item. */
const ITEM_MEMBERS = /в том числе|среди них|среди которых|в их числе|сярод іх|у тым ліку/i;
/** People carried somewhere: "доставили тем же самолётом", "привезли в Вильнюс". */
const TRANSPORTED = /доставил[аи]?(?![а-яё])|доставлен[аы]?(?![а-яё])|привезл[аи]|переправил[аи]|даставілі|прывезлі|тем же (?:самол[её]т|рейс|борт)|тым жа (?:самал[её]т|рэйс)/i;
/** Freed at the end of a term: "отбыв срок", "полностью отбыл наказание" (not "отбывавший пожизненный срок"). */
export const SERVED = /(?:^|[^а-яё])(?:отбыв|отбыл[аи]?|отбывш[а-яё]+)(?:\s+(?:весь|полный|свой|назначенный|полностью))?\s+(?:срок|наказание)|по окончании срока|полностью отбыл|после отбытия|адбыўшы|адбыў(?:шы)? тэрмін/i;
/** "вместе с ним", "разам з ёй": the pronoun of the person freed with the others. */
const WITH_PRONOUN = /(?:вместе с|разам з|с|з)\s+(ним|ней|ім|ёй)(?![а-яёіў])/i;
/** "52 человека, которых 11 сентября вывезли…", "123 человека, освобождённые 13 декабря": a clause about the count. */
const CLAUSE_OF_COUNT = /^[^,.;]{0,20},\s*(?:котор|освобожд|вышедш|вывезен|выпущен|отпущен|помилован|якія|якіх|вызвален|памілаван)/i;
/**
 * The day of one count among several in a sentence: the day written after it in a clause about it
 * ("123 человека, освобождённые 13 декабря"), else the last day between the count before and it.
 */
function countDate(src: string, n: RuNumber, numbers: RuNumber[], dates: RuDate[]): string | null {
  const prevEnd = numbers.filter((x) => x.end <= n.start).at(-1)?.end ?? 0;
  const nextStart = numbers.find((x) => x.start >= n.end)?.start ?? Infinity;
  const days = dates.filter((d) => d.precision === "day" && d.iso);
  // ("В феврале вышли трое …, а 21 июня — 14": a month before the count is its date too.)
  const before = dates.filter((d) => (d.precision === "day" || d.precision === "month") && d.iso && d.start >= prevEnd && d.end <= n.start).at(-1);
  const after = days.find((d) => d.start >= n.end && d.start < nextStart && d.start - n.end <= 60);
  if (after && (!before || CLAUSE_OF_COUNT.test(src.slice(n.end, after.start)))) return after.iso;
  return before?.iso ?? null;
}

/** True when `str` has an ASCII digit at `i`. */
function isDigitAt(str: string, i: number): boolean {
  const c = str.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** True when a release already names this person, in any spelling ("Кастусёва" in a title, "Кастусёў" in the body). */
function namedIn(releases: Release[], name: string): boolean {
  return releases.some((r) => r.names.some((n) => n === name || samePerson(n, name)));
}

/** Adds a release, merging one already found with the same count (title and body repeat it). */
export function pushRelease(ctx: RuCtx, r: Release): void {
  const same = ctx.facts.releases.find((x) => x.count !== null && x.count === r.count && (x.date === null || r.date === null || x.date === r.date));
  if (same) {
    same.date ??= r.date;
    // "…18 вызваленых палітвязняў" in the headline, "…якіх вызвалілі паводле памілавання" in the body: the body says how.
    if (same.kind === "other" && r.kind !== "other") same.kind = r.kind;
    same.evidence.push(...r.evidence);
    ctx.lastRelease = same;
  } else {
    ctx.facts.releases.push(r);
    ctx.lastRelease = r;
  }
  ctx.sinceRelease = 0;
}

/**
 * "• 18 января — 23 человека … • 24 января — ещё 15 … • итого за месяц на свободу вышли 38 человек": a
 * total of people freed that is the sum of the last two or more rounds says each round freed its people.
 */
export function freedRounds(ctx: RuCtx, sc: SentCtx, n: RuNumber): void {
  const events = ctx.facts.pardon_events;
  let sum = 0;
  let from = events.length;
  while (from > 0 && sum < n.value) sum += events[--from]!.count;
  if (sum !== n.value || events.length - from < 2) return;
  for (const e of events.slice(from)) {
    if (ctx.facts.releases.some((r) => r.count === e.count && r.date === e.date)) continue;
    pushRelease(ctx, { names: [], count: e.count, qualifier: e.qualifier, date: e.date, kind: "pardon", evidence: [evidenceAt(sc.s.field, n.start, n.end)] });
  }
}

/**
 * "Всех троих вывезли в Литву" after named releases without a count (in the last three sentences):
 * they were one release of three.
 */
export function collectiveRelease(ctx: RuCtx, sc: SentCtx, n: RuNumber): void {
  const facts = ctx.facts;
  const loose = ctx.looseReleases.filter((x) => x.at >= ctx.si - 3 && x.r.count === null && facts.releases.includes(x.r)).map((x) => x.r);
  if (loose.length > 0 && loose.reduce((k, r) => k + r.names.length, 0) <= n.value) {
    const head = loose[0]!;
    for (const r of loose.slice(1)) {
      for (const name of r.names) if (!head.names.includes(name)) head.names.push(name);
      head.evidence.push(...r.evidence);
      facts.releases.splice(facts.releases.indexOf(r), 1);
    }
    head.count = n.value;
    head.qualifier = n.qualifier;
    head.date = sc.dayDate ?? head.date;
    head.evidence.push(evidenceAt(sc.s.field, n.start, n.end));
    ctx.lastRelease = head;
    ctx.sinceRelease = 0;
  }
}

/** "Ранее", "до этого", "летом": the release is told as earlier than the sentence before. */
const EARLIER = /ранее|раньше|до этого|прежде|летом|весной|осенью|зимой|раней|да гэтага|улетку|увосень|узімку|увесну/i;
/**
 * "Одиннадцатого сентября я весь день ждала. После встречи … на свободу вышли 52 человека": a release
 * without a date of its own took place on the one day the sentence before, in its paragraph, states.
 */
function paragraphDay(ctx: RuCtx, sc: SentCtx): string | null {
  const prev = ctx.previous;
  if (ctx.previousDay === null || prev === null || prev.field !== sc.s.field || sc.s.src.slice(prev.end, sc.s.start).includes("\n")) return null;
  return EARLIER.test(sc.sentence) ? null : ctx.previousDay;
}

/**
 * "Сергей Тихановский и ещё", "Сергея Тихановского, приговорённого к 18 годам, и ещё": a name right before
 * «и ещё», an apposition between commas allowed.
 */
const AND_MORE = /[А-ЯЁІЎ][а-яёіў]+(?:,\s+[^,.;А-ЯЁІЎ]{3,60},)?\s+(?:и|і)\s+(?:ещё|еще|яшчэ)\s*$/u;

/**
 * A count of people freed now: "освободили 52 человека", "X вышел на свободу вместе с 13
 * заключёнными" (X and the others), with how they were freed and the day.
 */
export function countedRelease(ctx: RuCtx, sc: SentCtx, nc: NumCtx): void {
  const { s, sentence, dates, names, roles } = sc;
  const { n, beforeInSentence } = nc;
  const facts = ctx.facts;
  const current = ctx.current;
  const kind = /вывезен|выдворен|депортир|выслан/i.test(sentence) ? "deported" : SERVED.test(sentence) ? "sentence_served" : sc.isPardon || (current !== null && ctx.sinceEvent <= 2 && ROUND_NOUN.test(sentence)) ? "pardon" : "other";
  // "X вышел на свободу вместе с 13 заключёнными", "вместе с ним … ещё 13": X plus the others.
  const withNamed = /(?:вместе с|разам з)(?:\s+(?:ещё|еще|яшчэ))?\s*$/i.test(beforeInSentence.slice(-24)) || AND_MORE.test(beforeInSentence.slice(-110)) || /(?:вместе с (?:ним|ней)|с ним|с ней|разам з (?:ім|ёй)|з (?:ім|ёй))[^.]{0,40}(?:ещё|еще|яшчэ)\s*$/i.test(beforeInSentence);
  // "Вместе с ним освобождены ещё 15": with no name in the sentence, the pronoun is the last
  // person of that gender named before.
  const withPronoun = withNamed ? WITH_PRONOUN.exec(beforeInSentence) : null;
  const pronounLead = withPronoun && !names.some((h) => h.start < n.start) ? [...ctx.speakers].reverse().find((name) => isFeminineGiven(name.split(" ")[0]!) === /ней|ёй/i.test(withPronoun[1]!)) : undefined;
  // "после визита Кита Келлога … вышли Сергей Тихановский и ещё тринадцать": the name right before «и ещё».
  const andMore = withNamed && AND_MORE.test(beforeInSentence.slice(-110));
  const lead = withNamed ? ((andMore ? names.filter((h, i) => h.end <= n.start && roles[i] !== "official").at(-1) : names.find((h, i) => h.start < n.start && roles[i] !== "official"))?.name ?? pronounLead ?? facts.persons.filter((p) => p.role === "released").at(-1)?.name) : undefined;
  if (pronounLead && lead === pronounLead) addPerson(facts.persons, pronounLead, "released", sentence.slice(0, 120), evidenceAt(s.field, s.start + withPronoun!.index, s.start + withPronoun!.index + withPronoun![0].length));
  const count = withNamed && lead ? n.value + 1 : n.value;
  // "Сергей Тихановский и ещё 13 человек" in a release: the named one is freed too.
  if (withNamed && lead) names.forEach((h, i) => { if (h.name === lead && roles[i] !== "official") roles[i] = "released"; });
  const date = (dates.length >= 2 ? countDate(s.src, n, sc.numbers, dates) : null) ?? sc.dayDate ?? sc.talkDate ?? paragraphDay(ctx, sc);
  // "По предварительным данным, на свободу выходят не менее 100 человек. … Цифра выросла: всего освобождены 123
  // человека": an update of a release's figure (same day, the earlier one approximate and lower) restates it.
  const earlier = date === null ? undefined : facts.releases.find((x) => x.count !== null && x.count < count && x.date === date && x.qualifier !== undefined && x.qualifier !== "exact");
  if (earlier && (UPDATE.test(sentence) || (ctx.previous !== null && UPDATE.test(ctx.previous.src.slice(ctx.previous.start, ctx.previous.end))))) {
    earlier.count = count;
    earlier.qualifier = n.qualifier;
    if (lead && !earlier.names.includes(lead)) earlier.names.push(lead);
    earlier.evidence.push(nc.evidence);
    ctx.lastRelease = earlier;
    ctx.sinceRelease = 0;
    return;
  }
  pushRelease(ctx, { names: lead ? [lead] : [], count, qualifier: n.qualifier, date, kind, evidence: [nc.evidence] });
}

/** Words that announce a corrected or updated figure: "ОБНОВЛЕНИЕ", "уточнение", "цифра выросла". */
const UPDATE = /(?:^|[^а-яёіў])(?:обновлени|обновлено|уточнени|уточняем|абнаўленн|удакладненн|дапоўнена)|(?:цифра|число|количество|лічба|колькасць)\s+(?:[а-яёіў]+\s+)?(?:вырос|вырасл|увеличил|павялічыл)/i;

/**
 * Names listed with a release are among those freed: "освободили троих, в том числе журналиста
 * Андрея Кузнечика" or, in the next sentence, "Среди них — журналист Игорь Лосик"; and the people
 * carried right after a counted release ("…доставили тем же самолётом").
 */
export function releaseMembers(ctx: RuCtx, sc: SentCtx): void {
  const { s, sentence, names, roles } = sc;
  const release = ctx.lastRelease;
  if (sc.held) return;
  if (release && names.length > 0 && ctx.sinceRelease <= ctx.sinceEvent) {
    const inline = ctx.sinceRelease === 0 ? RELEASE_THEN_MEMBERS.exec(sentence) ?? (sc.itemRelease ? ITEM_MEMBERS.exec(sentence) : null) : null;
    // "Среди них" right after a release, or after a sentence that still talks about the freed.
    // ("Среди вышедших на этой неделе — X" several lines on, with no round told since: the freed of that release.)
    const follows = ctx.sinceRelease <= 2 || (ctx.sinceReleaseTalk <= 1 && ctx.sinceRelease <= 5) || (ctx.sinceRelease <= 10 && release.kind !== "pardon" && FREED_AMONG.test(sentence));
    // ("14:11 В списке освобождённых также …": a live feed's timestamp may open the line.)
    // ("— 13 декабря освободили 123 человека. Кого вы бы назвали? — Конечно, Алеся Беляцкого, …": an interview's answer to
    // "Кого / Кто из них …?" asked right after the release names its people.)
    const answersWho = follows && !inline && ctx.previous !== null && /^\s*[—–]/.test(sentence) && WHO_QUESTION.test(ctx.previous.src.slice(ctx.previous.start, ctx.previous.end));
    const from = inline ? inline.index + inline[0].length : follows && (answersWho || RELEASE_MEMBERS.test(sentence.trim()) || (isDigitAt(sentence, 0) && RELEASE_MEMBERS.test(sentence.replace(LEAD_TIME, "")))) ? 0 : -1;
    if (from >= 0) {
      names.forEach((h, i) => {
        // ("…, — это случилось после визита американского дипломата Кристофера Смита": an official named after them is not one of them.)
        if (h.start - s.start < from || isKnownOfficial(h.name) || (roles[i] === "official" && s.src.slice(s.start + from, h.start).includes("—"))) return;
        // ("в том числе Сергей Тихановский, муж Светланы Тихановской": the relative named after a kinship noun is not freed.)
        if (i > 0 && KIN_RIGHT_BEFORE.test(s.src.slice(Math.max(s.start, h.start - 12), h.start))) return;
        roles[i] = "released";
        if (!release.names.includes(h.name)) release.names.push(h.name);
      });
    }
  }
  // "Арцём Жураўскі быў сярод 123 палітвязняў, якіх вызвалілі 13 снежня": the person said to be among the
  // group just counted is one of that release (roleOf read the same words).
  if (release && release.count !== null && ctx.sinceRelease === 0 && names.length > 0 && (sentence.includes("среди") || sentence.includes("сярод") || sentence.includes("ліку") || sentence.includes("числе"))) {
    names.forEach((h, i) => {
      if (roles[i] !== "released" || release.names.includes(h.name) || !AMONG_FREED_AFTER.test(s.src.slice(h.end, h.end + 180))) return;
      release.names.push(h.name);
    });
  }
  // "…на волю выйшлі 123 вязні. Улады вызвалілі Алеся Бяляцкага, Марыю Калеснікаву …": the people a freeing verb
  // names right after a counted release, in its paragraph, with no figure or date of their own, are among those freed.
  if (release && release.count !== null && ctx.sinceRelease === 1 && names.length > 0 && sc.numbers.length === 0 && sc.dates.length === 0 && ctx.previous !== null && ctx.previous.field === s.field && !s.src.slice(ctx.previous.end, s.start).includes("\n") && FREED_VERB.test(sentence)) {
    names.forEach((h, i) => {
      if (roles[i] !== "released" || release.names.includes(h.name)) return;
      release.names.push(h.name);
    });
  }
  // "…освобождены ещё 15 человек. Владимира Кара-Мурзу и Евана Гершковича доставили тем же самолётом": the
  // people carried right after a counted release are among those freed.
  if (release && release.count !== null && ctx.sinceRelease === 1 && names.length > 0 && TRANSPORTED.test(sentence)) {
    names.forEach((h, i) => {
      if (roles[i] !== "other" || isKnownOfficial(h.name)) return;
      roles[i] = "released";
      if (!release.names.includes(h.name)) release.names.push(h.name);
    });
  }
}

/** "помилован и освобожден", "памілаваны і вызвалены", "освобождена и помилована": pardoned and freed together. */
const PARDONED_AND_FREED = /(?:помилован|памілаван)[а-яёіў]*\s+(?:и|і)\s+(?:освобожд|освобожд[её]н|вызвален|отпущен|вышл|выйшл|вышел|выйшаў)|(?:освобожд[её]н|вызвален)[а-яёіў]*\s+(?:и|і)\s+(?:помилован|памілаван)/i;
/** "Кого вы бы назвали?", "Кто из них …?", "Каго …?": a question about who they are. */
const WHO_QUESTION = /^[\s—–-]*(?:кого|кто|каго|хто)(?![а-яёіў])[^?]{0,80}\?\s*$/i;
/** A verb of freeing that names the people it frees: "Улады вызвалілі …", "Власти освободили …". */
const FREED_VERB = /(?:^|[^а-яёіў])(?:освободили|отпустили|выпустили|вызвалілі|адпусцілі|выпусцілі)(?![а-яёіў])/i;
/** Words between two names that put them on the two sides of an exchange. */
const SWAP_BETWEEN = /взамен|в обмен на|обменял[аи]? на|наўзамен|у абмен на/i;
/**
 * People freed together in one sentence without a count make one release, not one each. "В феврале
 * вышел Марк Фогель, а в апреле обменяли Ксению Карелину": each name takes the date written before
 * it in the sentence; different dates make different releases.
 */
export function namedReleases(ctx: RuCtx, sc: SentCtx): void {
  const { s, dates, dayDate, talkDate } = sc;
  const facts = ctx.facts;
  // "3 ліпеня быў памілаваны і вызвалены Рыгор Кастусёў", "помилован и освобожден X": pardoned and freed in one clause.
  const pardonFreed = (sc.sentence.includes("помилован") || sc.sentence.includes("памілаван")) && PARDONED_AND_FREED.test(sc.sentence);
  const freed = sc.names.filter((h, i) => (sc.roles[i] === "released" || (pardonFreed && sc.roles[i] === "pardoned")) && !namedIn(facts.releases, h.name));
  const groups = new Map<string, NameHit[]>();
  let side = "";
  for (let i = 0; i < freed.length; i++) {
    const h = freed[i]!;
    const own = dates.filter((d) => (d.precision === "day" || d.precision === "month") && d.iso && d.end <= h.start).at(-1)?.iso ?? dayDate ?? talkDate ?? "";
    // "отпустила Марка Фогеля, получив взамен Александра Винника": the other side of an exchange is a release of its own.
    if (i > 0 && SWAP_BETWEEN.test(s.src.slice(freed[i - 1]!.end, h.start))) side += "\u0001";
    const list = groups.get(own + side) ?? [];
    list.push(h);
    groups.set(own + side, list);
  }
  for (const [key, hits] of groups) {
    const date = key.replace(/\u0001+$/, "");
    const unique = [...new Set(hits.map((h) => h.name))];
    // ("27 января, полностью отбыв срок, вышел на свободу Олег Мацкевич": freed at the end of the term.)
    const loose: Release = { names: unique, count: null, date: groups.size > 1 ? date || null : dayDate ?? talkDate, kind: s.src.includes("отб", hits[0]!.start - 200) && SERVED.test(sc.sentence) ? "sentence_served" : pardonFreed ? "pardon" : "other", evidence: [evidenceAt(s.field, hits[0]!.start, hits.at(-1)!.end)] };
    facts.releases.push(loose);
    ctx.looseReleases.push({ r: loose, at: ctx.si });
  }
}

/**
 * The releases once every sentence is read: a headline release of a name ("Вызвалілі Рыгора
 * Кастусёва") that the body puts in a counted release ("…не менш за 18 палітвязняў… Сярод іх Рыгор
 * Кастусёў") is that release; people found freed but in no release get one of their own.
 */
export function finishReleases(facts: Facts, heldDates?: Map<string, string>, text = ""): void {
  // "Россия и Беларусь освободили 16 человек … Вместе с Владимиром Кара-Мурзой на свободе оказался Илья Яшин": in a
  // report of one exchange (its counted releases all of one day, the first told in a paragraph about the exchange),
  // people freed with no date of their own are among the freed told first.
  const undated = facts.releases.filter((r) => r.count === null && r.date === null && r.names.length > 0);
  if (undated.length > 0 && (text.includes("обмен") || text.includes("абмен"))) {
    const counted = facts.releases.filter((r) => r.count !== null && r.date !== null && r.kind === "other");
    const head = counted[0];
    const at = head?.evidence.find((e) => e.field === "text");
    const paragraph = at ? text.slice(text.lastIndexOf("\n", at.start) + 1, (text.indexOf("\n", at.end) + 1 || text.length + 1) - 1) : "";
    if (head && counted.every((r) => r.date === head.date) && /обмен|абмен|взамен|наўзамен/i.test(paragraph)) {
      for (const r of undated) if (r.names.length < head.count!) for (const n of r.names) if (!namedIn(counted, n)) head.names.push(n);
    }
  }
  // "Сергея Тихановского освободили 21 июня. … Вместе с ним вышли ещё 13": a counted release without a
  // date takes the date of the release of its named people told on its own.
  for (const r of facts.releases) {
    if (r.count !== null || r.date === null || r.names.length === 0) continue;
    const x = facts.releases.find((y) => y.count !== null && y.date === null && r.names.every((n) => y.names.some((m) => m === n || samePerson(m, n))));
    if (x) x.date = r.date;
  }
  // "Рыгора Кастусёва вызвалілі. Праваабаронцы ведаюць прынамсі пра 18 вызваленых палітвязьняў": a headline that
  // names one freed person and counts the freed puts the person among them.
  for (const r of facts.releases) {
    if (r.count !== null || r.names.length === 0 || r.evidence[0]?.field !== "title") continue;
    const inTitle = facts.releases.filter((y) => y.count !== null && y.count > r.names.length && y.evidence.some((e) => e.field === "title"));
    if (inTitle.length === 1) for (const n of r.names) if (!inTitle[0]!.names.some((m) => m === n || samePerson(m, n))) inTitle[0]!.names.push(n);
  }
  // "13.12.2025, 14:05 Подтверждено: освобождены Мария Колесникова и Максим Знак. … 16:30 всего освобождены 123
  // человека": people freed on the day of the only counted release of that day are among them.
  for (const r of facts.releases) {
    if (r.count !== null || r.date === null || r.date.length !== 10 || r.names.length === 0) continue;
    const same = facts.releases.filter((y) => y.count !== null && y.date === r.date);
    if (same.length === 1 && same[0]!.count! > r.names.length) for (const n of r.names) if (!same[0]!.names.some((m) => m === n || samePerson(m, n))) same[0]!.names.push(n);
  }
  // "В середине декабря … выпустила на свободу 123 заключенных … — 13 декабря освободили 123 человека": a release
  // dated by its month and one of the same count, qualifier and kind dated by a day of that month are one release.
  for (const r of [...facts.releases]) {
    if (r.count === null || r.date === null || r.date.length !== 7) continue;
    const day = facts.releases.find((y) => y !== r && y.count === r.count && (y.qualifier ?? "exact") === (r.qualifier ?? "exact") && y.kind === r.kind && y.date !== null && y.date.length === 10 && y.date.startsWith(r.date!));
    if (!day) continue;
    for (const n of r.names) if (!day.names.some((m) => m === n || samePerson(m, n))) day.names.push(n);
    day.evidence.push(...r.evidence);
    facts.releases.splice(facts.releases.indexOf(r), 1);
  }
  facts.releases = facts.releases.filter((r) => r.count !== null || r.names.length === 0 || !r.names.every((n) => facts.releases.some((x) => x !== r && x.count !== null && x.names.some((m) => m === n || samePerson(m, n)))));
  // Releases named without a count: "Игорь Лосик вышел на свободу".
  for (const p of facts.persons) {
    if (p.role !== "released") continue;
    if (namedIn(facts.releases, p.name)) continue;
    facts.releases.push({ names: [p.name], count: null, date: heldDates?.get(p.name) ?? null, kind: "other", evidence: p.evidence.slice(0, 1) });
  }
}

/** "итоги недели с 9 по 15 декабря", "за неделю: 9–15 декабря 2024 года": the week a digest covers, its days in one month. */
const WEEK_OF = /(?:недел[а-яё]*|тыдн[а-яёіў]*|тыдзень)\s*:?\s+(?:(?:с|з)\s+)?\d{1,2}\s*(?:по|да|[–—-])\s*\d{1,2}\s+[а-яёіў]+(?:\s+\d{4})?/i;
/** "на этой неделе", "за неделю", "на гэтым тыдні": a release told as of the digest's week. */
const THIS_WEEK = /на этой неделе|за (?:эту |прошедшую |минувшую )?неделю|на гэтым тыдні|за (?:гэты |мінулы )?тыдзень/i;
/**
 * "Правозащитный центр «Вясна» подводит итоги недели с 9 по 15 декабря. … Полностью отбыв сроки, на этой неделе вышли на
 * свободу девять политзаключенных": a digest of one week (named in its title or first sentence) dates a release told
 * "this week" to the week's month.
 */
export function weekReleases(facts: Facts, title: string, text: string, published: string | null | undefined): void {
  if (!facts.releases.some((r) => r.date === null)) return;
  const head = `${title}\n${text.slice(0, 300)}`;
  const m = WEEK_OF.exec(head);
  if (!m) return;
  const month = findRuDates(head, m.index, m.index + m[0].length, parsePublished(published)).find((d) => d.iso !== null && (d.precision === "day" || d.precision === "month"))?.iso?.slice(0, 7);
  if (!month) return;
  for (const r of facts.releases) {
    const e = r.evidence[0];
    if (r.date !== null || !e || e.field !== "text") continue;
    const from = Math.max(text.lastIndexOf(".", e.start) + 1, text.lastIndexOf("\n", e.start) + 1, e.start - 150);
    if (THIS_WEEK.test(text.slice(from, e.start))) r.date = month;
  }
}
