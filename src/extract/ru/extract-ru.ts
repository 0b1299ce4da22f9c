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
import { contextYearBefore, parsePublished } from "../dates.js";
import { emptyFacts, type Evidence, type ExtractInput, type Facts, type PardonEvent } from "../facts.js";
import { splitSentences } from "../sentences.js";
import { findRuDates, type RuDate } from "./dates-ru.js";
import {
  BREAKDOWN, CLAUSE_CATEGORY, FLOW, ORDINAL_STEMS, OTHER_CATEGORY, PARDON, PEOPLE_NOUN, POLITICAL, RELEASE, ROUND_NOUN,
  SOURCES, STOCK, SUBGROUP,
} from "./lexicon-ru.js";
import { findRuNumbers, type RuNumber } from "./numbers-ru.js";
import { addPerson, findRuNames, roleOf } from "./persons-ru.js";

type Field = "title" | "text";
interface Sentence {
  field: Field;
  src: string;
  start: number;
  end: number;
}

/** Numbers that are ages, durations, years or article numbers rather than counts. */
const NOT_A_COUNT = /^\s*(?:лет|года?(?![а-яё])|годам|годы|г\.|%|процент|раз[а]?(?![а-яё])|месяц|дн|час|минут|суток|рубл|евро|доллар|статья|стат|ст\.|колони|-[а-я]{1,2}(?![а-яё]))/i;
const AGE_BEFORE = /(?:старше|моложе|младше|нет|до|за|от|в возрасте)\s*$/i;
/** "уже 30 лет", "в 2025 году": periods make a count a flow, not a release of people. */
const PERIOD = /в 20\d\d год|за 20\d\d|за год|с начала года|за весь|в течение года|за последн/i;
/** A pardon act, as opposed to "помилованные" naming a group already introduced. */
const PARDON_ACT = /помиловал|помилование|помиловани[ея]|помилован[аоы]?(?![а-яё])|указ[а-я]* о помиловании|даровал|получили помилование/i;
/** Sentences that list the members of the round just described. */
const MEMBERS = /^(?:в их числе|в том числе|среди них|среди помилованных|среди освобожденных|среди освобождённых|помилованы|это)/i;

function clauseAround(src: string, s: Sentence, start: number, end: number): string {
  let a = start;
  while (a > s.start && !/[,;:(]/.test(src[a - 1]!)) a--;
  let b = end;
  while (b < s.end && !/[,;:)]/.test(src[b]!)) b++;
  let clause = src.slice(a, b);
  // "…один человек совершил преступление, будучи несовершеннолетним": the cue may follow a comma.
  const next = /^[,]\s*(будучи|в том числе|в возрасте|страдающ|имеющ|с )[^,;.]*/i.exec(src.slice(b, Math.min(s.end, b + 80)));
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

function ordinalIn(sentence: string): number | null {
  if (!ROUND_NOUN.test(sentence)) return null;
  for (const word of sentence.toLowerCase().match(/[а-яё]+/g) ?? []) {
    if (!/(?:ая|ой|ый|ий|ое|ую|ого|ом)$/.test(word)) continue;
    for (const [re, n] of ORDINAL_STEMS) if (re.test(word)) return n;
  }
  return null;
}

function newEvent(count: number, n: RuNumber, date: string | null, evidence: Evidence): PardonEvent {
  return {
    count, qualifier: n.qualifier, date, women: null, men: null, chronic_illness: null, disabled: null, over_50: null,
    with_children: null, minors: null, ordinal_in_year: null, names: [], evidence: [evidence],
  };
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
  const country = /беларус|белорус|минск|лукашенк/i.test(all) ? "Belarus" : /росси|кремл|москв/i.test(all) ? "Russia" : null;

  const sentences: Sentence[] = [];
  for (const [field, src] of [["title", title], ["text", text]] as const) {
    for (const sp of splitSentences(src)) sentences.push({ field, src, start: sp.start, end: sp.end });
  }

  let current: PardonEvent | null = null;
  let sinceEvent = 99;
  let previous: Sentence | null = null;
  for (const s of sentences) {
    const sentence = s.src.slice(s.start, s.end);
    const ev = (start: number, end: number): Evidence => ({ field: s.field, start, end });
    const contextYear = s.field === "text" ? contextYearBefore(s.src, s.start, published) : null;
    const dates: RuDate[] = /\d|вчера|сегодня|понедельник|вторник|сред|четверг|пятниц|суббот|воскресень|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр/i.test(sentence)
      ? findRuDates(s.src, s.start, s.end, published, contextYear)
      : [];
    const inDate = (n: RuNumber) => dates.some((d) => n.start < d.end && n.end > d.start);
    const numbers = findRuNumbers(s.src, s.start, s.end).filter((n) => !inDate(n));
    const isPardon = PARDON.test(sentence);
    const isRelease = RELEASE.test(sentence);
    const dayDate = dates.find((d) => d.precision === "day" || d.precision === "month")?.iso ?? null;
    const used = new Set<RuNumber>();
    sinceEvent++;

    // People in this sentence.
    const names = findRuNames(s.src, s.start, s.end);
    for (const h of names) {
      const role = roleOf(h.name, sentence, h.start - s.start, h.end - s.start);
      addPerson(facts.persons, h.name, role, sentence.slice(0, 120), ev(h.start, h.end));
    }

    // 1. A pardon round with a count of people.
    if (isPardon) {
      const count = numbers.find((n) => {
        const after = s.src.slice(n.end, n.end + 60);
        if (NOT_A_COUNT.test(after) || /^\s*(?:—\s*)?(?:женщин|мужчин|пенсионер)/i.test(after)) return false;
        if (/(?<![а-яё])из\s*$/i.test(s.src.slice(n.start - 4, n.start)) || /^\s*из(?![а-яё])/i.test(after)) return false;
        // Once a round is open, "19 помилованным" is a part of it, not a new round.
        if (current && !PARDON_ACT.test(sentence)) return false;
        return n.collective || PEOPLE_NOUN.test(after);
      });
      if (count) {
        used.add(count);
        const existing = facts.pardon_events.find((e) => e.count === count.value && (e.date === null || dayDate === null || e.date === dayDate));
        const evidence = ev(count.start, count.end);
        if (existing) {
          existing.date ??= dayDate;
          existing.evidence.push(evidence);
          current = existing;
        } else {
          current = newEvent(count.value, count, dayDate, evidence);
          facts.pardon_events.push(current);
        }
        sinceEvent = 0;
        if (isRelease && /(?:освобожден|освобождён|вышл[иао]? на свободу)/i.test(sentence)) {
          facts.releases.push({ names: [], count: count.value, qualifier: count.qualifier, date: dayDate, kind: "pardon", evidence: [evidence] });
        }
      }
    }

    // 2. Ordinal and members of the current round.
    if (current) {
      const ord = ordinalIn(sentence);
      if (ord !== null && current.ordinal_in_year === null && (isPardon || /волн|раз/i.test(sentence))) current.ordinal_in_year = ord;
      if ((MEMBERS.test(sentence) || (isPardon && names.length > 0)) && names.length > 0) {
        for (const h of names) {
          const role = roleOf(h.name, sentence, h.start - s.start, h.end - s.start);
          if (role === "official") continue;
          if (!current.names.includes(h.name)) current.names.push(h.name);
          addPerson(facts.persons, h.name, "pardoned", sentence.slice(0, 120), ev(h.start, h.end));
        }
      }
    }

    // 3. Every other number: a breakdown, a stock claim, a release or another count.
    for (const n of numbers) {
      if (used.has(n)) continue;
      const after = s.src.slice(n.end, n.end + 60);
      const before = s.src.slice(Math.max(s.start, n.start - 14), n.start);
      if (NOT_A_COUNT.test(after) && !/^\s*\)/.test(after)) continue;
      if (AGE_BEFORE.test(before) && /^\s*(?:лет|года)/i.test(after)) continue;
      if (n.value >= 1900 && n.value <= 2100 && !PEOPLE_NOUN.test(after)) continue;
      const inParens = /\(\s*$/.test(before) && /^\s*\)/.test(after);
      const peopleNoun = PEOPLE_NOUN.exec(after);
      const clause = clauseAround(s.src, s, n.start, n.end);
      const evidence = ev(n.start, n.end + (peopleNoun ? peopleNoun[0].length : 0));

      // Stock of political prisoners.
      if (peopleNoun && POLITICAL.test(peopleNoun[0]) && STOCK.test(sentence) && !SUBGROUP.test(sentence) && !FLOW.test(clause) && !PARDON.test(clause) && !RELEASE.test(clause)) {
        let source = sourceOf(sentence, viasnaInDoc);
        if (!source && previous) source = sourceOf(previous.src.slice(previous.start, previous.end), viasnaInDoc);
        const asOf = dates.find((d) => d.precision === "day" && /(?:на|по состоянию на)\s*$/i.test(s.src.slice(Math.max(0, d.start - 18), d.start)))?.iso ?? dayDate;
        facts.prisoner_count_claims.push({
          value: n.value, qualifier: n.qualifier, as_of: asOf, attributed_to: source ?? "unattributed",
          scope: "political prisoners currently held", country, evidence: [evidence],
        });
        continue;
      }

      const countable = n.collective || peopleNoun !== null || inParens || /^\s*(?:—|имеют|име|из(?![а-яё])|страда|воспитыва|совершил|был|стал|являются)/i.test(after) || /(?<![а-яё])у\s*$/.test(before);
      if (!countable) continue;

      // Breakdown of the current pardon round.
      // The sentences right after a round describe it even without naming it again.
      const pardonContext = current !== null && (isPardon || sinceEvent <= 3 || /их числе|из них|среди|помилованн|получивших/i.test(sentence) || MEMBERS.test(sentence));
      if (pardonContext && current) {
        const direct = BREAKDOWN.find((b) => b.re.test(after));
        if (direct) {
          if (current[direct.field] === null) current[direct.field] = n.value;
          continue;
        }
        const cat = CLAUSE_CATEGORY.find((c) => c.re.test(clause));
        const other = OTHER_CATEGORY.find((c) => c.re.test(clause));
        if (cat && !(other && other.what === "mothers of many children")) {
          if (current[cat.field] === null) current[cat.field] = n.value;
          continue;
        }
        if (other) {
          facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what: `${other.what} among the pardoned`, evidence: [evidence] });
          continue;
        }
        continue;
      }

      // People freed now (not a yearly total).
      if (isRelease && peopleNoun && !PERIOD.test(sentence) && !/после освобождения/i.test(sentence) && !FLOW.test(clause)) {
        const kind = /вывезен|выдворен|депортир|выслан/i.test(sentence) ? "deported" : /отбыв|по окончании срока|полностью отбыл/i.test(sentence) ? "sentence_served" : isPardon ? "pardon" : "other";
        facts.releases.push({ names: [], count: n.value, qualifier: n.qualifier, date: dayDate, kind, evidence: [evidence] });
        continue;
      }

      const other = OTHER_CATEGORY.find((c) => c.re.test(clause));
      const gender = /^\s*(?:—\s*)?(женщин|мужчин)/i.exec(after);
      const what = gender ? (gender[1]!.toLowerCase().startsWith("ж") ? "women" : "men") : other?.what ?? (POLITICAL.test(after.slice(0, 30)) ? "political prisoners" : "people");
      facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what, evidence: [evidence] });
    }
    previous = s;
  }

  // Releases named without a count: "Игорь Лосик вышел на свободу".
  for (const p of facts.persons) {
    if (p.role !== "released") continue;
    if (facts.releases.some((r) => r.names.includes(p.name))) continue;
    facts.releases.push({ names: [p.name], count: null, date: null, kind: "other", evidence: p.evidence.slice(0, 1) });
  }
  return facts;
}
