/**
 * @module extract/en/others
 * Other counts on the topic: arrests, convictions, totals over a period, sub-groups ("six under
 * 25", "five Belarusian nationals"), running totals ("the eleventh to be freed") — every head count
 * no other rule used.
 */
import { findDates } from "../dates.js";
import type { OtherCount, PrisonerCountClaim } from "../facts.js";
import { parseOrdinal } from "../numbers.js";
import type { Span } from "../sentences.js";
import { claimScope } from "./claims.js";
import { ev, type Ctx } from "./context.js";
import { sourceIn } from "./sources.js";
import type { CountMention } from "./counts.js";
import { PEOPLE_NOUNS } from "./lexicon.js";

/** The other counts of one sentence: head counts no other rule used. `bctx`: the sentence breaks a group down (BREAKDOWN_CTX). */
export function others(ctx: Ctx, s: Span, counts: CountMention[], bctx: boolean): void {
  for (const c of counts) {
    if (c.used || c.vague) continue;
    if (c.partOf && c.value === 1) continue;
    // "One man, the veteran politician X, refused": a single person told as such, not a count.
    if (c.value === 1 && SINGLE_PERSON.has(c.noun)) continue;
    // "The release of 52 people was real": a release already told, named again.
    if (c.before.endsWith("release of ") && ctx.facts.releases.some((r) => r.count === c.value)) continue;
    // "I represented two of the 37": the object of a speaker's own act, not people on the topic.
    if (c.partOf && c.before.includes("I ") && FIRST_PERSON_ACT.test(c.before)) continue;
    // "supported by 486 members", "312 members voted in favour": a vote tally, not people on the topic.
    if (c.noun === "members" && (VOTE_BEFORE.test(c.before) || VOTE_AFTER.test(c.after))) continue;
    // "one of the three women at the head of the protest movement": a member of a group of leaders.
    if (c.noun && c.before.endsWith("one of the ") && LED_AFTER.test(c.after)) continue;
    if (offTopic(ctx, s, c)) continue;
    // "Around 70 people attended": an audience, not people on the topic.
    if (c.noun && AUDIENCE_VERBS.has(firstWord(c.after))) continue;
    // "enabled some 1,500 young Belarusians to study in Poland": a scholarship or a job, not the topic.
    if (c.noun && c.after.startsWith(" to ") && PURPOSE_VERBS.has(firstWord(c.after.slice(4)))) continue;
    // "four years and two months of that term, 14 of them in solitary": parts of a span of time.
    if (c.partOf && c.noun === "them" && DURATION_BEFORE.test(c.before)) continue;
    // "Three of us are let in", "We are three volunteers": the writers themselves, not people on the topic.
    if ((c.partOf && c.noun === "us") || (c.before.endsWith("e are ") && WE_ARE.test(c.before))) continue;
    // "sat through 61 hearings, and 58 of them ended in …": a part of things counted just before.
    if (c.partOf && c.noun === "them" && partOfThings(c, counts)) continue;
    // A count with its own noun is kept; one without needs a verb, a phrase or a list that says what it counts.
    if (!c.noun && !countsWithoutNoun(c, counts, bctx)) continue;
    if (c.partOf && /^(?:the (?:year|month|week|day|time)|these|those)$/.test(c.noun) && !/\bof (?:these|those)\b/.test(c.noun)) continue;
    c.used = true;
    const what = `${c.noun || ctx.text.slice(c.end, Math.min(s.end, c.end + 40)).trim()}`;
    const o: OtherCount = { value: c.value, qualifier: c.qualifier, what, evidence: [ev(ctx.field, c.qualStart, c.nounEnd)] };
    ctx.facts.other_counts.push(o);
  }
  enumeratedSingles(ctx, s, counts);
}

const SINGLE_PERSON = new Set(["man", "woman", "person"]);

/**
 * People a count names who are not on the topic: "sanctioned 29 individuals" (under sanctions),
 * "1,946 individual donors" ("individual" qualifies the noun after it), "the four families who asked
 * for help" (families count only when imprisonment touches them). Its own function, so that others() stays small.
 */
function offTopic(ctx: Ctx, s: Span, c: CountMention): boolean {
  const b = c.before;
  if (b.endsWith("ed ") ? b.endsWith("sanctioned ") : b.endsWith("sanctions on ") || b.endsWith("sanctions against ")) return true;
  if (c.noun === "individual") return c.value > 1;
  // "the ex-Soviet country of nine million people": a population, not people on the topic.
  if (b.endsWith(" of ") && POPULATION_OF.test(b)) return true;
  return c.noun === "families" && !FAMILY_TOPIC.test(ctx.text.slice(s.start, s.end));
}
const POPULATION_OF = /\b(?:country|nation|population|republic|city|town|region|state) of $/;
const FAMILY_TOPIC = /\b(?:prison\w*|imprison\w*|jail\w*|detain\w*|detention|arrest\w*|behind bars|split apart|separated|convict\w*|sentenced|large families|many children)\b/i;
const OF_THESE = /\b[Oo]f (?:these|them|those|whom), $/;

/** Whether " were foreign nationals, …" names people: a people noun among the three words after the verb. */
function predicateNoun(after: string): boolean {
  let i = after.indexOf(" ", 1) + 1;
  for (let k = 0; k < 3 && i > 0 && i < after.length; k++) {
    let j = i;
    while (j < after.length && ((after.charCodeAt(j) | 32) >= 97 && (after.charCodeAt(j) | 32) <= 122)) j++;
    if (PEOPLE_NOUNS.has(after.slice(i, j))) return true;
    if (after.charCodeAt(j) !== 32) return false;
    i = j + 1;
  }
  return false;
}
const WE_ARE = /(?:^|[^\w'’])[Ww]e are $/;

/** Whether the count before `c` in its sentence counts things ("61 hearings"), not people: a plural noun that counts no one. */
function partOfThings(c: CountMention, counts: CountMention[]): boolean {
  const k = counts.indexOf(c);
  const p = k > 0 ? counts[k - 1] : undefined;
  if (!p || p.noun !== "" || p.after.charCodeAt(0) !== 32) return false;
  const w = firstWord(p.after);
  return w.length > 3 && w.endsWith("s") && !PEOPLE_NOUNS.has(w);
}
const LED_AFTER = /^ (?:who (?:led|headed|fronted)|at the head of|leading|in charge of)\b/;
const FIRST_PERSON_ACT = /(?:^|[^\w'’])I [a-z]+ $/;
const AUDIENCE_VERBS = new Set(["attended", "watched", "listened", "viewed", "subscribed", "donated", "applauded"]);
const PURPOSE_VERBS = new Set(["study", "work", "train", "travel", "live", "settle", "learn", "teach", "attend", "compete", "vote"]);
const DURATION_BEFORE = /\b(?:years|months|weeks|days|hours)\b[^,.;]{0,30},\s*$/;

/** The word `after` opens with, after its spaces ("" when none). */
function firstWord(after: string): string {
  let i = 0;
  while (after.charCodeAt(i) === 32) i++;
  let j = i;
  while (j < after.length && after.charCodeAt(j) >= 97 && after.charCodeAt(j) <= 122) j++;
  return after.slice(i, j);
}

const RATE_OF_EVENTS = /\b(?:arrests|detentions|convictions|searches|prosecutions)\b[^.;]{0,60}$/;
const VOTE_BEFORE = /\b(?:supported|backed|adopted|approved|endorsed|opposed|rejected|passed|carried) by\s+$/;
const VOTE_AFTER = /^\s+(?:voted|votes?|in favou?r|against|abstained)\b/;

/** Whether a count with no noun still counts people on the topic: by its verb, a phrase, or a list around it. */
function countsWithoutNoun(c: CountMention, counts: CountMention[], bctx: boolean): boolean {
  // "Of these, 180 were foreign nationals": a part of a group told before, named by its predicate.
  if (c.before.endsWith(", ") && (c.after.startsWith(" were ") || c.after.startsWith(" are ")) && OF_THESE.test(c.before.slice(-12)) && predicateNoun(c.after)) return true;
  // "brings the number of people released by pardon since July to nearly 600".
  if (/\bnumber of [\w\s-]{3,80}?\b(?:to|at|is|was|stands at|stood at|reached)\s*$/i.test(c.before)) return true;
  // "bringing to more than 300 the number released since last summer"
  if (/\bbring(?:s|ing)? (?:the (?:total|tally|number) )?to\s*$/i.test(c.before) && /^\s+the (?:number|total)\b/.test(c.after)) return true;
  if (bctx && /^\s*(?:are|is|were|have|has)\b/.test(c.after) && c.value < 10_000) return true;
  // "arrests continue at a rate of well over 100 a month": a rate of counted events on the topic.
  if ((c.after.startsWith(" a month") || c.after.startsWith(" a week") || c.after.startsWith(" per month")) && RATE_OF_EVENTS.test(c.before)) return true;
  // "342 people were pardoned in 2025 and 569 since July 2024": a second total over its own period,
  // its noun and verb those of the total before it.
  if (c.before.endsWith(" and ") && PERIOD_AFTER.test(c.after) && counts.some((o) => o !== c && o.used && o.noun !== "" && o.end < c.qualStart)) return true;
  // "some 5,000 were detained": a count whose noun is implied by its verb.
  if (/^\)?\s*(?:were|have been|had been|was|are)\s+(?:\w+\s+)?(?:detained|arrested|convicted|sentenced|killed|jailed|imprisoned|freed|released|pardoned|deported|expelled|charged|tried|searched|questioned|recogni[sz]ed|serving|found guilty|held)\b/.test(c.after)) return true;
  // "at least 140 politically motivated detentions and 96 convictions": counted events on the topic.
  if (/^\s+(?:[a-z-]+\s+){0,3}?(?:detentions|arrests|convictions|prosecutions|searches|(?:criminal|political|politically motivated) cases)\b/.test(c.after)) return true;
  // "…; 15 people; 8 convicted of X offences and 7 of drug offences": a bare participle after the count.
  if (c.after.startsWith(" convicted ") || c.after.startsWith(" sentenced ") || c.after.startsWith(" charged ")) return BARE_CONVICTED.test(c.after);
  // "…, out of 29,560 arrested since the coup": a bare participle and its period.
  if ((c.after.startsWith(" arrested ") || c.after.startsWith(" detained ")) && BARE_ARRESTED.test(c.after)) return true;
  // "eight of them had been convicted of X crimes and seven of drug offences": the noun and verb elided.
  return /^\s+(?:of|for)\s+["“a-z]/.test(c.after) && /\b(?:convicted|accused|charged|found guilty|sentenced) (?:of|for)\b[^;.]{1,80}\band\s+$/.test(c.before) && counts.some((o) => o !== c && o.start < c.start && (o.partOf || BARE_CONVICTED.test(o.after)));
}

const PERIOD_AFTER = /^ (?:since (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?|in )20\d\d\b/;
const BARE_CONVICTED = /^ (?:convicted|sentenced|charged) (?:of|for|under)\b/;
const BARE_ARRESTED = /^ (?:arrested|detained) (?:since|in|during|after|over|between)\b/;

/** Nouns of a round of releases or pardons: "the sixth group to be pardoned" numbers rounds, not people. */
const ROUND_NOUNS: ReadonlySet<string> = new Set(["group", "round", "batch", "wave", "decree", "pardon", "release", "amnesty"]);

/** "the eleventh to be freed since …", "the 28th person convicted this month": an ordinal that states a running total. */
export function runningTotals(ctx: Ctx, s: Span, sentence: string): void {
  if (!/\bthe \w+(?:st|nd|rd|th) /i.test(sentence)) return;
  // "the 28th person convicted this month" too.
  const re = /\bthe (\w+) (?:(\w+) )?(?:to be )?(?:freed|released|pardoned|returned|convicted|sentenced|detained|arrested|jailed)\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    const n = parseOrdinal(m[1]!);
    // ("the sixth group to be pardoned since July": rounds are numbered, not people; ordinals() reads it.)
    if (n && n > 1 && !(m[2] && ROUND_NOUNS.has(m[2]))) {
      ctx.facts.other_counts.push({ value: n, qualifier: "exact", what: `${m[2] ?? "people"} ${m[0].split(" ").pop()} (running total)`, evidence: [ev(ctx.field, s.start + m.index, s.start + m.index + m[0].length)] });
    }
  }
}

/**
 * "six Lithuanian citizens, two Latvians and a Briton": in a list of head counts, "a"/"an" before a
 * people noun is a count of one.
 */
function enumeratedSingles(ctx: Ctx, s: Span, counts: CountMention[]): void {
  const listed = counts.filter((c) => c.noun !== "" && !c.partOf);
  if (listed.length < 2) return;
  const last = listed[listed.length - 1]!;
  const tail = ctx.text.slice(last.nounEnd, s.end);
  const m = /^,?\s+(?:and|as well as)\s+(an?)\s+((?:[A-Z][a-z]+\s+)?[A-Za-z]+)\b/.exec(tail);
  if (!m || !PEOPLE_NOUNS.has(m[2]!.split(/\s+/).pop()!)) return;
  const start = last.nounEnd + tail.indexOf(m[1]!, m[0].length - m[1]!.length - m[2]!.length - 1);
  const o: OtherCount = { value: 1, qualifier: "exact", what: m[2]!, evidence: [ev(ctx.field, start, start + m[1]!.length + 1 + m[2]!.length)] };
  ctx.facts.other_counts.push(o);
}

/** "Political prisoners currently held: 1,131": a line of a table of figures, its label before a colon. */
const LABEL_LINE = /^([A-Z][A-Za-z0-9 ,()'’-]{5,90}?):\s*$/;
const LABEL_TOPIC = /\b(?:people|persons|prisoners|detainees|detentions|arrests|convictions|cases|pardoned|released|freed|detained|arrested|convicted|sentenced|searches|in detention|in custody|behind bars|jailed|imprisoned|recogni[sz]ed)\b/i;
const LABEL_STOCK = /\b(?:political prisoners|prisoners of conscience)\b/i;
/** A heading that dates the lines under it: "KEY FIGURES (as of 31 December 2025)". */
const HEADING_AS_OF = /\bas (?:of|at) ([^)]{4,30})\)?:?\s*$/i;

/** The organisation a report's first line names ("Human Rights Centre Viasna — monthly review"). */
function headingSource(ctx: Ctx): string | null {
  const h = ctx.sentences[0];
  return h && h.end - h.start < 160 ? sourceIn(ctx.text.slice(h.start, h.end), []) : null;
}

/**
 * The figures of a table-like list, one "Label: N" per line: a stock when the label names political
 * prisoners held or recognised, otherwise an other count with the label as what it counts. Returns
 * true when the line was one.
 */
export function labelLine(ctx: Ctx, i: number, s: Span, counts: CountMention[]): boolean {
  const c = counts[0];
  if (!c || c.used || c.vague || c.before.length < 6 || c.before.charCodeAt(c.before.length - 2) !== 58) return false;
  const m = LABEL_LINE.exec(c.before);
  // "Of them, women: 168": a sub-group of the figure on the line before, labelled by itself.
  if (!m || !(LABEL_TOPIC.test(m[1]!) || ((m[1]!.startsWith("Of them") || m[1]!.startsWith("Among them")) && ctx.facts.prisoner_count_claims.length > 0))) return false;
  // The rest of the line is a short gloss at most ("145, in two rounds"), not another statement.
  if (c.after.length > 40 || /\b(?:said|says|according)\b/.test(c.after)) return false;
  const label = m[1]!;
  c.used = true;
  const evidence = [ev(ctx.field, s.start, c.nounEnd)];
  if (LABEL_STOCK.test(label) && !/\b(?:released|freed|pardoned|former|died)\b/i.test(label)) {
    // "Political prisoners (list kept by local rights defenders, June 2025): more than 375": the
    // label's own brackets name the source and the date.
    const open = label.indexOf("(");
    const close = open < 0 ? -1 : label.indexOf(")", open);
    const inner = close > open + 3 ? label.slice(open + 1, close) : "";
    let asOf: string | null = inner ? (findDates(ctx.text, s.start + open + 1, s.start + close, ctx.published, null).find((d) => d.precision === "day" || d.precision === "month")?.iso ?? null) : null;
    // "Political prisoners held as of 31 December 2024: 1,265": the label's own date.
    const at = inner ? -1 : label.indexOf(" as of ");
    if (at > 0) asOf = findDates(ctx.text, s.start + at, s.start + label.length, ctx.published, null).find((d) => d.precision === "day" || d.precision === "month")?.iso ?? null;
    for (let j = i - 1; j >= Math.max(0, i - 8) && asOf === null; j--) {
      const h = ctx.sentences[j]!;
      const line = ctx.text.slice(h.start, h.end);
      const hm = line.length < 80 ? HEADING_AS_OF.exec(line) : null;
      if (hm) asOf = findDates(ctx.text, h.start + hm.index, h.end, ctx.published, null).find((d) => d.precision === "day" || d.precision === "month")?.iso ?? null;
    }
    const claim: PrisonerCountClaim = {
      value: c.value, qualifier: c.qualifier, as_of: asOf, attributed_to: (inner ? sourceIn(inner, []) : null) ?? ctx.docSource ?? ctx.lastSource ?? headingSource(ctx) ?? "unattributed",
      scope: claimScope(label), country: ctx.country, evidence,
    };
    ctx.facts.prisoner_count_claims.push(claim);
    return true;
  }
  ctx.facts.other_counts.push({ value: c.value, qualifier: c.qualifier, what: label, evidence });
  return true;
}
