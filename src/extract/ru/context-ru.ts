/**
 * @module extract/ru/context-ru
 * The state of the Russian extractor's pass over one document, and the helpers every rule shares.
 * `RuCtx` holds what the document says as a whole (its country, whether it is a chronology or a
 * fact-check…) and what the sentences read so far leave open for the next ones (the pardon round
 * open, the last release, the people named). `SentCtx` holds what is read off one sentence (its
 * dates, numbers, names and their roles) and what the rules have taken from it so far.
 *
 * The rules are module-level functions taking these objects rather than closures over local
 * variables: the extractor runs through tsx, which wraps every named function expression in a
 * defineProperty call each time it is created, and one 600-line function took V8 seconds to optimise.
 */
import type { Evidence, Facts, PardonEvent, PersonRole, Release } from "../facts.js";
import type { RuDate } from "./dates-ru.js";
import type { RuNumber } from "./numbers-ru.js";
import type { NameHit } from "./persons-ru.js";
import type { SurnameIndex } from "./roles-ru.js";

/** Which part of the document a span is in. */
export type Field = "title" | "text";

/** A sentence of the title or of the text, as offsets into its field. */
export interface Sentence {
  field: Field;
  src: string;
  start: number;
  end: number;
}

/**
 * The heading line above a list of figures: "Политзаключённые (на 31 января 2025 года, в скобках — на
 * 31 декабря 2024 года)". Its items ("• в заключении — 1244 (1265);") take their noun and dates from it.
 */
export interface ListHeading {
  political: boolean;
  asOf: string | null;
  /** The date of the figures in brackets ("в скобках — на 31 декабря"). */
  bracketAsOf: string | null;
}

/** A list item "• label — value": the label and where its value starts in the sentence. */
export interface ItemLabel {
  text: string;
  valueAt: number;
}

/** "• в заключении — 1244 (1265);", "• задержаний по политическим мотивам — не менее 118": a labelled figure. */
const ITEM_LABEL = /^\s*[•·▪–—-]\s*([^—–:;.]{3,90}?)\s*[—–:]\s*/u;
/** The label of a list item "• label — value" (sentence `sentence`, already known to be a list item). */
export function itemLabel(sentence: string): ItemLabel | null {
  const m = ITEM_LABEL.exec(sentence);
  return m ? { text: m[1]!, valueAt: m[0].length } : null;
}

/** The state of one pass over a document (the title's sentences, then the text's). */
export interface RuCtx {
  facts: Facts;
  published: Date | null;
  /** The report cites Viasna somewhere: "правозащитники" then means Viasna. */
  viasnaInDoc: boolean;
  /** The country the report is about, for its stock claims. */
  country: string | null;
  /** An exchange report: "передала 16 человек" frees people. */
  exchangeDoc: boolean;
  /** A report about letters to prisons: the people written to are held. */
  lettersDoc: boolean;
  /** A fact-check that rules a claim false: the figures inside quotes are not facts. */
  falseClaimDoc: boolean;
  /** A chronology (dated heading lines), and whether it is one of pardons. */
  chronicle: boolean;
  chronicleTopic: boolean;
  /** The publisher an NGO bulletin names in its first line. */
  headerSource: string | null;
  /** The day of a dateline ("Минск, 9 декабря."), and where the dateline ends (-1: none). */
  datelineIso: string | null;
  datelineEnd: number;
  /** Every year written in the text, with its offset. */
  textYears: { at: number; year: number }[];

  /** The date of the chronology entry being read. */
  entryDate: string | null;
  /** The pardon round open, and the sentences since one was opened or restated. */
  current: PardonEvent | null;
  sinceEvent: number;
  /** The release added or restated last, and the sentences since. */
  lastRelease: Release | null;
  sinceRelease: number;
  /** Sentences since one that spoke of a release (0: the sentence being read), and that sentence's day. */
  sinceReleaseTalk: number;
  lastTalkDate: string | null;
  previous: Sentence | null;
  /** The heading line of the list of figures being read. */
  listHeading: ListHeading | null;
  /** The only day the previous sentence states (null: none, or more than one). */
  previousDay: string | null;
  /** The sentence before `previous`: an interview answer may open with a sentence before its count. */
  beforePrevious: Sentence | null;
  /** The surnames of the people found so far. */
  known: SurnameIndex | null;
  /** The sentence before announced a pardon without a count of people, and its day. */
  pardonAnnounced: boolean;
  announcedDate: string | null;
  /** The sentence index at which a breakdown of the current round was last filled. */
  breakdownAt: number;
  /** A list opened by a line ending in a colon right after a release: its dashed items are releases. */
  releaseList: boolean;
  /** A list opened by a line that speaks of pardons without a count and ends in a colon: its dated items are rounds. */
  pardonList: boolean;
  /** The list item being read speaks of neither pardons nor releases. */
  itemNoPardon: boolean;
  /** The index of the sentence being read, from 1. */
  si: number;
  /** Releases of names without a count, with the index of their sentence. */
  looseReleases: { r: Release; at: number }[];
  /** People freed without a release of their own yet, and the day a later sentence gave it ("Обмен состоялся 11 февраля"). */
  heldDates: Map<string, string>;
  sentencesSinceDateline: number;
  /** The last people named who were not officials, for "она / он" in reported speech. */
  speakers: string[];
  /** The last date with its year written: it anchors later days without one in its paragraph. */
  narrative: { field: Field; at: number; iso: string } | null;
  /** The paragraph before this one opened with a date ("Третьего июля 2024 года, …"): a timeline of dated paragraphs. */
  paraDated: boolean;
}

/** What one sentence says, and what the rules have taken from it so far. */
export interface SentCtx {
  s: Sentence;
  sentence: string;
  dates: RuDate[];
  numbers: RuNumber[];
  /** Inside a chronology entry (after its heading line). */
  entry: boolean;
  /** "Указ коснулся 30 человек" right after a sentence announcing a pardon. */
  decreeOfAnnounced: boolean;
  isPardon: boolean;
  isRelease: boolean;
  /** A dashed item of a list of releases. */
  itemRelease: boolean;
  /** A dated item of a list of pardon rounds ("— 16 августа — 30;"). */
  itemPardon: boolean;
  /** The sentence's own day (or month), else the dateline's or the chronology entry's. */
  dayDate: string | null;
  /** The day of the sentence before, when both speak of the same release. */
  talkDate: string | null;
  /** A list item "• label — value". */
  label: ItemLabel | null;
  /** Numbers a pardon round took. */
  used: Set<RuNumber>;
  names: NameHit[];
  /** The role each mention in `names` gives its person. */
  roles: PersonRole[];
  /** "Тихановская: «…»": who speaks the quote. */
  quoteSpeaker: string | null;
  /** Rounds opened in this sentence, with their counts. */
  picks: { n: RuNumber; event: PardonEvent }[];
  /** The round open before this sentence. */
  openBefore: PardonEvent | null;
  /** Totals whose dated parts follow after a colon. */
  totals: Set<RuNumber>;
  /** The end of the last stock claim read in this sentence (-1: none). */
  claimAt: number;
  /** The people named are those of a stock of prisoners told just before («…остаются 1100. Среди них …»). */
  held: boolean;
}

/** A number of a sentence with the text around it, as the rules after the first filters read it. */
export interface NumCtx {
  n: RuNumber;
  /** The 60 characters after the number. */
  after: string;
  /** The 14 characters before it, in its sentence. */
  before: string;
  /** Up to 200 characters before it, in its sentence. */
  beforeInSentence: string;
  /** The noun of people right after it ("человек", "политзаключённых"). */
  peopleNoun: RegExpExecArray | null;
  /** "вышли 342 человека, а всего с июля освободили 569.": the noun is elided, the count before has it. */
  elided: boolean;
  /** The clause around the number. */
  clause: string;
  /** The number and its noun of people. */
  evidence: Evidence;
}

/** An evidence span. (A module-level function, not a per-sentence closure: see memoize in en/extract-en.ts.) */
export function evidenceAt(field: Field, start: number, end: number): Evidence {
  return { field, start, end };
}

/**
 * True when `pos` stands inside quotes opened in the same paragraph: «…» (nested quotes counted),
 * „…“ (German-style, as many Russian and Belarusian sites print them), “…” or straight "…".
 */
export function insideQuote(src: string, pos: number): boolean {
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

/** The clause around `[start, end)` in sentence `s` (read back no further than `from`), with a cue that may follow a comma. */
export function clauseAround(src: string, s: Sentence, start: number, end: number, from = s.start): string {
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
