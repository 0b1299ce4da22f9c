/**
 * @module extract/ru/roles-ru
 * The people a sentence names and the role each mention gives them: full names, a quote's speaker
 * named by surname alone ("Тихановская: «…»"), a surname alone next to a release verb, later
 * mentions by surname of people already found; then the roles read around each name. A list
 * shares the role of its head, and in a report about letters to prisons the addressees and the
 * people whose relatives write are held. Also adds the sentence's people to the facts.
 */
import { toNominative } from "../../names/index.js";
import { evidenceAt, type RuCtx, type SentCtx } from "./context-ru.js";
import { KIN_RIGHT_BEFORE, PARDON, RELEASE } from "./lexicon-ru.js";
import { addPerson, findRuNames, isSurnameShape, roleOf } from "./persons-ru.js";

/** The words before a byline or credit on the same line. */
const BYLINE = /(?:автор|авторы|фото|текст|редактор|корреспондент|подготовил[аи]?|аўтар|тэкст|фота)\s*[:—-]?\s*(?:[А-ЯЁA-Z][^\n:]{0,25}[,/]\s*)?$/i;
/** An interviewer's or compiler's credit opening its line: "Гутарыла Наталля Гайдук", "Беседовал Иван Петров". */
const CREDIT_VERB = /(?:^|\n)\s*(?:Гутарыл[аі]|Гутарыў|Размаўлял[аі]|Размаўляў|Беседовал[аи]?|Записал[аи]?|Запісаў|Запісала|Составил[аи]?|Склаў|Склала)\s*[:—-]?\s*$/;
/**
 * "Тихановская: «…»", "Латушко: «…»": a quote introduced by its speaker and a colon. Its counts
 * belong to the speaker (one or two capitalised words, the name in the nominative).
 */
const COLON_SPEAKER = /^[\s\p{Extended_Pictographic}\uFE0F]*([А-ЯЁІЎ][а-яёіў-]+(?:\s+[А-ЯЁІЎ][а-яёіў-]+)?)\s*:\s*[«"„]/u;
/** A capitalised word not after a preposition (a place: "в Киев", "из Гродно"). */
const LONE_SURNAME = /(^|[^А-ЯЁІЎа-яёіў-](?<!(?:^|\s)(?:в|во|из|у|ў|на|до|под|с|з|за|к|ад|от)\s))([А-ЯЁІЎ][а-яёіў]{3,})(?![а-яёіў-])(?!\s+[А-ЯЁІЎ])/gu;
/** Release words right after such a surname ("Ціханоўскага вызвалілі") or right before it. */
const LONE_RELEASE_AFTER = /^\s*(?:—\s*)?(?:был[аи]? |уже |тоже |также |таксама )?(?:освобожд|освобожд[её]н|вышл?[аи]? на свободу|вышел на свободу|вышл?[аи]? из|вызвалілі|вызвален|выйшаў|выйшла|помилован|памілаван|отпустил|выпустил)/i;
const LONE_RELEASE_BEFORE = /(?:освободили|отпустили|выпустили|вызвалілі|выпусцілі|помиловал[аи]?|памілаваў|обменяли|абмянялі)\s+(?:[а-яёіў-]+\s+){0,2}$/i;
/** Two names joined as a list ("Алесь Беляцкий, Валентин Стефанович и юрист Максим Знак"). */
const LIST_GAP = /^[\s,]*(?:и|а также|і|ды)?\s*(?:[а-яёіў«»"-]+\s+){0,4}$/;
/** Relatives as a group: "родственники", "родные", "близкие", "семья" (and the Belarusian words). */
const KIN_WORD = /родственник|родн(?:ые|ых|ым)|близки[ехм]|сем(?:ья|ьи|ье|ью)(?![а-яё])|сваяк|родныя|блізкі[яхм]|сям['’]?(?:я|і)(?![а-яёіў])/i;
/** A relatives' word right before a name ("родственники Максима Знака"). */
const KIN_BEFORE = new RegExp(`(?:${KIN_WORD.source})[а-яёіў]*\\s+(?:[а-яёіў]+\\s+)?$`, "i");
/** Writing to someone: "мы пишем", "продолжаем писать", "напишите", "пішам". */
const WRITE_TO = /(?:^|[^а-яёіў])(?:пиш(?:ем|ут|у|ите)|писать|напиш(?:ите|ем|у)|написать|пішам|пішуць|пісаць|напішыце|напісаць)(?![а-яёіў])/i;
/** A surname in the dative: "Колесниковой", "Статкевичу", "Знаку", "Калеснікавай". */
const DATIVE_SURNAME = /(?:у|ю|ой|ей|ай)$/;
/** A given name in the dative before a surname that does not decline: "Виктору Бабарико". */
const DATIVE_GIVEN = /^[А-ЯЁІЎ][а-яёіў]+(?:у|ю)\s/u;

/** "(ч. 1 ст. 342 УК", "(ст. 361-1 УК", "(п. 2 ч. 1 ст. 130": an article of a criminal code right after a name. */
const CODE_ARTICLE_AFTER = /^\s*\(\s*(?:п\.\s*\d+\s*)?(?:ч\.\s*\d+\s*)?(?:ст\.|арт\.)\s*\d/;
/** "лаўрэата Нобелеўскай прэміі", "лауреата Нобелевской премии": a capitalised adjective before a common noun is no surname. */
const ADJ_BEFORE_NOUN = /(?:ск|цк)(?:ай|ой|ая|ую|ага|ого|ім|им|ий|і)$/;
const NOUN_NEXT = /^\s+(?!(?:и|і|а|в|во|у|ў|з|с|из|на|ды|но|да|после|пасля|вместе|разам|вчера|сегодня|учора|сёння|ещё|еще|яшчэ|также|таксама)(?![а-яёіў]))[а-яёіў]{3,}/;
/** A capitalised word, maybe hyphenated: a candidate surname mention. */
const CAP_WORD = /[А-ЯЁІЎ][а-яёіў]+(?:-[А-ЯЁІЎ][а-яёіў]+)?/gu;
/**
 * Capitalised words in `text[from, to)` that are a declined form of the surname of a person
 * already found (not inside another hit): "Статкевича" for "Николай Статкевич".
 */
function surnameMentions(text: string, from: number, to: number, hits: { start: number; end: number }[], index: SurnameIndex): { name: string; start: number; end: number }[] {
  if (index.byPrefix.size === 0) return [];
  const out: { name: string; start: number; end: number }[] = [];
  CAP_WORD.lastIndex = 0;
  const span = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = CAP_WORD.exec(span)) !== null) {
    if (m[0].length < 4) continue;
    const low = m[0].toLowerCase();
    // Only the stems sharing the word's first four letters can match: no scan over every person.
    const bucket = index.byPrefix.get(low.slice(0, 4));
    if (!bucket) continue;
    const start = from + m.index;
    if (hits.some((h) => start >= h.start && start < h.end)) continue;
    const hit = bucket.find(([stem, , max]) => low.startsWith(stem) && low.length <= max);
    if (hit) out.push({ name: hit[1], start, end: start + m[0].length });
  }
  return out;
}

/**
 * Surname stems of the people found so far, bucketed by their first four letters, in the order
 * the people were found (the first match wins, as before). Rebuilt only when the list changes.
 */
export interface SurnameIndex {
  names: string[];
  byPrefix: Map<string, [string, string, number][]>;
}
function surnameIndex(known: string[], prev: SurnameIndex | null): SurnameIndex {
  if (prev && prev.names.length === known.length && prev.names.every((n, i) => n === known[i])) return prev;
  const byPrefix = new Map<string, [string, string, number][]>();
  for (const full of known) {
    const parts = full.split(" ");
    if (parts.length < 2) continue;
    const surname = parts.at(-1)!.toLowerCase();
    // Drop a final vowel: "Колесникова" -> "колесников" covers Колесниковой, Колесникову.
    const stem = /[аяоеиыуюь]$/.test(surname) ? surname.slice(0, -1) : surname;
    if (stem.length < 4) continue;
    const key = stem.slice(0, 4);
    let bucket = byPrefix.get(key);
    if (!bucket) byPrefix.set(key, (bucket = []));
    bucket.push([stem, full, surname.length + 3]);
  }
  return { names: known.slice(), byPrefix };
}

/**
 * Reads the people sentence `sc` names into `sc.names`, the role each mention gives them into
 * `sc.roles`, and a quote's speaker into `sc.quoteSpeaker`. (They are added to the facts only at
 * the end of the sentence, by `addPersons`, once its releases are known.)
 */
export function readPeople(ctx: RuCtx, sc: SentCtx): void {
  const { s, sentence } = sc;
  // Bylines and photo credits name no one in the story ("Автор: Иван Петров", "Фото: …").
  const names = findRuNames(s.src, s.start, s.end).filter((h) => !BYLINE.test(s.src.slice(Math.max(s.start, h.start - 40), h.start)) && !(h.start - s.start < 20 && CREDIT_VERB.test(s.src.slice(Math.max(0, h.start - 20), h.start))));
  sc.names = names;
  sc.quoteSpeaker = colonSpeaker(sc, ctx.facts.persons);
  // "Ціханоўскага вызвалілі разам з яшчэ 13": a surname alone next to a release verb is a person.
  if (RELEASE.test(sentence) || PARDON.test(sentence)) loneSurnames(sc);
  // Later mentions by surname alone ("Статкевича вернули в колонию") carry roles too.
  if (ctx.facts.persons.length > 0) {
    const known = surnameIndex(ctx.facts.persons.map((p) => p.name), ctx.known);
    ctx.known = known;
    names.push(...surnameMentions(s.src, s.start, s.end, names, known));
  }
  // The role cue before a name is read only back to the previous name: "лидер оппозиции
  // Светлана Тихановская поблагодарила Дональда Трампа" says nothing about Trump.
  sc.roles = names.map((h, i) => roleOf(h.name, sentence, h.start - s.start, h.end - s.start, i > 0 ? names[i - 1]!.end - s.start : 0));
  // "Татьяна Ковалевич (ч. 1 ст. 342 УК)": a name with an article of the criminal code in brackets is a defendant.
  if (names.length > 0 && sentence.includes("(")) sc.names.forEach((h, i) => { if (sc.roles[i] === "other" && CODE_ARTICLE_AFTER.test(s.src.slice(h.end, h.end + 24))) sc.roles[i] = "prisoner"; });
  if (ctx.lettersDoc && names.length > 0 && KIN_WORD.test(sentence)) kinRoles(sc);
  listRoles(sc);
  if (ctx.lettersDoc && names.length > 0 && WRITE_TO.test(sentence)) addresseeRoles(sc);
}

/**
 * "Тихановская: «…»": the speaker of a quote introduced with a colon, even by surname alone (then
 * added to the sentence's names).
 */
/** "«…», — написала Тихановская", "«…» — заявіў Ціханоўскі": a speech verb after a closing quote and a dash, then the speaker. */
const SPEAKER_AFTER_QUOTE = /[»"]\s*,?\s*[—–-]\s*(?:заявил|написал|сказал|отметил|подчеркнул|добавил|прокомментировал|рассказал|напомнил|заявіў|заявіла|напісаў|напісала|сказаў|сказала|адзначыў|адзначыла)[аи]?\s+(?:[а-яёіў]+\s+){0,3}?([А-ЯЁІЎ][а-яёіў]+(?:-[А-ЯЁІЎ][а-яёіў]+)?)/u;
function colonSpeaker(sc: SentCtx, persons: { name: string }[]): string | null {
  // ("«…более 1300 политзаключенных…», — написала Тихановская": the speaker named after the quote and its dash.)
  const colon = COLON_SPEAKER.exec(sc.sentence) ?? (sc.sentence.includes("»") || sc.sentence.includes("\"") ? SPEAKER_AFTER_QUOTE.exec(sc.sentence) : null);
  if (!colon) return null;
  const at = sc.s.start + colon.index + colon[0].indexOf(colon[1]!);
  const hit = sc.names.find((h) => h.start <= at && h.end > at);
  if (hit) return hit.name;
  // (A surname alone names the person already found with it: "— написала Тихановская" after "Светланы Тихановской".)
  const known = colon[1]!.includes(" ") ? undefined : persons.find((p) => p.name.endsWith(` ${colon[1]!}`));
  if (known) return known.name;
  if (!colon[1]!.includes(" ") && isSurnameShape(colon[1]!)) {
    sc.names.unshift({ name: colon[1]!, start: at, end: at + colon[1]!.length });
    return colon[1]!;
  }
  return null;
}

/** Adds to the sentence's names the surnames standing alone right before or after a release word. */
function loneSurnames(sc: SentCtx): void {
  const { s, names } = sc;
  LONE_SURNAME.lastIndex = 0;
  const span = sc.sentence.slice(0, 4000);
  let lm: RegExpExecArray | null;
  while ((lm = LONE_SURNAME.exec(span)) !== null) {
    const word = lm[2]!;
    const at = s.start + lm.index + lm[1]!.length;
    if (!isSurnameShape(word) || names.some((h) => at >= h.start && at < h.end)) continue;
    const after = span.slice(lm.index + lm[0].length, lm.index + lm[0].length + 30);
    const beforeWord = span.slice(Math.max(0, lm.index + lm[1]!.length - 30), lm.index + lm[1]!.length);
    if (!LONE_RELEASE_AFTER.test(after) && !LONE_RELEASE_BEFORE.test(beforeWord)) continue;
    if (ADJ_BEFORE_NOUN.test(word) && NOUN_NEXT.test(after) && !LONE_RELEASE_AFTER.test(after)) continue;
    // Belarusian oblique adjectival surnames: "Ціханоўскага" -> "Ціханоўскі".
    const name = /[ўщ]?(?:ск|цк)(?:ага|аму|ім)$/.test(word) ? word.replace(/(?:ага|аму|ім)$/, "і") : toNominative(word);
    names.push({ name, start: at, end: at + word.length });
  }
  names.sort((a, b) => a.start - b.start);
}

/**
 * "такие же ответы получали родственники Максима Знака и Марии Колесниковой": in a report about letters to
 * prisons, the person whose family writes or is answered is the one held.
 */
function kinRoles(sc: SentCtx): void {
  const { s, roles } = sc;
  sc.names.forEach((h, i) => {
    if (roles[i] === "other" && KIN_BEFORE.test(s.src.slice(Math.max(s.start, h.start - 40), h.start))) roles[i] = "prisoner";
  });
}

/** A list shares the role of its head: "В заключении находятся Алесь Беляцкий, Валентин Стефанович и Марфа Рабкова". */
function listRoles(sc: SentCtx): void {
  const { s, names, roles } = sc;
  for (let i = 1; i < names.length; i++) {
    const prev = roles[i - 1]!;
    if (roles[i] !== "other" || prev === "official" || prev === "other") continue;
    const gap = s.src.slice(names[i - 1]!.end, names[i]!.start);
    // A verb between two names ("Тихановская поблагодарила Дональда Трампа") ends the list.
    // ("Сергей Тихановский, муж Светланы Тихановской": a relative named in an apposition is not in the list.)
    if (((LIST_GAP.test(gap) && !/[а-яёіў](?:ла|ли|ло|ал|ил|ет|ют|ит|ят|ся|ць)(?:\s|$)/i.test(gap)) || APPOSITION_GAP.test(gap)) && !KIN_RIGHT_BEFORE.test(gap)) roles[i] = prev;
  }
  // "Марию Колесникову, Максима Знака и Николая Статкевича держат за решёткой": a cue after the last name
  // of a bare list (names joined by commas and «и» only) holds for the names before it.
  for (let i = names.length - 2; i >= 0; i--) {
    const next = roles[i + 1]!;
    const gap = s.src.slice(names[i]!.end, names[i + 1]!.start);
    if (roles[i] === "other" && (next === "prisoner" || next === "released") && (BARE_GAP.test(gap) || APPOSITION_GAP.test(gap))) roles[i] = next;
  }
}
/**
 * "Мікола Статкевіч, якога ў 2021 годзе асудзілі на 14 гадоў, і журналіст Андрэй Пачобут", "Эвана Гершковича,
 * осужденного на 16 лет, и журналистку «Радио Свобода» Алсу Курмашеву": a relative or participle clause
 * between commas, then «и» (or the «ни» of "ни X, …, ни Y") and a few words before the next name, still joins a list.
 */
const APPOSITION_GAP = /^\s*,\s*(?:(?:который|которая|которого|которую|которому|которой|якога|якую|які|якая|якому|якой)\s|[а-яёіў]+(?:нного|нную|нной|нному|ннага|нага|най|ную|вшего|вшую|вшей|ўшага|ўшую))[^,.;:«»"()]{0,60},\s*(?:и|і|а также|ни|ні)\s+(?:[0-9а-яёіў-]+\s+|«[^»]{1,30}»\s+){0,3}$/i;
/** Two names joined by a comma or «и» alone. */
const BARE_GAP = /^\s*(?:,|и|і)\s*$/;

/**
 * "Марии Колесниковой мы пишем с 2021 года", "напишите Максиму Знаку": in a report about letters to
 * prisons, the addressee of letters (a name in the dative) is a prisoner.
 */
function addresseeRoles(sc: SentCtx): void {
  const { s, roles } = sc;
  sc.names.forEach((h, i) => {
    // ("Виктору Бабарико": a surname that does not decline; the given name is in the dative.)
    if (roles[i] === "other" && (DATIVE_SURNAME.test(s.src.slice(h.start, h.end)) || DATIVE_GIVEN.test(s.src.slice(h.start, h.end))) && !/(?:^|\s)(?:о|об|про|пра|к|по|ко)\s+$/i.test(s.src.slice(Math.max(0, h.start - 5), h.start))) roles[i] = "prisoner";
  });
}

/** Adds every person sentence `sc` names to the facts, in the role the mention gives them. */
export function addPersons(ctx: RuCtx, sc: SentCtx): void {
  const { s, sentence, roles } = sc;
  sc.names.forEach((h, i) => addPerson(ctx.facts.persons, h.name, roles[i]!, sentence.slice(0, 120), evidenceAt(s.field, h.start, h.end)));
}
