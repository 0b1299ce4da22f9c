/**
 * @module extract/ru/extract-ru
 * Facts from a Russian or Belarusian report, in the same schema as the English extractor.
 *
 * Reads sentence by sentence (title first). A sentence with the pardon vocabulary and a count
 * of people opens a pardon event (the title and the body usually state the same round: equal
 * counts merge); the sentences that follow fill its breakdown (women, men, chronic illness…),
 * its ordinal ("уже шестая волна") and its names ("в их числе … Игорь Лосик"). Outside a
 * pardon, a count of political prisoners with a "still held" verb is a stock claim, and other
 * counts of people become other_counts.
 */
import { parsePublished } from "../dates.js";
import { emptyFacts, type Evidence, type ExtractInput, type Facts, type PardonEvent, type PersonRole, type PrisonerCountClaim, type Release } from "../facts.js";
import { splitSentences } from "../sentences.js";
import { findRuDates, type RuDate } from "./dates-ru.js";
import {
  PRISONER_AFTER, BREAKDOWN, CLAUSE_CATEGORY, EVENT_NOUN, FLOW, IN_COUNTRY, ORDINAL_STEMS, OTHER_CATEGORY, PARDON, PEOPLE_NOUN, POLITICAL, RECOGNISED,
  RELEASE, ROUND_NOUN, SINCE_START, SOURCES, STOCK, SUBGROUP_ANY, SUBGROUP_BEFORE,
} from "./lexicon-ru.js";
import { findRuNumbers, type RuNumber } from "./numbers-ru.js";
import { addPerson, findRuNames, type NameHit, isFeminineGiven, isKnownOfficial, isSurnameShape, roleOf, samePerson, SPEECH_BEFORE } from "./persons-ru.js";
import { toNominative } from "../../names/index.js";

/** True when a release already names this person, in any spelling ("Кастусёва" in a title, "Кастусёў" in the body). */
function namedIn(releases: Release[], name: string): boolean {
  return releases.some((r) => r.names.some((n) => n === name || samePerson(n, name)));
}

type Field = "title" | "text";
interface Sentence {
  field: Field;
  src: string;
  start: number;
  end: number;
}

/** Numbers that are ages, durations, years or article numbers rather than counts. */
const NOT_A_COUNT = /^\s*(?:лет|года?(?![а-яё])|годам|годы|гадоў|гады|гадам|г\.|%|процент|раз[а]?(?![а-яё])|месяц|дн|час|минут|суток|рубл|евро|доллар|статья|стат|ст\.|колони|-[а-я]{1,2}(?![а-яё]))/i;
const AGE_BEFORE = /(?:старше|моложе|младше|нет|до|за|от|в возрасте)\s*$/i;
/** "уже 30 лет", "в 2025 году": periods make a count a flow, not a release of people. */
const PERIOD = /в 20\d\d год|год стал|(?:в|за) (?:этом|этот|уходящем|уходящий|минувшем|минувший|прошлом|прошедший) году?(?![а-яё])|за 20\d\d|за год|с начала года|за весь|в течение года|за последн|з пачатку года|у 20\d\d годзе|за ўвесь/i;
/** A pardon act, as opposed to "помилованные" naming a group already introduced. */
const PARDON_ACT = /помиловал|помилование|помиловани[еяию]|помилован[аоы]?(?![а-яё])|указ[а-я]* о помиловании|даровал|получили помилование|памілаваў|памілаванне|памілаван(?:ы|а|ыя)?(?![а-яёіў])/i;
/** "а 16 сентября — ещё 37": a further round in the same sentence needs no noun of its own. */
const FURTHER = /(?:ещё|еще|яшчэ)\s*$/i;
/** Totals over a period inside a pardon report: "с июля на свободу вышли более 200 человек". */
const SINCE_PERIOD = /(?:^|[^а-яё])(?:с|з)\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|лета|начала|20\d\d|ліпеня)|за (?:год|весь|месяц|полгода|паўгода|20\d\d)|всего|агулам/i;
/** The words before a byline or credit on the same line. */
const BYLINE = /(?:автор|авторы|фото|текст|редактор|корреспондент|подготовил[аи]?|аўтар|тэкст|фота)\s*[:—-]?\s*(?:[А-ЯЁA-Z][^\n:]{0,25}[,/]\s*)?$/i;
/** "в конце месяца", "у канцы месяца": a date known to its month. */
const END_OF_MONTH = /(?:в|у|ў) (?:конце|канцы|середине|начале|пачатку) месяца/i;
/** Sentences that list the people just freed. */
const RELEASE_MEMBERS = /^(?:в их числе|в том числе|среди них|среди которых|среди вышедших|среди освобожд|сярод іх|сярод вызваленых|(?:в|у|ў) (?:[а-яёіў]+ )?(?:групп|груп|спис|спіс|числ)[а-яёіў]* (?:вошл|попал|увайшл|трапіл)|(?:среди|сярод) (?:тех|тых), (?:кто|хто) (?:вышел|вышл|оказал|апынуў|выйшаў|выйшл))/i;
/**
 * An exchange frees people without a release verb: "В обратную сторону отправились восемь человек",
 * "обменяли на", "передали … в обмен на" (read only in a document about an exchange).
 */
const EXCHANGE_RELEASE = /взамен|наўзамен|передал[аи]?(?![а-яё])|передан[аы]?(?![а-яё])|обменял|обменян|обмен[а-я]* (?:заключ|пленн|политзаключ)|в обмен на|отправил[аи]сь|отправлен[аы]?(?![а-яё])|вернул[аи]сь (?:на родину|домой|в )/i;
/** A release verb followed by an inclusion marker: names after it are among those freed. */
const RELEASE_THEN_MEMBERS = /(?:взамен|освобод|освобожд|вышл[иао]? на свободу|выход(?:ят|зяць) на (?:свободу|волю)|на (?:свободу|волю) выход(?:ят|зяць)|вышл[иао]? из|(?:колони|тюрьм|тюрем|сизо)[а-яё]* вышл|на свободу вышл|вышел на свободу|передал|передан|обменял|обменян|в обмен на|отправил[аи]сь|отправлен|вернул[аи]сь|отпустил|вызвал)[^.]{0,200}?(?:в том числе|среди них|среди которых|в их числе|сярод іх|у тым ліку|:|(?:заключ[её]нн|политзаключ[её]нн|человек|палітвязн)[а-яёіў]*\s+—)/i;
/** Words of reported speech: a count in such a sentence belongs to the person speaking. */
const SPEECH = /заявил|сказал|напомнил|отметил|подчеркнул|считает|по словам|написал|призвал|заявіла|заявіў|нагадала/i;
/** Two names joined as a list ("Алесь Беляцкий, Валентин Стефанович и юрист Максим Знак"). */
const LIST_GAP = /^[\s,]*(?:и|а также|і|ды)?\s*(?:[а-яёіў«»"-]+\s+){0,4}$/;
/** Freed at the end of a term: "отбыв срок", "полностью отбыл наказание" (not "отбывавший пожизненный срок"). */
const SERVED = /(?:^|[^а-яё])(?:отбыв|отбыл[аи]?|отбывш[а-яё]+)(?:\s+(?:весь|полный|свой|назначенный|полностью))?\s+(?:срок|наказание)|по окончании срока|полностью отбыл|после отбытия|адбыўшы|адбыў(?:шы)? тэрмін/i;
/**
 * The noun before the number: "Политзаключённых в Беларуси: 1 131", "число политзаключённых
 * составляет 1135", "сократилось до 1150", "превысило 900". Read on the 90 characters before it.
 */
const NOUN_CORE = "(?:политзаключ[её]нн[а-яё]*|политических заключ[её]нн[а-яё]*|палітвязн[яеў]+|узник[а-яё]* совести)(?:\\s+(?:в|у|ў)\\s+[а-яёіў]+)?\\s*(?:(?:сейчас|ныне|сегодня|уже|по-прежнему|зараз)\\s+)?";
// Up to three words may stand between the noun and a verb ("за месяц", "по данным «Вясны»"), not before a bare colon.
const NOUN_BEFORE = new RegExp(`${NOUN_CORE}(?:(?:[а-яёіў«»-]+\\s+){0,3}(?:составля[а-яё]+|составил[аио]?|достиг(?:ло|ает|ла)?|превысил[аио]?|превышает)|[:—–])\\s*$`, "i");
/** The noun of political prisoners right before a count of "человек" (only time words between). */
const NOUN_GENITIVE_BEFORE = new RegExp(`${NOUN_CORE}$`, "i");
/** "в её отряде", "у камеры": a prison unit before a count of its inmates. */
const CELL_BEFORE = /(?:^|[^а-яёіў])(?:в|у|ў)\s+(?:(?:его|её|ее|их|моём|моем|нашем|одном|одной|той|этой|яго|яе|іх|адной|адным|нашай)\s+)?(?:отряде|камере|бараке|атрадзе|камеры|бараку|палате)\s*(?:[—–:]\s*)?$/i;
/** "среди вышедших на свободу оказались", "сярод вызваленых —": a part of the round's group follows. */
const PART_OF_FREED = /(?:среди|сярод|в числе)\s+(?:помилованн|памілаван|освобожд[её]нн|вышедших(?:\s+на\s+свободу)?|вызваленых|выпущенных)[а-яёіў]*(?:\s+[а-яёіў]+){0,2}\s*[—–]?\s*$/i;
/** "среди пятидесяти двух освобождённых четырнадцать иностранцев": a part of a counted group (the words around the first count). */
const AMONG_BEFORE = /(?:^|[^а-яёіў])(?:среди|сярод|из|з)\s*$/i;
const AMONG_AFTER = /^\s*(?:освобожд|помилованн|вышедш|вызвален|памілаван|задержанн|вывезенн)[а-яёіў]*\s*$/i;
/** "из них восьмеро", "з іх пяцёра": a part of the group just counted. */
const OF_THEM_BEFORE = /(?:^|[^а-яёіў])(?:из них|из которых|из их числа|з іх|з якіх|среди них|сярод іх)\s*(?:[—–:]\s*)?$/i;
/** "пяцёра ведалі пра памілаванне": people who know or heard of a pardon are not pardoned. */
const KNOW_AFTER = /^\s*(?:[а-яёіў]+\s+){0,2}?(?:знал|знают|знает|слышал|ведал|ведаюць|ведае|чул[іи]|узнал|даведал|помн)/i;
/** "его вернули в колонию", "семидесятилетнего политика вернули в колонию": the person just named. */
const RETURNED_OBJECT = /(?:^|[^а-яёіў])(его|её|ее|яго|яе|(?:[а-яёіў]+(?:ого|его|ага)\s+)?[а-яёіў]+[ауюя])\s+(?:снова\s+|обратно\s+|зноў\s+)?(?:вернули|этапировали|перевели|поместили|вярнулі|этапавалі|перавялі)\s+(?:[а-яёіў]+\s+)?(?:в колони|в тюрьм|в сизо|[уў] калоні|[уў] турм|[уў] сізо)/i;
/** "она по-прежнему в колонии", "ён дагэтуль за кратамі": the person named in the sentence is held. */
const STILL_HELD_PRONOUN = /(?:^|[^а-яёіў])(он|она|ён|яна)\s+(?:по-прежнему|всё ещё|все еще|до сих пор|па-ранейшаму|дагэтуль|усё яшчэ|остаётся|остается|застаецца|находится|знаходзіцца)\s+(?:[а-яёіў]+\s+)?(?:в колони|в тюрьм|в сизо|в заключении|за решётк|за решетк|[уў] калоні|[уў] турм|[уў] зняволенні|за кратамі)/i;
/** People carried somewhere: "доставили тем же самолётом", "привезли в Вильнюс". */
const TRANSPORTED = /доставил[аи]?(?![а-яё])|доставлен[аы]?(?![а-яё])|привезл[аи]|переправил[аи]|даставілі|прывезлі|тем же (?:самол[её]т|рейс|борт)|тым жа (?:самал[её]т|рэйс)/i;
/** Relatives as a group: "родственники", "родные", "близкие", "семья" (and the Belarusian words). */
const KIN_WORD = /родственник|родн(?:ые|ых|ым)|близки[ехм]|сем(?:ья|ьи|ье|ью)(?![а-яё])|сваяк|родныя|блізкі[яхм]|сям['’]?(?:я|і)(?![а-яёіў])/i;
const KIN_BEFORE = new RegExp(`(?:${KIN_WORD.source})[а-яёіў]*\\s+(?:[а-яёіў]+\\s+)?$`, "i");
/** Writing to someone: "мы пишем", "продолжаем писать", "напишите", "пішам". */
const WRITE_TO = /(?:^|[^а-яёіў])(?:пиш(?:ем|ут|у|ите)|писать|напиш(?:ите|ем|у)|написать|пішам|пішуць|пісаць|напішыце|напісаць)(?![а-яёіў])/i;
/** A surname in the dative: "Колесниковой", "Статкевичу", "Знаку", "Калеснікавай". */
const DATIVE_SURNAME = /(?:у|ю|ой|ей|ай)$/;
/** A given name in the dative before a surname that does not decline: "Виктору Бабарико". */
const DATIVE_GIVEN = /^[А-ЯЁІЎ][а-яёіў]+(?:у|ю)\s/u;
/** "Теперь их 1142", "их стало 1150", "цяпер іх 1140": a count of the group named just before. */
const THEIR_COUNT = /(?:^|[^а-яёіў])(?:(?:теперь|сейчас|всего|итого|цяпер|зараз)\s+(?:их|іх)|(?:их|іх)\s+(?:стало|было|теперь|сейчас|уже|цяпер))\s*(?:[:—–]\s*)?$/i;
/** The same when the verb was read as the number's qualifier ("превысило 900", "сократилось до 1150"). */
const NOUN_QUALIFIED = new RegExp(`${NOUN_CORE}(?:(?:[а-яёіў«»-]+\\s+){0,3}(?:(?:сократил|снизил|уменьшил|увеличил)[аио]?сь|вырос(?:ло|ла)?)|[:—–])?\\s*$`, "i");
/** The decree just announced: "Указ коснулся 30 человек", "документ распространяется на…". */
const DECREE_REF = /(?:^|[^а-яёіў])(?:указ|указом|документ|ўказ)(?![а-яёіў])/i;
/** "остальные семь", "остальных пятерых", "астатнія сем": the rest of a group just counted. */
const REST_BEFORE = /(?:^|[^а-яёіў])(?:остальн|астатні)[а-яёіў]*\s*$/i;
/**
 * "Правозащитники установили имена части освобождённых, среди них Игорь Олиневич": right after a
 * pardon round, the names of "the freed" are members of that round (pardoned), not a new release.
 */
const ROUND_FREED_MEMBERS = /(?:освобожд[её]нн|помилованн|вышедш|вызвален|памілаван)[а-яёіў]*[^.;]{0,40}?(?:среди них|среди которых|в их числе|в том числе|сярод іх)/i;
/**
 * "Число освобождённых за год составило 342", "количество задержанных превысило 500": a count of
 * people named by the noun before it (not political prisoners: that is a stock, NOUN_BEFORE).
 * Read on the 90 characters before the number; the verb may have become the number's qualifier.
 */
const COUNT_NOUN_BEFORE = /(?:^|[^а-яёіў])(?:число|количество|колькасць|лік)\s+(освобожд|помилованн|вышедш|вызвален|памілаван|задержанн|затрыман|осужд[её]нн|арестованн|обменянн|депортированн)[а-яёіў]*(?:\s+[^\s.;]+){0,4}?\s*(?:(?:составил[аои]?|составляет|достиг(?:ло|ла)?|склала|склаў|перавысіла|превысил[аои]?|превышает)\s*|[:—–]\s*)?$/i;
const COUNT_NOUN_WHAT: Record<string, string> = {
  освобожд: "released", вышедш: "released", вызвален: "released", обменянн: "released in exchanges", помилованн: "pardoned", памілаван: "pardoned",
  задержанн: "detained", затрыман: "detained", арестованн: "detained", осуждённ: "convicted", осужденн: "convicted", депортированн: "deported",
};
/**
 * "Тихановская: «…»", "Латушко: «…»": a quote introduced by its speaker and a colon. Its counts
 * belong to the speaker (one or two capitalised words, the name in the nominative).
 */
const COLON_SPEAKER = /^[\s\p{Extended_Pictographic}\uFE0F]*([А-ЯЁІЎ][а-яёіў-]+(?:\s+[А-ЯЁІЎ][а-яёіў-]+)?)\s*:\s*[«"„]/u;
/** "Об этом в понедельник, 16 сентября, сообщила пресс-служба": the date of the story just told. */
const ABOUT_THIS = /^[\s\p{Extended_Pictographic}\uFE0F]*(?:об этом|о (?:помиловании|решении|нём|этом)|пра гэта)(?![а-яёіў])/iu;

/** A capitalised word not after a preposition (a place: "в Киев", "из Гродно"). */
const LONE_SURNAME = /(^|[^А-ЯЁІЎа-яёіў-](?<!(?:^|\s)(?:в|во|из|у|ў|на|до|под|с|з|за|к|ад|от)\s))([А-ЯЁІЎ][а-яёіў]{3,})(?![а-яёіў-])(?!\s+[А-ЯЁІЎ])/gu;
const LONE_RELEASE_AFTER = /^\s*(?:—\s*)?(?:был[аи]? |уже |тоже |также |таксама )?(?:освобожд|освобожд[её]н|вышл?[аи]? на свободу|вышел на свободу|вышл?[аи]? из|вызвалілі|вызвален|выйшаў|выйшла|помилован|памілаван|отпустил|выпустил)/i;
const LONE_RELEASE_BEFORE = /(?:освободили|отпустили|выпустили|вызвалілі|выпусцілі|помиловал[аи]?|памілаваў|обменяли|абмянялі)\s+(?:[а-яёіў-]+\s+){0,2}$/i;

/** Sentences that list the members of the round just described. */
const MEMBERS = /^(?:в их числе|в том числе|среди них|среди помилованных|среди освобожденных|среди освобождённых|помилованы|это)/i;

/**
 * "16 августа, 4 и 16 сентября 2024 года": days listed before the month they share. Bounded
 * (at most eight items) so a long line stays linear.
 */
const DAY_LIST = /(?<![\d.])(\d{1,2})(?:\s+[а-яёіў]+(?=\s*(?:,|и\s|і\s)))?((?:\s*(?:,|и|і)\s*\d{1,2}(?:\s+[а-яёіў]+(?=\s*(?:,|и\s|і\s)))?){1,8})\s+([а-яёіў]+)/giu;
const MONTH_STEM = /^(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|студзен|лют|сакавік|красавік|траўн|чэрвен|ліпен|жнів|жніўн|верас|кастрычнік|лістапад|снеж)/i;
/** Each day of a day list with the year and month of the date the list ends on. */
function dayList(src: string, from: number, to: number, dates: RuDate[]): { iso: string; start: number; end: number }[] {
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
function numberRuns(src: string, numbers: RuNumber[]): RuNumber[][] {
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

/** A figure in digits with no noun after it ("получится 569 —"); years and "№ 343" are not read here. */
const BARE_TOTAL = /^(?:\d{2,3}|\d{5,}|1\d{3}|[3-9]\d{3}|2[2-9]\d\d)\s*(?:[—–.;,]|$)/;
/**
 * A fact-check's verdict that the claim is false ("Вердикт: неправда", "Оценка — фейк", or a line or
 * headline ending in a bare «Неправда»).
 */
const FALSE_VERDICT = /(?:вердикт|оценка|вывод|вэрдыкт|ацэнка|выснова)\s*[:—–-]?\s*(?:неправда|ложь|фейк|манипуляция|неверно|не соответствует|няпраўда|хлусня|фэйк)|[?!.»]\s*(?:неправда|фейк|няпраўда|фэйк)[.!]?\s*(?:\n|$)/i;
/**
 * True when `pos` stands inside quotes opened in the same paragraph: «…» (nested quotes counted),
 * „…“ (German-style, as many Russian and Belarusian sites print them), “…” or straight "…".
 */
function insideQuote(src: string, pos: number): boolean {
  let depth = 0;
  let low = 0;
  let curly = 0;
  let straight = 0;
  for (let i = pos - 1; i >= 0 && i >= pos - 2000; i--) {
    const c = src.charCodeAt(i);
    if (c === 10) break;
    if (c === 0xab) depth++;
    else if (c === 0xbb) depth--;
    else if (c === 0x201e) low++;
    else if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
    else if (c === 0x22) straight++;
  }
  // "„" opens and its "“" closes; without a "„", "“" opens and "”" closes.
  return depth > 0 || low > curly || (low === 0 && curly > 0) || straight % 2 === 1;
}

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
  const before = days.filter((d) => d.start >= prevEnd && d.end <= n.start).at(-1);
  const after = days.find((d) => d.start >= n.end && d.start < nextStart && d.start - n.end <= 60);
  if (after && (!before || CLAUSE_OF_COUNT.test(src.slice(n.end, after.start)))) return after.iso;
  return before?.iso ?? null;
}

/** "а 16 сентября — 37": a bare count after a day and a dash, a further round in a recap. */
const DAY_DASH = /\d{1,2}\s+[а-яёіў]+\s*[—–]\s*$/i;
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
/**
 * "вышли на свободу 38 человек: 23 человека 18 января и ещё 15 — 24 января": a count whose parts
 * after a colon add up to it is a total over a period, and the parts are the rounds.
 */
const COUNT_THEN_COLON = /^[^:.;\d]{0,40}:/;
/** A part of a total may end with its own date: "и ещё 15 — 24 января". */
const PART_DATE_AFTER = /^\s*[—–-]\s*\d{1,2}\s+[а-яёіў]+\s*(?:[.;,)]|$)/i;
/** A list item: "— 21 июня: …", "• …", "1) …". */
const BULLET = /^\s*(?:[—–•-]|\d{1,2}[.)]\s)/u;
/** "Сярод іх …" inside a list item. */
const ITEM_MEMBERS = /в том числе|среди них|среди которых|в их числе|сярод іх|у тым ліку/i;

/**
 * A chronology: lines holding only a date ("16 жніўня", "Конец декабря") head the entries below
 * them. Three such lines make the document a chronology.
 */
const HEADING_SRC = "^[ \\t]*(?:\\d{1,2}[ \\t]+[а-яёіў]+(?:[ \\t]+\\d{4}(?:[ \\t]*(?:года|г\\.))?)?|(?:конец|начало|середина|канец|пачатак|сярэдзіна)[ \\t]+[а-яёіў]+)[ \\t]*$";
const HEADING_DATE = new RegExp(HEADING_SRC, "gimu");
const HEADING_DATE_FIRST = new RegExp(HEADING_SRC, "imu");
function headingCount(text: string): number {
  if (!text.includes("\n")) return 0;
  HEADING_DATE.lastIndex = 0;
  let k = 0;
  while (HEADING_DATE.exec(text) !== null && k < 3) k++;
  return k;
}

/** "Среди освобождённых три женщины", "Сярод вызваленых …": the group of a round was freed. */
const WITH_PRONOUN = /(?:вместе с|разам з|с|з)\s+(ним|ней|ім|ёй)(?![а-яёіў])/i;
const FREED_GROUP = /(?:среди|из|в числе|сярод|з)\s+(?:освобожд[её]нн|вышедших на свободу|вызваленых|выпущенных)[а-яёіў]*/i;

/** A pronoun that points back to a speaker: "Она написала", "По её словам". */
const PRONOUN_F = /(?:^|[^а-яё])(?:она|её|ее|ей|яна|яе)(?![а-яё])/i;
const PRONOUN_M = /(?:^|[^а-яё])(?:он|его|ему|ён|яго)(?![а-яё])/i;

function clauseAround(src: string, s: Sentence, start: number, end: number, from = s.start): string {
  let a = start;
  while (a > from && !/[,;:(]/.test(src[a - 1]!)) a--;
  let b = end;
  while (b < s.end && !/[,;:)]/.test(src[b]!)) b++;
  let clause = src.slice(a, b);
  // "…один человек совершил преступление, будучи несовершеннолетним": the cue may follow a comma.
  const next = /^[,]\s*(будучи|в том числе|в возрасте|страдающ|имеющ|с |старше|моложе|младше|старэйш|маладзейш)[^,;.]*/i.exec(src.slice(b, Math.min(s.end, b + 80)));
  if (next) clause += next[0];
  return clause;
}

function sourceOf(sentence: string, viasnaInDoc: boolean): string | null {
  for (const [re, name] of SOURCES) {
    if (!re.test(sentence)) continue;
    // Reports that cite Viasna elsewhere mean Viasna when they say "правозащитники".
    if (name === "human rights groups" && viasnaInDoc) return "Viasna";
    return name;
  }
  return null;
}

/** "впервые в этом году", "упершыню ў 2025 годзе": the first round of the year ("впервые с 2020 года" is not). */
const FIRST_THIS_YEAR = /(?:впервые|упершыню)\s+(?:(?:в|у|ў)\s+(?:этом|нынешнем|текущем|гэтым|20\d\d)\s+(?:году|годзе)|(?:с|з)\s+(?:начала|пачатку)\s+года)/i;
/** Belarusian masculine ordinals end in -ы/-і ("чацвёрты крок", "трэці раз"). */
const BE_ORDINAL = /^(?:перш|трэц|пят|чацв[её]рт|шост|сём|восьм)[а-яёіў]*[ыі]$/;
function ordinalIn(sentence: string): number | null {
  if (/впервые|упершыню/i.test(sentence) && FIRST_THIS_YEAR.test(sentence)) return 1;
  if (!ROUND_NOUN.test(sentence)) return null;
  for (const word of sentence.toLowerCase().match(/[а-яёіў]+/g) ?? []) {
    // (The Belarusian pattern only for words ending in -ы/-і: one regex per word, as before.)
    const last = word.charCodeAt(word.length - 1);
    if (!(last === 0x44b || last === 0x456 ? BE_ORDINAL.test(word) : /(?:ая|ой|ый|ий|ое|ую|ого|ом|ае|яе|ье|ья|ью|ьей|ьего)$/.test(word))) continue;
    for (const [re, n] of ORDINAL_STEMS) if (re.test(word)) return n;
  }
  return null;
}

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
interface SurnameIndex {
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
 * The latest year (at most the publication year) written in the 3,000 characters before `pos`,
 * as `contextYearBefore` in `../dates.ts` reads it, but from one scan of the field made up front:
 * that helper rescans 3,000 characters for every sentence.
 */
const YEAR_RE = /\b(19[9]\d|20\d\d)\b/g;
function yearScan(src: string): { at: number; year: number }[] {
  const out: { at: number; year: number }[] = [];
  YEAR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_RE.exec(src)) !== null) out.push({ at: m.index, year: Number(m[1]) });
  return out;
}
function yearBefore(years: { at: number; year: number }[], pos: number, published: Date | null): number | null {
  const limit = published ? published.getUTCFullYear() : 2100;
  const best: number | null = null;
  for (let i = years.length - 1; i >= 0; i--) {
    const y = years[i]!;
    if (y.at >= pos) continue;
    if (y.at < pos - 3000) break;
    if (y.year <= limit) return y.year;
  }
  return best;
}

function newEvent(count: number, n: RuNumber, date: string | null, evidence: Evidence): PardonEvent {
  return {
    count, qualifier: n.qualifier, date, women: null, men: null, chronic_illness: null, disabled: null, over_50: null,
    with_children: null, minors: null, ordinal_in_year: null, names: [], evidence: [evidence],
  };
}

/** Words that say the people of a pardon round also walked free in the same sentence. */
const ROUND_RELEASE = /(?:освобожден|освобождён|вышл[иао]? на свободу|на свободу вышл|выход(?:ят|зяць) на (?:свободу|волю)|на (?:свободу|волю) выход(?:ят|зяць)|на свободу(?:\s+[а-яё]+){1,3}\s+вышл|на волю выйшл|выйшл[іа]? на волю|вызвален|отпустил[аи]?(?![а-яё])|выпустил[аи]?(?![а-яё])|вызвалілі|адпусцілі|выпусцілі)/i;

/** An evidence span. (A module-level function, not a per-sentence closure: see memoize in en/extract-en.ts.) */
function evidenceAt(field: Field, start: number, end: number): Evidence {
  return { field, start, end };
}

/**
 * Extracts facts from a Russian or Belarusian report.
 * @example extractRussian({ text: "Лукашенко помиловал 30 человек, среди них семь женщин." }).pardon_events[0].women // 7
 */
export function extractRussian(input: ExtractInput): Facts {
  const facts = emptyFacts();
  const title = input.title ?? "";
  const text = input.text ?? "";
  const published = parsePublished(input.published);
  const all = `${title}\n${text}`;
  const viasnaInDoc = /вясн|«весн|viasna/i.test(all);
  const country = /беларус|белорус|минск|лукашенк|лукашэнк/i.test(all) ? "Belarus" : /росси|кремл|москв/i.test(all) ? "Russia" : null;

  const sentences: Sentence[] = [];
  for (const [field, src] of [["title", title], ["text", text]] as const) {
    for (const sp of splitSentences(src)) sentences.push({ field, src, start: sp.start, end: sp.end });
  }

  // An exchange report says "передала 16 человек" for people freed.
  const exchangeDoc = /обмен|абмен/i.test(all);
  const lettersDoc = /письм|открытк|паштоўк|лісты|лістоў/i.test(all) && /колони|сизо|тюрьм|калоні|сізо|турм|за решётк|за решетк|за кратамі/i.test(all);
  // A fact-check that rules a claim false: the figures of the quoted claim are not facts.
  const falseClaimDoc = FALSE_VERDICT.test(all);
  // A chronology of pardons ("Храналогія: як памілоўвалі"): each dated entry is about a round even
  // when its own sentence ("Яшчэ 30 чалавек…", "Шостая група — 32 чалавекі") has no pardon word.
  const chronicle = headingCount(text) >= 3;
  const chronicleTopic = chronicle && (PARDON.test(title) || PARDON.test(text.slice(0, Math.max(0, text.search(HEADING_DATE_FIRST)))));
  let entryDate: string | null = null;

  /** Adds a release, merging one already found with the same count (title and body repeat it). */
  let lastRelease: Release | null = null;
  let sinceRelease = 99;
  const pushRelease = (r: Release): void => {
    const same = facts.releases.find((x) => x.count !== null && x.count === r.count && (x.date === null || r.date === null || x.date === r.date));
    if (same) {
      same.date ??= r.date;
      same.evidence.push(...r.evidence);
      lastRelease = same;
    } else {
      facts.releases.push(r);
      lastRelease = r;
    }
    sinceRelease = 0;
  };
  /** Adds a claim, merging one already found with the same figure (a headline restating the body). */
  const pushClaim = (c: PrisonerCountClaim): void => {
    const same = facts.prisoner_count_claims.find((x) => x.value === c.value && x.qualifier === c.qualifier);
    if (!same) {
      facts.prisoner_count_claims.push(c);
      return;
    }
    same.as_of ??= c.as_of;
    if (same.attributed_to === "unattributed") same.attributed_to = c.attributed_to;
    if (same.scope !== c.scope && c.scope.startsWith("recognised")) same.scope = c.scope;
    same.evidence.push(...c.evidence);
  };

  // An NGO bulletin names its publisher in its first line ("Правозащитный центр «Вясна»"):
  // its own figures need no "по данным" in every sentence.
  const firstLine = /^[^\n]{0,80}\n/.exec(text)?.[0] ?? "";
  const headerSource = firstLine ? sourceOf(firstLine, viasnaInDoc) : null;

  let current: PardonEvent | null = null;
  let sinceEvent = 99;
  let sinceReleaseTalk = 99;
  let lastTalkDate: string | null = null;
  let previous: Sentence | null = null;
  // The sentence before `previous`: an interview answer may open with a sentence before its count.
  let beforePrevious: Sentence | null = null;
  let known: SurnameIndex | null = null;
  let pardonAnnounced = false;
  // The sentence index at which a breakdown of the current round was last filled.
  let breakdownAt = -99;
  // A list opened by a line ending in a colon right after a release: its dashed items are releases.
  let releaseList = false;
  let itemNoPardon = false;
  let si = 0;
  const looseReleases: { r: Release; at: number }[] = [];
  let announcedDate: string | null = null;
  // "Минск, 9 декабря. Президент подписал…": a dateline dates the story it opens.
  const dateline = /^\s*[А-ЯЁІЎ](?:[а-яёіў-]+|[А-ЯЁІЎ-]+)(?:\s[А-ЯЁІЎ](?:[а-яёіў-]+|[А-ЯЁІЎ-]+))?,\s*(\d{1,2}\s+[а-яёіў]+(?:\s+\d{4}(?:\s*года?)?)?)\s*(?:[.—–-]|\n)/u.exec(text);
  const datelineIso = dateline ? findRuDates(text, dateline.index, dateline.index + dateline[0].length, published, null).find((d) => d.precision === "day")?.iso ?? null : null;
  const datelineEnd = dateline ? dateline.index + dateline[0].length : -1;
  let sentencesSinceDateline = 99;
  /** The last people named who were not officials, for "она / он" in reported speech. */
  const speakers: string[] = [];
  let narrative: { field: Field; at: number; iso: string } | null = null;
  const textYears = yearScan(text);
  // Created once per document, not per sentence (tsx gives every named closure a defineProperty
  // when it is created): the sentence's own values come in as arguments.
  const openRound = (count: RuNumber, roundDate: string | null, field: Field, isRelease: boolean, sentence: string, used: Set<RuNumber>): PardonEvent => {
    used.add(count);
    const evidence = evidenceAt(field, count.start, count.end);
    let event = facts.pardon_events.find((e) => e.count === count.value && (e.date === null || roundDate === null || e.date === roundDate));
    if (event) {
      event.date ??= roundDate;
      event.evidence.push(evidence);
    } else {
      event = newEvent(count.value, count, roundDate, evidence);
      facts.pardon_events.push(event);
    }
    sinceEvent = 0;
    if (isRelease && ROUND_RELEASE.test(sentence)) {
      pushRelease({ names: [], count: count.value, qualifier: count.qualifier, date: roundDate, kind: "pardon", evidence: [evidence] });
    }
    return event;
  };
  for (const s of sentences) {
    const sentence = s.src.slice(s.start, s.end);
    const contextYear = s.field === "text" ? yearBefore(textYears, s.start, published) : null;
    // A date with its year written, earlier in the same paragraph, anchors later days without one.
    const anchor = narrative && narrative.field === s.field && !s.src.slice(narrative.at, s.start).includes("\n") ? narrative.iso : null;
    const dates: RuDate[] = /\d|вчера|сегодня|понедельник|вторник|сред|четверг|пятниц|суббот|воскресень|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|студзен|лют|сакавік|красавік|траўн|чэрвен|ліпен|жні|верас|кастрычнік|лістапад|снеж/i.test(sentence)
      ? findRuDates(s.src, s.start, s.end, published, contextYear, anchor)
      : [];
    const yeared = dates.filter((d) => d.explicitYear && d.iso && (d.precision === "day" || d.precision === "month")).at(-1);
    if (yeared) narrative = { field: s.field, at: yeared.end, iso: yeared.iso! };
    const numbers = findRuNumbers(s.src, s.start, s.end).filter((n) => !dates.some((d) => n.start < d.end && n.end > d.start));
    // "В январе прошли два помилования. 18 января на свободу вышли 23 человека…": releases right
    // after a sentence announcing pardons (without counts of its own) are those pardon rounds.
    // "Главное событие — помилование 16 августа. Указ коснулся 30 человек": the decree of the pardon
    // just announced, with the date of that sentence when this one has none.
    // A heading line of a chronology dates the sentences of its entry; another short line without a
    // full stop ("Вынік", "Итоги") ends the entries.
    let heading = false;
    if (chronicle && s.field === "text" && sentence.length <= 40 && !/[.!?…:;»"]$/.test(sentence)) {
      const whole = dates.length === 1 && dates[0]!.start === s.start && dates[0]!.end === s.end && (dates[0]!.precision === "day" || dates[0]!.precision === "month");
      if (whole || numbers.length === 0) {
        heading = true;
        entryDate = whole ? dates[0]!.iso : null;
      }
    }
    const entry = !heading && entryDate !== null && s.field === "text";
    const decreeOfAnnounced = pardonAnnounced && DECREE_REF.test(sentence);
    const isPardon = PARDON.test(sentence) || (pardonAnnounced && RELEASE.test(sentence)) || decreeOfAnnounced || (entry && chronicleTopic);
    // "Россия освободила 16 человек. Взамен Москва получила восьмерых": an exchange word right after
    // a release sentence frees people even in a report that never says "обмен".
    const bullet = BULLET.test(sentence);
    if (!bullet) releaseList = false;
    const itemRelease = bullet && releaseList;
    si++;
    const isRelease = RELEASE.test(sentence) || itemRelease || ((exchangeDoc || sinceReleaseTalk === 0) && EXCHANGE_RELEASE.test(sentence));
    // "• Суды. За неделю приговоры получили 9 человек": a list item that never speaks of pardons or
    // releases is a new topic; the round of the item before does not extend into it.
    // (It reuses the pardon and release tests above: no extra scan per sentence.)
    const plainItem = !isPardon && !isRelease;
    if (bullet) itemNoPardon = plainItem;
    else if (itemNoPardon) itemNoPardon = plainItem && previous !== null && previous.field === s.field && !s.src.slice(previous.end, s.start).includes("\n");
    if (s.field === "text" && datelineEnd >= 0) sentencesSinceDateline = s.start < datelineEnd ? 0 : sentencesSinceDateline + 1;
    const dayDate = dates.find((d) => d.precision === "day" || d.precision === "month")?.iso ?? (sentencesSinceDateline === 1 ? datelineIso : null) ?? (entry ? entryDate : null);
    const used = new Set<RuNumber>();
    sinceEvent++;
    sinceRelease++;
    // "1 августа состоялся обмен. Россия передала 16 человек": a release takes the date of the
    // sentence just before when that sentence was about the same release and it has none.
    const talkDate: string | null = sinceReleaseTalk === 0 ? lastTalkDate : null;
    sinceReleaseTalk = isRelease ? 0 : sinceReleaseTalk + 1;
    // Consecutive sentences about the same release share its date.
    if (isRelease) lastTalkDate = dates.find((d) => d.precision === "day")?.iso ?? talkDate;

    // People in this sentence (added to the list at the end of the sentence, once releases are known).
    // Bylines and photo credits name no one in the story ("Автор: Иван Петров", "Фото: …").
    const names = findRuNames(s.src, s.start, s.end).filter((h) => !BYLINE.test(s.src.slice(Math.max(s.start, h.start - 40), h.start)));
    // "Тихановская: «…»": the speaker of a quote introduced with a colon, even by surname alone.
    const colon = COLON_SPEAKER.exec(sentence);
    let quoteSpeaker: string | null = null;
    if (colon) {
      const at = s.start + colon.index + colon[0].indexOf(colon[1]!);
      const hit = names.find((h) => h.start <= at && h.end > at);
      if (hit) quoteSpeaker = hit.name;
      else if (!colon[1]!.includes(" ") && isSurnameShape(colon[1]!)) {
        quoteSpeaker = colon[1]!;
        names.unshift({ name: colon[1]!, start: at, end: at + colon[1]!.length });
      }
    }
    // "Ціханоўскага вызвалілі разам з яшчэ 13": a surname alone next to a release verb is a person.
    if (RELEASE.test(sentence) || PARDON.test(sentence)) {
      LONE_SURNAME.lastIndex = 0;
      const span = sentence.slice(0, 4000);
      let lm: RegExpExecArray | null;
      while ((lm = LONE_SURNAME.exec(span)) !== null) {
        const word = lm[2]!;
        const at = s.start + lm.index + lm[1]!.length;
        if (!isSurnameShape(word) || names.some((h) => at >= h.start && at < h.end)) continue;
        const after = span.slice(lm.index + lm[0].length, lm.index + lm[0].length + 30);
        const beforeWord = span.slice(Math.max(0, lm.index + lm[1]!.length - 30), lm.index + lm[1]!.length);
        if (!LONE_RELEASE_AFTER.test(after) && !LONE_RELEASE_BEFORE.test(beforeWord)) continue;
        // Belarusian oblique adjectival surnames: "Ціханоўскага" -> "Ціханоўскі".
        const name = /[ўщ]?(?:ск|цк)(?:ага|аму|ім)$/.test(word) ? word.replace(/(?:ага|аму|ім)$/, "і") : toNominative(word);
        names.push({ name, start: at, end: at + word.length });
      }
      names.sort((a, b) => a.start - b.start);
    }
    // Later mentions by surname alone ("Статкевича вернули в колонию") carry roles too.
    if (facts.persons.length > 0) {
      known = surnameIndex(facts.persons.map((p) => p.name), known);
      names.push(...surnameMentions(s.src, s.start, s.end, names, known));
    }
    // The role cue before a name is read only back to the previous name: "лидер оппозиции
    // Светлана Тихановская поблагодарила Дональда Трампа" says nothing about Trump.
    const roles: PersonRole[] = names.map((h, i) => roleOf(h.name, sentence, h.start - s.start, h.end - s.start, i > 0 ? names[i - 1]!.end - s.start : 0));
    // "такие же ответы получали родственники Максима Знака и Марии Колесниковой": in a report about letters to
    // prisons, the person whose family writes or is answered is the one held.
    if (lettersDoc && names.length > 0 && KIN_WORD.test(sentence)) {
      names.forEach((h, i) => {
        if (roles[i] === "other" && KIN_BEFORE.test(s.src.slice(Math.max(s.start, h.start - 40), h.start))) roles[i] = "prisoner";
      });
    }
    // A list shares the role of its head: "В заключении находятся Алесь Беляцкий, Валентин Стефанович и Марфа Рабкова".
    for (let i = 1; i < names.length; i++) {
      const prev = roles[i - 1]!;
      if (roles[i] !== "other" || prev === "official" || prev === "other") continue;
      const gap = s.src.slice(names[i - 1]!.end, names[i]!.start);
      // A verb between two names ("Тихановская поблагодарила Дональда Трампа") ends the list.
      if (LIST_GAP.test(gap) && !/[а-яёіў](?:ла|ли|ло|ал|ил|ет|ют|ит|ят|ся|ць)(?:\s|$)/i.test(gap)) roles[i] = prev;
    }
    // "Марии Колесниковой мы пишем с 2021 года", "напишите Максиму Знаку": in a report about letters to
    // prisons, the addressee of letters (a name in the dative) is a prisoner.
    if (lettersDoc && names.length > 0 && WRITE_TO.test(sentence)) {
      names.forEach((h, i) => {
        // ("Виктору Бабарико": a surname that does not decline; the given name is in the dative.)
        if (roles[i] === "other" && (DATIVE_SURNAME.test(s.src.slice(h.start, h.end)) || DATIVE_GIVEN.test(s.src.slice(h.start, h.end))) && !/(?:^|\s)(?:о|об|про|пра|к|по|ко)\s+$/i.test(s.src.slice(Math.max(0, h.start - 5), h.start))) roles[i] = "prisoner";
      });
    }

    // 1. Pardon rounds with a count of people. A recap sentence may list several, each after
    //    its own date: "4 сентября помилованы 30 человек, а 16 сентября — ещё 37".
    const picks: { n: RuNumber; event: PardonEvent }[] = [];
    const openBefore: PardonEvent | null = current;
    // "16 августа, 4 и 16 сентября … помиловал 30, 30 и 37 человек соответственно", "7 и 20 ноября —
    // ещё 31 и 32": a list of days and a list of counts of the same length pair up in order.
    if (isPardon || (sinceEvent <= 2 && current !== null)) {
      const days = /\d{1,2}\s*(?:,|и|і)\s*\d/.test(sentence) ? dayList(s.src, s.start, s.end, dates) : [];
      if (days.length >= 2) {
        const run = numberRuns(s.src, numbers).find((r) => r.length === days.length && r[0]!.start > days.at(-1)!.start && (isPardon || FURTHER.test(s.src.slice(Math.max(s.start, r[0]!.start - 8), r[0]!.start))));
        if (run) {
          run.forEach((n, i) => {
            current = openRound(n, days[i]!.iso, s.field, isRelease, sentence, used);
            picks.push({ n, event: current });
          });
        }
      }
    }
    // Totals whose parts follow after a colon: "вышли 38 человек: 23 — 18 января и ещё 15 — 24 января".
    const totals = new Set<RuNumber>();
    if (numbers.length >= 3 && sentence.includes(":")) {
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
    if (isPardon) {
      const candidates = numbers.filter((n, i) => {
        if (used.has(n) || totals.has(n) || (falseClaimDoc && insideQuote(s.src, n.start))) return false;
        const after = s.src.slice(n.end, n.end + 60);
        if (NOT_A_COUNT.test(after) || /^\s*(?:—\s*)?(?:женщин|мужчин|пенсионер|жанчын|мужчын)/i.test(after)) return false;
        if (/(?<![а-яёіў])(?:из|з)\s*$/i.test(s.src.slice(n.start - 4, n.start)) || /^\s*из(?![а-яё])/i.test(after)) return false;
        // "из них восьмеро", "пяцёра ведалі пра памілаванне": a part of a group, people who heard of it.
        if (OF_THEM_BEFORE.test(s.src.slice(Math.max(s.start, n.start - 16), n.start)) || KNOW_AFTER.test(after)) return false;
        // Once a round is open, "19 помилованным" is a part of it, not a new round.
        // "Это пятое помилование с июля. … 3 июля на свободу вышли 18": a round with a day of its own.
        // "16 верасня / 37 памілаваных.": the first count of a chronology entry with a new date is a new round.
        const ownDay = (pardonAnnounced && dates.some((d) => d.precision === "day" && d.end <= n.start && d.iso !== current?.date)) || (entry && chronicleTopic && entryDate !== current?.date);
        if (current && !PARDON_ACT.test(sentence) && !decreeOfAnnounced && !ownDay) return false;
        // "Среди помилованных — 12 женщин; 9 человек старше 50 лет": parts of a round, never a round.
        // ("Среди 25 помилованных оказались…" in a title does state the round.)
        if (/^[^а-яё\d]*(?:(?:среди|сярод) (?:помилованн|памілаван|освобожд|них|іх)|из них|в их числе|в том числе)/i.test(sentence) && !PARDON_ACT.test(sentence)) return false;
        // "С июля на свободу по помилованию вышли более 200 человек" is a total, not a round.
        // ("в пятый раз с начала года помиловал … ещё 25" is a round: the period scopes the ordinal.)
        if (SINCE_PERIOD.test(s.src.slice(Math.max(s.start, n.start - 120), n.start)) && ordinalIn(sentence) === null && !FURTHER.test(s.src.slice(Math.max(s.start, n.start - 8), n.start))) return false;
        if (n.collective || PEOPLE_NOUN.test(after)) return true;
        // "двумя указами, 23 и 15 человек": two counts share the noun after the second.
        const next = numbers[i + 1];
        if (next && /^\s*(?:и|і)\s*$/.test(s.src.slice(n.end, next.start)) && PEOPLE_NOUN.test(s.src.slice(next.end, next.end + 60))) return true;
        // ("помиловали ещё двенадцать: …" may be the first count of its sentence.)
        return (i > 0 || PARDON_ACT.test(sentence)) && (FURTHER.test(s.src.slice(Math.max(s.start, n.start - 8), n.start)) || DAY_DASH.test(s.src.slice(Math.max(s.start, n.start - 24), n.start))) && (/^\s*(?:[.;,):]|$)/.test(after) || (totals.size > 0 && PART_DATE_AFTER.test(after)));
      });
      let prevEnd = s.start;
      for (const c of picks.length > 0 ? [] : candidates) {
        const between = dates.filter((d) => (d.precision === "day" || d.precision === "month") && d.start >= prevEnd && d.end <= c.start);
        const further = FURTHER.test(s.src.slice(Math.max(s.start, c.start - 8), c.start));
        // "23 и 15 человек": the second of a pair of counts is a round of its own, in the same month.
        const paired = picks.length > 0 && between.length === 0 && /^\s*(?:и|і)\s*$/.test(s.src.slice(prevEnd, c.start));
        if (picks.length > 0 && between.length === 0 && !further && !paired) continue;
        // "помиловал 31 человека 7 ноября": a day date right after the count is its own.
        const nextStart = candidates.find((x) => x.start > c.end)?.start ?? s.end;
        const right = dates.find((d) => d.precision === "day" && d.start >= c.end && d.start < nextStart && d.start - c.end <= 24);
        const dayBefore = between.some((d) => d.precision === "day");
        let roundDate = right && !dayBefore ? right.iso : between.length > 0 ? between[between.length - 1]!.iso : picks.length === 0 ? dayDate ?? (decreeOfAnnounced ? announcedDate : null) : paired && picks.at(-1)!.event.date?.length === 7 ? picks.at(-1)!.event.date : null;
        // "а в конце месяца — ещё 20": the month of the date stated before.
        if (roundDate === null && END_OF_MONTH.test(s.src.slice(prevEnd, c.start))) {
          roundDate = dates.filter((d) => d.end <= c.start && d.iso).at(-1)?.iso?.slice(0, 7) ?? null;
        }
        current = openRound(c, roundDate, s.field, isRelease, sentence, used);
        picks.push({ n: c, event: current });
        prevEnd = right && !dayBefore ? right.end : c.end;
      }
    }

    // 2. Ordinal and members of the current round.
    if (current) {
      const roundFreed = sinceEvent <= 2 && names.length > 0 ? ROUND_FREED_MEMBERS.exec(sentence) : null;
      if (roundFreed && !numbers.some((n) => PEOPLE_NOUN.test(s.src.slice(n.end, n.end + 40)))) {
        const from = s.start + roundFreed.index + roundFreed[0].length;
        names.forEach((h, i) => {
          if (h.start < from || roles[i] === "official") return;
          roles[i] = "pardoned";
          if (!current!.names.includes(h.name)) current!.names.push(h.name);
        });
      }
      const ord = ordinalIn(sentence);
      // "Это уже шестая такая группа" right after the round counts it even without the pardon word.
      // "Это второе помилование с лета: 3 июля вышли 18": "Это" points back to the round open before
      // this sentence, not to an earlier round the sentence goes on to recall.
      const target: PardonEvent = /^\s*(?:это|гэта)(?![а-яёіў])/i.test(sentence) && openBefore ? openBefore : current;
      if (ord !== null && target.ordinal_in_year === null && (isPardon || /волн|раз/i.test(sentence) || (sinceEvent <= 3 && /групп|груп|партия|список|шаг|крок/i.test(sentence)))) target.ordinal_in_year = ord;
      if ((MEMBERS.test(sentence) || (isPardon && names.length > 0)) && names.length > 0) {
        for (const h of names) {
          const role = roleOf(h.name, sentence, h.start - s.start, h.end - s.start);
          if (role === "official") continue;
          // "…в том числе 4 женщин, сообщила Наталья Эйсмонт": the speaker is not one of them.
          if (SPEECH_BEFORE.test(s.src.slice(Math.max(s.start, h.start - 50), h.start))) continue;
          if (!current.names.includes(h.name)) current.names.push(h.name);
          // "на волю выходзяць 18 чалавек, сярод іх — Рыгор Кастусёў" in a chronicle of pardons: a release
          // sentence without a pardon word of its own says the person walked free.
          addPerson(facts.persons, h.name, isRelease && !PARDON.test(sentence) ? "released" : "pardoned", sentence.slice(0, 120), evidenceAt(s.field, h.start, h.end));
        }
      }
    }

    // 3. Every other number: a breakdown, a stock claim, a release or another count.
    let claimAt = -1;
    for (const n of numbers) {
      if (used.has(n) || (falseClaimDoc && insideQuote(s.src, n.start))) continue;
      if (totals.has(n)) {
        facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what: isPardon ? "released or pardoned over a period" : "total over a period", evidence: [evidenceAt(s.field, n.start, n.end)] });
        continue;
      }
      const after = s.src.slice(n.end, n.end + 60);
      const before = s.src.slice(Math.max(s.start, n.start - 14), n.start);
      // Bounded: a 100 MB "sentence" without full stops must not make this quadratic.
      const beforeInSentence = s.src.slice(Math.max(s.start, n.start - 200), n.start);
      // "одна из лидеров протестов", "ни одну из них": "one of" is a count only with a category.
      if (n.words && n.value === 1 && /^\s*из(?![а-яё])/i.test(after) && !OTHER_CATEGORY.some((c) => c.re.test(clauseAround(s.src, s, n.start, n.end)))) continue;
      if (NOT_A_COUNT.test(after) && !/^\s*\)/.test(after)) continue;
      // "для всех четверых", "обоих": a group already counted, not a new count.
      if (n.collective && /(?:^|[^а-яё])(?:всех|всем|всеми|все|усіх)\s*$/i.test(before)) {
        // "Всех троих вывезли в Литву" after named releases without a count: they were one release of three.
        const loose = isRelease ? looseReleases.filter((x) => x.at >= si - 3 && x.r.count === null && facts.releases.includes(x.r)).map((x) => x.r) : [];
        if (loose.length > 0 && loose.reduce((k, r) => k + r.names.length, 0) <= n.value) {
          const head = loose[0]!;
          for (const r of loose.slice(1)) {
            for (const name of r.names) if (!head.names.includes(name)) head.names.push(name);
            head.evidence.push(...r.evidence);
            facts.releases.splice(facts.releases.indexOf(r), 1);
          }
          head.count = n.value;
          head.qualifier = n.qualifier;
          head.date = dayDate ?? head.date;
          head.evidence.push(evidenceAt(s.field, n.start, n.end));
          lastRelease = head;
          sinceRelease = 0;
        }
        continue;
      }
      if (AGE_BEFORE.test(before) && /^\s*(?:лет|года|гадоў|гады)/i.test(after)) continue;
      // "в её отряде 60 женщин", "в камере 12 человек": people sharing a cell or unit, not a count on the topic.
      if (CELL_BEFORE.test(beforeInSentence.slice(-40))) continue;
      if (n.value >= 1900 && n.value <= 2100 && !PEOPLE_NOUN.test(after)) continue;
      const inParens = /\(\s*$/.test(before) && /^\s*\)/.test(after);
      const peopleNoun = PEOPLE_NOUN.exec(after);
      const clause = clauseAround(s.src, s, n.start, n.end);
      const evidence = evidenceAt(s.field, n.start, n.end + (peopleNoun ? peopleNoun[0].length : 0));

      // "Число освобождённых за год составило 342": a count of the people the noun before names.
      const countNoun = peopleNoun === null ? COUNT_NOUN_BEFORE.exec(beforeInSentence.slice(-90)) : null;
      if (countNoun) {
        const stem = countNoun[1]!.toLowerCase().replace("ё", "е");
        const what = COUNT_NOUN_WHAT[stem] ?? COUNT_NOUN_WHAT[countNoun[1]!.toLowerCase()] ?? "people";
        facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what: PERIOD.test(sentence) || SINCE_PERIOD.test(sentence) ? `${what} over a period` : what, evidence: [evidence] });
        continue;
      }
      // Stock of political prisoners: held now, or recognised since 2020.
      // A subgroup marker only matters before the number: "1317 политзаключённых, среди них 169 женщин".
      const subgroup = SUBGROUP_BEFORE.test(beforeInSentence) || SUBGROUP_ANY.test(sentence);
      const stockCue = STOCK.test(sentence) || IN_COUNTRY.test(beforeInSentence.slice(-40));
      // "политзаключённых в России сейчас больше 770 человек": the noun in the genitive right before.
      const politicalNoun = peopleNoun !== null && (POLITICAL.test(peopleNoun[0]) || POLITICAL_PREDICATE.test(beforeInSentence.slice(-80)) || POLITICAL_APPOSITION.test(after) || (/^(?:человек|чалавек|людей)/i.test(peopleNoun[1]!) && NOUN_GENITIVE_BEFORE.test(beforeInSentence.slice(-70))));
      const heldPolitical = politicalNoun && stockCue && !FLOW.test(clause);
      // "за решёткой остаются более тысячи человек": a stock even without "политзаключённых".
      // "число политзаключённых составляет 1135": a stock with its noun before the number.
      const qualifierFirst = n.qualifier !== "exact" && /^(?:превыс|превыша|до\s|свыше|более|больше|около|почти|не менее)/i.test(s.src.slice(n.start, n.start + 12));
      // "… признала политзаключёнными ещё девять человек. Теперь их 1142": "их" is the noun just used.
      const pronounStock = peopleNoun === null && THEIR_COUNT.test(beforeInSentence.slice(-30)) && (POLITICAL.test(sentence) || (previous !== null && POLITICAL.test(previous.src.slice(previous.start, previous.end))));
      const nounBefore = peopleNoun === null ? NOUN_BEFORE.exec(beforeInSentence.slice(-90)) ?? (qualifierFirst ? NOUN_QUALIFIED.exec(beforeInSentence.slice(-90)) : null) ?? (pronounStock ? THEIR_COUNT.exec(beforeInSentence.slice(-30)) : null) : null;
      // "за решёткой остаются более тысячи": a qualified figure with no noun in a held clause.
      const heldPeople = (peopleNoun !== null || (n.qualifier !== "exact" && /^\s*(?:[,.;»"]|$)/.test(after))) && /за решетк|за решётк|в заключении|за кратамі|в местах лишения свободы|в тюрьмах|в колониях|у турмах|у калоніях/i.test(clause) && /оста|застаю|находятся|удерживают/i.test(clause);
      // "Мемориал признаёт политзаключёнными более 770 человек": a present-tense recognition is the stock now.
      const recognisesNow = peopleNoun !== null && POLITICAL.test(sentence) && (/признаёт|признает|признают|прызнае/i.test(sentence) || /(?:сейчас|ныне|на сегодня|в настоящее время|зараз)[^.]{0,60}(?:признан|прызнан)/i.test(sentence)) && !SINCE_START.test(sentence);
      const statusBack = STATUS_BACK.test(sentence) && previous !== null && POLITICAL.test(previous.src.slice(previous.start, previous.end));
      const recognised = peopleNoun !== null && ((POLITICAL.test(sentence) && RECOGNISED.test(sentence)) || statusBack) && SINCE_START.test(sentence) && !/за (?:весь )?20\d\d|в 20\d\d год|за (?:год|месяц)|в (?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)/i.test(sentence);
      // "— Сколько … за решёткой? — Трудно сказать точно. По данным «Вясны», 1376 человек": the
      // question may stand two sentences back when the one between is not a question itself.
      const heldAnswer = peopleNoun !== null && previous !== null && (HELD_QUESTION.test(previous.src.slice(previous.start, previous.end)) || (beforePrevious !== null && !/\?\s*$/.test(previous.src.slice(previous.start, previous.end)) && HELD_QUESTION.test(beforePrevious.src.slice(beforePrevious.start, beforePrevious.end))));
      if (!subgroup && (heldPolitical || heldPeople || heldAnswer || recognised || recognisesNow || (nounBefore !== null && !FLOW.test(clause))) && !PARDON.test(clause) && !RELEASE.test(clause)) {
        let source = quoteSpeaker ?? sourceOf(sentence, viasnaInDoc);
        if (!source && previous) source = sourceOf(previous.src.slice(previous.start, previous.end), viasnaInDoc);
        // Reported speech: the count belongs to the person speaking ("Тихановская напомнила, что…").
        if (!source && SPEECH.test(sentence)) source = names.find((h, i) => h.start < n.start && roles[i] !== "official")?.name ?? null;
        // "По её словам, … около 1200": the pronoun points to the last person of that gender named.
        if (!source && (SPEECH.test(sentence) || (previous && SPEECH.test(previous.src.slice(previous.start, previous.end)))) && !names.some((h) => h.start < n.start)) {
          const fem = PRONOUN_F.test(sentence) || (previous !== null && PRONOUN_F.test(previous.src.slice(previous.start, previous.end)));
          const masc = PRONOUN_M.test(sentence) || (previous !== null && PRONOUN_M.test(previous.src.slice(previous.start, previous.end)));
          if (fem !== masc) source = [...speakers].reverse().find((name) => /(?:а|я|ая)$/.test(name.split(" ")[0]!) === fem) ?? null;
        }
        source ??= headerSource;
        const asOf = dates.find((d) => d.asOf)?.iso ?? dates.find((d) => d.precision === "day" && /(?:на|по состоянию на|па стане на)\s*$/i.test(s.src.slice(Math.max(0, d.start - 18), d.start)))?.iso ?? (recognised ? null : dayDate);
        claimAt = n.end;
        pushClaim({
          // "сократилось до 1150" is exactly 1150; "превышает 900" is over 900.
          value: n.value, qualifier: nounBefore && n.qualifier === "exact" && /превы/i.test(nounBefore[0]) ? "over" : nounBefore && n.qualifier === "up_to" && /сь|вырос/i.test(nounBefore[0]) ? "exact" : n.qualifier, as_of: asOf, attributed_to: source ?? "unattributed",
          scope: recognised && !heldPolitical ? "recognised as political prisoners since 2020" : "political prisoners currently held", country, evidence: [evidence],
        });
        continue;
      }

      // Counts of events on the topic ("не менее 170 задержаний") are never part of a pardon round.
      const eventNoun = EVENT_NOUN.exec(after);
      if (eventNoun) {
        facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what: eventNoun[1]!.toLowerCase(), evidence: [evidence] });
        continue;
      }

      // "восемь из них …, а остальные семь — …": the noun is elided after "остальные".
      const rest = REST_BEFORE.test(before);
      const countable = rest || n.collective || peopleNoun !== null || inParens || /^\s*(?:—|–|имеют|име|из(?![а-яё])|страда|воспитыва|совершил|был|стал|являются|является|являлс|являлась|старше|моложе|младше|(?:больше|более|болей)\s+\d+\s+(?:лет|гадоў)|маюць|ёсць|выхоўваюць|пакутуюць|старэйшы|маладзейшы)/i.test(after) || /(?<![а-яё])у\s*$/i.test(before) || /(?:^|[^а-яё])(?:из них|из которых|з іх)\s*$/i.test(before);
      if (!countable) continue;

      // Breakdown of the current pardon round.
      // The sentences right after a round describe it even without naming it again.
      // "3 июля на свободу вышли не менее 18 человек" after a round: a release with its own date.
      // ("В феврале на свободу вышли трое" after a January round: a month of its own, a collective count.)
      const ownRelease = isRelease && (peopleNoun !== null || n.collective) && dates.some((d) => (d.precision === "day" || (d.precision === "month" && d.iso !== current?.date)) && d.end <= n.start && n.start - d.end < 40);
      // "остаются 1135 политзаключённых, из них 168 женщин": a part of the stock, not of a round.
      // A breakdown goes on in the sentence after one that filled it, however far the round is.
      const pardonContext = !ownRelease && !itemNoPardon && claimAt < 0 && current !== null && (isPardon || sinceEvent <= 3 || breakdownAt >= si - 1 || /их числе|из них|среди|помилованн|получивших/i.test(sentence) || MEMBERS.test(sentence));
      if (pardonContext && current) {
        // In a recap sentence, a breakdown belongs to the round stated just before it.
        const round = picks.filter((p) => p.n.start < n.start).at(-1)?.event ?? current;
        // "Среди освобождённых три женщины": a breakdown of the freed says the round freed them.
        const freedGroup = FREED_GROUP.exec(sentence);
        if (freedGroup && !facts.releases.some((r) => r.count === round.count)) {
          pushRelease({ names: [], count: round.count, qualifier: round.qualifier, date: round.date, kind: "pardon", evidence: [evidenceAt(s.field, s.start + freedGroup.index, s.start + freedGroup.index + freedGroup[0].length)] });
        }
        const direct = BREAKDOWN.find((b) => b.re.test(after));
        if (direct) {
          if (round[direct.field] === null) round[direct.field] = n.value;
          breakdownAt = si;
          continue;
        }
        // "четырнадцать человек с хроническими заболеваниями и тринадцать человек старше 50 лет": the
        // clause of the second count starts at the «и» after the first.
        const prevN = numbers.filter((x) => x.end <= n.start && x.end > n.start - 120).at(-1);
        const joined = prevN ? /^[^,;:(]*?\s(?:и|і)\s/.exec(s.src.slice(prevN.end, n.start)) : null;
        const ownClause = joined ? clauseAround(s.src, s, n.start, n.end, prevN!.end + joined[0].length - 1) : clause;
        const cat = CLAUSE_CATEGORY.find((c) => c.re.test(ownClause));
        if (cat) breakdownAt = si;
        const other = OTHER_CATEGORY.find((c) => c.re.test(clause));
        if (cat && !(other && other.what === "mothers of many children")) {
          if (round[cat.field] === null) round[cat.field] = n.value;
          continue;
        }
        if (other) {
          facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what: `${other.what} among the pardoned`, evidence: [evidence] });
          continue;
        }
        // "помиловал 16 осуждённых, в том числе пятерых политзаключённых": a named part of the round.
        if (peopleNoun && SUBGROUP_BEFORE.test(beforeInSentence) && !/^\s*(?:—\s*)?(?:женщин|мужчин)/i.test(after)) {
          const what = POLITICAL.test(peopleNoun[0]) ? "political prisoners" : peopleNoun[1]!.toLowerCase();
          facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what: `${what} among the pardoned`, evidence: [evidence] });
          continue;
        }
        // "восемь из которых … по «экстремистским» статьям, семеро — за наркотики": parts of the round.
        if (/^\s*(?:из них|из которых|из их числа)/i.test(after) || (n.collective && /^\s*—/.test(after)) || rest || OF_THEM_BEFORE.test(before)) {
          facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what: "part of the pardoned group", evidence: [evidence] });
          continue;
        }
        // "среди вышедших на свободу оказались двое наших корреспондентов": a part of the group freed.
        if (PART_OF_FREED.test(beforeInSentence.slice(-70))) {
          facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what: "part of the pardoned group", evidence: [evidence] });
          continue;
        }
        // "С июля на свободу по помилованию вышли более 200 человек": a total over a period.
        if (peopleNoun && SINCE_PERIOD.test(sentence) && !/^\s*(?:—\s*)?(?:женщин|мужчин)/i.test(after)) {
          facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what: "released or pardoned over a period", evidence: [evidence] });
        }
        continue;
      }

      // People freed now (not a yearly total).
      // "освободили 52 человека, в том числе 14 иностранцев": the part is another count.
      const group = numbers.filter((x) => x.end <= n.start).at(-1);
      const amongCounted = group !== undefined && n.start - group.end < 40 && AMONG_AFTER.test(s.src.slice(group.end, n.start)) && AMONG_BEFORE.test(s.src.slice(Math.max(s.start, group.start - 8), group.start));
      if (isRelease && (peopleNoun || n.collective) && !PERIOD.test(sentence) && !(SINCE_PERIOD.test(beforeInSentence) && !ownRelease) && !/после освобождения/i.test(sentence) && !FLOW.test(clause) && !SUBGROUP_BEFORE.test(beforeInSentence) && !amongCounted && !STOCK.test(clause)) {
        const kind = /вывезен|выдворен|депортир|выслан/i.test(sentence) ? "deported" : SERVED.test(sentence) ? "sentence_served" : isPardon || (current !== null && sinceEvent <= 2 && ROUND_NOUN.test(sentence)) ? "pardon" : "other";
        // "X вышел на свободу вместе с 13 заключёнными", "вместе с ним … ещё 13": X plus the others.
        const withNamed = /(?:вместе с|разам з)(?:\s+(?:ещё|еще|яшчэ))?\s*$/i.test(beforeInSentence.slice(-24)) || /[А-ЯЁІЎ][а-яёіў]+\s+(?:и|і)\s+(?:ещё|еще|яшчэ)\s*$/u.test(beforeInSentence.slice(-40)) || /(?:вместе с (?:ним|ней)|с ним|с ней|разам з (?:ім|ёй)|з (?:ім|ёй))[^.]{0,40}(?:ещё|еще|яшчэ)\s*$/i.test(beforeInSentence);
        // "Вместе с ним освобождены ещё 15": with no name in the sentence, the pronoun is the last
        // person of that gender named before.
        const withPronoun = withNamed ? WITH_PRONOUN.exec(beforeInSentence) : null;
        const pronounLead = withPronoun && !names.some((h) => h.start < n.start) ? [...speakers].reverse().find((name) => isFeminineGiven(name.split(" ")[0]!) === /ней|ёй/i.test(withPronoun[1]!)) : undefined;
        // "после визита Кита Келлога … вышли Сергей Тихановский и ещё тринадцать": the name right before «и ещё».
        const andMore = withNamed && /[А-ЯЁІЎ][а-яёіў]+\s+(?:и|і)\s+(?:ещё|еще|яшчэ)\s*$/u.test(beforeInSentence.slice(-40));
        const lead = withNamed ? ((andMore ? names.filter((h, i) => h.end <= n.start && roles[i] !== "official").at(-1) : names.find((h, i) => h.start < n.start && roles[i] !== "official"))?.name ?? pronounLead ?? facts.persons.filter((p) => p.role === "released").at(-1)?.name) : undefined;
        if (pronounLead && lead === pronounLead) addPerson(facts.persons, pronounLead, "released", sentence.slice(0, 120), evidenceAt(s.field, s.start + withPronoun!.index, s.start + withPronoun!.index + withPronoun![0].length));
        const count = withNamed && lead ? n.value + 1 : n.value;
        // "Сергей Тихановский и ещё 13 человек" in a release: the named one is freed too.
        if (withNamed && lead) names.forEach((h, i) => { if (h.name === lead && roles[i] !== "official") roles[i] = "released"; });
        pushRelease({ names: lead ? [lead] : [], count, qualifier: n.qualifier, date: (dates.length >= 2 ? countDate(s.src, n, numbers, dates) : null) ?? dayDate ?? talkDate, kind, evidence: [evidence] });
        continue;
      }

      const other = OTHER_CATEGORY.find((c) => c.re.test(clause));
      // "Сегодня 52 человека увидели своих родных" after "освободили 52 человека": the release restated.
      if (!other && !rest && !amongCounted && (peopleNoun || n.collective) && !SUBGROUP_BEFORE.test(beforeInSentence) && (facts.releases.some((r) => r.count === n.value) || facts.pardon_events.some((e) => e.count === n.value))) continue;
      // "Одного человека так и не дождались": one person in words is a person, not a figure.
      if (n.words && n.value === 1 && !other && !amongCounted) continue;
      // "вспоминают ещё одного гражданина США — Пола Уилана": one more person, not a count.
      if (n.words && n.value === 1 && /(?:ещё|еще|яшчэ)\s*$/i.test(before)) continue;
      const gender = /^\s*(?:—\s*)?(женщин|мужчин)/i.exec(after);
      const what = gender ? (gender[1]!.toLowerCase().startsWith("ж") ? "women" : "men") : other?.what ?? (POLITICAL.test(after.slice(0, 30)) ? "political prisoners" : "people");
      facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what, evidence: [evidence] });
    }

    // Names listed with a release are among those freed: "освободили троих, в том числе журналиста
    // Андрея Кузнечика" or, in the next sentence, "Среди них — журналист Игорь Лосик".
    const release = lastRelease as Release | null;
    if (release && names.length > 0 && sinceRelease <= sinceEvent) {
      const inline = sinceRelease === 0 ? RELEASE_THEN_MEMBERS.exec(sentence) ?? (itemRelease ? ITEM_MEMBERS.exec(sentence) : null) : null;
      // "Среди них" right after a release, or after a sentence that still talks about the freed.
      const follows = sinceRelease <= 2 || (sinceReleaseTalk <= 1 && sinceRelease <= 5);
      const from = inline ? inline.index + inline[0].length : RELEASE_MEMBERS.test(sentence.trim()) && follows ? 0 : -1;
      if (from >= 0) {
        names.forEach((h, i) => {
          if (h.start - s.start < from || isKnownOfficial(h.name)) return;
          roles[i] = "released";
          if (!release.names.includes(h.name)) release.names.push(h.name);
        });
      }
    }
    // "…освобождены ещё 15 человек. Владимира Кара-Мурзу и Евана Гершковича доставили тем же самолётом": the
    // people carried right after a counted release are among those freed.
    if (release && release.count !== null && sinceRelease === 1 && names.length > 0 && TRANSPORTED.test(sentence)) {
      names.forEach((h, i) => {
        if (roles[i] !== "other" || isKnownOfficial(h.name)) return;
        roles[i] = "released";
        if (!release.names.includes(h.name)) release.names.push(h.name);
      });
    }
    names.forEach((h, i) => addPerson(facts.persons, h.name, roles[i]!, sentence.slice(0, 120), evidenceAt(s.field, h.start, h.end)));
    // "Николай Статкевич отказался уезжать. Его вернули в колонию": the pronoun is the last person
    // of that gender named, who is a prisoner.
    const pronoun = names.length === 0 ? /^[\s«"]*(его|её|ее|яго|яе)\s+(.{0,60})/i.exec(sentence) : null;
    if (pronoun && PRISONER_AFTER.test(` ${pronoun[2]}`)) {
      const fem = !/^(?:его|яго)$/i.test(pronoun[1]!);
      const who = [...speakers].reverse().find((name) => /(?:а|я)$/.test(name.split(" ")[0]!) === fem);
      if (who) addPerson(facts.persons, who, "prisoner", sentence.slice(0, 120), evidenceAt(s.field, s.start, s.start + pronoun[1]!.length));
    } else if (names.length === 0 && speakers.length > 0 && /колони|тюрьм|сизо|калоні|турм|сізо/i.test(sentence)) {
      // "Правозащитники опасаются, что семидесятилетнего политика вернули в колонию": a pronoun or a
      // noun object is the last person of that gender named (a noun in -у/-ю is feminine).
      const back = RETURNED_OBJECT.exec(sentence);
      if (back) {
        const fem = /^(?:её|ее|яе)$/i.test(back[1]!) || /[ую]$/i.test(back[1]!);
        const who = [...speakers].reverse().find((name) => isFeminineGiven(name.split(" ")[0]!) === fem);
        if (who) addPerson(facts.persons, who, "prisoner", sentence.slice(0, 120), evidenceAt(s.field, s.start + back.index, s.start + back.index + back[0].length));
      }
    }
    // "Марии Колесниковой … разрешили свидание с отцом, но она по-прежнему в колонии": the pronoun is the
    // person of that gender named in the sentence (or, with none, the last one named before).
    if (/по-прежнему|всё ещё|все еще|до сих пор|па-ранейшаму|дагэтуль|усё яшчэ|остаётся|остается|застаецца|находится|знаходзіцца/i.test(sentence)) {
      const held = STILL_HELD_PRONOUN.exec(sentence);
      if (held) {
        const fem = /^(?:она|яна)$/i.test(held[1]!);
        const at = s.start + held.index;
        const hit = names.filter((h, i) => h.end <= at && roles[i] !== "official" && isFeminineGiven(h.name.split(" ")[0]!) === fem).at(-1);
        const who = hit?.name ?? (names.length === 0 ? [...speakers].reverse().find((name) => isFeminineGiven(name.split(" ")[0]!) === fem) : undefined);
        if (who) addPerson(facts.persons, who, "prisoner", sentence.slice(0, 120), evidenceAt(s.field, at, at + held[0].length));
      }
    }
    names.forEach((h, i) => {
      if (roles[i] !== "official" && h.name.includes(" ")) speakers.push(h.name);
    });
    // People freed together in one sentence without a count make one release, not one each.
    const freed = names.filter((h, i) => roles[i] === "released" && !namedIn(facts.releases, h.name));
    // "В феврале вышел Марк Фогель, а в апреле обменяли Ксению Карелину": each name takes the date
    // written before it in the sentence; different dates make different releases.
    const groups = new Map<string, NameHit[]>();
    for (const h of freed) {
      const own = dates.filter((d) => (d.precision === "day" || d.precision === "month") && d.iso && d.end <= h.start).at(-1)?.iso ?? dayDate ?? talkDate ?? "";
      const list = groups.get(own) ?? [];
      list.push(h);
      groups.set(own, list);
    }
    for (const [date, hits] of groups) {
      const unique = [...new Set(hits.map((h) => h.name))];
      const loose: Release = { names: unique, count: null, date: groups.size > 1 ? date || null : dayDate ?? talkDate, kind: "other", evidence: [evidenceAt(s.field, hits[0]!.start, hits.at(-1)!.end)] };
      facts.releases.push(loose);
      looseReleases.push({ r: loose, at: si });
    }
    // "Об этом в понедельник, 16 сентября, сообщила пресс-служба": the story just told took place then.
    if (ABOUT_THIS.test(sentence) && dayDate) {
      if (current && sinceEvent <= 2 && current.date === null) current.date = dayDate;
      if (lastRelease && sinceRelease <= 2 && (lastRelease as Release).date === null) (lastRelease as Release).date = dayDate;
    }
    if (/:\s*$/.test(sentence) && sinceReleaseTalk <= 1) releaseList = true;
    // "…когда помилования стали регулярными, получится 569 —": a sentence stating a bare figure (a total)
    // announces no round.
    pardonAnnounced = PARDON.test(sentence) && numbers.every((n) => !PEOPLE_NOUN.test(s.src.slice(n.end, n.end + 40)) && !BARE_TOTAL.test(s.src.slice(n.start, n.end + 3)));
    announcedDate = pardonAnnounced ? dates.find((d) => d.precision === "day")?.iso ?? null : null;
    beforePrevious = previous;
    previous = s;
  }

  // A headline release of a name ("Вызвалілі Рыгора Кастусёва") that the body puts in a counted
  // release ("…не менш за 18 палітвязняў… Сярод іх Рыгор Кастусёў") is that release.
  facts.releases = facts.releases.filter((r) => r.count !== null || r.names.length === 0 || !r.names.every((n) => facts.releases.some((x) => x !== r && x.count !== null && x.names.some((m) => m === n || samePerson(m, n)))));
  // Releases named without a count: "Игорь Лосик вышел на свободу".
  for (const p of facts.persons) {
    if (p.role !== "released") continue;
    if (namedIn(facts.releases, p.name)) continue;
    facts.releases.push({ names: [p.name], count: null, date: null, kind: "other", evidence: p.evidence.slice(0, 1) });
  }
  return facts;
}
