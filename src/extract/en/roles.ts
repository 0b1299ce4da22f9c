/**
 * @module extract/en/roles
 * The role the words around a name give a person: pardoned or freed (by a predicate, a list after
 * "freed 16 people, among them …", or "among those freed"), held (arrested, sentenced, in prison),
 * official (a title before the name or "the president of X" after it), opposition leader; and a
 * short description for the reviewer (the apposition or the title).
 */
import type { PersonRole } from "../facts.js";
import { isRegexSpace } from "../scan.js";
import type { Span } from "../sentences.js";

/** Whether a UTF-16 code unit is one that `\w` (and so `\b`) counts as a word character. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * The word just before the trailing whitespace of `before` ("Minister" of "… Prime Minister "),
 * with one trailing dot kept ("Mr."); "" when `before` does not end in whitespace or no word
 * precedes it. Read by char codes: the rules about the words before a name are regexes anchored
 * at the end (`…\s+$`), which the engine tries at every start position; looking this word up in a
 * set first runs them only when they can match.
 */
export function wordBeforeSpace(before: string): string {
  let e = before.length;
  while (e > 0 && isRegexSpace(before.charCodeAt(e - 1))) e--;
  if (e === before.length) return "";
  let w = e;
  if (w > 0 && before.charCodeAt(w - 1) === 46) w--;
  let st = w;
  while (st > 0 && isWordChar(before.charCodeAt(st - 1))) st--;
  return st === w ? "" : before.slice(st, e);
}

/** The run of `\w` characters that ends `s` ("President" of "Belarusian President"). */
function lastWordRun(s: string): string {
  let st = s.length;
  while (st > 0 && isWordChar(s.charCodeAt(st - 1))) st--;
  return st === s.length ? "" : s.slice(st);
}

const words = (list: string): Set<string> => new Set(list.split(" "));

/**
 * The end of `before` that a `\b(?:…)\s+$` rule can match, when its phrases are at most `longest`
 * characters: the trailing whitespace, the phrase, and one character before it for the `\b`.
 * The same answer as on the whole string, without trying every start position.
 */
function phraseTail(before: string, longest: number): string {
  let e = before.length;
  while (e > 0 && isRegexSpace(before.charCodeAt(e - 1))) e--;
  return e - longest - 1 > 0 ? before.slice(e - longest - 1) : before;
}

// A single-word name is accepted only after one of these titles.
/** A title that lets a single surname name a person ("President Trump"). */
const TITLE_BEFORE =
  /\b(?:President|Secretary of State|Prime Minister|Foreign Minister|Minister|[Ee]nvoy|[Ss]pokes(?:wo)?(?:man|person)|[Dd]eputy|Chancellor|Commissioner|Ambassador|[Aa]mbassador|Governor|Senator|Pope|leader|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+$/;

/** The word each TITLE_BEFORE title ends with, as `wordBeforeSpace` reads it. */
const TITLE_BEFORE_LAST = words(
  "President State Minister envoy Envoy spokesman Spokesman spokeswoman Spokeswoman spokesperson Spokesperson spokeswoperson Spokeswoperson " +
    "deputy Deputy Chancellor Commissioner Ambassador ambassador Governor Senator Pope leader Mr Mr. Mrs Mrs. Ms Ms. Dr Dr.",
);

/** True when `before` ends with a title that lets a single surname name a person ("President "). */
export function titleBefore(before: string, word: string = wordBeforeSpace(before)): boolean {
  // "Secretary of State", 18 characters, is the longest title.
  return TITLE_BEFORE_LAST.has(word) && TITLE_BEFORE.test(phraseTail(before, 18));
}

const OFFICIAL_BEFORE =
  /\b(?:President|Secretary of State|Prime Minister|Foreign Minister|Minister|[Ee]nvoy|[Ss]pokes(?:wo)?(?:man|person)|[Dd]eputy|Chancellor|Commissioner|Ambassador|[Aa]mbassador|Governor|Senator|Pope|[Oo]fficial|[Jj]udge|[Pp]rosecutor|[Jj]unta (?:chief|leader)|[Pp]ress [Ss]ecretary)\s+$/;

/** The word each OFFICIAL_BEFORE title ends with. */
const OFFICIAL_BEFORE_LAST = words(
  "President State Minister envoy Envoy spokesman Spokesman spokeswoman Spokeswoman spokesperson Spokesperson spokeswoperson Spokeswoperson " +
    "deputy Deputy Chancellor Commissioner Ambassador ambassador Governor Senator Pope official Official judge Judge prosecutor Prosecutor chief leader secretary Secretary",
);

const OFFICIAL_AFTER =
  /^,?\s*(?:who (?:calls|styles) (?:himself|herself) |the (?:self-(?:declared|proclaimed|styled) )?|an? |(?:\w+ )?)?(?:(?:[\w.'’]+ ){0,2})?(?:president|prime minister|minister|foreign minister|spokes(?:wo)?(?:man|person)|envoy|ambassador|governor|head of state|dictator|ruler|official|judge|prosecutor)(?: (?:of|for|to) (?:the )?[A-Z])/;

const OPPOSITION_BEFORE = /\bopposition (?:leader|politician|figure|figurehead)\s+$/i;

/** The word OPPOSITION_BEFORE ends with, lower-cased (the regex ignores ASCII case only). */
const OPPOSITION_BEFORE_LAST = words("leader politician figure figurehead");

const OPPOSITION_AFTER = /^,?\s*(?:the|a|an|who is (?:the|a)) (?:\w+ )?(?:leader|head|figurehead) of the (?:\w+ )?opposition/i;

// Passive only ("X was freed"): in "Lukashenko freed 30 people" the name is the one who frees.
// The apposition may be long ("X, a dual citizen who was sentenced to 12 years for donating $51.80 to
// a charity, has been released"): up to 140 characters without a comma.
const FREED_AFTER =
  /^(?:,[^,]{1,140},| among them,)?\s*(?:(?:(?:has|have|had) been|was|were|is|are|who was|who were|who had been|who has been)\s+(?:(?:also|now|finally|later|already|recently|eventually)\s+)*(?:freed|released|set free|let go|exchanged|swapped|flown out of (?:Russia|Belarus|Myanmar|the country)|(?:taken|driven|brought|escorted|bused) (?:across|over) the border|among (?:those|the people|the prisoners) (?:freed|released|pardoned|handed over)|handed over)|(?:(?:has|have|had|also|later|finally)\s+)*walk(?:ed|s)? (?:free|out with\b|out of (?:a |the |his |her )?(?:[A-Z]?[\w-]+ )?(?:prison|jail|colony|penal colony))|(?:was|were|is|are)\s+(?:also\s+)?among (?:those|(?:the (?:[\d,]+ |[a-z-]+ )?|[\d,]+ )(?:people|prisoners|detainees|inmates)) (?:freed|released|pardoned|handed over))|^,\s*(?:\d+,\s*)?(?:pardoned and )?(?:freed|released)\b/;

// "… was freed in return for the Russian cybercriminal X": in a swap the other side goes free too.
const FREED_BEFORE =
  /(?:\b(?:in (?:return|exchange) for|swapped for|traded for)\s+(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w-]*\s+){0,3}$|\b(?:of|among) those (?:freed|released|pardoned|set free)(?: (?:was|were|is|are|included))?:?\s+(?:[a-z][\w-]*\s+){0,4}|\b(?:freed|frees|released|pardoned)\s+(?:(?:the|a|an)\s+)?(?:[A-Z][a-z]+\s+(?=[a-z]))?(?:(?:[a-z][\w-]*|RFE\/RL)\s+){0,3}|\b(?:was|were|been) (?:freed|released)\b[^.;]{0,40}?\b(?:together|along) with\s+|\b(?:was|were) (?:exchanged|swapped)\b[^;]{0,60}?\bfor\s+(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w-]*\s+){0,3})$/;

// "pardoned the journalist X" (anchored at the end of the text before) or "X was pardoned" (at
// the start of the text after). Both are tried on both strings, as one regex with the two
// alternatives would; kept apart so the anchored one is tried at the start only.
const PARDONED_NEAR_END = /\bpardon(?:ed|ing)?\s+(?:(?:the|a|an|[a-z-]+|[A-Z][a-z]+(?:an|ish|ese|i))\s+){0,3}$/;
const PARDONED_NEAR_START = /^(?:,[^,]{1,80},)?\s*(?:who\s+)?(?:(?:has|had|have) been|was|were|is|are)\s+(?:\w+\s+)?pardoned/;

function pardonedNear(s: string): boolean {
  // The end-anchored rule needs trailing whitespace and the word "pardon": checked first.
  // ("pardon decrees signed by X": the name after "by" is the one who pardons.)
  return (s.length > 0 && isRegexSpace(s.charCodeAt(s.length - 1)) && s.includes("pardon") && !s.endsWith(" by ") && PARDONED_NEAR_END.test(s)) || PARDONED_NEAR_START.test(s);
}

/**
 * FREED_BEFORE, run only when it can match: every alternative ends in whitespace and holds "free"
 * ("freed", "set free"), "released", "pardoned" or "for" ("in return for").
 */
/** Words that open a clause of its own: a name right after one is no object of "freed". */
const SUBORDINATORS = words("after before when once until while because since");

function freedBefore(before: string): boolean {
  const n = before.length;
  if (n === 0 || !isRegexSpace(before.charCodeAt(n - 1))) return false;
  if (!before.includes("free") && !before.includes("released") && !before.includes("pardoned") && !before.includes("for")) return false;
  // "… were freed after X met the envoy": the name opens a clause of its own, the subject of another verb.
  if (SUBORDINATORS.has(before.slice(before.lastIndexOf(" ", n - 2) + 1, n - 1))) return false;
  return FREED_BEFORE.test(before);
}

const PRISON_WORDS =
  /\b(?:political prisoners?|prisoners?|serving (?:their |his |her |a )?(?:sentences?|terms?)|incommunicado|behind bars|jailed|imprisoned|in custody|detained|arrested|sentenced|convicted|died (?:in|behind) (?:custody|bars|prison)|in prison|penal colon(?:y|ies)|held|remain(?:s|ing)? in (?:[A-Z][\w-]* )?(?:prisons|jails|colonies)|no news|no contact)\b/i;

const PARDON_LIST = /\bpardon(?:ed|ing|s)?\b[^;]{0,160}?\b(?:among them|including|among whom|such as)\b|\b(?:among|of) those pardoned\b(?: (?:\w+ )?(?:was|were|are|is|included))?/gi;

const FREED_LIST =
  /\b(?:also )?(?:freed|released) (?:were|was|are)\b|\b(?:freed|released|set free|handed over|walked free|let (?:go|out))\b[^;]{0,160}?\b(?:among them|including|among whom|such as)\b|\b(?:were|was|have been|had been) (?:freed|released|set free)\b[^;:]{0,80}:|\b(?:among|of) those (?:freed|released|set free|handed over|exchanged)\b(?: (?:\w+ )?(?:was|were|are|is|included))?|\b(?:swap|exchange)\b[^;]{0,80}?\b(?:included|including|involved)\b|\b(?:welcom(?:e|es|ed|ing)|responding to|following|after|hail(?:s|ed|ing)?) the release\b[^;]{0,160}?\b(?:among them|including|among whom|such as)\b|\brelease\b[^.:;,]{0,30}:\s*(?:[a-z]+ ){0,2}\d[^;]{0,160}?\b(?:among them|including|among whom|such as)\b/gi;

// Words that end a list of names: a relative clause, a source, a new predicate.
const LIST_BREAK = /\b(?:who|whom|whose|which|that|according|from|by|said|says|told|thanked|welcomed|confirmed|announced|with|for|after|before|when)\b|[;:]/;

/**
 * A role given to a list of names by the words that open it: "freed 16 people, among them X,
 * Y and the journalist Z"; "Among those pardoned was X". The name must still be inside the list.
 */
function listTrigger(clause: string, pardon: boolean): PersonRole | null {
  // Every PARDON_LIST phrase holds "pardon": without it in the sentence, no scan.
  if (pardon && opensList(PARDON_LIST, clause)) return "pardoned";
  return opensList(FREED_LIST, clause) ? "released" : null;
}

/** Whether the last match of a list opener in `clause` still reaches the end of it. */
function opensList(re: RegExp, clause: string): boolean {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(clause)) !== null) last = m;
  if (!last) return false;
  // Appositions (", the former banker who …,") describe the previous name; they do not end the list.
  const tail0 = clause.slice(last.index + last[0].length);
  // "X, the blogger whose wife, Y, …": the relative named in the apposition is not in the list.
  if (tail0.includes("whose ") && /\bwhose (?:wife|husband|son|daughter|mother|father|brother|sister|partner|lawyer|colleague)\b/.test(tail0)) return false;
  const tail = tail0.replace(/,\s(?:the|a|an)\s[^,]*,/g, ",");
  return !LIST_BREAK.test(tail);
}

// The name's own predicate: "X was arrested", "X, jailed in March, faces up to 15 years",
// "X … was taken back to his penal colony".
const PRISONER_OWN =
  /^(?:\s*\([^)]*\))?(?:,\s*\d+,)?(?:,\s*(?:who (?:was|is|had been) )?(?:jailed|arrested|detained|imprisoned|sentenced|convicted)\b[^,]{0,40},)?\s*(?:who\s+)?(?:(?:was|were|had been|has been|is being|is) (?:\w+ )?(?:arrested|detained|jailed|sentenced|convicted|imprisoned|charged|accused of|taken back to (?:his|her) (?:penal colony|prison|cell|colony))|faces? (?:up to )?[\w-]+ years)|^,\s*(?:\d+,\s*)?(?:jailed|arrested|detained|imprisoned) (?:in|on|since|last)\b|^\s+(?:has|have) not been heard from\b/;

/** The name is the one speaking: "… Director Marie Struthers said:". */
const SPEAKER_AFTER_RE = /^\s+(?:said|says|told|added|stated)\b/;
// ("X, Amnesty International's Director for …, said:": an apposition may come between.)
const SPEAKER_AFTER_APPOSITION = /^,[^,;.]{1,90},\s+(?:said|says|told|added|stated)\b/;
/** The name is the one speaking: SPEAKER_AFTER_RE, or the same after an apposition (tried only when the text after the name opens with a comma). */
function speakerAfter(after: string): boolean {
  return SPEAKER_AFTER_RE.test(after) || (after.charCodeAt(0) === 44 && SPEAKER_AFTER_APPOSITION.test(after));
}

/** Which kinds of cue a sentence can hold at all: read once, so each name skips rules that cannot fire. */
export interface SentenceCues {
  pardon: boolean;
  freed: boolean;
}

export function sentenceCues(sentence: string): SentenceCues {
  return {
    pardon: /pardon/i.test(sentence),
    freed: /\b(?:freed|frees|freeing|released|set free|across the border|walk(?:ed|s)?|handed over|swap(?:ped)?|exchanged?|let (?:out|go)|in return for|traded for|the release|release(?=[^.:;,]{0,30}:)|flown)\b/i.test(sentence),
  };
}

/** The role the words around a name give it; `word` is `wordBeforeSpace(before)`, read once per name by the caller. */
export function roleCue(text: string, s: Span, start: number, end: number, before: string, after: string, lead: string, cues: SentenceCues, word: string = wordBeforeSpace(before)): PersonRole | null {
  const heading = statusHeading(after);
  if (heading) return heading;
  if (cues.pardon && (pardonedNear(before) || pardonedNear(after.slice(0, 100)))) {
    return "pardoned";
  }
  // "talks with a delegation led by envoy X, Lukashenko pardoned 123, who were freed": an envoy's
  // or president's title right before the name outweighs a release told after it.
  if ((cues.freed || cues.pardon) && ((ENVOY_LAST.has(word) && OFFICIAL_BEFORE.test(phraseTail(before, 18))) || envoyFor(before)) && !/\b(?:former|ex-)\s*\S*\s*$/i.test(before)) return "official";
  if (cues.freed || cues.pardon) {
    const released = releasedCue(text, s, start, end, before, after, word, cues.pardon);
    if (released) return released;
  }
  // "X and Y, a protest leader, were among them": "them" are the people the sentence before freed.
  if (after.includes(" among them") && AMONG_THEM.test(after)) {
    // (Not after a sentence that says who was not freed or who remains.)
    const back = text.slice(Math.max(0, s.start - 240), s.start);
    const prevText = back.slice(back.lastIndexOf(". ", back.length - 3) + 1);
    const prev = sentenceCues(back);
    if ((prev.pardon || prev.freed) && !prevText.includes(" not ") && !prevText.includes("remain")) return prev.pardon ? "pardoned" : "released";
  }
  return otherCue(text, s, start, end, before, after, lead, word);
}

/** ", Y and Z, a lawyer, were among them": a list's predicate placing it in a group told before. */
const AMONG_THEM = /^(?:,[^,.;]{1,80},)?(?:\s*(?:,|and)\s*[^.;]{0,120}?)?\s(?:was|were) (?:also )?among them\b/;

/** Released (or pardoned, through a list after "pardoned … among them"). */
function releasedCue(text: string, s: Span, start: number, end: number, before: string, after: string, word: string, pardon: boolean): PersonRole | null {
  // "…, including X, the husband of exiled opposition leader Y, …": a relative named to place X is not freed with X.
  if (relativeOf(before)) return null;
  // "…, among them Tsikhanouskaya's husband, X": the possessor is named to place the one freed.
  // (The caller cuts the "'s" from `after`: read at the name's end.)
  if ((text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019) && text.charCodeAt(end + 1) === 115 && POSSESSIVE_RELATIVE.test(after)) return null;
  if (FREED_AFTER.test(after) || freedBefore(before)) return "released";
  // "eight Russians, including X, who had been serving life, were flown to Moscow" (in a swap).
  if (word === "including" && /^[^.;]{0,160}?\b(?:were|have been) (?:freed|released|handed over|flown (?:to|home|back)\b)/.test(after) && /\b(?:[Ii]n return|swap|exchange|freed|released|handed over)\b/.test(text.slice(s.start, s.end))) return "released";
  // A list after a release or pardon in the same clause: "freed 16 people, among them X and Y",
  // "Among those freed then were X and the lawyer Y", "The swap also included X".
  const head0 = text.slice(s.start, start);
  const clause0 = head0.slice(Math.max(head0.lastIndexOf(";"), head0.lastIndexOf(" but "), 0));
  // "…, among them X and Y, Amnesty's director Z said:": the speaker closes the list.
  const listRole = speakerAfter(after) ? null : listTrigger(clause0, pardon);
  if (listRole) return listRole;
  // "X and Y, a journalist, were also among those freed": the predicate after a list of names.
  const rest = text.slice(end, s.end);
  // The predicate holds "freed", "set free" or "released": looked for before the regex.
  const listFreed = opensWithListJoin(rest) && (rest.includes("free") || rest.includes("released")) && /^(?:\s*(?:,|and)\s*[^.;]{0,120}?)\s(?:were|have been|had been)\s+(?:also\s+)?(?:among those\s+)?(?:freed|released|set free)/.exec(rest);
  // (Not "X, the wife of Y, were freed"; but "X, the Nobel laureate, Y and Z were freed": another name follows the apposition.)
  if (listFreed && !/\b(?:said|says|that|who|told|confirmed|announced)\b/.test(listFreed[0]) && (!/^\s*,\s*(?:the|a|an)\s/.test(listFreed[0]) || NAME_AFTER_APPOSITION.test(listFreed[0]))) return "released";
  return null;
}

/** ", Y and Z were accused of": the rest of a list of names, then its charge, sentence or arrest. */
const LIST_CHARGED = /^\s*(?:,|and)\s*[^.;]{0,120}?\s(?:were|have been|had been)\s+(?:\w+\s+)?(?:accused of|charged|sentenced|convicted|arrested)\b/;

/** "the husband of exiled opposition leader ": the words before a relative named in an apposition. */
const RELATIVE_OF = /\b(?:husband|wife|son|daughter|mother|father|brother|sister|partner|widow|widower) of (?:the )?(?:[\w.'’-]+ ){0,4}$/;

/** " husband, " after a possessive name: the relative named to place the one it names. */
const POSSESSIVE_RELATIVE = /^ (?:husband|wife|son|daughter|mother|father|brother|sister|partner|widow|widower)\b/;

/** The words RELATIVE_OF opens with: the word before the last " of " must be one of them. */
const RELATIVE_WORDS = words("husband wife son daughter mother father brother sister partner widow widower");

/** RELATIVE_OF, run only when the word before the last " of " of `before` is a relative's. */
function relativeOf(before: string): boolean {
  const k = before.lastIndexOf(" of ");
  if (k < 0) return false;
  const w = before.lastIndexOf(" ", k - 1);
  return RELATIVE_WORDS.has(before.slice(w + 1, k)) && RELATIVE_OF.test(before);
}

/** "Special Envoy for Belarus ", "envoy to the United Nations ": an envoy's title naming where, right before the name. */
const ENVOY_FOR = /\b[Ee]nvoy (?:for|to) (?:the )?(?:[A-Z][\w.'’-]*\s+){1,3}$/;

/** Whether `before` ends with an envoy's title that names where ("Special Envoy for Belarus "): the string test first. */
function envoyFor(before: string): boolean {
  return (before.includes("nvoy for ") || before.includes("nvoy to ")) && ENVOY_FOR.test(before);
}

/** ", the Nobel laureate, Babaryka and Znak were …": an apposition, then the list goes on with a name. */
const NAME_AFTER_APPOSITION = /^\s*,\s*(?:the|a|an)\s[^,]{1,60},\s*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?(?:,|\sand\s)/;

/** A title that ends the words before a name in the same run of capitals ("Belarusian President"). */
const LEAD_OFFICIAL = /\b(?:President|Secretary|Minister|Envoy|Deputy|Chancellor|Commissioner|Ambassador|General|Marshal|Admiral|Governor|Senator|Mayor)$/;
const LEAD_OFFICIAL_LAST = words("President Secretary Minister Envoy Deputy Chancellor Commissioner Ambassador General Marshal Admiral Governor Senator Mayor");

/** The titles that name an official even in a sentence about a release (an envoy, a president). */
const ENVOY_LAST = words("envoy Envoy President Ambassador ambassador spokesman Spokesman spokeswoman Spokeswoman spokesperson Spokesperson");

/** "X, a deputy US special envoy", "X, the American ambassador": an apposition naming a diplomat. */
/** ", U.S. President Donald Trump's special envoy", ", Washington's ambassador": an envoy named by whose he is. */
const POSSESSIVE_ENVOY = /^,\s*(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.-]*['’]s\s+(?:[a-z-]+\s+){0,2}(?:envoy|ambassador)\b/;

const ENVOY_APPOSITION = /^,\s*(?:an?|the)\s+(?:[\w.'’-]+\s+){0,3}(?:envoy|ambassador)\b/;

/**
 * "Maria X — RELEASED", "Y – still detained": a case list's heading line, the name then a status
 * after a dash. The status is the whole rest of the line (or opens a date: "Released on 13 December").
 */
const STATUS_HEADING = /^\s*[—–-]{1,2}\s*(?:(released|freed|pardoned)|(?:still\s+)?(?:detained|in prison|imprisoned|behind bars|held|in custody|jailed|serving (?:a )?sentence))(?=\s*(?:$|\n|\(|:| on | in | since ))/i;

/** The role a status heading after a name gives it, or null; the dash is checked before the regex. */
function statusHeading(after: string): PersonRole | null {
  let i = 0;
  while (i < after.length && after.charCodeAt(i) === 32) i++;
  const c = after.charCodeAt(i);
  if (c !== 0x2014 && c !== 0x2013 && c !== 45) return null;
  const m = STATUS_HEADING.exec(after);
  if (!m) return null;
  return m[1] ? (/^pardoned$/i.test(m[1]) ? "pardoned" : "released") : "prisoner";
}

/** "Special Rapporteur on the situation of human rights in Belarus, ": the title and its mandate before a name. */
const RAPPORTEUR_ON = /\b[Rr]apporteur (?:on|for) [^,;.]{3,90}, $/;

/** "Lukashenko's press secretary, ", "the ruler's spokeswoman, ": a possessive title before a name set off by a comma. */
const POSSESSIVE_TITLE_COMMA = /['’]s (?:[a-z]+ )?(?:press secretary|spokes(?:wo)?(?:man|person)|envoy|ambassador|foreign minister|chief of staff), $/;

/** Prisoner, official, opposition leader: the cues that do not depend on a release. */
function otherCue(text: string, s: Span, start: number, end: number, before: string, after: string, lead: string, word: string): PersonRole | null {
  const rest = text.slice(end, s.end);
  // "X, Y and Z remain behind bars": the predicate after a list of names.
  // The predicate names a prison, a jail, custody, bars or being held: looked for before the regex.
  const listHeld = opensWithListJoin(rest) && (rest.includes("prison") || rest.includes("jail") || rest.includes("held") || rest.includes("custody") || rest.includes("bars")) && /^(?:\s*(?:,|and)\s*[^.;]{0,120}?)?(?:\s(?:remain|are still|were still|are|were)|, all)\s+(?:still\s+)?(?:behind bars|in prison|in custody|jailed|imprisoned|held|in jail)\b/.exec(rest);
  if (listHeld && !/\b(?:said|says|that|who|told)\b/.test(listHeld[0])) return "prisoner";
  // "X, Y, Z and W were accused of …", "X and Y were sentenced": a list of names, then the charge or sentence.
  const listCharged = opensWithListJoin(rest) && (rest.includes(" accused of") || rest.includes(" charged") || rest.includes(" sentenced") || rest.includes(" convicted") || rest.includes(" arrested")) && LIST_CHARGED.exec(rest);
  if (listCharged && !/\b(?:said|says|that|who|told|whose)\b/.test(listCharged[0])) return "prisoner";
  // The person's own arrest, detention or sentence outweighs a title ("opposition politician X
  // was detained"): checked before the title cues.
  if (PRISONER_OWN.test(after) || (before.includes("those ") && /\b(?:[Aa]mong|[Oo]f) those (?:detained|arrested|jailed|sentenced|convicted)\b(?: (?:\w+ )?(?:was|were|is|are))?\s+(?:[a-z][\w-]*\s+){0,4}$/.test(before))) return "prisoner";
  // "X, one of those on the list, declined to cross and was driven back to the prison": returned
  // to prison in the name's own sentence outweighs "opposition politician".
  // ("… refuses to cross and is returned to prison": the present tense, or "returned" alone, too.)
  if ((after.includes(" back to ") || after.includes(" returned to ")) && /^[^.;]{0,120}?\b(?:was|were|is|are) (?:\w+ )?(?:(?:taken|driven|sent|returned|brought|escorted) back|returned) to (?:his |her |the |a )?(?:prison|penal colony|colony|jail|cell)\b/.test(after) && !/\b(?:said|says|told)\b/.test(after.slice(0, 60))) return "prisoner";
  if ((OFFICIAL_BEFORE_LAST.has(word) && OFFICIAL_BEFORE.test(phraseTail(before, 18))) || (LEAD_OFFICIAL_LAST.has(lastWordRun(lead)) && LEAD_OFFICIAL.test(lead)) || envoyFor(before)) return "official";
  // "The Special Rapporteur, X, said": a title set off by a comma.
  // "The Special Rapporteur on the situation of human rights in Belarus, X, said": the mandate between.
  if (word === "" && (before.endsWith("Rapporteur, ") || before.endsWith("rapporteur, ") || (before.endsWith(", ") && before.includes("apporteur ") && RAPPORTEUR_ON.test(before)))) return "official";
  // "Lukashenko's press secretary, X, confirmed": a possessive title set off by a comma.
  if (word === "" && before.endsWith(", ") && (before.includes("'s ") || before.includes("’s ")) && POSSESSIVE_TITLE_COMMA.test(phraseTail(before, 40))) return "official";
  // "… the president of Belarus": the title is always followed by " of ".
  // "… the U.S. special envoy for Ukraine", "… ambassador to the UN" too.
  if ((after.includes(" of ") || after.includes(" for ") || after.includes(" to ")) && OFFICIAL_AFTER.test(after) && !/^,?\s*(?:the|its) \w+['’]s president/.test(after)) return "official";
  // "X, a deputy US special envoy, told reporters": an envoy or ambassador needs no "of/for/to".
  // "X, U.S. President Donald Trump's special envoy for Belarus": the envoy of someone named in the apposition.
  if (after.charCodeAt(0) === 44 && (after.includes("envoy") || after.includes("ambassador")) && (ENVOY_APPOSITION.test(after) || POSSESSIVE_ENVOY.test(after))) return "official";
  if ((OPPOSITION_BEFORE_LAST.has(word.toLowerCase()) && OPPOSITION_BEFORE.test(phraseTail(before, 21))) || OPPOSITION_AFTER.test(after)) return "opposition_leader";
  // Prison words earlier in the same sentence (a list "among them X, Y"), or in the
  // previous sentence when this one opens with "Among them".
  const head = text.slice(s.start, start);
  const clauseHead = head.slice(Math.max(head.lastIndexOf(" that "), head.lastIndexOf(";"), 0));
  if (PRISON_WORDS.test(clauseHead) && !speakerAfter(after) && !/\b(?:said|says|told|thanked|gratitude|urged)\b/.test(clauseHead)) return "prisoner";
  // Sentenced: "X, the director, and Y each received nine years"; "X was given 14 years".
  if ((after.includes("received") || after.includes("given") || after.includes("got") || after.includes("handed")) && /^(?:,[^,]{1,80},)?[^.;]{0,80}?\b(?:received|was given|were given|got|was handed|were handed)\s+(?:a\s+)?(?:[\w-]+\s+){0,3}(?:years?|sentences?|prison terms?|terms?)\b/.test(after) && !/\b(?:said|says)\b/.test(after.slice(0, 40))) return "prisoner";
  // "X and Y were given eight, …" after a sentence's earlier "nine years": the term's unit gapped.
  if ((after.includes("received") || after.includes("given")) && GIVEN_BARE_TERM.test(after) && SENTENCED_YEARS.test(text.slice(s.start, s.end))) return "prisoner";
  // "…; the reporters X and Y were given eight, and Z, the deputy director, seven and a half.": the
  // verb and "years" gapped after a sentence's earlier terms.
  if (after.charCodeAt(0) === 44 && gappedTerm(after) && SENTENCED_YEARS.test(text.slice(s.start, start))) return "prisoner";
  // The name's own predicate (not a relative clause about someone else).
  // ", who was sentenced on August 6 to two years": the relative clause right after the name.
  if (/^(?:\s*\([^)]*\))?(?:,[^,]{1,80},)?,?\s*(?:who\s+)?(?:was|were|had been|has been|is being|is) (?:\w+ )?(?:arrested|detained|jailed|sentenced|convicted|imprisoned|charged)/.test(after)) return "prisoner";
  // ", who marked her birthday behind bars": a relative clause that puts the person in prison now.
  if (after.startsWith(", who ") && (after.includes("bars") || after.includes("prison") || after.includes("custody")) && WHO_INSIDE.test(after)) return "prisoner";
  // ", whose father was allowed to visit her in November": a visit granted is a visit to someone held.
  if (after.startsWith(", whose ") && WHOSE_VISIT.test(after)) return "prisoner";
  // "X, the blogger and husband of Y, is also still held": "also" or "now" may come before "still".
  if (/^(?:\s*\([^)]*\))?(?:,[^,]{1,80},)?,?\s*(?:who\s+)?(?:died (?:in|behind)|is serving|was serving|has been serving|remains? (?:in|behind)|(?:also |still )?remained (?:in (?:prison|jail|custody|detention)|behind bars)|(?:has been|is|was) (?:(?:himself|herself|also|now) )?(?:still |back )?(?:in prison|in jail|behind bars|in custody|held))/.test(after)) return "prisoner";
  // "X, 58, a heating engineer, is tried for two comments": a defendant in the dock (not one tried in absentia).
  if (after.includes(" tried ") && TRIED.test(after)) return "prisoner";
  // "X, a nurse serving seven years, taught her …": the apposition itself serves the term.
  // "X, a leader of the Polish minority, is still serving …", "X is now serving …" (kept out of the regex above, which every name runs).
  if (after.charCodeAt(0) === 44 ? after.includes(" serving ") && (APPOSITION_SERVING.test(after) || STILL_SERVING.test(after)) : after.startsWith(" is still serving") || after.startsWith(" is now serving")) return "prisoner";
  // "X, the elected leader removed in the coup, was not released": left out of a release.
  if (after.includes(" not ") && NOT_FREED.test(after)) return "prisoner";
  return listedTerm(after) ? "prisoner" : null;
}

/**
 * "- Ulvi Hasanli, director: 9 years", "Name: 7.5 years": a line of a list of sentences, the term
 * after a colon. (Its own function, so that otherCue stays small.)
 */
function listedTerm(after: string): boolean {
  const c0 = after.charCodeAt(0);
  return (c0 === 44 || c0 === 58) && after.includes(" year") && LISTED_TERM.test(after);
}

const TRIED = /^(?:,[^,.;]{1,60}){0,2},?\s*(?:is|was|has been|is being|were|are) (?:now |also )?tried\b(?! in absentia)/;
const STILL_SERVING = /^,[^,]{1,80},\s*is (?:still|now) serving\b/;
const APPOSITION_SERVING = /^,\s*(?!whose\b|who\b)(?:(?:a|an|the)\s+)?[^,;.]{0,50}?\bserving\s+(?:a |an |his |her |their )?(?:[\w-]+ ){0,2}(?:years?|sentences?|terms?|life)\b/;
const NOT_FREED = /^(?:,[^,]{1,80},)?\s*(?:was|were|has|have) not (?:been )?(?:released|freed|pardoned|among (?:those|the) (?:freed|released|pardoned))\b/;

const TERM_WORD = "(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)(?: and a half)?";
const LISTED_TERM = new RegExp(`^(?:,[^,:;.\\n]{1,40})?:\\s*(?:up to |to )?${TERM_WORD}(?:\\.\\d)?(?: and a half)? years?\\b`);
const GIVEN_BARE_TERM = new RegExp(`^[^.;]{0,80}?\\b(?:received|was given|were given)\\s+${TERM_WORD}(?=[,;.])`);
const GAPPED_TERM = new RegExp(`^,[^,]{1,80},\\s*${TERM_WORD}(?: years?)?\\s*(?:[.;]|$)`);
/** The first words of TERM_WORD's numbers (and digits): GAPPED_TERM runs only when the word after the apposition is one. */
const TERM_FIRST = words("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty");

/** GAPPED_TERM, tried only when the apposition closes within 81 characters and a number follows it. */
function gappedTerm(after: string): boolean {
  const comma = after.indexOf(",", 1);
  if (comma < 2 || comma > 81) return false;
  let i = comma + 1;
  while (after.charCodeAt(i) === 32) i++;
  const c = after.charCodeAt(i);
  if (!(c >= 48 && c <= 57)) {
    let j = i;
    while (j < after.length && after.charCodeAt(j) >= 97 && after.charCodeAt(j) <= 122) j++;
    if (!TERM_FIRST.has(after.slice(i, j))) return false;
  }
  return GAPPED_TERM.test(after);
}
const SENTENCED_YEARS = /\b(?:received|given|handed|sentenced|got)\b[^.]{0,120}\byears?\b/;

const WHOSE_VISIT = /^, whose (?:[\w'’-]+ ){1,3}(?:was|were|has been|have been|had been) (?:finally |first |only |again )?(?:allowed|permitted) to (?:visit|see) (?:her|him)\b/;

const WHO_INSIDE = /^, who (?![^,.;]{0,60}\b(?:former|formerly|spent|after|before|until|released|freed|left|walked)\b)[^,.;]{0,60}\b(?:behind bars|in prison|in custody)\b/;

const APPOSITION = /^,\s*(?:who is |who was )?((?:a|an|the)\s+[^,;()]{3,70}?)(?:,|;|\)|\.?$)/;

// Words that can end a description written before a name: "exiled opposition leader X".
const ROLE_NOUN =
  "journalist|reporter|activist|leader|politician|envoy|minister|president|adviser|advisor|deputy|lawyer|blogger|teacher|student|spokesperson|spokesman|spokeswoman|founder|head|laureate|worker|citizen|national|economist|artist|musician|priest|defender|volunteer|chairman|chief|director|editor|official|ambassador|secretary|senator|governor|banker|candidate|philosopher|writer|poet|photographer|analyst|coordinator|member|wife|husband|son|daughter|mother|father";

// Modifiers allowed inside such a title: "exiled opposition leader", "U.S. special envoy".
const TITLE_MOD = "exiled|opposition|special|former|deputy|vice|foreign|prime|senior|human|rights|jailed|imprisoned|detained|veteran|prominent|independent|chief|state|press|political|civic|pro-democracy|[A-Z][\\w.-]*";

const TITLE_BEFORE_NAME = new RegExp(`(?:^|\\s)((?:(?:${TITLE_MOD})\\s+){0,3}(?:${ROLE_NOUN}))\\s+$`);

/** The nouns TITLE_BEFORE_NAME ends with: the word before the name must be one of them. */
const ROLE_NOUNS = new Set(ROLE_NOUN.split("|"));

/** A description written in the same run of capitals as the name ("Belarusian President"). */
const LEAD_TITLE = /\b(?:President|Minister|Secretary|Envoy|Deputy|General|Governor|Senator|Mayor|Chancellor|Commissioner|Ambassador)$/;
const LEAD_TITLE_LAST = words("President Minister Secretary Envoy Deputy General Governor Senator Mayor Chancellor Commissioner Ambassador");

const LEADING_NOISE = /^(?:(?:the|a|an|and|of|by|to|with|from|that|as|was|were|is|are|said|among|them|including|on|in|at|for)\s+)+/i;

/**
 * The end of `before` from the space before its last `n` whitespace-separated tokens (all of it
 * when it has fewer). TITLE_BEFORE_NAME's phrase is at most four tokens (three modifiers and a
 * noun) and starts after a space: on this tail it finds the same phrase without trying every
 * start position of the whole string.
 */
function lastTokens(before: string, n: number): string {
  let i = before.length;
  while (i > 0 && isRegexSpace(before.charCodeAt(i - 1))) i--;
  for (let k = 1; ; k++) {
    while (i > 0 && !isRegexSpace(before.charCodeAt(i - 1))) i--;
    if (i === 0) return before;
    if (k === n) return before.slice(i - 1);
    while (i > 0 && isRegexSpace(before.charCodeAt(i - 1))) i--;
  }
}

/** Whether `rest` opens like the rest of a list of names: spaces, then "," or "and". */
function opensWithListJoin(rest: string): boolean {
  let i = 0;
  while (i < rest.length && isRegexSpace(rest.charCodeAt(i))) i++;
  const c = rest.charCodeAt(i);
  return c === 44 || (c === 97 && rest.startsWith("and", i));
}

/** A short description for the reviewer: the apposition after the name or the title before it. */
export function describe(before: string, after: string, lead: string, word: string = wordBeforeSpace(before)): string {
  // APPOSITION opens with a comma: looked for before the regex.
  const ap = after.charCodeAt(0) === 44 ? APPOSITION.exec(after) : null;
  if (ap && !/\b(?:said|says|told|who)\b/.test(ap[1]!)) return ap[1]!.replace(/^(?:a|an|the)\s+/i, "").trim();
  const title = ROLE_NOUNS.has(word) ? (TITLE_BEFORE_NAME.exec(lastTokens(before, 4))?.[1]?.replace(LEADING_NOISE, "").trim() ?? "") : "";
  if (title) return title;
  return LEAD_TITLE_LAST.has(lastWordRun(lead)) && LEAD_TITLE.test(lead) ? lead : "";
}
