/**
 * @module extract/en/claims
 * Stock counts of political prisoners ("over 1,200 remain behind bars", "1,244 as of 31 January")
 * with who says so, the as-of date and the scope; and the merging of restated figures.
 */
import { findDates, isoOf, type DateMention } from "../dates.js";
import type { PrisonerCountClaim, Qualifier } from "../facts.js";
import type { Span } from "../sentences.js";
import { countryIn, entryDate, ev, releaseActIn, type Ctx } from "./context.js";
import type { CountMention } from "./counts.js";
import { HELD_RE, PARDON_RE, PERIOD_RE } from "./lexicon.js";
import { firstPersonPlural, sourceIn, speakerOrg } from "./sources.js";
import { lastOf } from "../scan.js";

/** The date a stock count is stated for: "as of 31 January", "at the end of September" (its last day). */
export function asOfDate(ctx: Ctx, s: Span, dates: DateMention[]): string | null {
  for (const d of dates) {
    if (d.precision === "weekday" || !d.iso) continue;
    const lead = ctx.text.slice(Math.max(s.start, d.start - 20), d.start);
    // ("in early October 2025": a month told with "early", "mid" or "late".)
    if (!/\b(?:as of|as at|by|on|at the (?:end|start|beginning|close) of|in)(?: (?:early|mid|late))?\s*$/i.test(lead)) continue;
    const m = /^(\d{4})-(\d{2})$/.exec(d.iso);
    if (m && /\b(?:end|close) of\s*$/i.test(lead)) {
      const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
      return `${d.iso}-${String(last).padStart(2, "0")}`;
    }
    return d.iso;
  }
  return null;
}

/** "By the end of 2024" in a later piece: the last day of that year (a year alone is no date mention). */
function yearEnd(sentence: string, published: Date | null): string | null {
  if (!sentence.includes(" of ")) return null;
  const m = /\b(?:[Bb]y|[Aa]t|[Aa]s of) the (?:end|close) of (?:the year )?((?:19|20)\d\d)\b/.exec(sentence);
  // "At the close of 2025" in a piece of December 2025 is now: the publication date says it better.
  if (!m || (published && published.getUTCFullYear() <= Number(m[1]))) return null;
  return `${m[1]}-12-31`;
}

/** Whether the sentence before the `i`-th one matches `re`. */
function previousSays(ctx: Ctx, i: number, re: RegExp): boolean {
  const p = ctx.sentences[i - 1];
  return !!p && re.test(ctx.text.slice(p.start, p.end));
}

/** "As of April 17, 29,640 have been arrested. Of them, 22,215 are still detained.": the date of the sentence before. */
function asOfBefore(ctx: Ctx, i: number, sentence: string): string | null {
  const prev = ctx.sentences[i - 1];
  if (!prev || !/^(?:Of (?:them|these|those)|Among them|Of that number)\b/.test(sentence)) return null;
  if (!/^\W{0,3}As (?:of|at)\b/i.test(ctx.text.slice(prev.start, prev.start + 12))) return null;
  return asOfDate(ctx, prev, findDates(ctx.text, prev.start, Math.min(prev.end, prev.start + 40), ctx.published, null));
}

/** "He/She said …": the person named most recently before this sentence. */
export function speakerByPronoun(ctx: Ctx, i: number, sentence: string): string | null {
  if (!/\b(?:he|she)\s+(?:also\s+)?(?:said|says|added|urged|told|wrote|noted|stressed|estimated|claimed|called)\b/i.test(sentence)) return null;
  for (let j = i; j >= Math.max(0, i - 3); j--) {
    const list = ctx.mentionsBySentence.get(j);
    if (list?.length) return list[list.length - 1]!.name;
  }
  return null;
}

/**
 * "The Assistance Association for Political Prisoners (AAPP) is a group … In early January 2025
 * it said that more than 21,000 …": "it" is the organisation the sentence before names.
 */
function itSource(ctx: Ctx, i: number, sentence: string): string | null {
  // ("…, the group estimates": the group the sentence before names, as "it" would.)
  if (!(sentence.includes("it ") || sentence.includes("It ") || sentence.includes("he group ")) || !IT_SAID.test(sentence)) return null;
  // Back over up to three sentences: "… it has kept a list … In early January 2025 it said".
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const prev = ctx.sentences[j]!;
    const found = sourceIn(ctx.text.slice(prev.start, prev.end), ctx.personNames);
    if (found) return found;
  }
  return null;
}
const IT_SAID = /\b(?:[Ii]t|[Tt]he group) (?:also )?(?:said|says|reported|reports|counted|counts|recorded|records|estimated|estimates)\b/;

/** "Tsikhanouskaya on X: "… more than 1,100 …"": the named person the quote is introduced by. */
const COLON_SPEAKER = /^([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?: (?:on|via) [A-Z][\w]*| (?:wrote|said|posted|tweeted|told \w+)(?: on [A-Z]\w*)?)?:\s*["“]/;
export function speakerByColon(ctx: Ctx, s: Span): string | null {
  // The quote may run over several sentences of its paragraph: read the paragraph's opening.
  const start = ctx.text.lastIndexOf("\n", s.start) + 1;
  const c = ctx.text.charCodeAt(start);
  if (c < 65 || c > 90) return null;
  const head = ctx.text.slice(start, Math.min(start + 80, s.end));
  if (!head.includes(":")) return null;
  const m = COLON_SPEAKER.exec(head);
  if (!m) return null;
  const n = m[1]!;
  return ctx.personNames.find((p) => p === n || p.endsWith(` ${n}`)) ?? null;
}

/** "our list had 1,317 names": the organisation the document introduces its first-person speaker with. */
function weSource(ctx: Ctx, sentence: string): string | null {
  if (!firstPersonPlural(sentence)) return null;
  if (ctx.weSource === undefined) ctx.weSource = speakerOrg(ctx.field === "text" ? ctx.text : "");
  return ctx.weSource;
}

/** Whether a stock was told at or after `start` in this field (in this sentence or the one before). */
function claimSince(ctx: Ctx, start: number): boolean {
  const list = ctx.facts.prisoner_count_claims;
  const last = lastOf(list)?.evidence[0];
  return !!last && last.field === ctx.field && last.start >= start;
}

/** What a stock counts: held now, or recognised since a year. */
export function claimScope(sentence: string): string {
  // The plain "recogni[sz]" scan first: most sentences fail it, and then the year is not needed.
  const since = /recogni[sz]/i.test(sentence) ? /\bsince (?:the (?:summer|spring|autumn|winter|start|beginning) of )?(?:\w+ )?((?:19|20)\d\d)/i.exec(sentence) : null;
  if (since) return `recognised since ${since[1]}`;
  return "political prisoners currently held";
}

// The stock rules below, as shared regexes. Rules anchored at the end of `before` ("… down from
// ", "… the number of political prisoners at ") try every start position of it, so each runs only
// when a char-code check of how `before` ends lets it (see endsWithFromOrOf).
const CONSIDER_AFTER = /^\s*(?:held|detained|jailed|arrested|in custody)\s+(?:to be|as) (?:political prisoners|prisoners of conscience)\b/;
const CONSIDER_BEFORE = /\b(?:consider|regard|recogni[sz]e|count|deem)s?\s+$/i;
const STOCK_NOUN = /political prisoners?|prisoners? of conscience/;
const NAMES_AFTER = /^\s*names\b/;
const LISTS_BEFORE = /\b(?:lists?|listed|includes?|counts?|list (?:held|holds|had|has|contained|contains|included|ran to|runs to)(?: (?:only|just|still))?)\s+$/;
const POLITICAL_PRISONERS = /\bpolitical prisoners\b/i;
const RECOGNISED_AFTER = /^\s*(?:(?:were|have been|had been)\s+)?(?:recogni[sz]ed as|as political prisoners|imprisoned for political|held (?:for political|as political prisoners))/;
const HELD_AFTER = /^\)?\s*(?:are (?:still )?|remain (?:still )?)(?:detained|held|in detention|under detention|behind bars|in custody|imprisoned)/;
// ("1,131 people were still being held", "1,200 people currently behind bars": "being" and a bare
// "still"/"currently" with no verb also tell a stock.)
// ("the 1,100 people who remain behind bars": a relative "who" before the verb.)
const REMAIN_AFTER =
  /^\s*(?:who\s+|detained for political reasons\s+)?(?:(?:still|currently)\s+(?:(?:remain(?:ed)?|are|were|stay(?:ed)?)\s+)?(?:being\s+)?|(?:remain(?:ed)?|are(?: still| currently)?|were (?:still|currently)|stay(?:ed)?|continue to be)\s+(?:being\s+)?)(?:in prison|behind bars|imprisoned|held|jailed|in custody|in detention)/;
const ARE_PP_AFTER = /^\s*(?:are|were|remain(?:ed|s)?) (?:still |currently )?(?:recogni[sz]ed as |considered (?:to be |as )?)?political prisoners/;
const NUMBER_AT_BEFORE = /\bnumber of political prisoners\b[^.;]{0,30}\b(?:at|to|was|is|stood at|stands at|reached|of)\s*$/i;
const NUMBER_END_BEFORE = /\bnumber of political prisoners\b[^.;]{0,30}$/i;
// "Viasna's count still stood at 1,244", "their tally reached 1,300", "Viasna's tally of political
// prisoners stood at 1,317": a source's own count of the prisoners.
const COUNT_STOOD_BEFORE = /(?:['’]s|\b(?:its|their)) (?:count|tally|list|figure)(?: of (?:political )?prisoners)?\s+(?:(?:still|then|now|had|has)\s+)?(?:stood at|stands at|was|is|reached|rose to|fell to|dropped to)\s*$/;
const NUMBER_OF_PEOPLE_BEFORE = /\b(?:number|total) of (?:people|persons)\b[^.;]{0,50}\bpolitical prisoners\b[^.;]{0,30}\b(?:at|to|was|is|stood at|stands at|reached)\s*$/i;
const AND_DATED_AFTER = /^\s+(?:on|as of|as at|at the (?:end|close) of|by)\s/;
const IT_WAS_BEFORE = /\b(?:it|the figure|the number|the total) (?:was|stood at|had been|reached)\s+$/;
const THAT_IS_FROM = /^\s*(?:That|This|It|The figure|The number) (?:is|was|'s) (?:down|up) from $/;
/** A smaller count before " out of " in the sentence, in a pardon story or a sentence on political prisoners. */
function outOfStock(ctx: Ctx, sentence: string, c: CountMention, counts: CountMention[]): boolean {
  // ("22,197 still in detention, out of 29,560 arrested since 2021": the whole of another flow.)
  if (/^\s+(?:people\s+)?[a-z]+ed\b/.test(c.after) || !(ctx.main !== null || POLITICAL_PRISONERS.test(sentence))) return false;
  return counts.some((o) => o !== c && o.end <= c.qualStart && o.value < c.value && !ctx.facts.prisoner_count_claims.some((x) => x.value === o.value));
}
const FROM_END_BEFORE = /\b(?:from|down from|up from) (?:a (?:peak|high|record|low) of )?$/i;
// Not a stock of those held now: "… as former political prisoners", "… whose …", "… who are …".
// (Three rules, all anchored at the start of `after`, in one test.)
const FORMER_OR_WHOSE_AFTER =
  /^(?:\s*(?:as )?former\b|[^.;,]{0,40}\bformer political prisoners\b|\s*(?:,\s*)?(?:whose|who (?:have|has|are|were) (?!been recogni)))/;
// "were killed" needs no alternative of its own: its "killed" matches.
const DEATHS = /\b(?:died|killed|perished)\b/i;
const RECOGNISED = /\brecogni[sz]ed\b/i;
const TOTAL = /\b(?:a total of|in total|since)\b/i;
const IN_PERIOD = /\b(?:in (?:19|20)\d\d|during|this year|alone)\b/i;
const RECOGNISED_G = /recogni[sz]ed/gi;
const RELATIVE_CLAUSE = /, which [^,]*,/g;
const RECOGNISED_OR_IN_PERIOD = new RegExp(`${RECOGNISED.source}|${IN_PERIOD.source}`, "i");
const HISTORY = /\b(?:ago|back in|at the time|in (?:19|20)\d\d|until|used to|was once|peak)\b/i;

/**
 * The first char of `s` after ASCII whitespace, lower-cased if a letter; -1 when none. The rules
 * on `after` are anchored at its start, so each needs one of a few first letters: a cheap check of
 * this char lets them skip the regex. A char above 127 (maybe a space \s also reads) lets every
 * rule run.
 */
function firstChar(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && (c < 9 || c > 13)) return c >= 65 && c <= 90 ? c | 32 : c;
  }
  return -1;
}

/** The last char of `s` before ASCII whitespace, lower-cased if a letter; -1 when none. */
function lastChar(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c !== 32 && (c < 9 || c > 13)) return c >= 65 && c <= 90 ? c | 32 : c;
  }
  return -1;
}

/** A set of chars as a bit mask: bit k for the letter 97 + k, bit 26 for ")". */
function charMask(chars: string): number {
  let mask = 0;
  for (const ch of chars) mask |= ch === ")" ? 1 << 26 : 1 << (ch.charCodeAt(0) - 97);
  return mask;
}

/** Whether `c` (from firstChar/lastChar) is in `mask`, or a char no ASCII check can rule out. */
function mayBe(c: number, mask: number): boolean {
  if (c > 127) return true;
  if (c === 41) return (mask & (1 << 26)) !== 0;
  return c >= 97 && c <= 122 && (mask & (1 << (c - 97))) !== 0;
}

// The first chars each rule on `after` can start with (after whitespace), and the last chars of
// the words NUMBER_AT_BEFORE's `before` can end in (at, to, was, is, reached, of).
const NAMES_FIRST = charMask("n");
const RECOGNISED_FIRST = charMask("whrai");
const HELD_FIRST = charMask(")ar");
const REMAIN_FIRST = charMask("scrawd");
const ARE_PP_FIRST = charMask("awr");
const NUMBER_AT_LAST = charMask("tosdf");

/** Whether `s` ends in "from " or "of " (any case): FROM_END_BEFORE can match only then. */
function endsWithFromOrOf(s: string): boolean {
  const n = s.length;
  if (n < 3 || s.charCodeAt(n - 1) !== 32) return false;
  if ((s.charCodeAt(n - 3) | 32) === 111 && (s.charCodeAt(n - 2) | 32) === 102) return true; // "of "
  return n >= 5 && (s.charCodeAt(n - 5) | 32) === 102 && (s.charCodeAt(n - 4) | 32) === 114 && (s.charCodeAt(n - 3) | 32) === 111 && (s.charCodeAt(n - 2) | 32) === 109; // "from "
}

/** Whether NUMBER_AT_BEFORE may match `before`: its last word must end in one of NUMBER_AT_LAST. */
function mayBeNumberAt(before: string): boolean {
  return mayBe(lastChar(before), NUMBER_AT_LAST);
}

/** `after` up to its first comma or semicolon (what /^[^,;]*\/ reads). */
function clauseOf(after: string): string {
  const comma = after.indexOf(",");
  const semi = after.indexOf(";");
  const end = comma < 0 ? semi : semi < 0 ? comma : Math.min(comma, semi);
  return end < 0 ? after : after.slice(0, end);
}

/** " and reports that …", " and also said that …": a second statement joined to the stock's clause. */
const AND_SAYS = / and (?:also )?(?:says|said|reports|reported|notes|noted|adds|added|estimates|estimated|writes|wrote) that /;

/**
 * "Viasna counted 1,135 political prisoners on 23 December and reports that 569 people have been
 * pardoned since July 2024": the pardon is in a second statement, so the stock's own clause (up to
 * it) holds no pardon or release. Run only when the whole clause holds one.
 */
function reportedApart(head: string, afterClause: string): boolean {
  const m = afterClause.includes(" that ") ? AND_SAYS.exec(afterClause) : null;
  if (!m) return false;
  const own = head + afterClause.slice(0, m.index);
  return !PARDON_RE.test(own) && !releaseActIn(own);
}

/** The stock counts of political prisoners stated in one sentence; `mayRelease`: RELEASE_RE matched the sentence. */
export function claims(ctx: Ctx, i: number, s: Span, sentence: string, counts: CountMention[], lazyDates: () => DateMention[], mayRelease = true): void {
  for (const c of counts) {
    if (c.used || c.vague) continue;
    const noun = c.noun;
    const after = c.after;
    const before = c.before; // ctx.text.slice(s.start, c.qualStart)
    // "consider more than 50 of those held to be prisoners of conscience": a part that is itself a stock.
    const consider = noun === "those" && CONSIDER_AFTER.test(after) && CONSIDER_BEFORE.test(before);
    if (c.partOf && !consider) continue;
    const people = noun === "people" || noun === "persons" || noun === "individuals";
    const fromEnd = endsWithFromOrOf(before);
    // "pardons 37 political prisoners out of more than 1,300", "23 out of more than 1,200 is not
    // freedom": the whole a round is told against, a stock.
    const outOf = c.value >= 100 && before.endsWith(" out of ") && outOfStock(ctx, sentence, c, counts);
    // Each rule below runs its regex only when the cheap checks of the chars it needs pass.
    const a0 = firstChar(after);
    let stock = consider || outOf;
    // "political prisoner" and "prisoner of conscience" are 18 and 22 letters long.
    if (stock || (noun.length >= 18 && STOCK_NOUN.test(noun))) stock = true;
    // "The Memorial project that supports political prisoners lists 775 names."
    // "… more than 1,100 political prisoners. In July 2024 its list held about 1,400 names.": the list
    // of the sentence before.
    // ("Last summer the list held about 1,400 names" a few sentences after a stock: that list.)
    else if (noun === "" && mayBe(a0, NAMES_FIRST) && NAMES_AFTER.test(after) && LISTS_BEFORE.test(before) && (POLITICAL_PRISONERS.test(sentence) || previousSays(ctx, i, POLITICAL_PRISONERS) || (c.value >= 100 && ctx.facts.prisoner_count_claims.length > 0))) stock = true;
    else if (people && mayBe(a0, RECOGNISED_FIRST) && RECOGNISED_AFTER.test(after)) stock = true;
    else if (noun === "" && mayBe(a0, HELD_FIRST) && HELD_AFTER.test(after)) stock = true;
    else if (people && c.value >= 50 && mayBe(a0, REMAIN_FIRST) && REMAIN_AFTER.test(after)) stock = true;
    else if (people && mayBe(a0, ARE_PP_FIRST) && ARE_PP_AFTER.test(after)) stock = true;
    // (This rule also asked HELD_RE of the sentence + " still", which its "still" always passes.)
    else if ((noun === "prisoners" || noun === "detainees") && c.value >= 100) stock = true;
    else if (mayBeNumberAt(before) && (NUMBER_AT_BEFORE.test(before) || (c.value >= 100 && COUNT_STOOD_BEFORE.test(before)))) stock = true;
    // "Our list had 1,317 names … in the summer it was over 1,400": the same figure at another time.
    else if (noun === "" && c.value >= 100 && IT_WAS_BEFORE.test(before.slice(-24)) && claimSince(ctx, ctx.sentences[i - 1]?.start ?? s.start)) stock = true;
    else if (fromEnd && FROM_END_BEFORE.test(before) && ctx.facts.prisoner_count_claims.some((x) => x.evidence.some((e) => e.field === ctx.field && e.start >= s.start && e.end <= s.end))) stock = true;
    // "As of Dec. 23, Viasna counted 1,135 … That is down from about 1,400 in mid-2024.": the stock of the sentence before.
    else if (fromEnd && before.length < 40 && THAT_IS_FROM.test(before) && claimSince(ctx, ctx.sentences[i - 1]?.start ?? s.start)) stock = true;
    // "the total number of people it has recognised as political prisoners since 2020 rose to 4,339".
    else if (noun === "" && before.includes("number of p") && NUMBER_OF_PEOPLE_BEFORE.test(before)) stock = true;
    // "counted 1,265 political prisoners at the end of 2024 and 1,131 on 31 December 2025": a second
    // figure with no noun, joined to a stock of this sentence and dated in its own words.
    else if (noun === "" && before.endsWith(" and ") && AND_DATED_AFTER.test(after) && claimSince(ctx, s.start)) stock = true;
    // "1,131 people were still held …, and 4,339 have been recognised as political prisoners since
    // 2020": a second figure with no noun, recognised, after a stock of this sentence.
    else if (noun === "" && before.endsWith(" and ") && mayBe(a0, RECOGNISED_FIRST) && RECOGNISED_AFTER.test(after) && claimSince(ctx, s.start)) stock = true;
    if (!stock) continue;
    // "the number of political prisoners at 1,177", "down from a peak of 1,500": a stock by phrasing.
    const byPhrase = NUMBER_END_BEFORE.test(before) || (fromEnd && FROM_END_BEFORE.test(before));
    if (/\bformer\b/.test(noun) || FORMER_OR_WHOSE_AFTER.test(after)) continue;
    const afterClause = clauseOf(after);
    // Deaths make a count a death toll, but only in the number's own clause: "22,215 are still
    // detained, and 6,290 have been killed" keeps the stock.
    // Where the number's clause starts in `before`: after its last comma or semicolon.
    const lastStop = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"));
    const ownClause = before.slice(Math.max(lastStop, 0)) + afterClause;
    if (DEATHS.test(ownClause)) continue;
    if (!byPhrase) {
      // Read up to the end of the number's own clause: a later clause ("…, and that five were
      // recognised in the previous week alone") speaks of another figure.
      const own = ctx.text.slice(s.start, c.nounEnd) + afterClause;
      // Both rules need RECOGNISED or IN_PERIOD: one test of either first, and most clauses have neither.
      if (RECOGNISED_OR_IN_PERIOD.test(own)) {
        if (RECOGNISED.test(own) && PERIOD_RE.test(own) && !TOTAL.test(own)) continue;
        // ("The group, which was banned in 2021, says there are …": a year inside a relative clause
        // before the number dates the group, not the figure.)
        if (IN_PERIOD.test(own) && !HELD_RE.test(own.replace(RECOGNISED_G, "")) && !(own.includes(", which ") && !IN_PERIOD.test(own.replace(RELATIVE_CLAUSE, "")))) continue;
      }
    }
    // A pardon or release in the number's own clause makes it a round or a release, not a stock.
    const clauseStart = Math.max(lastStop, before.lastIndexOf(" that "), before.lastIndexOf(" while "));
    const upto = before.slice(clauseStart + 1) + ctx.text.slice(c.qualStart, c.nounEnd) + afterClause;
    // (RELEASE_ACT finds a release only where RELEASE_RE, already run on the sentence as `mayRelease`,
    // does, or in "driven over the border": the costly scan is skipped otherwise.)
    if (!outOf && (PARDON_RE.test(upto) || ((mayRelease || sentence.includes(" over the border")) && releaseActIn(upto))) && !reportedApart(before.slice(clauseStart + 1) + ctx.text.slice(c.qualStart, c.nounEnd), afterClause)) continue;
    c.used = true;
    const dates = lazyDates();
    // Two stocks of one sentence, each dated in its own words ("1,265 … at the end of 2024 and 1,131
    // on 31 December 2025"): the date between this count and the next is its own.
    const asOf =
      (counts.length > 1 ? ownStretchAsOf(ctx, s, c, counts, dates) : null) ??
      asOfDate(ctx, s, dates) ??
      yearEnd(sentence, ctx.published) ??
      dates.find((d) => d.precision === "day")?.iso ??
      asOfBefore(ctx, i, sentence) ??
      // "23 December, Tuesday. Viasna publishes its count: 1,135 …": a diary entry's date.
      entryDate(ctx, s) ??
      // A figure told as history ("ten years ago", "back in 2019", "at the time") is not as of publication.
      (ctx.published && !HISTORY.test(ctx.text.slice(s.start, c.nounEnd)) ? isoOf(ctx.published.getUTCFullYear(), ctx.published.getUTCMonth() + 1, ctx.published.getUTCDate()) : null);
    const source = sourceIn(sentence, ctx.personNames) ?? speakerByPronoun(ctx, i, sentence) ?? itSource(ctx, i, sentence) ?? speakerByColon(ctx, s) ?? weSource(ctx, sentence) ?? ctx.docSource ?? ctx.lastSource ?? "unattributed";
    ctx.lastSource = source === "unattributed" ? ctx.lastSource : source;
    // "1,296 as of Nov. 30, down from roughly 1,400": an earlier figure, not of that date.
    const earlier = fromEnd && FROM_END_BEFORE.test(before);
    const claim: PrisonerCountClaim = {
      value: c.value,
      qualifier: c.qualifier,
      as_of: earlier ? earlierAsOf(ctx, s, c, afterClause, dates) : asOf,
      attributed_to: source,
      scope: claimScope(sentence),
      country: countryIn(sentence) ?? ctx.country,
      evidence: [ev(ctx.field, c.qualStart, c.nounEnd)],
    };
    ctx.facts.prisoner_count_claims.push(claim);
    if (earlier) COMPARED.add(claim);
  }
}

/** The as-of date told between a count and the next count of its sentence, when the next is a stock too. */
function ownStretchAsOf(ctx: Ctx, s: Span, c: CountMention, counts: CountMention[], dates: DateMention[]): string | null {
  const k = counts.indexOf(c);
  const next = counts[k + 1];
  // Only when the next count is joined by "and" with nothing of its own between: a list of stocks.
  if (!next || next.noun !== "" || !next.before.endsWith(" and ")) return null;
  const own = dates.filter((d) => d.start >= c.nounEnd && d.end <= next.qualStart);
  return (own.length ? asOfDate(ctx, s, own) : null) ?? yearEnd(ctx.text.slice(c.nounEnd, next.qualStart), ctx.published);
}

const END_OR_AS_OF = /\b(?:as of|as at|at the (?:end|close) of)\s*$/i;

/**
 * The date of an earlier figure a stock changed from, told in that figure's own clause ("down from
 * 1,265 at the end of 2024"); null otherwise (the sentence's date is the new figure's).
 */
function earlierAsOf(ctx: Ctx, s: Span, c: CountMention, afterClause: string, dates: DateMention[]): string | null {
  const end = c.nounEnd + afterClause.length;
  // Only a date that fixes the figure's day ("at the end of 2024", "as of 31 December"): "in January" stays open.
  const own = dates.filter((d) => d.start >= c.nounEnd && d.end <= end && END_OR_AS_OF.test(ctx.text.slice(Math.max(s.start, d.start - 20), d.start)));
  return (own.length ? asOfDate(ctx, s, own) : null) ?? yearEnd(afterClause, ctx.published);
}

/** Claims stated as the figure a stock changed from ("down from roughly 1,400"): never a rounded restatement. */
const COMPARED = new WeakSet<PrisonerCountClaim>();

/** Drops "over 500" when the same document states an exact 509 of the same kind (a rounded restatement). */
export function dropRounded<T extends { qualifier: Qualifier }>(items: T[], value: (t: T) => number): T[] {
  // Sorted exact values + binary search: a pathological document with thousands of numbers
  // must stay n·log n, not n². Collected in one loop; nothing to search when nothing is rounded.
  const exact: number[] = [];
  let rounded = false;
  for (const t of items) {
    if (t.qualifier === "exact") exact.push(value(t));
    else if (t.qualifier === "over" || t.qualifier === "about") rounded = true;
  }
  if (!rounded || !exact.length) return items.slice();
  exact.sort((a, b) => a - b);
  return items.filter((a) => {
    if (a.qualifier !== "over" && a.qualifier !== "about") return true;
    const v = value(a);
    return a.qualifier === "over" ? !anyIn(exact, v + 1e-9, v * 1.25) : !anyIn(exact, v - v * 0.1, v + v * 0.1);
  });
}

/** Whether sorted `values` holds one in [lo, hi] (binary search). */
function anyIn(values: number[], lo: number, hi: number): boolean {
  let l = 0;
  let h = values.length;
  while (l < h) {
    const mid = (l + h) >> 1;
    if (values[mid]! < lo) l = mid + 1;
    else h = mid;
  }
  return l < values.length && values[l]! <= hi;
}

/** Merges restated claims; drops sub-groups (under a tenth of the largest) and rounded restatements. */
export function dedupeClaims(items: PrisonerCountClaim[]): PrisonerCountClaim[] {
  const out: PrisonerCountClaim[] = [];
  const seen = new Map<string, PrisonerCountClaim>();
  for (const c of items) {
    const key = `${c.value}|${c.qualifier}`;
    const same = seen.get(key);
    if (!same) {
      seen.set(key, c);
      out.push(c);
      continue;
    }
    if (same.evidence.length < 5) same.evidence.push(...c.evidence);
    if (c.attributed_to !== "unattributed" && same.attributed_to === "unattributed") same.attributed_to = c.attributed_to;
  }
  // Stock counts cluster; a figure under a tenth of the largest is a sub-group, not a stock.
  const max = out.reduce((m, c) => Math.max(m, c.value), 0);
  const kept = out.filter((c) => c.value >= max / 10);
  const compared = kept.filter((c) => COMPARED.has(c));
  if (!compared.length) return dropRounded(kept, (c) => c.value);
  const rest = dropRounded(kept.filter((c) => !COMPARED.has(c)), (c) => c.value);
  return kept.filter((c) => COMPARED.has(c) || rest.includes(c));
}
