/**
 * @module extract/ru/claims-ru
 * Stock claims: a count of political prisoners held now ("остаются 1135 политзаключённых",
 * "число политзаключённых составляет 1135", "Теперь их 1142", an interview's answer to "Сколько
 * людей сейчас за решёткой?") or recognised since 2020; who states it (the source named, a
 * quote's speaker, the person speaking, the bulletin's publisher) and the day it holds for.
 */
import type { Facts, PrisonerCountClaim } from "../facts.js";
import type { NumCtx, RuCtx, SentCtx } from "./context-ru.js";
import { FLOW, IN_COUNTRY, PARDON, POLITICAL, RECOGNISED, RELEASE, SINCE_START, SOURCES, STOCK, SUBGROUP_ANY, SUBGROUP_BEFORE } from "./lexicon-ru.js";
import type { RuNumber } from "./numbers-ru.js";
import { isFeminineGiven } from "./persons-ru.js";

/** Words of reported speech: a count in such a sentence belongs to the person speaking. */
const SPEECH = /заявил|сказал|напомнил|отметил|подчеркнул|считает|по словам|написал|призвал|заявіла|заявіў|нагадала/i;
/**
 * The noun before the number: "Политзаключённых в Беларуси: 1 131", "число политзаключённых
 * составляет 1135", "сократилось до 1150", "превысило 900". Read on the 90 characters before it.
 */
const NOUN_CORE = "(?:политзаключ[её]нн[а-яё]*|политических заключ[её]нн[а-яё]*|палітычн[а-яі]* вязн[яеў]+|палітвязн[яеў]+|палітвязень|узник[а-яё]* совести)(?:\\s+(?:в|у|ў)\\s+[а-яёіў]+)?\\s*(?:(?:сейчас|ныне|сегодня|уже|по-прежнему|зараз)\\s+)?";
// Up to three words may stand between the noun and a verb ("за месяц", "по данным «Вясны»"), not before a bare colon.
const NOUN_BEFORE = new RegExp(`${NOUN_CORE}(?:(?:[а-яёіў«»-]+\\s+){0,3}(?:составля[а-яё]+|составил[аио]?|достиг(?:ло|ает|ла)?|превысил[аио]?|превышает)|[:—–])\\s*$`, "i");
/** The noun of political prisoners right before a count of "человек" (only time words between). */
const NOUN_GENITIVE_BEFORE = new RegExp(`${NOUN_CORE}$`, "i");
/** "Теперь их 1142", "их стало 1150", "цяпер іх 1140": a count of the group named just before. */
// ("…лишённых свободы по политическим мотивам. По данным …, таких людей в России не менее 770": «таких людей» too.)
const THEIR_COUNT = /(?:^|[^а-яёіў])(?:(?:теперь|сейчас|всего|итого|цяпер|зараз)\s+(?:их|іх)|(?:их|іх)\s+(?:стало|было|теперь|сейчас|уже|цяпер)|(?:таких|такіх)\s+(?:людей|человек|людзей|чалавек)(?:\s+(?:в|у|ў)\s+[А-ЯЁІЎ][а-яёіў]+)?)\s*(?:[:—–]\s*)?$/i;
/** "700 человек, лишённых свободы по политическим мотивам": a participle after the count that makes it the stock held. */
const DEPRIVED_APPOSITION = /^[^,.;]{0,30},\s*(?:лиш[её]нн|пазбаўлен)[а-яёіў]*\s+(?:свобод|волі)[а-яёіў]*\s+(?:по\s+|па\s+)?(?:политическ|палітычн)/i;
/** The same when the verb was read as the number's qualifier ("превысило 900", "сократилось до 1150"). */
const NOUN_QUALIFIED = new RegExp(`${NOUN_CORE}(?:(?:[а-яёіў«»-]+\\s+){0,3}(?:(?:сократил|снизил|уменьшил|увеличил)[аио]?сь|вырос(?:ло|ла)?)|[:—–])?\\s*$`, "i");
/** "за решёткой оставались политзаключёнными 1265 человек": the noun as a predicate before the count. */
const POLITICAL_PREDICATE = /(?:политзаключ[её]нн|палітвязн)(?:ыми|ым|ямі|ем)(?![а-яёіў])/i;
/** "1131 человек, признанный политзаключённым": the noun as an apposition after the count. */
const POLITICAL_APPOSITION = /^[^,.;]{0,30},\s*(?:признанн|прызнан)[а-яёіў]*\s+(?:политзаключ|палітвязн)/i;
/** "этот статус получили 4339 человек" after a sentence about political prisoners. */
const STATUS_BACK = /(?:этот|такой|данный|гэты|такі) статус/i;
/**
 * An interview question about the stock: "— Сколько людей сейчас остаётся за решёткой?" The answer
 * that follows ("— По данным «Вясны», на конец августа — 1376 человек") is a stock claim.
 */
const HELD_QUESTION = /(?:сколько|колькі)[^?]{0,80}(?:политзаключ|палітвязн|за решётк|за решетк|за кратамі|в заключении|у зняволенні|в тюрьм|у турм|в колони|у калоні)[^?]{0,40}\?\s*$/i;
/** "после субботнего освобождения", "пасля вызвалення": a time phrase, not a release of the people counted. */
const AFTER_RELEASE = /(?:после|пасля)\s+(?:[а-яёіў]+\s+){0,2}?(?:освобождени[яй]|вызвалення)(?![а-яёіў])/i;
/** True when `clause` speaks of people freed (not merely of a time "после освобождения"). */
function releaseClause(clause: string): boolean {
  if (!RELEASE.test(clause)) return false;
  return !(clause.includes("сл") && AFTER_RELEASE.test(clause)) || RELEASE.test(clause.replace(AFTER_RELEASE, " "));
}
/** The label of a list item that holds the stock: "• в заключении — 1244", "• находятся за решёткой — …". */
const HELD_LABEL = /в заключении|за решётк|за решетк|в местах (?:лишения|несвободы)|находятся|остаются|в тюрьм|в колони|у зняволенні|за кратамі|застаюцца|знаходзяцца/i;
/** A pronoun that points back to a speaker: "Она написала", "По её словам". */
const PRONOUN_F = /(?:^|[^а-яё])(?:она|её|ее|ей|яна|яе)(?![а-яё])/i;
const PRONOUN_M = /(?:^|[^а-яё])(?:он|его|ему|ён|яго)(?![а-яё])/i;

/** "(признан в Белоруссии экстремистским формированием)", "(внесён в реестр иноагентов)": an official label in brackets. */
const DESIGNATED = /(?:^|\()[^()]{0,40}?(?:признан|внес[её]н|включ[её]н|прызнан|унесен)[^()]{0,80}\)/gi;

/** The source a sentence cites ("по данным «Вясны»"), if any. */
export function sourceOf(sentence: string, viasnaInDoc: boolean): string | null {
  for (const [re, name] of SOURCES) {
    if (!re.test(sentence)) continue;
    // Reports that cite Viasna elsewhere mean Viasna when they say "правозащитники".
    if (name === "human rights groups" && viasnaInDoc) return "Viasna";
    return name;
  }
  return null;
}

/** Adds a claim, merging one already found with the same figure (a headline restating the body). */
function pushClaim(ctx: RuCtx, c: PrisonerCountClaim): void {
  const same = ctx.facts.prisoner_count_claims.find((x) => x.value === c.value && x.qualifier === c.qualifier);
  if (!same) {
    ctx.facts.prisoner_count_claims.push(c);
    return;
  }
  same.as_of ??= c.as_of;
  if (same.attributed_to === "unattributed") same.attributed_to = c.attributed_to;
  if (same.scope !== c.scope && c.scope.startsWith("recognised")) same.scope = c.scope;
  same.evidence.push(...c.evidence);
}

/**
 * Adds a stock claim when the number is a count of political prisoners held now or recognised
 * since 2020 (not a part of it: "1317 политзаключённых, среди них 169 женщин"); false when it is not one.
 */
export function stockClaim(ctx: RuCtx, sc: SentCtx, nc: NumCtx): boolean {
  const { s, sentence, dates } = sc;
  const { n, after, beforeInSentence, peopleNoun, clause } = nc;
  const previous = ctx.previous;
  const beforePrevious = ctx.beforePrevious;
  // Stock of political prisoners: held now, or recognised since 2020.
  // A subgroup marker only matters before the number: "1317 политзаключённых, среди них 169 женщин".
  const subgroup = SUBGROUP_BEFORE.test(beforeInSentence) || SUBGROUP_ANY.test(sentence);
  const stockCue = STOCK.test(sentence) || IN_COUNTRY.test(beforeInSentence.slice(-40));
  // "политзаключённых в России сейчас больше 770 человек": the noun in the genitive right before.
  const politicalNoun = peopleNoun !== null && (POLITICAL.test(peopleNoun[0]) || POLITICAL_PREDICATE.test(beforeInSentence.slice(-80)) || POLITICAL_APPOSITION.test(after) || (/^(?:человек|чалавек|людей)/i.test(peopleNoun[1]!) && NOUN_GENITIVE_BEFORE.test(beforeInSentence.slice(-70))));
  // ("«Весна» (признан в Белоруссии экстремистским формированием) насчитывал 1265 политзаключённых": the label in brackets is no recognition.)
  const flowClause = clause.includes(")") ? clause.replace(DESIGNATED, " ") : clause;
  const heldPolitical = politicalNoun && stockCue && !FLOW.test(flowClause);
  // "за решёткой остаются более тысячи человек": a stock even without "политзаключённых".
  // "число политзаключённых составляет 1135": a stock with its noun before the number.
  const qualifierFirst = n.qualifier !== "exact" && /^(?:превыс|превыша|до\s|свыше|более|больше|около|почти|не менее)/i.test(s.src.slice(n.start, n.start + 12));
  // "… признала политзаключёнными ещё девять человек. Теперь их 1142": "их" is the noun just used.
  const pronounStock = peopleNoun === null && THEIR_COUNT.test(beforeInSentence.slice(-30)) && (POLITICAL.test(sentence) || (previous !== null && POLITICAL.test(previous.src.slice(previous.start, previous.end))));
  const nounBefore = peopleNoun === null ? NOUN_BEFORE.exec(beforeInSentence.slice(-90)) ?? (qualifierFirst ? NOUN_QUALIFIED.exec(beforeInSentence.slice(-90)) : null) ?? (pronounStock ? THEIR_COUNT.exec(beforeInSentence.slice(-30)) : null) : null;
  // "за решёткой остаются более тысячи": a qualified figure with no noun in a held clause ("за решёткой
  // по-прежнему почти 1300 человек": an adverb of time stands for the verb; "сейчас лишены свободы не менее 1300 человек").
  const heldPeople = (peopleNoun !== null || (n.qualifier !== "exact" && /^\s*(?:[,.;»"]|$)/.test(after))) && /за решетк|за решётк|в заключении|за кратамі|в местах лишения свободы|в тюрьмах|в колониях|у турмах|у калоніях|лишены свободы|пазбаўлены волі/i.test(clause) && /оста|застаю|находятся|удерживают|по-прежнему|па-ранейшаму|до сих пор|всё ещё|все еще|усё яшчэ|сейчас (?:[а-яё]+ )?лишены|зараз пазбаўлены/i.test(clause);
  // "Мемориал признаёт политзаключёнными более 770 человек": a present-tense recognition is the stock now.
  const recognisesNow = peopleNoun !== null && POLITICAL.test(sentence) && (/признаёт|признает|признают|прызнае/i.test(sentence) || /(?:сейчас|ныне|на сегодня|в настоящее время|зараз)[^.]{0,60}(?:признан|прызнан)/i.test(sentence)) && !SINCE_START.test(sentence);
  const statusBack = STATUS_BACK.test(sentence) && previous !== null && POLITICAL.test(previous.src.slice(previous.start, previous.end));
  const recognised = peopleNoun !== null && ((POLITICAL.test(sentence) && RECOGNISED.test(sentence)) || statusBack) && SINCE_START.test(sentence) && !/за (?:весь )?20\d\d|в 20\d\d год|за (?:год|месяц)|в (?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)/i.test(sentence);
  // "— Сколько … за решёткой? — Трудно сказать точно. По данным «Вясны», 1376 человек": the
  // question may stand two sentences back when the one between is not a question itself.
  const heldAnswer = peopleNoun !== null && previous !== null && (HELD_QUESTION.test(previous.src.slice(previous.start, previous.end)) || (beforePrevious !== null && !/\?\s*$/.test(previous.src.slice(previous.start, previous.end)) && HELD_QUESTION.test(beforePrevious.src.slice(beforePrevious.start, beforePrevious.end))));
  // "Политзаключённые (на 31 января …)" heading "• в заключении — 1244 (1265);": the label of a list item
  // under a heading about political prisoners (or naming them itself), the figure after its dash.
  const label = sc.label !== null && peopleNoun === null && n.start >= s.start + sc.label.valueAt ? sc.label.text : null;
  const labelHeld = label !== null && HELD_LABEL.test(label) && (POLITICAL.test(label) || ctx.listHeading?.political === true);
  const labelRecognised = label !== null && POLITICAL.test(label) && RECOGNISED.test(label) && SINCE_START.test(label);
  const deprived = peopleNoun !== null && (after.includes("лиш") || after.includes("пазбаўл")) && DEPRIVED_APPOSITION.test(after) && !FLOW.test(flowClause);
  if (!(!subgroup && (heldPolitical || heldPeople || deprived || heldAnswer || recognised || recognisesNow || labelHeld || labelRecognised || (nounBefore !== null && !FLOW.test(flowClause))) && !PARDON.test(clause) && !releaseClause(clause))) return false;
  const source = claimSource(ctx, sc, n);
  // A figure in brackets after the item's own holds for the heading's bracket date.
  const headed = (labelHeld || labelRecognised) && ctx.listHeading !== null ? (/\(\s*$/.test(nc.before) ? ctx.listHeading.bracketAsOf : ctx.listHeading.asOf) : null;
  const asOf = headed ?? dates.find((d) => d.asOf)?.iso ?? dates.find((d) => d.precision === "day" && /(?:на|по состоянию на|па стане на)\s*$/i.test(s.src.slice(Math.max(0, d.start - 18), d.start)))?.iso ?? (recognised ? previousAsOf(ctx, sc) : sc.dayDate);
  sc.claimAt = n.end;
  pushClaim(ctx, {
    // "сократилось до 1150" is exactly 1150; "превышает 900" is over 900.
    value: n.value, qualifier: nounBefore && n.qualifier === "exact" && /превы/i.test(nounBefore[0]) ? "over" : nounBefore && n.qualifier === "up_to" && /сь|вырос/i.test(nounBefore[0]) ? "exact" : n.qualifier, as_of: asOf, attributed_to: source ?? "unattributed",
    scope: (recognised || labelRecognised) && !heldPolitical ? "recognised as political prisoners since 2020" : "political prisoners currently held", country: ctx.country, evidence: [nc.evidence],
  });
  return true;
}

/**
 * "По состоянию на 31 января в Беларуси 1244 политзаключённых. Всего с 2020 года признаны более 3715": a total
 * opened by «Всего» right after a dated stock claim holds for the same day.
 */
function previousAsOf(ctx: RuCtx, sc: SentCtx): string | null {
  const prev = ctx.previous;
  const last = ctx.facts.prisoner_count_claims.at(-1);
  if (!prev || !last || last.as_of === null || !/^[\s«"]*(?:всего|агулам|а всего|итого)(?![а-яёіў])/i.test(sc.sentence)) return null;
  const e = last.evidence.at(-1);
  return e !== undefined && e.field === prev.field && e.start >= prev.start && e.end <= prev.end ? last.as_of : null;
}

/**
 * Who states the count: a quote's speaker, the source the sentence (or the one before) cites, the
 * person speaking in reported speech, the bulletin's publisher.
 */
function claimSource(ctx: RuCtx, sc: SentCtx, n: RuNumber): string | null {
  const { sentence, names, roles } = sc;
  const previous = ctx.previous;
  let source = sc.quoteSpeaker ?? sourceOf(sentence, ctx.viasnaInDoc);
  if (!source && previous) source = sourceOf(previous.src.slice(previous.start, previous.end), ctx.viasnaInDoc);
  // Reported speech: the count belongs to the person speaking ("Тихановская напомнила, что…").
  if (!source && SPEECH.test(sentence)) source = names.find((h, i) => h.start < n.start && roles[i] !== "official")?.name ?? null;
  // "По её словам, … около 1200": the pronoun points to the last person of that gender named.
  if (!source && (SPEECH.test(sentence) || (previous && SPEECH.test(previous.src.slice(previous.start, previous.end)))) && !names.some((h) => h.start < n.start)) {
    const fem = PRONOUN_F.test(sentence) || (previous !== null && PRONOUN_F.test(previous.src.slice(previous.start, previous.end)));
    const masc = PRONOUN_M.test(sentence) || (previous !== null && PRONOUN_M.test(previous.src.slice(previous.start, previous.end)));
    if (fem !== masc) source = [...ctx.speakers].reverse().find((name) => isFeminineGiven(name.split(" ")[0]!) === fem) ?? null;
  }
  source ??= ctx.headerSource;
  return source;
}

/** "в наших списках", "по нашим данным", "мы насчитываем": the organisation writing speaks of its own figures. */
const FIRST_PERSON = /(?:^|[^а-яёіў])(?:наш(?:их|ем|им|ими|е|а|у)?|мы|нашых|нашым|нашай)(?![а-яёіў])/i;
/**
 * "В августе 2024 года в наших списках было более 700 человек … По данным проекта «…Мемориал», … не менее 770": a
 * first-person stock claim left unattributed is the organisation's whose figures the text gives elsewhere (only
 * when it cites one organisation and no person).
 */
export function firstPersonClaims(facts: Facts, title: string, text: string): void {
  const loose = facts.prisoner_count_claims.filter((c) => c.attributed_to === "unattributed");
  if (loose.length === 0) return;
  const sources = new Set(facts.prisoner_count_claims.filter((c) => c.attributed_to !== "unattributed").map((c) => c.attributed_to));
  // "… спросила у юриста правозащитного центра «Весна» Павла Сапелко. — По нашим данным, 1135": in an interview (lines
  // opening with a dash) with no other source, the organisation named in the lead (its first paragraph) speaks.
  if (sources.size === 0 && /\n\s*[—–]\s/.test(text)) {
    const lead = text.slice(0, text.indexOf("\n") > 0 ? text.indexOf("\n") : text.length);
    const named = new Set(SOURCES.filter(([re, org]) => org !== "human rights groups" && re.test(lead)).map(([, org]) => org));
    if (named.size === 1) sources.add([...named][0]!);
  }
  if (sources.size !== 1) return;
  const source = [...sources][0]!;
  if (facts.persons.some((p) => p.name === source)) return;
  for (const c of loose) {
    const e = c.evidence[0];
    if (!e) continue;
    const src = e.field === "title" ? title : text;
    const from = Math.max(src.lastIndexOf(".", e.start) + 1, e.start - 120);
    if (FIRST_PERSON.test(src.slice(from, e.start))) c.attributed_to = source;
  }
}
