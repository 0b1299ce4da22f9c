/**
 * @module extract/ru/persons-ru
 * People named in Russian text: a given name (in any case) followed by a surname, or a known
 * official by surname alone, returned in the nominative with a role read from the words around.
 */
import type { Evidence, PersonMention, PersonRole } from "../facts.js";
import { isGivenNameForm, matchNames, toNominative } from "../../names/index.js";
import { givenGender } from "../../names/given.js";
import { KIN_RIGHT_BEFORE, KNOWN_OFFICIALS, KNOWN_OPPOSITION, AMONG_FREED_AFTER, HELD_NOW_AFTER, PRISONER_AFTER, PRISONER_PRONOUN_AFTER, ROLE_CUES } from "./lexicon-ru.js";

/** Stems of known officials' surnames: only words starting so are put through declension. */
const OFFICIAL_STEMS = Object.keys(KNOWN_OFFICIALS).map((k) => k.slice(0, 5));
function officialOf(word: string): string | undefined {
  const low = word.toLowerCase();
  if (!OFFICIAL_STEMS.some((stem) => low.startsWith(stem))) return undefined;
  return KNOWN_OFFICIALS[low] ?? KNOWN_OFFICIALS[beEnka(low)] ?? KNOWN_OFFICIALS[toNominative(word).toLowerCase()];
}

/** Belarusian -энка surnames decline like feminine nouns: "Лукашэнкі", "Лукашэнку", "Лукашэнкам" -> "Лукашэнка". */
const BE_ENKA = /энк(?:і|у|ам|ай|аю)$/;
function beEnka(word: string): string {
  return BE_ENKA.test(word) ? word.replace(BE_ENKA, "энка") : word;
}

/**
 * Diminutives in any case ("Маше Колесниковой", "Серёжу Тихановского") with their full given
 * names; [masculine, feminine] where the diminutive serves both (Саша, Женя, Валя).
 */
const DIMINUTIVE = /^(Маш|Даш|Наташ|Саш|Паш|Серёж|Сереж|Сярож|Лёш|Леш|Алёш|Миш|Гриш|Андрюш|Кол|Ол|Тан|Кат|Вов|Дим|Наст|Юл|Вит|Ван|Пет|Тол|Гал|Свет|Лен|Ир|Ан|Жен|Вал)(?:а|я|и|ы|е|у|ю|ей|ой|ёй|ею)$/;
const DIMINUTIVE_FULL: Record<string, [string, string]> = {
  Маш: ["Мария", "Мария"], Даш: ["Дарья", "Дарья"], Наташ: ["Наталья", "Наталья"], Саш: ["Александр", "Александра"], Паш: ["Павел", "Павел"],
  Серёж: ["Сергей", "Сергей"], Сереж: ["Сергей", "Сергей"], Сярож: ["Сяргей", "Сяргей"], Лёш: ["Алексей", "Алексей"], Леш: ["Алексей", "Алексей"],
  Алёш: ["Алексей", "Алексей"], Миш: ["Михаил", "Михаил"], Гриш: ["Григорий", "Григорий"], Андрюш: ["Андрей", "Андрей"], Кол: ["Николай", "Николай"],
  Ол: ["Ольга", "Ольга"], Тан: ["Татьяна", "Татьяна"], Кат: ["Екатерина", "Екатерина"], Вов: ["Владимир", "Владимир"], Дим: ["Дмитрий", "Дмитрий"],
  Наст: ["Анастасия", "Анастасия"], Юл: ["Юлия", "Юлия"], Вит: ["Виктор", "Виктор"], Ван: ["Иван", "Иван"], Пет: ["Пётр", "Пётр"], Тол: ["Анатолий", "Анатолий"],
  Гал: ["Галина", "Галина"], Свет: ["Светлана", "Светлана"], Лен: ["Елена", "Елена"], Ир: ["Ирина", "Ирина"], Ан: ["Анна", "Анна"],
  Жен: ["Евгений", "Евгения"], Вал: ["Валентин", "Валентина"],
};
/** "Маше Колесниковой" -> "Мария Колесникова"; null when the first word is no diminutive. */
function diminutiveName(given: string, surname: string): string | null {
  const d = DIMINUTIVE.exec(given);
  // "Жена Тихановского" is a wife, not Женя.
  if (!d || !isSurnameShape(surname) || (d[1] === "Жен" && !/^Жен(?:я|ю|ей)$/.test(given))) return null;
  const sur = toNominative(`${given} ${surname}`).split(" ").at(-1) ?? surname;
  const pair = DIMINUTIVE_FULL[d[1]!]!;
  return `${/(?:ая|а|я)$/.test(sur) && !/(?:ко|ич|ук|ик)$/.test(sur) ? pair[1] : pair[0]} ${sur}`;
}

/**
 * "Александру Лукашенко" declines to an ambiguous "Александра Лукашенко" (the surname does not
 * decline): a known official's surname with his given name's stem is that official.
 */
function beEnkaName(name: string): string {
  const sp = name.lastIndexOf(" ");
  return sp > 0 && BE_ENKA.test(name) ? `${name.slice(0, sp + 1)}${beEnka(name.slice(sp + 1))}` : name;
}
function canonicalOfficial(name: string): string {
  const parts = name.split(" ");
  if (parts.length !== 2) return name;
  const official = KNOWN_OFFICIALS[parts[1]!.toLowerCase()];
  if (!official) return name;
  const given = official.split(" ")[0]!;
  return parts[0]!.toLowerCase().startsWith(given.toLowerCase().slice(0, 6)) ? official : name;
}

/**
 * English given names that Russian news declines like Russian masculine nouns ("Джоном Коулом",
 * "Эвана Гершковича"); the Russian given-name table does not hold them.
 */
const FOREIGN_GIVEN = /^(Артур|Джон|Эван|Кит|Кейт|Дональд|Марко|Пол|Стивен|Майкл|Роберт|Дэвид|Джеймс|Ричард|Питер|Томас|Марк|Уильям|Джозеф|Эммануэль|Олаф|Фридрих|Рико|Энтони|Брайан|Джо|Джозеп|Кристофер|Николас|Даниэль|Мэттью|Эндрю|Чарльз|Эрик|Тревор|Рональд|Крыстафер|Кіт|Пітэр|Джэймс|Джозэф|Тамас|Эрык|Стывен|Дэвід|Рычард|Энтані|Эндру|Мэцью|Браян|Уільям)(а|у|ом|ам|е)?$/;
function foreignName(given: string, surname: string): string | null {
  const g = FOREIGN_GIVEN.exec(given);
  if (!g) return null;
  const ending = g[2];
  // Names ending in a vowel (Марко Рубио) do not decline; consonant endings take the case ending.
  // ("Рико Кригера", "Джо Байдена": the given name does not decline, a consonant-stem surname after it does.)
  if (!ending) return /[оиу]$/.test(g[1]!) && /[бвгджзклмнпрстфхцчшщ](?:а|у|ом|ем|е)$/.test(surname) ? `${g[1]} ${surname.replace(/(?:а|у|ом|ем|е)$/, "")}` : `${g[1]} ${surname}`;
  if (surname.endsWith(ending) && surname.length > ending.length + 2) return `${g[1]} ${toNominative(surname.slice(0, -ending.length))}`;
  // "Марка Фогеля": a soft stem takes -я where a hard one takes -а (Фогель, Гебель).
  if (ending === "а" && surname.length > 4 && surname.endsWith("ля")) return `${g[1]} ${surname.slice(0, -1)}ь`;
  return `${g[1]} ${toNominative(surname)}`;
}

/**
 * The shape of an East Slavic surname in any case: -ский/-цкий/-оўскі, -ович/-евіч, -енко/-энка,
 * -чук/-ук/-чик/-онак, -ов/-ев/-ин. Used only where the context already points to a person.
 */
const SURNAME_SHAPE = /^[А-ЯЁІЎ][а-яёіў]{2,}(?:(?:ск|цк|ўск)(?:ий|ая|ого|ой|ому|ую|им|ом|і|ая|ага|аму|ую|ай|ім|ай)|(?:ович|евич|овіч|евіч|эвіч)(?:а|у|ем|ам)?|(?:енко|энка|енка|шко|нко|ко)|(?:чук|юк|ук|чик|чык|онак|ёнак|ёк)(?:а|у|ом|ам|е)?|(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой|ом|ам|ым|ай|ую|ой)?)$/u;
export function isSurnameShape(word: string): boolean {
  return word.length <= 24 && SURNAME_SHAPE.test(word);
}
/**
 * A capitalised word that may stand where a given name stands, before a surname-shaped word:
 * "Зинон Вертинский", "Аглаю Скорохватову". Not an adjective, not a role or time word, and not
 * itself surname-shaped.
 */
const NOT_GIVEN = /^(?:вечер|утр|днём|днем|ночью|вчера|сегодня|также|затем|потом|позже|однако|кроме|после|когда|адвокат|журналист|политик|активист|правозащитни|президент|глав|министр|суд|лидер|экс|муж|жен|сын|доч|брат|сестр|мат|отец|отц|семь|мам|пап|бывш|художни|блогер|писател|поэт|музыкант|учител|врач|уч[её]н|студент|пенсионер|оппозиционер|экономист|пастор|священни|генерал|полковни|майор|депутат|губернатор|мэр|посол|посл|спикер|премьер|канцлер|госсекретар|патриарх|митрополит|гражданин|гражданк|господин|госпож|пан|пані|спадар|лаўрэат|лауреат|фигурант|узни|заключ|осужд|слова|фото|автор|источник|сообщ|новост|радио|телеграм|белсат|вясн|весн|мемориал|минск|москв|киев|вильн|варшав|гродн|гомел|брест|могил|витебск|беларус|росси|литв|польш|украин|америк|европ|запад)/i;
const ADJ_END = /(?:ый|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ую|юю|ых|ым|их|им|ский|цкий|ний|жий|ший|чий|щий|кий|гий|хий|ская|ской|скую)$/i;
export function isGivenShape(word: string): boolean {
  return word.length >= 3 && word.length <= 12 && !ADJ_END.test(word) && !NOT_GIVEN.test(word) && !isSurnameShape(word);
}

/**
 * A feminine given name with a surname still in the accusative: "Марыя Калеснікаву" (Belarusian
 * -аву, -іну) becomes "Марыя Калеснікава".
 */
/**
 * "Игоря Карнея", "Игорю Карнею": a masculine surname in -ей that the table cannot decline stays oblique
 * while its given name is read; in the oblique given name's case, "-ея/-ею/-еем" is "-ей".
 */
function eiSurname(name: string): string {
  const sp = name.indexOf(" ");
  if (sp < 0 || !/(?:ея|ею|еем)$/.test(name)) return name;
  const given = name.slice(0, sp);
  const nom = toNominative(given);
  if (nom === given || isFeminineGiven(nom)) return name;
  return `${nom} ${name.slice(sp + 1).replace(/(?:ея|ею|еем)$/, "ей")}`;
}
/**
 * "с Максимом Знаком", "с Игорем Лосиком": after a given name in the instrumental, a surname in -ом is a consonant
 * stem (adjectival surnames take -им/-ым), so the table's adjectival reading ("Знакий", "Лосикий") is the bare stem.
 */
function omSurname(name: string, given: string, oblique: string): string {
  // (The given name in the instrumental too: "о Сергее Тихановском" is a prepositional of an adjectival surname.)
  if (!oblique.endsWith("ом") || oblique.length < 5 || !/(?:ом|ем|ём)$/.test(given)) return name;
  const stem = oblique.slice(0, -2);
  const sp = name.lastIndexOf(" ");
  const nom = name.slice(sp + 1);
  return nom.length === stem.length + 2 && nom.startsWith(stem) && /(?:ий|ый|ой)$/.test(nom) ? `${name.slice(0, sp)} ${stem}` : name;
}
function femSurname(name: string): string {
  const sp = name.indexOf(" ");
  // ("Алсу Курмашеву": a feminine given name that does not end in -а/-я, known to the table.)
  if (sp < 0 || !/(?:ов|ев|ав|ёв|ин|ын|ін)у$/.test(name) || !(isFeminineGiven(name.slice(0, sp)) || givenGender(name.slice(0, sp)) === "f")) return name;
  return `${name.slice(0, -1)}а`;
}

/** A name found in one place, before deduplication. */
export interface NameHit {
  name: string;
  start: number;
  end: number;
}

/** A patronymic in any case: "Дмитриевича", "Віктаравіч", "Сергеевне" (group 1 the root, group 2 the suffix). */
const PATRONYMIC = /^([А-ЯЁІЎ][а-яёіў]+?)(ович|евич|авіч|евіч|эвіч|овн|евн|аўн|еўн)(?:а|у|ем|ам|е|ы|ой|ай|ою)?$/u;
/**
 * "Виктора Дмитриевича" (a given name and a patronymic, no surname, as readers address people): the
 * second word is the patronymic of a given name in the table, of the first word's gender.
 */
function isPatronymicPair(given: string, word: string): boolean {
  if (!(word.includes("ич") || word.includes("вн") || word.includes("іч") || word.includes("ўн"))) return false;
  const p = PATRONYMIC.exec(word);
  if (!p) return false;
  const root = p[1]!;
  // (The table lookups first: most words in -ич are surnames, "Статкевича", "Олиневич".)
  if (!(isGivenNameForm(root) || isGivenNameForm(`${root}й`) || isGivenNameForm(`${root}ь`) || (root.endsWith("ь") && isGivenNameForm(`${root.slice(0, -1)}ий`)))) return false;
  return p[2]!.endsWith("н") === isFeminineGiven(toNominative(given));
}

const CAP = "[А-ЯЁІЎ][а-яёіў]+";
const NAME_RE = new RegExp(`(${CAP})(?:\\s+(${CAP}(?:вич|вна|ична|ьич)[а-я]*))?\\s+(${CAP}(?:-${CAP})?)|([А-ЯЁІЎ][а-яёіў]+)`, "gu");

/**
 * Names in `text[from, to)`, nominative.
 * @example findRuNames("помиловал Игоря Лосика", 0, 22)[0].name // "Игорь Лосик"
 */
export function findRuNames(text: string, from: number, to: number): NameHit[] {
  const out: NameHit[] = [];
  const span = text.slice(from, to);
  NAME_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_RE.exec(span)) !== null) {
    if (m[1] && m[3]) {
      const foreign = foreignName(m[1], m[3]);
      if (foreign && !m[2]) {
        out.push({ name: foreign, start: from + m.index, end: from + m.index + m[0].length });
        continue;
      }
      const dim = m[2] ? null : diminutiveName(m[1], m[3]);
      if (dim) {
        out.push({ name: dim, start: from + m.index, end: from + m.index + m[0].length });
        continue;
      }
      if (!m[2] && isPatronymicPair(m[1], m[3])) continue;
      if (isGivenNameForm(m[1]) && !isGivenNameForm(m[3])) {
        const raw = m[2] ? `${m[1]} ${m[3]}` : `${m[1]} ${m[3]}`;
        out.push({ name: canonicalOfficial(beEnkaName(femSurname(eiSurname(omSurname(toNominative(raw), m[1], m[3]))))), start: from + m.index, end: from + m.index + m[0].length });
        continue;
      }
      // A given name outside the table before a surname-shaped word: "Зинон Вертинский".
      if (!m[2] && isSurnameShape(m[3]) && !isGivenNameForm(m[3]) && isGivenShape(m[1]) && !officialOf(m[3])) {
        // The table cannot decline an unknown given name: "Аглаю Скорохватову" is a feminine accusative.
        const femAcc = /[ую]$/.test(m[1]) && /(?:ов|ев|ин|ын)у$/.test(m[3]);
        const name = femAcc ? `${m[1].slice(0, -1)}${m[1].endsWith("ю") ? "я" : "а"} ${m[3].slice(0, -1)}а` : toNominative(`${m[1]} ${m[3]}`);
        out.push({ name, start: from + m.index, end: from + m.index + m[0].length });
        continue;
      }
      // Not a name pair: retry from the second word, which may start one.
      NAME_RE.lastIndex = m.index + m[1].length;
      const single = officialOf(m[1]);
      if (single) out.push({ name: single, start: from + m.index, end: from + m.index + m[1].length });
      continue;
    }
    const word = m[4] ?? "";
    const official = officialOf(word);
    if (official) out.push({ name: official, start: from + m.index, end: from + m.index + word.length });
  }
  return out;
}

const officialCache = new Map<string, boolean>();
/** True when `name` is one of the known officials, in any spelling. */
export function isKnownOfficial(name: string): boolean {
  let hit = officialCache.get(name);
  if (hit === undefined) {
    hit = Object.values(KNOWN_OFFICIALS).some((o) => matchNames(o, name).same);
    if (officialCache.size < 10_000) officialCache.set(name, hit);
  }
  return hit;
}

/** A speech verb and at most a title before a name: "сообщила пресс-секретарь", "заявил в интервью". */
export const SPEECH_BEFORE = /(?:^|[^а-яёіў])(?:сообщил[аи]?|сообщает|заявил[аи]?|заявляет|рассказал[аи]?|написал[аи]?|пишет|отметил[аи]?|подчеркнул[аи]?|уточнил[аи]?|добавил[аи]?|говорит|сказал[аи]?|паведаміў|паведаміла|заявіў|заявіла|напісаў|напісала|спросил[аи]?|спрашивает|спытаў|спытала|побеседовал[аи]?|поговорил[аи]?)(?:\s+[а-яёіў-]+){0,4}(?:\s+«[^«»]{1,30}»)?\s*$/i;
/** Masculine given names that end like feminine ones: Мікола, Никита, Илья. */
const MASCULINE_IN_A = /^(?:Мікола|Микола|Никола|Илья|Ілья|Никита|Мікіта|Кузьма|Фома|Лука|Савва|Данила|Гаврила|Зосима)$/;
export function isFeminineGiven(given: string): boolean {
  return /[ая]$/.test(given) && !MASCULINE_IN_A.test(given);
}
/** "…, которого (самого) освободили / отпустили": a relative clause after a name that frees the person (not "не освободили"). */
const RELEASED_RELATIVE = /^\s*,\s*(?:которого|которую|якога|якую)\s+(?:(?!не\s)[а-яёіў]+\s+){0,3}?(?:освободили|отпустили|выпустили|обменяли|вызвалілі|адпусцілі|выпусцілі)(?![а-яёіў])/i;
/** The role of a person from the sentence around the name. */
/** Cues before a name that keep the person held: a pardon that did not touch them, a demand to free them, not among the freed. */
const HELD_BEFORE = /(?:(?:^|\s)(?:не|не были?)\s+(?:коснул|затронул|распространил|закранул|датычыл)[а-яёіў]*|(?:добива|добь|требу|требова|призыва|настаива|дамага|патрабу|заклік)[а-яёіў]*\s+(?:[а-яёіў]+\s+)?(?:освобождени|вызваленн|вызваленьн)[а-яёіў]*|(?:среди|сярод|в числе|в списк[а-я]*|у спіс[а-яі]*)\s+(?:освобожд|вызвален|вышедш|помилованн|памілаван)[а-яёіў]*\s+(?:нет|не было|не оказалось|не значится|няма|не апынулася))\s+(?:[^.]{0,60}?\s)?$/i;
/** "… в списках освобождённых нет", "… среди вызваленых няма": named, then said not to be among the freed. */
const NOT_FREED_AFTER = /^\s*(?:(?:в|у|ў)\s+(?:списк|спіс)[а-яёіў]*|среди|сярод|в числе|у ліку)\s+(?:освобожд|вызвален|вышедш|помилованн|памілаван)[а-яёіў]*\s+(?:нет|не было|не оказалось|няма|не значится)(?![а-яёіў])/i;
export function roleOf(name: string, sentence: string, nameAt: number, nameEnd: number, cueFrom = 0): PersonRole {
  if (isKnownOfficial(name)) return "official";
  const after = sentence.slice(nameEnd, nameEnd + 40);
  // "X — его помиловали": a plural or a pronoun object makes X the one pardoned, not the official.
  if (/^\s*(?:—\s*)?(?:,[^,]{0,40},\s*)?(?:был[аи]? |уже |(?:его|её|ее|яго) )?(помилован|помиловали|памілавалі)/i.test(after)) return "pardoned";
  if (/^[^.]{0,25}?(помиловал(?!и)|подписал(?!и)|даровал(?!и)|заявил(?!и)|распорядил)/i.test(after)) return "official";
  // "Николая Статкевича в списках освобождённых нет": not among the freed.
  if ((after.includes("нет") || after.includes("не ") || after.includes("няма")) && NOT_FREED_AFTER.test(after)) return "prisoner";
  // "Журналіста Андрэя Кузнечыка, былога супрацоўніка Радыё Свабода, вызвалілі": an apposition of up to 60 characters may stand between.
  if (/^\s*(?:,[^,.]{0,60},\s*)?(?:был[аи]? |уже )?(на свободе оказал|оказал(?:ся|ась|ись) на свободе|освобожден|освобождён|вышл?[аи]? на свободу|вышел на свободу|освободил[аи]?|выпустил[аи]?|отпустил[аи]?|вызвалілі|вызвален[аы]?|выйшаў на волю|выйшла на волю)/i.test(sentence.slice(nameEnd, nameEnd + 100))) return "released";
  // "Сергей Тихановский, которого самого освободили в июне, написал": freed, in a relative clause.
  if ((after.includes("котор") || after.includes("як")) && RELEASED_RELATIVE.test(after)) return "released";
  // "Николая Статкевича, который отказался уезжать, вернули в колонию": a relative clause may stand between.
  if (PRISONER_AFTER.test(sentence.slice(nameEnd, nameEnd + 130))) return "prisoner";
  // "Мікола Статкевіч адмовіўся ехаць, і яго вярнулі ў калонію": the pronoun agrees with the name.
  const tail = sentence.slice(nameEnd, nameEnd + 180);
  const pronounPrisoner = tail.includes("колон") || tail.includes("калон") || tail.includes("тюрьм") || tail.includes("турм") || tail.includes("сизо") || tail.includes("сізо") ? PRISONER_PRONOUN_AFTER.exec(tail) : null;
  // ("… и был возвращён в колонию": a passive has no pronoun to agree.)
  if (pronounPrisoner && (pronounPrisoner[1] === undefined || /^(?:его|яго)$/i.test(pronounPrisoner[1]) === !isFeminineGiven(name.split(" ")[0]!))) return "prisoner";
  // "признал Алексея Горинова виновным", "признаёт Горинова политзаключённым".
  if (/^\s*(?:виновн|винават)/i.test(after)) return "prisoner";
  if (/^\s*(?:политзаключ[её]нн|палітвязн)[а-яёіў]*м/i.test(after) && /(?:призна|прызна)[а-яёіў]*\s+(?:[а-яёіў-]+\s+){0,2}$/i.test(sentence.slice(Math.max(0, nameAt - 40), nameAt))) return "prisoner";
  // "Алесь Беляцкий, лауреат Нобелевской премии мира, отбывает 10-летний срок"; "Пола Уилана, который
  // с 2020 года отбывает 16-летний срок": an apposition or the head of a relative clause may stand between
  // ("Председатель «Вясны» Алесь Беляцкий сам находится в колонии": and "сам", "тоже").
  if (/^\s*(?:,[^,.]{0,60},\s*|,\s*(?:который|которая|які|якая)\s+(?:[^,.]{0,50}?\s)?)?(?:(?:сам|сама|сам[аі]|тоже|также|таксама)\s+)?(?:отбывает|адбывае|отбывающ|(?:продолжает|працягвае)\s+(?:отбывать|адбываць)|по-прежнему (?:находится|остается|остаётся)|находится в (?:колонии|заключении|тюрьме|сизо)|остается за решеткой|остаётся за решёткой)/i.test(sentence.slice(nameEnd, nameEnd + 100))) return "prisoner";
  // "Павел Місюк і цяпер у калоніі", "X, отказавшийся уезжать, вновь находится в колонии".
  if ((tail.includes("колон") || tail.includes("калон") || tail.includes("тюрьм") || tail.includes("турм") || tail.includes("сизо") || tail.includes("СИЗО") || tail.includes("сізо") || tail.includes("заключен") || tail.includes("зняволен") || tail.includes("решетк") || tail.includes("решётк") || tail.includes("кратам")) && HELD_NOW_AFTER.test(tail)) return "prisoner";
  // "Арцём Жураўскі быў сярод 123 палітвязняў, якіх вызвалілі": among a counted group freed.
  if ((tail.includes("среди") || tail.includes("сярод") || tail.includes("ліку") || tail.includes("числе")) && AMONG_FREED_AFTER.test(tail)) return "released";
  // "экс-кандидат в президенты", "претендент на пост президента" are not officials.
  let before = sentence.slice(Math.max(0, cueFrom, nameAt - 70), nameAt).replace(/(?:кандидат[а-я]* в|претендент[а-я]* на пост)\s+президент[а-я]*/gi, " ");
  // "…освобождены 16 человек, сообщила Наталья Эйсмонт": a speech verb right before the name
  // makes the person the speaker; the cues before the verb describe others.
  const speech = SPEECH_BEFORE.exec(before);
  if (speech) before = before.slice(speech.index);
  // "…на свободу вышли 14 человек, в том числе Сергей Тихановский, муж Светланы Тихановской": the relative named
  // after a kinship noun takes no cue of the sentence before it.
  if ((before.endsWith("муж ") || before.endsWith("жена ") || before.endsWith("жонка ") || before.endsWith("а ") || before.endsWith("ь ")) && KIN_RIGHT_BEFORE.test(before)) before = "";
  // "Указы не коснулись ни Марии Колесниковой", "добиваться освобождения Алексея Горинова", "среди освобождённых не
  // оказалось X": still held, whatever freeing word stands before.
  if ((before.includes("не ") || before.includes("освобожд") || before.includes("вызвал")) && HELD_BEFORE.test(before)) return "prisoner";
  for (const [re, role] of ROLE_CUES) if (re.test(before)) return role;
  // Known opposition leaders keep their role when the sentence gives none.
  const surname = name.split(" ").at(-1) ?? "";
  if (KNOWN_OPPOSITION.test(surname)) return "opposition_leader";
  return "other";
}

// Name matching (transliteration, phonetic folding) dominates the extractor's profile, and a
// document repeats the same few names: remember the answers.
const sameCache = new Map<string, boolean>();
export function samePerson(a: string, b: string): boolean {
  const key = `${a}\u0000${b}`;
  let hit = sameCache.get(key);
  if (hit === undefined) {
    hit = matchNames(a, b).same;
    if (sameCache.size > 50_000) sameCache.clear();
    sameCache.set(key, hit);
  }
  return hit;
}

const RANK: Record<PersonRole, number> = { pardoned: 5, released: 4, opposition_leader: 3, prisoner: 2, official: 1, other: 0 };

/** Adds a person, merging with one already found (any spelling) and keeping the more specific role. */
export function addPerson(list: PersonMention[], name: string, role: PersonRole, note: string, evidence: Evidence): void {
  const existing = list.find((p) => p.name === name || samePerson(p.name, name));
  if (!existing) {
    list.push({ name, role, status_note: note, evidence: [evidence] });
    return;
  }
  // A full name beats a surname alone.
  if (name.split(" ").length > existing.name.split(" ").length) existing.name = name;
  if (RANK[role] > RANK[existing.role] && existing.role !== "official") existing.role = role;
  existing.evidence.push(evidence);
}
