/**
 * @module extract/en/context
 * The state of the English extractor's pass over one field of a document, and the helpers every
 * fact rule shares: evidence spans, the release verbs and kinds, the country a sentence names.
 */
import { findDates } from "../dates.js";
import type { Evidence, Facts, PardonEvent, PersonRole, ReleaseKind } from "../facts.js";
import type { Span } from "../sentences.js";
import { COUNTRIES } from "./lexicon.js";

/** Which part of the document a span is in. */
export type Field = Evidence["field"];

/** The state of one pass over a document field (title or text). */
export interface Ctx {
  text: string;
  field: Field;
  sentences: Span[];
  published: Date | null;
  docSource: string | null;
  personNames: string[];
  /** Names with the role each mention gave, by sentence index. */
  mentionsBySentence: Map<number, { name: string; role: PersonRole | null }[]>;
  facts: Facts;
  main: PardonEvent | null;
  mainSentence: number;
  /** The round stated most recently, and its sentence: breakdowns right after it describe it. */
  lastEvent: PardonEvent | null;
  lastEventSentence: number;
  lastSource: string | null;
  country: string | null;
  /** The document's title (read by the body's rules: a profile names its subject there). */
  title?: string;
  /** The organisation a first-person speaker is introduced with (sources.ts speakerOrg); undefined until asked. */
  weSource?: string | null;
  /** The last sentence whose count breakdown() read into a round: a list line after it continues the breakdown. */
  breakdownSentence?: number;
}

// A release that happened (not "be freed", not "called for the release of"; "welcomed the release of" is one).
export const RELEASE_ACT =
  /\b(?:freed|frees|freeing|released|set free|walk(?:ed|s)? (?:free|out of (?:prison|jail|(?:the |a )?(?:penal )?colony)|out on (?:a )?pardon|out with)|release(?<!\b(?:[Pp]ress|[Nn]ews) release)(?=[^.:;,]{0,30}:\s*(?:[a-z]+ ){0,2}\d)|left (?:prison|jail)|(?:taken|driven|brought|escorted|bused) (?:across|over) the border|handed over|let out|let (?:[\w,'-]+ ){0,5}go|exchanged|deported|expelled|(?<=\b(?:were|was|been) )flown (?=(?:to|home|back|out of)\b)|(?<=\b(?:[Ww]elcom(?:e|es|ed|ing)|[Rr]esponding to|[Ff]ollowing|[Aa]fter|[Hh]ail(?:s|ed|ing)?) the )release(?=(?: (?:on|in) [^,.;]{3,25})? of\b))\b/gi;

/** "The decree, signed …", "The pardon, dated …": a later sentence dating the round already told. */
export const DECREE_SIGNED = /^(?:The|This|That|Lukashenko's|His) (?:decree|pardon|order|clemency decree)\b[^.]{0,20}?\b(?:signed|issued|dated|published)\b/;

/** Words that say a sentence breaks a group down ("the group", "of them", "among those pardoned"). */
export const BREAKDOWN_CTX = /\b(?:group|of them|among them|among those|the pardoned|those pardoned|those released|those freed|comprised|includ(?:es|ed|ing))\b/i;

/** An evidence span in `field`. */
export function ev(field: Field, start: number, end: number): Evidence {
  return { field, start, end };
}

/** The first release that happened in a sentence: not "to be freed", not "the release of". */
export function releaseActIn(sentence: string): RegExpExecArray | null {
  const re = RELEASE_ACT;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    const before = sentence.slice(Math.max(0, m.index - 16), m.index);
    if (/\b(?:be|to be|been sought to be)\s+$/.test(before) && !/\b(?:has|have|had)\s+be(?:en)?\s+$/.test(before)) continue;
    if (/^freed\s+(?:prisoners|political)/i.test(sentence.slice(m.index)) && !/\b(?:were|was|been)\s+$/.test(before)) continue;
    // "were flown to Moscow" frees people only in a swap: "In return, eight Russians … were flown to Moscow".
    // ("X was flown out of Russia on 11 February": leaving the country frees by itself.)
    if (/^flown/i.test(m[0]) && !sentence.startsWith("out of ", m.index + 6) && !/\b(?:[Ii]n return|swap|exchange)\b/.test(sentence)) continue;
    // "… replace many of those who are freed": people freed in general, not a release that happened.
    if (before.endsWith(" who are ")) continue;
    // "could walk free", "hopes to walk out on pardon": a bare "walk" after a modal or "to" has not happened.
    if (m[0].charCodeAt(4) === 32 && (m[0].charCodeAt(0) | 32) === 119 && /\b(?:to|will|would|could|can|may|might|should|must|not|never)\s+$/i.test(before)) continue;
    return m;
  }
  return null;
}

/**
 * releaseActIn, or else a border trip or a swap's homecoming ("52 prisoners were taken to
 * Lithuania", "In return, eight Russians went home"): phrasings kept out of RELEASE_ACT, which
 * runs on many sentences; read only by the release and stock rules, a rare word first.
 */
export function releaseOrTripIn(sentence: string): RegExpExecArray | null {
  const m = releaseActIn(sentence);
  if (m) return m;
  // "The release of 52 prisoners … on September 11 is welcome": a release told as welcome has happened.
  if (sentence.includes(" welcome")) {
    const w = WELCOME_RELEASE.exec(sentence);
    if (w) return w;
  }
  if (!(sentence.includes("Lithuania") || sentence.includes("Ukrain") || sentence.includes("Poland") || sentence.includes(" home"))) return null;
  const b = BORDER_ACT.exec(sentence);
  if (!b || /\b(?:be|to be)\s+$/.test(sentence.slice(Math.max(0, b.index - 16), b.index))) return null;
  return b[0].endsWith("home") && !/\b(?:[Ii]n return|swap|exchange)\b/.test(sentence) ? null : b;
}

/** "The release of N … is welcome": a nominal release that happened (releaseOrTripIn's fallback). */
const WELCOME_RELEASE = /\b[Tt]he release(?= of [^.;:]{3,80}? (?:is|was) (?:a )?welcome)/;

/** A border trip or a swap's homecoming: the release phrasings RELEASE_ACT leaves to releaseActIn's fallback. */
const BORDER_ACT = /\b(?:(?:taken|driven|brought|escorted|bused) (?:to|into) (?:the )?(?:Lithuania|Ukraine|Poland|(?:Lithuanian|Ukrainian|Polish) border)|(?:went|flew) home)\b/i;

/** "3 July 2024 — ", "Late December 2025 – ", "Sept. 4, 2024: ", "13 December, Saturday. ": the date heading a chronology or diary entry. */
// A diary's "13 December, Saturday. " too.
const ENTRY_HEAD = /^(?:(?:(?:Early|Mid|Late|End of) )?(?:\d{1,2} )?[A-Z][a-z]+\.?(?: \d{1,2},?)? \d{4}\s*[—–:-]\s|\d{1,2} [A-Z][a-z]+, (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\.\s)/;

/**
 * The date of a chronology entry for a sentence inside it that states none: the paragraph opens
 * with a date and a dash ("16 September 2024 — 37 more pardoned. …") and this sentence is not
 * its first (the first reads the date itself). Null otherwise.
 */
export function entryDate(ctx: Ctx, s: { start: number }): string | null {
  const p = ctx.text.lastIndexOf("\n", s.start - 1) + 1;
  const c = ctx.text.charCodeAt(p);
  // "19:40 — To recap: …": a live blog's entry, dated by the blog's header line ("Saturday, 13 December 2025").
  if (c >= 48 && c <= 57 && TIME_ENTRY.test(ctx.text.slice(p, p + 9))) return blogDate(ctx);
  if (p >= s.start) return null;
  if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return null;
  const m = ENTRY_HEAD.exec(ctx.text.slice(p, Math.min(p + 40, s.start)));
  if (!m) return null;
  const d = findDates(ctx.text, p, p + m[0].length, ctx.published, null)[0];
  return d && (d.precision === "day" || d.precision === "month") ? d.iso : null;
}

/** "19:40 — ", "9:05 - ": the time opening a live blog's entry. */
const TIME_ENTRY = /^\d{1,2}:\d\d\s*[—–-]\s/;
/** A line of its own near the top stating a full day: "Saturday, 13 December 2025", "December 13, 2025". */
const BLOG_HEADER = /^(?:[A-Z][a-z]+day,? )?(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})\b/m;

/** The day a live blog's header line states, in its first 300 characters; null when there is none. */
function blogDate(ctx: Ctx): string | null {
  const m = BLOG_HEADER.exec(ctx.text.slice(0, 300));
  if (!m) return null;
  return findDates(ctx.text, m.index, m.index + m[0].length, ctx.published, null).find((d) => d.precision === "day")?.iso ?? null;
}

/** How people were freed, read in the release's clause: deported, pardon, sentence served, other. */
export function releaseKind(sentence: string): ReleaseKind {
  if (/\b(?:deport\w*|expel\w*|forced to leave|forcibly (?:removed|taken)|removed from the country|sent into exile)\b/i.test(sentence)) return "deported";
  if (/\b(?:pardon\w*|clemency|amnest(?!y\s+International)\w*|decree)\b/i.test(sentence)) return "pardon";
  if (/\b(?:served (?:his|her|their|the) (?:full )?(?:sentence|term)|after serving|end of (?:his|her|their) (?:sentence|term)|completed (?:his|her|their) (?:sentence|term)|sentence (?:ended|expired))\b/i.test(sentence)) return "sentence_served";
  return "other";
}

const ANY_COUNTRY = new RegExp(COUNTRIES.map(([re]) => `(?:${re.source})`).join("|"));

/** The country a sentence names, if any. */
export function countryIn(s: string): string | null {
  // One combined scan first: most sentences name no country, and eight separate scans of each
  // sentence cost more than the rest of the claim rule. The list order still decides ties.
  if (!ANY_COUNTRY.test(s)) return null;
  for (const [re, name] of COUNTRIES) if (re.test(s)) return name;
  return null;
}
