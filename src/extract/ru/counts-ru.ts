/**
 * @module extract/ru/counts-ru
 * Every number of a sentence that no pardon round took, in order of precedence: skipped when it is
 * an age, a year, a duration or the inmates of a cell; a total over a period; a count named by the
 * noun before it ("число освобождённых составило 342"); a stock claim of political prisoners; a
 * count of events; a breakdown of the current pardon round; people freed now; else another count.
 */
import { roundBreakdown } from "./breakdown-ru.js";
import { stockClaim } from "./claims-ru.js";
import { clauseAround, evidenceAt, insideQuote, type NumCtx, type RuCtx, type SentCtx } from "./context-ru.js";
import { MEMBERS, NOT_A_COUNT, OF_THEM_BEFORE, SINCE_PERIOD } from "./cues-ru.js";
import { EVENT_NOUN, FLOW, OTHER_CATEGORY, PEOPLE_NOUN, POLITICAL, SINCE_START, STOCK, SUBGROUP_BEFORE } from "./lexicon-ru.js";
import type { RuNumber } from "./numbers-ru.js";
import { collectiveRelease, countedRelease, pushRelease, SERVED } from "./releases-ru.js";

/** "старше 18 лет", "в возрасте 70 лет": the words before an age. */
const AGE_BEFORE = /(?:старше|моложе|младше|нет|до|за|от|в возрасте)\s*$/i;
/** "уже 30 лет", "в 2025 году": periods make a count a flow, not a release of people. */
const PERIOD = /в 20\d\d год|год стал|(?:в|за) (?:этом|этот|уходящем|уходящий|минувшем|минувший|прошлом|прошедший) году?(?![а-яё])|за 20\d\d|за год|с начала года|за весь|в течение года|за последн|з пачатку года|у 20\d\d годзе|за ўвесь/i;
/** "считая сентябрьских", "включая декабрьских", "улічваючы вераснёўскіх": a month adjective after a word of inclusion. */
const COUNTING_MONTH = /(?:считая|включая|с уч[её]том|уключаючы|улічваючы)\s+[а-яёіў]+(?:ьск|ск|цк|ўск)[а-яёіў]+\s*$/i;
/** "в её отряде", "у камеры": a prison unit before a count of its inmates. */
const CELL_BEFORE = /(?:^|[^а-яёіў])(?:в|у|ў)\s+(?:(?:его|её|ее|их|моём|моем|нашем|одном|одной|той|этой|яго|яе|іх|адной|адным|нашай)\s+)?(?:отряде|камере|бараке|атрадзе|камеры|бараку|палате)\s*(?:[—–:]\s*)?$/i;
/** "среди пятидесяти двух освобождённых четырнадцать иностранцев": a part of a counted group (the words around the first count). */
const AMONG_BEFORE = /(?:^|[^а-яёіў])(?:среди|сярод|из|з)\s*$/i;
const AMONG_AFTER = /^\s*(?:освобожд|помилованн|вышедш|вызвален|памілаван|задержанн|вывезенн)[а-яёіў]*\s*$/i;
/** "остальные семь", "остальных пятерых", "астатнія сем": the rest of a group just counted. */
const REST_BEFORE = /(?:^|[^а-яёіў])(?:остальн|астатні)[а-яёіў]*\s*$/i;
/**
 * "Число освобождённых за год составило 342", "количество задержанных превысило 500": a count of
 * people named by the noun before it (not political prisoners: that is a stock, NOUN_BEFORE).
 * Read on the 90 characters before the number; the verb may have become the number's qualifier.
 */
const COUNT_NOUN_BEFORE = /(?:^|[^а-яёіў])(?:число|количество|колькасць|лік)\s+(освобожд|помилованн|вышедш|вызвален|памілаван|задержанн|затрыман|осужд[её]нн|арестованн|обменянн|депортированн)[а-яёіў]*(?:\s+[^\s.;]+){0,4}?\s*(?:(?:составил[аои]?|составляет|достиг(?:ло|ла)?|склала|склаў|перавысіла|превысил[аои]?|превышает)\s*|[:—–]\s*)?$/i;
/**
 * "за август правозащитники признали политзаключёнными ещё 27 человек": people recognised in a period, a
 * flow (not the stock, not a part of a pardon round told in the same sentence).
 */
const RECOGNISED_FLOW_BEFORE = /(?:^|[^а-яёіў])(?:признал[аио]?|признаны|признано|прызналі|прызнала|прызнаныя|прызнаны|прызнана)\s+(?:политзаключ[её]нными|палітвязнямі)\s+(?:(?:ещё|еще|яшчэ)\s+)?$/i;
/** "ни один из освобождённых", "ні адзін": a negation, not a count of one. */
const NONE_BEFORE = /(?:^|[^а-яёіў])(?:ни|ні)\s*$/i;
/** "его подписали 34 человека": the signatories of a letter or an appeal, not a count on the topic. */
const SIGNED_BEFORE = /(?:^|[^а-яёіў])(?:подписал[аи]?|подписан[аоы]?|падпісалі|падпісала|падпісаў)\s+(?:(?:уже|ужо|всего|усяго)\s+)?$/i;
/** "…342 человека, а всего … 569.": a clause joined by «а / и / но» after a count with its noun. */
const JOINED_CLAUSE = /,\s*(?:а|и|і|но)\s/i;

/** What the people counted are, by the stem of the noun before the count. */
const COUNT_NOUN_WHAT: Record<string, string> = {
  освобожд: "released", вышедш: "released", вызвален: "released", обменянн: "released in exchanges", помилованн: "pardoned", памілаван: "pardoned",
  задержанн: "detained", затрыман: "detained", арестованн: "detained", осуждённ: "convicted", осужденн: "convicted", депортированн: "deported",
};

/** 3. Every other number of sentence `sc`: a breakdown, a stock claim, a release or another count. */
export function numberFacts(ctx: RuCtx, sc: SentCtx): void {
  for (const n of sc.numbers) numberFact(ctx, sc, n);
}

/** The fact number `n` states, if any (the first rule that takes it). */
function numberFact(ctx: RuCtx, sc: SentCtx, n: RuNumber): void {
  const s = sc.s;
  if (sc.used.has(n) || (ctx.falseClaimDoc && insideQuote(s.src, n.start))) return;
  if (sc.totals.has(n)) {
    ctx.facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what: sc.isPardon ? "released or pardoned over a period" : "total over a period", evidence: [evidenceAt(s.field, n.start, n.end)] });
    return;
  }
  const after = s.src.slice(n.end, n.end + 60);
  const before = s.src.slice(Math.max(s.start, n.start - 14), n.start);
  // Bounded: a 100 MB "sentence" without full stops must not make this quadratic.
  const beforeInSentence = s.src.slice(Math.max(s.start, n.start - 200), n.start);
  // "одна из лидеров протестов", "ни одну из них": "one of" is a count only with a category.
  // ("Один из освобожденных, …, отказался": one of the freed is no category of its own.)
  if (n.words && n.value === 1 && /^\s*из(?![а-яё])/i.test(after) && !OTHER_CATEGORY.some((c) => c.what !== "released" && c.re.test(clauseAround(s.src, s, n.start, n.end)))) return;
  if (NOT_A_COUNT.test(after) && !/^\s*\)/.test(after)) return;
  // "ни один из освобождённых не реабилитирован": no one, not one.
  if (n.words && n.value === 1 && NONE_BEFORE.test(before)) return;
  // "Уже к вечеру все тридцать один вышли на свободу": all the people of the round told before walked free.
  if (sc.isRelease && ctx.current !== null && n.value === ctx.current.count && ctx.sinceEvent <= 10 && ALL_BEFORE.test(before)) {
    const round = ctx.current;
    if (!ctx.facts.releases.some((r) => r.count === n.value)) pushRelease(ctx, { names: [], count: n.value, qualifier: round.qualifier, date: sc.dayDate ?? round.date, kind: "pardon", evidence: [evidenceAt(s.field, n.start, n.end)] });
    return;
  }
  // "для всех четверых", "обоих": a group already counted, not a new count.
  if (n.collective && /(?:^|[^а-яё])(?:всех|всем|всеми|все|усіх)\s*$/i.test(before)) {
    if (sc.isRelease) collectiveRelease(ctx, sc, n);
    return;
  }
  if (AGE_BEFORE.test(before) && /^\s*(?:лет|года|гадоў|гады)/i.test(after)) return;
  // "освобождают партиями по 20–50 человек": the size of each batch, not a count.
  if ((before.endsWith("по ") || before.endsWith("па ")) && /(?:партиями|группами|партыямі|групамі|этапами|порциями)\s+п[оа]\s+$/i.test(before)) return;
  // "для тысячи людей", "тысячи семей": a bare «тысячи» without a figure or a qualifier is a vague amount.
  if (n.value === 1000 && n.qualifier === "exact" && n.words && /^тысяч(?:и|ам|ами)$/i.test(s.src.slice(n.start, n.end))) return;
  // "его подписали 34 человека": signatories.
  // ("подписал восемь подобных указов": the decrees signed are a count.)
  if ((before.includes("одпис") || before.includes("адпіс")) && SIGNED_BEFORE.test(before) && !EVENT_NOUN.test(s.src.slice(n.end, n.end + 60))) return;
  // "в её отряде 60 женщин", "в камере 12 человек": people sharing a cell or unit, not a count on the topic.
  if (CELL_BEFORE.test(beforeInSentence.slice(-40))) return;
  if (n.value >= 1900 && n.value <= 2100 && !PEOPLE_NOUN.test(after)) return;
  const inParens = /\(\s*$/.test(before) && /^\s*\)/.test(after);
  const peopleNoun = PEOPLE_NOUN.exec(after);
  const nc: NumCtx = {
    n, after, before, beforeInSentence, peopleNoun, elided: peopleNoun === null && (elidedNoun(sc, n, after) || elidedFromPrevious(ctx, sc, n, after)), clause: clauseAround(s.src, s, n.start, n.end),
    evidence: evidenceAt(s.field, n.start, n.end + (peopleNoun ? peopleNoun[0].length : 0)),
  };
  if (peopleNoun === null && countNamedBefore(ctx, sc, nc)) return;
  if ((sc.sentence.includes("призна") || sc.sentence.includes("прызна")) && RECOGNISED_FLOW_BEFORE.test(beforeInSentence.slice(-60)) && !SINCE_START.test(nc.clause)) {
    ctx.facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what: "recognised as political prisoners", evidence: [nc.evidence] });
    return;
  }
  if (stockClaim(ctx, sc, nc)) return;
  if (peopleNoun === null && sc.label !== null && labelCount(ctx, sc, nc)) return;
  // Counts of events on the topic ("не менее 170 задержаний") are never part of a pardon round.
  const eventNoun = EVENT_NOUN.exec(after);
  if (eventNoun) {
    ctx.facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what: eventNoun[1]!.toLowerCase(), evidence: [nc.evidence] });
    return;
  }
  // "восемь из них …, а остальные семь — …": the noun is elided after "остальные".
  const rest = REST_BEFORE.test(before);
  const countable = rest || n.collective || peopleNoun !== null || nc.elided || inParens || /^\s*(?:—|–|-\s|имеют|име|из(?![а-яё])|з (?:іх|якіх)(?![а-яёіў])|страда|воспитыва|совершил|был|стал|являются|является|являлс|являлась|старше|моложе|младше|(?:больше|более|болей)\s+\d+\s+(?:лет|гадоў)|маюць|ёсць|выхоўваюць|пакутуюць|старэйшы|маладзейшы)/i.test(after) || /(?<![а-яё])у\s*$/i.test(before) || /(?:^|[^а-яё])(?:из них|из которых|з іх)\s*$/i.test(before) || OF_THEM_AFTER.test(after);
  if (!countable) return;
  // "встречать приехали жена и двое сыновей": a family's children or siblings are no count on the topic.
  if (n.collective && /^\s*(?:сынов|сыновья|сыноў|дочер|дочек|дачок|дзяцей|детей|дети|внук|унук|брать|братоў|сестёр|сестер)/i.test(after)) return;

  // Breakdown of the current pardon round.
  // The sentences right after a round describe it even without naming it again.
  // "3 июля на свободу вышли не менее 18 человек" after a round: a release with its own date.
  // ("В феврале на свободу вышли трое" after a January round: a month of its own, a collective count.)
  const current = ctx.current;
  // ("помиловал 30 человек (14 женщин и 16 мужчин)": a breakdown right after a dated round is no release of its own.)
  const ownRelease = sc.isRelease && (peopleNoun !== null || n.collective) && !/^\s*(?:—\s*)?(?:женщин|мужчин|жанчын|мужчын)/i.test(after) && sc.dates.some((d) => (d.precision === "day" || (d.precision === "month" && d.iso !== current?.date)) && d.end <= n.start && (n.start - d.end < 40 || (d.precision === "day" && d.iso !== current?.date && d.start - s.start < 3)));
  // "остаются 1135 политзаключённых, из них 168 женщин": a part of the stock, not of a round.
  // A breakdown goes on in the sentence after one that filled it, however far the round is.
  // ("Полностью отбыв сроки, вышли на свободу девять человек": people freed at the end of their terms are no part of a round.)
  const pardonContext = !ownRelease && !ctx.itemNoPardon && sc.claimAt < 0 && current !== null && !(sc.isRelease && SERVED.test(sc.sentence)) && (sc.isPardon || ctx.sinceEvent <= 3 || ctx.breakdownAt >= ctx.si - 1 || /их числе|из них|среди|помилованн|получивших/i.test(sc.sentence) || MEMBERS.test(sc.sentence));
  if (pardonContext && current && periodTotal(sc, n)) {
    // "с июля 2024 года по помилованию вышли 569 человек, из них 342 — в 2025 году": a total over a
    // period (and its part), not a breakdown of the round told before.
    sc.totals.add(n);
    ctx.facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what: "released or pardoned over a period", evidence: [nc.evidence] });
    return;
  }
  if (pardonContext && current) {
    roundBreakdown(ctx, sc, nc, rest, current);
    return;
  }

  // "Всего в 2025 году, считая сентябрьских 52 человек, на свободу вышли больше 300": a release the total counts,
  // dated by its month adjective.
  if (sc.isRelease && peopleNoun && COUNTING_MONTH.test(beforeInSentence.slice(-40))) {
    const month = sc.dates.find((d) => d.precision === "month" && d.iso && d.end <= n.start && n.start - d.end < 4);
    if (month) {
      pushRelease(ctx, { names: [], count: n.value, qualifier: n.qualifier, date: month.iso, kind: "other", evidence: [nc.evidence] });
      return;
    }
  }
  // People freed now (not a yearly total).
  // "освободили 52 человека, в том числе 14 иностранцев": the part is another count.
  const group = sc.numbers.filter((x) => x.end <= n.start).at(-1);
  const amongCounted = group !== undefined && n.start - group.end < 40 && AMONG_AFTER.test(s.src.slice(group.end, n.start)) && AMONG_BEFORE.test(s.src.slice(Math.max(s.start, group.start - 8), group.start));
  // ("13.12.2025, 16:30 / Цифра выросла: всего освобождены 123 человека": in a post dated by its day, «всего» is that day's total.)
  const dayTotal = sc.entry && ctx.entryDate !== null && ctx.entryDate.length === 10 && (sc.sentence.includes("всего") || sc.sentence.includes("Всего") || sc.sentence.includes("агулам"));
  const sinceBefore = dayTotal ? beforeInSentence.replace(/всего|агулам/gi, " ") : beforeInSentence;
  const stockClause = dayTotal ? nc.clause.replace(/всего|агулам/gi, " ") : nc.clause;
  if (sc.isRelease && (peopleNoun || n.collective || nc.elided) && !PERIOD.test(sc.sentence) && !(SINCE_PERIOD.test(sinceBefore) && !ownRelease) && !/после освобождения/i.test(sc.sentence) && !FLOW.test(headClause(nc.clause)) && !subgroupBefore(beforeInSentence) && !amongCounted && !STOCK.test(stockClause)) {
    countedRelease(ctx, sc, nc);
    return;
  }
  otherCount(ctx, nc, rest, amongCounted);
}

/**
 * A part-of marker before the count ("среди них 14 иностранцев"), unless a contrast join follows it: "вышли
 * трое, среди них Андрей Кузнечик, а 21 июня — 14 человек" counts another group.
 */
function subgroupBefore(before: string): boolean {
  const m = SUBGROUP_BEFORE.exec(before);
  return m !== null && !m[0].includes(", а ");
}

/**
 * The clause of a count without the part it goes on to name: "получила восьмерых, в том числе осуждённого
 * за убийство …" speaks of no convictions over a period.
 */
function headClause(clause: string): string {
  const k = clause.indexOf(", в том числе");
  return k < 0 ? clause : clause.slice(0, k);
}

/** "с июля 2024 года", "пачынаючы з ліпеня 2024-га": the start of a period, with its year. */
const SINCE_DATE = /(?:^|[^а-яёіў])(?:с|з)\s+(?:(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|студзеня|лютага|сакавіка|красавіка|траўня|чэрвеня|ліпеня|жніўня|верасня|кастрычніка|лістапада|снежня)\s+)?20\d\d/i;
/**
 * True when `n` counts people over a period that starts at a date written between the count before
 * it and it ("с июля 2024 года … 569 человек"), or is a part ("из них 342") of such a count.
 */
function periodTotal(sc: SentCtx, n: RuNumber): boolean {
  const s = sc.s;
  // (A year is no count: "с июля 2024 года" may be read as a number too.)
  let prev: RuNumber | undefined;
  for (const x of sc.numbers) if (x.end <= n.start && !(x.value >= 1990 && x.value <= 2100)) prev = x;
  const gap = s.src.slice(prev ? prev.end : s.start, n.start);
  if (gap.includes("20") && SINCE_DATE.test(gap)) return true;
  // ("… 569 чалавек, больш за 340 з іх — у 2025 годзе": the marker may follow the part.)
  return prev !== undefined && sc.totals.has(prev) && (gap.includes("из них") || gap.includes("з іх") || OF_THEM_AFTER.test(s.src.slice(n.end, n.end + 12)));
}

/** "все", "усе" right before a count: the whole group. */
const ALL_BEFORE = /(?:^|[^а-яёіў])(?:все|усе)\s*$/i;
/** "340 з іх — у 2025 годзе", "342 из них — в 2025 году": a part of the count before, its marker after it. */
const OF_THEM_AFTER = /^\s*(?:из них|з іх)\s*[—–]/i;

/**
 * "На волю вышли 342 человека, а всего с июля освободили 569.": a count at the end of its sentence (or
 * before «;») with no noun, in a clause joined by «а / и / но» to a count of people earlier in it.
 */
function elidedNoun(sc: SentCtx, n: RuNumber, after: string): boolean {
  // (A footnote marker may stand before the full stop: "… — 569[22].")
  if (!/^\s*(?:\[\d{1,3}\])?(?:[.;!]|$)/.test(after)) return false;
  const s = sc.s;
  // (The count before may be followed by a year: "… 342 человека, а с июля 2024 года … 569".)
  let prev: RuNumber | undefined;
  for (const x of sc.numbers) if (x.end <= n.start && n.start - x.end < 160 && PEOPLE_NOUN.test(s.src.slice(x.end, x.end + 40))) prev = x;
  return prev !== undefined && JOINED_CLAUSE.test(s.src.slice(prev.end, n.start));
}

/**
 * "С июля 2024 года помилованы 569 человек. Только в этом году при посредничестве США — 342.": a sentence opened by
 * «только / из них / в том числе» whose figure ends it after a dash counts the people of the sentence before.
 */
function elidedFromPrevious(ctx: RuCtx, sc: SentCtx, n: RuNumber, after: string): boolean {
  const s = sc.s;
  if (ctx.previous === null || !/^\s*(?:[.;!]|$)/.test(after) || !/[—–]\s*$/.test(s.src.slice(s.start, n.start))) return false;
  if (!/^[\s«"]*(?:только|из них|в том числе|в их числе|толькі|з іх|у тым ліку)(?![а-яёіў])/i.test(sc.sentence)) return false;
  const prev = ctx.previous.src.slice(ctx.previous.start, ctx.previous.end);
  return /\d\s*(?:человек|чалавек|политзаключ|палітвязн)/i.test(prev);
}

/** "• задержаний по политическим мотивам — не менее 118", "• обысков — 63": a list item labelled by events. */
const EVENT_LABEL = /^(?:[а-яёіў]+(?:ых|их|ыя|ія)\s+)?(?:задержани|обыск|арест(?:ов|аў)|приговор|уголовн[а-яё]+ дел|случа[ея]в|затрыман|ператрус|вобыск|прысуд|крымінальн[а-яёіў]+ спраў)/i;
/**
 * The figure of a list item whose label names events ("• задержаний … — не менее 118 (в декабре — 97)"):
 * the figure after the dash and the one in brackets are other counts of those events.
 */
function labelCount(ctx: RuCtx, sc: SentCtx, nc: NumCtx): boolean {
  const label = sc.label!;
  if (nc.n.start < sc.s.start + label.valueAt || OF_THEM_BEFORE.test(nc.before) || !EVENT_LABEL.test(label.text)) return false;
  ctx.facts.other_counts.push({ value: nc.n.value, qualifier: nc.n.qualifier, what: label.text.trim().toLowerCase(), evidence: [nc.evidence] });
  return true;
}

/** "Число освобождённых за год составило 342": a count of the people the noun before it names. */
function countNamedBefore(ctx: RuCtx, sc: SentCtx, nc: NumCtx): boolean {
  const countNoun = COUNT_NOUN_BEFORE.exec(nc.beforeInSentence.slice(-90));
  if (!countNoun) return false;
  const stem = countNoun[1]!.toLowerCase().replace("ё", "е");
  const what = COUNT_NOUN_WHAT[stem] ?? COUNT_NOUN_WHAT[countNoun[1]!.toLowerCase()] ?? "people";
  ctx.facts.other_counts.push({ value: nc.n.value, qualifier: nc.n.qualifier, what: PERIOD.test(sc.sentence) || SINCE_PERIOD.test(sc.sentence) ? `${what} over a period` : what, evidence: [nc.evidence] });
  return true;
}

/** Another count of people (women, men, political prisoners, a category), unless it restates a release or round. */
function otherCount(ctx: RuCtx, nc: NumCtx, rest: boolean, amongCounted: boolean): void {
  const { n, after, before, beforeInSentence, peopleNoun } = nc;
  const facts = ctx.facts;
  const other = OTHER_CATEGORY.find((c) => c.re.test(nc.clause));
  // "Сегодня 52 человека увидели своих родных" after "освободили 52 человека": the release restated.
  if (!other && !rest && !amongCounted && (peopleNoun || n.collective) && !SUBGROUP_BEFORE.test(beforeInSentence) && (facts.releases.some((r) => r.count === n.value) || facts.pardon_events.some((e) => e.count === n.value))) return;
  // "Одного человека так и не дождались": one person in words is a person, not a figure.
  if (n.words && n.value === 1 && !other && !amongCounted) return;
  // "вспоминают ещё одного гражданина США — Пола Уилана": one more person, not a count.
  if (n.words && n.value === 1 && /(?:ещё|еще|яшчэ)\s*$/i.test(before)) return;
  const gender = /^\s*(?:—\s*)?(женщин|мужчин)/i.exec(after);
  const what = gender ? (gender[1]!.toLowerCase().startsWith("ж") ? "women" : "men") : other?.what ?? (POLITICAL.test(after.slice(0, 30)) ? "political prisoners" : "people");
  facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what, evidence: [nc.evidence] });
}
