/**
 * @module extract/en/pardons
 * Pardon rounds: counts stated with a pardon (recaps of earlier rounds included), the date each
 * count goes with, the breakdown of a round (women, men, illness, …), its ordinal ("the sixth round
 * this year") and people pardoned by name.
 */
import type { DateMention } from "../dates.js";
import type { Evidence, PardonEvent, Qualifier } from "../facts.js";
import { parseOrdinal } from "../numbers.js";
import type { Span } from "../sentences.js";
import { entryDate, ev, type Ctx } from "./context.js";
import type { CountMention } from "./counts.js";
import { PERIOD_RE } from "./lexicon.js";

/**
 * Pairs each date of a sentence with the count it dates. A date right after a count, joined by
 * "on"/"in" only ("another 30 on September 4"), belongs to that count; any other date belongs to
 * the next count after it ("on 4 September another 30", "On August 16, he pardoned 30").
 */
export function pairDates(counts: CountMention[], dates: DateMention[], text: string): Map<CountMention, DateMention> {
  const out = new Map<CountMention, DateMention>();
  // First the dates right after a count, then the rest: "In November he pardoned 31 people on
  // Nov. 7 and another 32 on Nov. 20" dates 31 by Nov. 7, not by "In November".
  let rest: DateMention[] | null = null;
  for (const d of dates) {
    let prev: CountMention | undefined;
    for (let k = counts.length - 1; k >= 0 && !prev; k--) if (counts[k]!.nounEnd <= d.start) prev = counts[k];
    if (prev && !out.has(prev) && ADJACENT_DATE.test(text.slice(prev.nounEnd, d.start))) {
      out.set(prev, d);
      continue;
    }
    (rest ??= []).push(d);
  }
  for (const d of rest ?? []) {
    const next = counts.find((c) => !c.used && c.qualStart >= d.end && !dates.some((o) => o !== d && o.start >= d.end && o.end <= c.qualStart));
    if (next && !out.has(next)) out.set(next, d);
  }
  return out;
}

/** What may stand between a count and the date it goes with ("30 more on Sept. 4", "18 were freed on"). */
const ADJACENT_DATE = /^\s*(?:more\s+)?(?:(?:were|was|have been|had been|been)\s+)?(?:[a-z]+ed\s+)?(?:on|in|of)?\s*(?:(?:early|mid|late)[\s-]*)?$/;

/** "… at least 18 on July 3, 30 on Aug. 16 and 30 more on Sept. 4": a count with no noun, dated right after it. */
const LISTED_ROUND_AFTER = /^\s*(?:more\s+)?on\b/;

/** "the first round of this year", "its third pardon this year". */
export const ORDINAL_OF_YEAR = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:such )?(?:round|pardon|decree|wave|batch|group|release|amnesty)s? (?:of |so far )?this year\b/gi;

/** "…, and on November 7, 31.": only ", " between the day and the count, and nothing after the count in its clause. */
function bareAfterDay(text: string, d: DateMention, c: CountMention): boolean {
  return d.end <= c.qualStart && text.slice(d.end, c.qualStart) === ", " && BARE_END.test(c.after);
}
const BARE_END = /^\s*(?:[.;]|$)/;

/** Whether the count's own comma-separated item holds no pardon or release word while an earlier one does. */
function listItem(before: string, after: string): boolean {
  const cut = before.lastIndexOf(",");
  if (cut < 0 || !PARDON_WORD.test(before.slice(0, cut))) return false;
  const own = before.slice(cut + 1) + (/^[^,;.]*/.exec(after)?.[0] ?? "");
  return !PARDON_WORD.test(own) && !/\b(?:freed|released|another|more)\b/i.test(own);
}
const PARDON_WORD = /\bpardon/i;
const FOREIGN_NOUN: ReadonlySet<string> = new Set(["foreigners", "foreigner", "foreign nationals", "foreign national", "foreign citizens", "foreign citizen"]);
/** "January 4 this year", "17 April last year": a day of a year named by its relation to now (not a period). */
const DAY_OF_YEAR = /\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)),? (?:last|this) year\b/g;
const FREED_IN_CLAUSE = /\b(?:freed|released|let go|set free)\b/;
/** " with chronic illnesses", " with disabilities", " with young children": a breakdown's sub-group. */
const SUBGROUP_WITH = /^ with (?:[a-z-]+ )?(?:chronic|serious|illness|disabilit|children|kids)/;
const COUNTED_BEFORE = /\b(?:count(?:s|ed)?|list(?:s|ed)?|recorded|registered|tallied)\s+$/;

/** A round with no breakdown yet. */
export function newEvent(count: number, qualifier: Qualifier, date: string | null, evidence: Evidence[]): PardonEvent {
  return {
    count, qualifier, date, women: null, men: null, chronic_illness: null, disabled: null, over_50: null,
    with_children: null, minors: null, ordinal_in_year: null, names: [], evidence,
  };
}

/** Clause around a number: from the previous "," ";" or " and " to the next. */
export function clauseOf(text: string, s: Span, c: CountMention): string {
  const head = text.slice(s.start, c.qualStart);
  const cut = Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), head.lastIndexOf(" and "));
  const tail = text.slice(c.end, s.end);
  const m = /[,;]| and (?=\w+ (?:have|has|are|is|were|suffer))/.exec(tail);
  return head.slice(cut + 1) + text.slice(c.qualStart, c.end) + (m ? tail.slice(0, m.index) : tail);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The round (other than `ev0`) whose day the sentence names ("18 January", "January 18"), or `ev0`. */
function roundOfDayNamed(ctx: Ctx, s: Span, ev0: PardonEvent): PardonEvent {
  let sentence: string | null = null;
  const list = ctx.facts.pardon_events;
  for (let k = list.length - 1; k >= 0 && k >= list.length - 12; k--) {
    const e = list[k]!;
    const d = e.date;
    if (e === ev0 || d === null || d.length !== 10) continue;
    const day = String(Number(d.slice(8)));
    const month = MONTHS[Number(d.slice(5, 7)) - 1]!;
    sentence ??= ctx.text.slice(s.start, s.end);
    if (sentence.includes(`${day} ${month}`) || sentence.includes(`${month} ${day}`)) return e;
  }
  return ev0;
}

/** Reads a breakdown ("12 women and 28 men; nine are chronically ill") into the round it describes; true when it read one. */
export function breakdown(ctx: Ctx, s: Span, counts: CountMention[], i: number): boolean {
  const recent = ctx.lastEvent && ctx.lastEventSentence >= i - 1 ? ctx.lastEvent : null;
  const ev1 = recent ?? ctx.main;
  if (!ev1) return false;
  let ev0: PardonEvent = ev1;
  // "the 18 January group included three women": the round of the day the sentence names (looked
  // up once, when a breakdown word is found).
  let named = ctx.facts.pardon_events.length < 2;
  // A split of a stock ("1,265 political prisoners, among them 168 women") is not about the round.
  if (counts.some((c) => !c.used && /political prisoners/.test(c.noun) && c.value > ev0.count)) return false;
  // A round stated earlier in this same sentence is the one its breakdown follows
  // ("30 were pardoned on 4 September, seven women among them, and another 37 …").
  let read = false;
  const inSentence = ctx.facts.pardon_events.filter((e) => e.evidence[0] && e.evidence[0].field === ctx.field && e.evidence[0].start >= s.start && e.evidence[0].end <= s.end);
  for (const c of counts) {
    const before = inSentence.filter((e) => e.evidence[0]!.end <= c.qualStart);
    let target = before.length ? before[before.length - 1]! : ev0;
    if (c.used || c.vague || c.value > target.count) continue;
    const clause = clauseOf(ctx.text, s, c);
    const tail = c.partOf ? clause.slice(clause.indexOf(ctx.text.slice(c.qualStart, c.end))) : "";
    let field: keyof PardonEvent | null = null;
    // "… nine aged over 50 and 17 parents": parents are the round's people with children (not
    // "parents of large families", a sub-group of its own).
    if (c.noun === "parents" || c.after.startsWith(" parents") || c.after.startsWith(" are parents") || c.after.startsWith(" were parents")) field = /large famil/i.test(clause) ? null : "with_children";
    else if (/^(?:women|woman|females?)$/.test(c.noun) || /^\s*(?:are |were )?women\b/.test(c.after) || /\b(?:are|were)\s+women\b/.test(tail)) field = "women";
    else if (/^(?:men|man|males?)$/.test(c.noun) || /^\s*(?:are |were )?men\b/.test(c.after) || /\b(?:are|were)\s+men\b/.test(tail)) field = "men";
    else if (/chronic|seriously ill|serious(?:ly)? (?:ill|illness)|terminally ill/i.test(clause)) field = "chronic_illness";
    else if (/disab|invalid/i.test(clause)) field = "disabled";
    else if (/\b(?:over|above|older than|aged over) (?:the age of )?(?:50|fifty)\b/i.test(clause)) field = "over_50";
    else if (/\b(?:have|has|had|with|raising|bringing up|bring up|raise|parents? of) (?:\w+ )?(?:children|kids)\b/i.test(clause) && !/large famil/i.test(clause)) field = "with_children";
    else if (/\b(?:minors?|underage|juveniles?|under 18|under eighteen)\b/i.test(clause)) field = "minors";
    if (field && !named) {
      named = true;
      const day = roundOfDayNamed(ctx, s, ev1);
      if (day !== ev1) {
        ev0 = day;
        if (!before.length) target = day;
      }
    }
    if (field && target[field] === null) {
      (target as unknown as Record<string, unknown>)[field] = c.value;
      target.evidence.push(ev(ctx.field, c.qualStart, c.nounEnd));
      c.used = true;
      ctx.breakdownSentence = i;
      read = true;
    }
  }
  return read;
}

/**
 * "On 4 January 2025, the day Myanmar marks its independence from Britain in 1948, … pardoning
 * 5,864": a period "in YYYY" of another year than the count's own day is no period of the count.
 */
function otherYear(period: string, date: DateMention | undefined): boolean {
  if (!date || date.precision !== "day" || period.length !== 7 || !period.startsWith("in ")) return false;
  return !(date.iso ?? "").startsWith(period.slice(3));
}

/**
 * "Lukashenko, who has ruled the country since 1994, pardoned 31 prisoners": a period inside a
 * relative clause set off by commas before the count describes the subject, not the count.
 */
function inRelativeClause(own: string, at: number): boolean {
  const open = Math.max(own.lastIndexOf(", who ", at), own.lastIndexOf(", which ", at));
  return open >= 0 && own.indexOf(",", at) > at && !own.slice(open + 2, at).includes(",");
}

/** The pardon rounds stated in one sentence, counted or named. */
export function pardons(ctx: Ctx, i: number, s: Span, sentence: string, counts: CountMention[], dates: DateMention[]): void {
  const paired = pairDates(counts, dates, ctx.text);
  // ("The previous one, 32 people, was announced on 20 November": the pronoun "one" counts nobody.)
  const eligible = counts.filter((c) => !c.used && !c.vague && !c.partOf && !(c.value === 1 && c.noun === "" && ctx.text.startsWith("one,", c.qualStart)));
  for (const c of counts) {
    if (c.used || c.vague || c.partOf) continue;
    const before = c.before;
    const isPeople = c.noun !== "" && !/^(?:women|men|woman|man|children|families)$/.test(c.noun);
    const afterVerb =
      /\b(?:pardon(?:ed|s|ing)?|clemency|amnestied|freed|released)(?: to)?\s*$/i.test(before) || /\b(?:another|a further|further|an additional)\s*$/i.test(before) ||
      // "37 more pardoned", "40 were pardoned": the participle right after a count with no noun.
      (c.noun === "" && c.after.includes("pardoned") && /^\s+(?:more\s+)?(?:(?:were|are|have been)\s+)?pardoned\b/.test(c.after));
    // A count with no noun in a list of dated rounds after a round of this sentence
    // ("pardoned at least 18 on July 3, 30 on Aug. 16 and 30 more on Sept. 4") is a round too.
    // ("…another 32 were pardoned, and on November 7, 31.": a bare count right after its day, ending the sentence or clause.)
    const listed = !isPeople && !afterVerb && c.noun === "" && paired.get(c)?.precision === "day" && (LISTED_ROUND_AFTER.test(c.after) || bareAfterDay(ctx.text, paired.get(c)!, c)) && ctx.lastEventSentence === i && ctx.lastEvent !== null;
    // "… 300 have been pardoned since July 2024, including 23 on 18 January 2025": a dated item of a total is a round of its own.
    const included = !isPeople && !afterVerb && !listed && c.noun === "" && before.endsWith("including ") && paired.get(c)?.precision === "day" && LISTED_ROUND_AFTER.test(c.after) && PARDON_WORD.test(before);
    if (!isPeople && !afterVerb && !listed && !included) continue;
    // "Viasna did count about 1,400 political prisoners …, before the pardon decrees began": a stock.
    if (c.noun === "political prisoners" && !afterVerb && COUNTED_BEFORE.test(before)) continue;
    // "two pardon rounds, 1,131 political prisoners": an item of a list whose pardon is in another item.
    if (!afterVerb && c.noun === "political prisoners" && listItem(before, c.after)) continue;
    // "180 foreigners among them", "1,250 people were still held": not a round.
    if (/^\s*(?:among them|of them|of whom)\b/.test(c.after)) continue;
    if (/^\s*(?:were|are|remain)\s+(?:still\s+)?(?:held|behind bars|imprisoned|in prison|in custody|jailed|detained)/.test(c.after)) continue;
    // "Among those pardoned are six people younger than 25": a sub-group of a round, not a round.
    if (ctx.main && !afterVerb && !included && /\b(?:among (?:those|the|them)|of them|including|includes?)\b/i.test(before)) continue;
    // "…; 23 people; 3 women and 14 people with chronic illnesses": after a round of this sentence,
    // people told with an illness, a disability or children are its breakdown (read by breakdown()).
    if (!afterVerb && ctx.lastEventSentence === i && c.after.startsWith(" with ") && SUBGROUP_WITH.test(c.after)) continue;
    // A total over a period ("342 ... received pardons in 2025") is an other count.
    // Read only up to the end of the number's clause: "…, the first such decision this year" is
    // an ordinal, not a period the count was summed over.
    // ("He has signed a dozen decrees since July 2024; one, on Sept. 16, covered 37 people": from the count's own semicolon clause.)
    // (Not a clause that frees people: "…since July 2024; in June he freed X along with 13 others" keeps the period.)
    const semi = before.lastIndexOf(";");
    const cut = semi >= 0 && !FREED_IN_CLAUSE.test(before.slice(semi + 1));
    const own = (cut ? before.slice(semi + 1) + ctx.text.slice(c.qualStart, c.nounEnd) : ctx.text.slice(s.start, c.nounEnd)) + (/^[^,;]*/.exec(c.after)?.[0] ?? "");
    // "The first round of this year came on January 18, when 23 were pardoned": the ordinal's
    // "this year" dates the round, it is no period the count was summed over.
    const period = PERIOD_RE.exec(own);
    // ("On January 4 this year, it freed 5,864 prisoners": a day of this year, no period either.)
    if (period && !included && !(/this year/i.test(own) && !PERIOD_RE.test(own.replace(ORDINAL_OF_YEAR, "").replace(DAY_OF_YEAR, ""))) && !otherYear(period[0], paired.get(c)) && !inRelativeClause(own, period.index)) continue;
    // "it freed 5,864 prisoners and 180 foreigners": foreigners told beside a round are a sub-group (an other count).
    if (!afterVerb && FOREIGN_NOUN.has(c.noun) && ctx.lastEventSentence === i) {
      c.used = true;
      ctx.facts.other_counts.push({ value: c.value, qualifier: c.qualifier, what: `${c.noun} beside the round`, evidence: [ev(ctx.field, c.qualStart, c.nounEnd)] });
      continue;
    }
    // A lone count in a sentence with one date takes it ("state media said on Friday").
    const pairedDates = new Set(paired.values());
    const free = dates.filter((d) => !pairedDates.has(d));
    const lone = eligible.length === 1 ? (free.find((d) => d.precision === "day") ?? (free.length === 1 ? free[0] : undefined)) : undefined;
    const date = paired.get(c) ?? lone;
    const iso = date?.iso ?? entryDate(ctx, s);
    // "01:45 The news: 29 more pardoned": a dateless restatement of a round already told.
    if (iso === null && ctx.facts.pardon_events.some((x) => x.count === c.value && x.qualifier === c.qualifier)) { c.used = true; continue; }
    const e = newEvent(c.value, c.qualifier, iso, [ev(ctx.field, c.qualStart, c.nounEnd)]);
    c.used = true;
    ctx.facts.pardon_events.push(e);
    ctx.lastEvent = e;
    ctx.lastEventSentence = i;
    if (!ctx.main) {
      ctx.main = e;
      ctx.mainSentence = i;
    }
  }
  // Named people pardoned ("pardoned Rico Krieger", "X was pardoned"): members of the round
  // this sentence is about, or a pardon of one person.
  const pardoned = (ctx.mentionsBySentence.get(i) ?? []).filter((m) => m.role === "pardoned").map((m) => m.name);
  if (!pardoned.length) {
    // "A German, X, had been sentenced to death. Lukashenko pardoned him on 30 July": the person told just before.
    if (!counts.length && (sentence.includes(" pardoned him") || sentence.includes(" pardoned her"))) pardonedPronoun(ctx, i, s, sentence, dates);
    return;
  }
  const round = ctx.facts.pardon_events.slice(-20).find((e) => e.evidence.some((x) => x.field === ctx.field && x.start >= s.start && x.end <= s.end));
  const target = round ?? (ctx.main && /\bamong (?:those|them|the)\b|\bincluding\b/i.test(sentence) ? ctx.main : null);
  if (target) {
    for (const n of pardoned) if (!target.names.includes(n)) target.names.push(n);
    return;
  }
  if (ctx.facts.pardon_events.some((e) => e.count === pardoned.length && pardoned.every((n) => e.names.includes(n)))) return;
  // "X, who was pardoned and freed on 3 July": one person's pardon told as a release (read by releases()), no round.
  if (sentence.includes(" pardoned and ") && PARDONED_AND_FREED.test(sentence)) return;
  const e = newEvent(pardoned.length, "exact", dates[0]?.iso ?? null, [ev(ctx.field, s.start, s.end)]);
  e.names = pardoned;
  ctx.facts.pardon_events.push(e);
}

const PARDONED_AND_FREED = /\bpardoned and (?:freed|released|set free)\b/;

/** "pardoned him", "pardoned her" (not "pardoned her husband"): a pronoun, then punctuation or a date's preposition. */
const PARDONED_PRONOUN = /\bpardoned (?:him\b|her(?=[,.;]| on | in | last | this | after | before |$))/;

/** A pardon of the one person (not an official) the sentence before names last, told with a pronoun. */
function pardonedPronoun(ctx: Ctx, i: number, s: Span, sentence: string, dates: DateMention[]): void {
  if (!PARDONED_PRONOUN.test(sentence)) return;
  const prev = ctx.mentionsBySentence.get(i - 1);
  let name: string | null = null;
  for (const m of prev ?? []) if (m.role !== "official" && m.role !== "opposition_leader") name = m.name;
  if (!name || ctx.facts.pardon_events.some((e) => e.names.includes(name))) return;
  const d = dates.find((x) => x.precision === "day" || x.precision === "month");
  const e = newEvent(1, "exact", d?.iso ?? null, [ev(ctx.field, s.start, s.end)]);
  e.names = [name];
  ctx.facts.pardon_events.push(e);
}

const ORDINAL_NOUN = /\b(?:the|its|a) (\w+) (such )?(round|time|group|batch|wave|pardon|decree|release|act of clemency|act|decision|amnesty|move|step|gesture|list)\b([^.]{0,80})/i;
const ORDINAL_NOUN_POSS = /\b(?:his|her|their) (\w+) (such )?(round|time|group|batch|wave|pardon|decree|release|act of clemency|act|decision|amnesty|move|step|gesture|list)\b([^.]{0,80})/i;

/** "The sixth round this year": the ordinal of the main round. */
export function ordinals(ctx: Ctx, sentence: string, i: number, sentenceStart: number): void {
  if (!ctx.main) return;
  // ("his first pardon decree of 2025": a possessive, tried only when the sentence has one.)
  const m = ORDINAL_NOUN.exec(sentence) ?? (sentence.includes("his ") || sentence.includes("her ") || sentence.includes("their ") ? ORDINAL_NOUN_POSS.exec(sentence) : null);
  if (!m) return;
  // "A decree of 18 January freed 23 people, the first pardon of the year": the last round told in
  // this sentence before the ordinal is the one it numbers, not the main round told earlier.
  let target = ctx.main;
  if (ctx.lastEventSentence === i) {
    const at = sentenceStart + m.index;
    const end = sentenceStart + sentence.length;
    const list = ctx.facts.pardon_events;
    for (let k = list.length - 1; k >= 0 && k >= list.length - 10; k--) {
      const e0 = list[k]!.evidence[0];
      if (e0 && e0.field === ctx.field && e0.start >= sentenceStart && e0.end <= end) {
        target = list[k]!;
        // ("The first pardon of the new year frees 23 people": with none before it, the round after it.)
        if (e0.start < at) break;
      }
    }
  }
  const n = parseOrdinal(m[1]!);
  if (!n) return;
  // "… and on 16 September a decree covering 37. State TV called it the fourth such decision":
  // rounds told in order, the last one just before, and the ordinal is their number.
  const last = ctx.lastEvent;
  if (last && last !== target && ctx.lastEventSentence === i - 1 && ctx.facts.pardon_events.length === n && last.date !== null && ctx.facts.pardon_events.every((e) => e.date !== null && e.date <= last.date!)) target = last;
  if (target.ordinal_in_year !== null) return;
  // "the sixth time since July" needs its period; "the second such round" speaks of the series.
  const period = /\b(?:this year|this month|since|(?:in|of) (?:19|20)\d\d|of the (?:new )?year|so far)\b/i.test(m[4]!);
  if (period || (n > 1 && (m[2] || /round|wave|batch/i.test(m[3]!)))) target.ordinal_in_year = n;
}
