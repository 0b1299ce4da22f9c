/**
 * @module extract/en/releases
 * Releases: people actually freed (a count, names, or both), with the date and the way they were
 * freed, read in the clause of the release verb; later sentences naming members join them.
 */
import { findDates, isoOf, type DateMention } from "../dates.js";
import type { Release } from "../facts.js";
import type { Span } from "../sentences.js";
import { entryDate, ev, releaseKind, releaseOrTripIn, type Ctx } from "./context.js";
import type { CountMention } from "./counts.js";
import { PARDON_RE, PERIOD_RE, RELEASE_RE } from "./lexicon.js";
import { ORDINAL_OF_YEAR, pairDates } from "./pardons.js";
import { lastOf } from "../scan.js";

/** "The three were released": a number with no noun after "The" at the start of the sentence. */
const THE_N = /^\s*(?:The|All|All the|Those|These)\s+$/;

/** "In effect, all 52 were deported": "all" after an opening phrase and a comma (read on the end of the text before). */
const ALL_AFTER_COMMA = /,\s*all(?: the)?\s+$/;

/** THE_N, or "…, all " closing the text before the count. */
function theN(before: string): boolean {
  return THE_N.test(before) || (before.endsWith(" ") && ALL_AFTER_COMMA.test(before.slice(-12)));
}

/**
 * "18 people were freed", "pardoned 123 prisoners, who were freed the same day", "23 people
 * released", "18 people walk out on pardon": the count is the one freed.
 */
function freedRight(c: CountMention): boolean {
  return /^(?:,\s*(?:who|all of whom)\b)?\s*(?:(?:(?:were|have been|had been|was|are|is)\s+(?:\w+\s+)?)?(?:freed|released|set free|deported|expelled)\b|walk(?:s|ed)? (?:free|out)\b)/.test(c.after);
}

/** "… released 3,000": the release verb right before the count. */
const FREED_BEFORE = /\b(?:freed|frees|freeing|released|set free)\s*$/i;

/** "freed that day", "released from prison the same day". */
export const DAY_LAST_YEAR = /\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)),? (?:last|this) year\b/g;

/** "…, in exchange for eight Russians held in the West": the other side of a swap, after the count freed. */
const SWAP_FOR = /\b(?:in (?:exchange|return) for|swapped for|traded for)\s+$/;

const THAT_DAY = /\b(?:freed|released)(?: [^.;,]{1,40}?)? (?:on )?(?:that|the same) day\b/i;

/**
 * ", the biggest single release since …", ", the first such move this year", "The largest release
 * so far: 123 people": ranks the release among others.
 */
const RANKING_APPOSITION = /(?:^|,\s+|[—–]\s+|\b(?:in|as) )(?:the|The) (?:biggest|largest|first|latest|most|second|third|fourth|fifth)\b[^,;:]*/;

/** "Maria X — RELEASED": a case list's status heading (the release verb in capitals after a dash). */
const HEADING_ACT = /[—–-]\s*$/;

/**
 * A round of this sentence counts `value`: "At least 18 people were released on 3 July, and on
 * 16 August another 30 were pardoned" — the 18 is a round and a release though the 30 came last.
 */
function roundInSentence(ctx: Ctx, s: Span, value: number): boolean {
  for (const e of ctx.facts.pardon_events) if (e.count === value && e.evidence.some((v) => v.field === ctx.field && v.start >= s.start && v.end <= s.end)) return true;
  return false;
}

/** Whether the count's paired date is a day told right after it ("52 people on 11 September"). */
function datedRight(c: CountMention, paired: Map<CountMention, DateMention>, text: string): boolean {
  const d = paired.get(c);
  return !!d && d.precision === "day" && d.start >= c.nounEnd && d.start - c.nounEnd < 8 && /^\s+on\s+$/.test(text.slice(c.nounEnd, d.start));
}

/**
 * The items of an "including" list after a release, each a count of people with its own day
 * ("including X and 13 others on 21 June and 52 people on 11 September"): each is a release, and
 * the name told with "and N others" is one of its people (so it leaves `names`).
 */
function listedReleases(ctx: Ctx, counts: CountMention[], paired: Map<CountMention, DateMention>, main: CountMention, names: string[], kind: Release["kind"]): void {
  const at = ctx.text.indexOf(" including ", main.nounEnd);
  if (at < 0) return;
  let from = at;
  for (const c of counts) {
    if (c.used || c.vague || c.partOf || c.start < at || c.noun === "" || !datedRight(c, paired, ctx.text)) continue;
    const between = ctx.text.slice(from, c.qualStart);
    const own: string[] = [];
    let value = c.value;
    if (c.noun === "others" && between.endsWith(" and ")) {
      for (const n of names) if (between.includes(n.slice(n.lastIndexOf(" ") + 1))) own.push(n);
      if (own.length === 1) value += 1;
    }
    c.used = true;
    for (const n of own) names.splice(names.indexOf(n), 1);
    const date = paired.get(c)!.iso;
    const evidence = [ev(ctx.field, c.qualStart, c.nounEnd)];
    const same = sameRelease(ctx, value, c.qualifier, date);
    if (same) {
      same.date ??= date;
      for (const n of own) if (!same.names.includes(n)) same.names.push(n);
    } else ctx.facts.releases.push({ names: own, count: value, qualifier: c.qualifier, date, kind, evidence });
    from = c.nounEnd;
  }
}

/** Names told in the "including …" apposition between a count and its release verb (at `actAt` in the sentence). */
function appositionNames(ctx: Ctx, i: number, s: Span, count: CountMention, actAt: number, names: string[]): void {
  if (s.start + actAt <= count.nounEnd) return;
  const apposition = ctx.text.slice(count.nounEnd, s.start + actAt);
  for (const m of ctx.mentionsBySentence.get(i) ?? []) {
    if ((m.role === null || m.role === "other") && apposition.includes(m.name.slice(m.name.lastIndexOf(" ") + 1))) names.push(m.name);
  }
}

/**
 * Whether the release clause `own` is a period total once the "in all" that closes a group's count
 * ("…, three people in all") is left out: that "in all" sums the people just named.
 */
function groupInAll(own: string, counts: CountMention[]): boolean {
  for (const c of counts) if (c.noun !== "" && c.after.startsWith(" in all") && c.before.endsWith(", ")) return false;
  return PERIOD_RE.test(own);
}

/** The people (not officials) named in the ", including …" list right after a release verb at `from` in the sentence. */
function includedAfterAct(ctx: Ctx, i: number, s: Span, from: number, names: string[]): void {
  for (const m of ctx.mentionsBySentence.get(i) ?? []) {
    if (m.role === "official" || m.role === "opposition_leader") continue;
    const at = ctx.text.indexOf(m.name.slice(m.name.lastIndexOf(" ") + 1), s.start + from);
    if (at >= 0 && at < s.end && !names.includes(m.name)) names.push(m.name);
  }
}

/** The people named around "together with" / "along with" in a release's sentence (not officials): members of it. */
function togetherNames(ctx: Ctx, i: number, sentence: string, names: string[]): void {
  for (const m of ctx.mentionsBySentence.get(i) ?? []) {
    if (m.role === "official" || m.role === "opposition_leader") continue;
    const at = sentence.indexOf(m.name.slice(m.name.lastIndexOf(" ") + 1));
    if (at >= 0 && !names.includes(m.name)) names.push(m.name);
  }
}

/** A counted release of this field with the same count and qualifier, at the same date or undated. */
function sameRelease(ctx: Ctx, count: number, qualifier: Release["qualifier"], date: string | null): Release | undefined {
  const list = ctx.facts.releases;
  for (let k = list.length - 1; k >= 0 && k >= list.length - 20; k--) {
    const r = list[k]!;
    if (r.count === count && r.qualifier === qualifier && (r.date === null || date === null || r.date === date) && r.evidence[0]?.field === ctx.field) return r;
  }
  return undefined;
}

const MONTH_NUMBER = new Map(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].map((m, k) => [m, k + 1]));

/** "… the December release of ": that month, in the year that makes it the latest one up to publication. */
function monthBeforeRelease(before: string, published: Date | null): string | null {
  const end = before.length - 12;
  const month = MONTH_NUMBER.get(before.slice(before.lastIndexOf(" ", end - 1) + 1, end));
  if (!month || !published) return null;
  const year = published.getUTCFullYear() - (month > published.getUTCMonth() + 1 ? 1 : 0);
  return isoOf(year, month);
}

// ("The 13 foreigners among the freed are to be deported": "the freed" with no noun too.)
const AMONG_FREED = /^ among (?:the (?:(?:people|prisoners|detainees|inmates) )?|those )(?:released|freed|pardoned|let (?:out|go))\b/;

/** The releases stated in one sentence; names without a count join the release just told. */
export function releases(ctx: Ctx, i: number, s: Span, sentence: string, counts: CountMention[], dates0: DateMention[], pardonNext = false): void {
  const act = releaseOrTripIn(sentence);
  if (!act) return;
  // "(Berlin, September 16, 2025) – The release of 52 …": the dateline's day is the statement's, not the release's.
  const dates = sentence.charCodeAt(0) === 40 ? afterDateline(sentence, s, dates0) : dates0;
  // A status heading names a member of the counted release the document told, not a release of its own.
  if (!counts.length && act[0] === act[0].toUpperCase() && HEADING_ACT.test(sentence.slice(0, act.index))) {
    const counted = ctx.facts.releases.findLast((r) => r.count !== null);
    if (counted) for (const m of ctx.mentionsBySentence.get(i) ?? []) if (m.role === "released" && !counted.names.includes(m.name)) counted.names.push(m.name);
    return;
  }
  const names = (ctx.mentionsBySentence.get(i) ?? []).filter((m) => m.role === "released" || m.role === "pardoned").map((m) => m.name);
  // The kind is read in the release's own clause: "X pardoned 22, while 123 were freed in a deal".
  const actAt = act.index;
  const clauseStart = Math.max(0, sentence.lastIndexOf(";", actAt), sentence.lastIndexOf(" while ", actAt), sentence.lastIndexOf(" whereas ", actAt), sentence.lastIndexOf(" but ", actAt));
  // "…, including 50 foreigners who will be deported": a sub-group's fate is not the release's kind.
  const kind0 = releaseKind(sentence.slice(clauseStart).replace(/,?\s+(?:including|among them|among whom)\b.*$/s, ""));
  // ("… freed 4,893 prisoners. X granted the pardons": the next sentence names the pardon.)
  const kind = kind0 === "other" && pardonNext ? "pardon" : kind0;
  const paired = pairDates(counts, dates, ctx.text);
  const dayDate = dates.find((d) => d.start - s.start >= clauseStart && d.precision !== "month") ?? dates.find((d) => d.start - s.start >= clauseStart);
  const evidence = [ev(ctx.field, s.start + act.index, s.start + act.index + act[0].length)];
  let count: CountMention | undefined;
  // The period test reads the release's own clause: "He has pardoned 300 since July 2024; in
  // June he freed X along with 13 others" — the period belongs to the first clause only.
  // (", the biggest single release since …": an apposition ranking the release, not its period.)
  // ("On 18 January came the first decree of this year: …": an ordinal, not a period either.)
  const own = sentence.slice(clauseStart).replace(RANKING_APPOSITION, "");
  let inPeriod = PERIOD_RE.test(own.includes("this year") ? own.replace(ORDINAL_OF_YEAR, "") : own);
  // "On September 11 last year he was one of 52 freed": "last year" dates a day, not a period.
  // ("On January 4 this year, it freed 5,864": "this year" dates the day too.)
  if (inPeriod && (own.includes(" last year") || own.includes(" this year"))) inPeriod = PERIOD_RE.test(own.replace(DAY_LAST_YEAR, ""));
  // "… together with Y and a US citizen, three people in all": "in all" sums the group just named, not a period.
  if (inPeriod && own.includes(" in all")) inPeriod = groupInAll(own, counts);
  // "the release of the 123 prisoners on 13 December 2025 and of all those freed earlier in 2025":
  // a count dated right after it is one release, whatever period a later clause sums over.
  if (inPeriod && dates.length > 1) count = counts.find((c) => !c.used && !c.vague && !c.partOf && c.noun !== "" && datedRight(c, paired, ctx.text));
  if (!inPeriod) {
    // "those freed comprised five X, three Y": a breakdown of a release, not a release.
    const split = /\b(?:those|the) (?:freed|released)\b[^.]{0,20}\b(?:comprised|included|were)\b/i.exec(sentence);
    const splitAt = split ? s.start + split.index : Infinity;
    // A count already used by a round may also be the release when the release verb governs it
    // ("the junta released 3,000 prisoners in an amnesty", "18 people were freed under a pardon").
    // (Only when the sentence itself names the pardon: a recap told with "freed" is a round, not a release.)
    let pardonSaid: boolean | undefined;
    // Counts in the release's own clause come first ("…pardoned 300 since July; in June he freed
    // X along with 13 others": 13, not 300).
    const inClause = counts.filter((c) => c.start >= s.start + clauseStart);
    const pool = clauseStart > 0 && sentence[clauseStart] === ";" ? inClause : counts;
    count = pool.find(
      (c) =>
        (!c.used || ((freedRight(c) || ((pardonSaid ??= PARDON_RE.test(sentence) || pardonNext) && FREED_BEFORE.test(c.before))) && (ctx.lastEvent?.count === c.value || roundInSentence(ctx, s, c.value)))) &&
        !c.vague && !c.partOf && (c.noun !== "" || (theN(c.before) && freedRight(c))) && !/^(?:women|men)$/.test(c.noun) && c.start < splitAt &&
        !/\b(?:including|among them|among whom)\s*$/i.test(c.before) &&
        // "about 600 political prisoners among the people released": a sub-group of the freed.
        !(c.after.startsWith(" among ") && AMONG_FREED.test(c.after)) &&
        // "at least nine media workers were among those released": a sub-group of a release told before.
        !(c.after.startsWith(" were among ") && AMONG_FREED.test(c.after.slice(5))),
    );
  }
  if (count) {
    count.used = true;
    // "…, including X and 13 others on 21 June and 52 people on 11 September": releases of their own.
    if (sentence.includes(" including ")) listedReleases(ctx, counts, paired, count, names, kind);
    // "three detainees, including the journalist X, were let go": X is one of them.
    if (!names.length && count.after.startsWith(", including ")) appositionNames(ctx, i, s, count, act.index, names);
    // "In return, eight Russians went home, including X, who had been serving life": X is one of them.
    else if (!names.length && act.index > count.nounEnd - s.start && sentence.startsWith(", including ", act.index + act[0].length)) includedAfterAct(ctx, i, s, act.index + act[0].length, names);
    // "X was driven to the border together with Y and a US citizen, three people in all": both named are freed.
    if (!names.length && (sentence.includes(" together with ") || sentence.includes(" along with "))) togetherNames(ctx, i, sentence, names);
    let value = count.value;
    // "X was freed together with Y and a U.S. citizen. The three were released after …": the
    // count of the release told just before.
    const last = lastOf(ctx.facts.releases);
    const prevSpan = ctx.sentences[i - 1];
    if (count.noun === "" && last && prevSpan && last.count !== null && last.count < value && last.evidence.some((e) => e.field === ctx.field && e.start >= prevSpan.start && e.end <= prevSpan.end)) {
      last.count = value;
      last.evidence.push(ev(ctx.field, count.qualStart, count.end));
      return;
    }
    // "X has been freed together with 13 other inmates": the named one plus the others.
    if (/\b(?:with|and)\s*$/i.test(count.before) && /\bothers?\b/.test(ctx.text.slice(count.end, count.nounEnd)) && names.length <= 1) value += 1;
    evidence.push(ev(ctx.field, count.qualStart, count.nounEnd));
    let date = (paired.get(count) ?? dayDate)?.iso ?? null;
    // "X walked out of prison on June 21. He was freed together with 13 others.": the date is
    // in the sentence before, when that sentence tells of the same release.
    const prevS = ctx.sentences[i - 1];
    // ("On board were 14 people freed from prison that day": any opener, when "that day" is said.)
    const thatDay = date === null && !!prevS && sentence.includes(" day") && THAT_DAY.test(sentence);
    if (date === null && prevS && (thatDay || /^(?:He|She|They|The|Those|All)\b/.test(sentence))) {
      const prevText = ctx.text.slice(prevS.start, prevS.end);
      // "… freed that day": the day told in the sentence before, whatever its verb.
      if (thatDay || RELEASE_RE.test(prevText) || /walked out of/i.test(prevText)) {
        date = findDates(ctx.text, prevS.start, prevS.end, ctx.published, null).find((d) => d.precision === "day")?.iso ?? null;
      }
      // "On 13 December guards woke her … By nightfall she was across the border. She was one of
      // 123 freed that day": "that day" may point two or three sentences back in its paragraph.
      for (let j = i - 2; thatDay && date === null && j >= Math.max(0, i - 3); j--) {
        const sj = ctx.sentences[j]!;
        if (ctx.text.slice(sj.end, s.start).includes("\n")) break;
        date = findDates(ctx.text, sj.start, sj.end, ctx.published, null).find((d) => d.precision === "day")?.iso ?? null;
      }
    }
    // "In August 2024, Russia and the West carried out their biggest swap. Moscow freed 16 …": the
    // sentence before opens with the date and tells of the same release (no count of its own).
    if (date === null && prevS && prevS.end - prevS.start < 200 && startsWithIn(ctx.text, prevS.start)) {
      const prevText = ctx.text.slice(prevS.start, prevS.end);
      if ((RELEASE_RE.test(prevText) || prevText.includes(" swapped ")) && !ctx.facts.releases.some((r) => r.evidence.some((e) => e.field === ctx.field && e.start >= prevS.start && e.end <= prevS.end))) {
        const d0 = findDates(ctx.text, prevS.start, prevS.end, ctx.published, null)[0];
        // ("In the largest exchange since the Cold War, 26 people were swapped in Ankara on Aug. 1, 2024.":
        // a day date later in that sentence too.)
        if (d0 && (d0.start - prevS.start < 20 || d0.precision === "day")) date = d0.iso;
      }
    }
    // "She was one of 123 prisoners freed": in a profile, the pronoun is the person its title names.
    // ("On September 11 he was one of 52 freed": a date may open the sentence.)
    if ((sentence.startsWith("She ") || sentence.startsWith("He ") || (startsWithIn(sentence, 0) && (sentence.includes(" he was ") || sentence.includes(" she was ")))) && PRONOUN_AMONG.test(sentence)) {
      const subject = titlePerson(ctx) ?? previousSubject(ctx, i);
      if (subject && !names.includes(subject)) names.unshift(subject);
    }
    // "3 July 2024 — … At least 18 people walk out on pardon the same day": a chronology entry's date.
    date ??= entryDate(ctx, s);
    // "the December release of 123 prisoners": the month names the release; its year is the last such month by publication.
    if (date === null && count.before.endsWith(" release of ")) date = monthBeforeRelease(count.before, ctx.published);
    // "Belarus frees three detainees" (a subject line), then "… on 12 February released three people":
    // the same count freed again in this field, at no other date, restates that release.
    // "… welcomed the release of 14 people. The 14 were freed on 21 June": the definite count restates
    // the release told, and its own date outweighs the day of the welcome.
    const restated = count.noun === "" && (count.before.endsWith("The ") || count.before.endsWith(" the ")) && date !== null;
    const same = sameRelease(ctx, value, count.qualifier, restated ? null : date);
    if (same) {
      if (restated) same.date = date;
      same.date ??= date;
      for (const n of names) if (!same.names.includes(n)) same.names.push(n);
      if (same.evidence.length < 5) same.evidence.push(...evidence);
      return;
    }
    const r: Release = { names, count: value, qualifier: count.qualifier, date, kind, evidence };
    ctx.facts.releases.push(r);
    // "…were freed; in June, 14, among them X; and on September 11, another 52": releases of their own
    // (", and on December 13 a further 123 people walked out" too).
    if (sentence.includes(";") || sentence.includes(", and ")) gappedReleases(ctx, i, s, sentence, counts, dates, count, r);
    // "Moscow freed 16 people, including X, in exchange for eight Russians held in the West, among
    // them Y": the other side of the swap is a release of its own, with the names told after it.
    if (sentence.includes(" for ")) swapSide(ctx, i, s, sentence, counts, count, r);
    // "In return, eight Russians went home": the other side of a swap, also a count of its own (the corpus convention).
    const n0 = count.noun.charCodeAt(0);
    if (n0 >= 65 && n0 <= 90 && sentence.startsWith("In return")) ctx.facts.other_counts.push({ value, qualifier: count.qualifier, what: `${count.noun} returned in the swap`, evidence: [ev(ctx.field, count.qualStart, count.nounEnd)] });
    return;
  }
  if (!names.length) {
    // "The prisoners were freed on Saturday, Dec. 13": the date of the release already counted.
    const last = lastOf(ctx.facts.releases);
    if (last && last.date === null && dayDate && /^(?:The|Those|They|All|Most)\b/.test(sentence)) last.date = dayDate.iso;
    return;
  }
  // In a report on a pardon, "X was among those freed" names a member of that round.
  // (Not when the sentence dates the release otherwise: "Those freed this year include X, who was
  // pardoned and released in July" is a release of its own.)
  if (!dayDate && sentence.includes("same day") && sameDayRelease(ctx, i, sentence, names, kind, evidence)) return;
  const ownDate = dayDate?.iso && ctx.main && ctx.main.date !== dayDate.iso && !(ctx.main.date ?? "").startsWith(dayDate.iso) ? dayDate.iso : null;
  if (ctx.main && !ownDate && !ctx.facts.releases.length && !/\b(?:swap|exchange|handed over|deport\w*|expel\w*)\b/i.test(sentence)) {
    for (const n of names) if (!ctx.main.names.includes(n)) ctx.main.names.push(n);
    return;
  }
  // "X was freed in return for Y": two releases, one for each side of the swap.
  // ("X was exchanged on 8 December in Abu Dhabi for Y": the verb, then "for".)
  const swap = /\b(?:in (?:return|exchange) for|swapped for|traded for|(?:exchanged|swapped) [^;]{0,60}?\bfor)\b/.exec(sentence);
  if (swap) {
    const other = names.filter((n) => sentence.indexOf(n.split(" ").pop()!, swap.index) > swap.index);
    const side = names.filter((n) => !other.includes(n));
    if (other.length && side.length) {
      for (const group of [side, other]) ctx.facts.releases.push({ names: group, count: group.length, qualifier: "exact", date: dayDate?.iso ?? null, kind, evidence });
      return;
    }
  }
  const prev = lastOf(ctx.facts.releases);
  if (prev && /\b(?:also|among those|one of those|of those freed|of those released|another)\b/i.test(sentence)) {
    for (const n of names) if (!prev.names.includes(n)) prev.names.push(n);
    prev.evidence.push(...evidence);
    return;
  }
  if (prev && names.every((n) => prev.names.includes(n))) return;
  ctx.facts.releases.push({ names, count: names.length, qualifier: "exact", date: dayDate?.iso ?? entryDate(ctx, s), kind, evidence });
}

/**
 * "One of them, X, walked free the same day" after a round: a member of that round, freed by its
 * pardon on its day; "On the same day, X walked free after serving his full sentence": a release of
 * its own, on the day of the round just told.
 */
function sameDayRelease(ctx: Ctx, i: number, sentence: string, names: string[], kind: Release["kind"], evidence: Release["evidence"]): boolean {
  const round = ctx.lastEvent;
  if (!round) return false;
  const member = sentence.startsWith("One of them") && ctx.lastEventSentence === i - 1;
  if (!member && (kind !== "sentence_served" || round.date === null || round.date.length !== 10)) return false;
  if (member) for (const n of names) if (!round.names.includes(n)) round.names.push(n);
  ctx.facts.releases.push({ names, count: names.length, qualifier: "exact", date: round.date, kind: member ? "pardon" : kind, evidence });
  return true;
}

/** A clause that opens with its date: "in June, …", "and on September 11, …". */
const DATED_CLAUSE = /^\s*(?:and\s+|but\s+)?(?:in|on)\s/i;

/** Where the names of a gapped clause's list end: "after a visit by", "following talks with". */
const GAPPED_LIST_END = /\b(?:after|by|following|when|with)\b/;

/** "… a further 123 people walked out": the count's own verb, a release without "of prison". */
const WALKED_OUT = /^\s+(?:walked out|went free|left prison)\b/;

/** What may follow a gapped clause's count when the clause has no verb of its own: "14, among them X", "another 52.". */
const GAPPED_REST = /^\s*(?:more\s*)?(?:[,.]|$)/;

/**
 * "In February, three people were freed; in June, 14, among them X; and on September 11, another
 * 52": after a counted release, each later clause (split by semicolons) that opens with its own date
 * and counts people, with no verb or a release verb of its own, is another release of that kind.
 * The names told in such a clause belong to its release, not to the first one.
 */
function gappedReleases(ctx: Ctx, i: number, s: Span, sentence: string, counts: CountMention[], dates: DateMention[], first: CountMention, r: Release): void {
  let from = clauseBreak(sentence, first.nounEnd - s.start);
  let moved = false;
  while (from >= 0) {
    const next = clauseBreak(sentence, from + 1);
    const to = next < 0 ? sentence.length : next;
    const clause = sentence.slice(from + 1, to);
    from = next;
    if (!DATED_CLAUSE.test(clause)) continue;
    const c = counts.find((x) => !x.used && !x.vague && !x.partOf && x.start >= s.start + to - clause.length && x.end <= s.start + to);
    if (!c) continue;
    const d = dates.find((x) => x.start >= s.start + to - clause.length && x.end <= c.qualStart && (x.precision === "day" || x.precision === "month"));
    if (!d) continue;
    const rest = ctx.text.slice(c.nounEnd, s.start + to);
    if (!GAPPED_REST.test(rest) && !WALKED_OUT.test(rest) && !releaseOrTripIn(clause)) continue;
    c.used = true;
    const names: string[] = [];
    // ("…, including X, after a visit by Y": the names of the clause's list, not of what follows it.)
    const by = GAPPED_LIST_END.exec(clause);
    const list = by ? clause.slice(0, by.index) : clause;
    for (const m of ctx.mentionsBySentence.get(i) ?? []) {
      if (m.role === "official" || m.role === "opposition_leader" || m.role === "prisoner") continue;
      if (!list.includes(m.name.slice(m.name.lastIndexOf(" ") + 1))) continue;
      names.push(m.name);
      const k = r.names.indexOf(m.name);
      if (k >= 0) {
        r.names.splice(k, 1);
        moved = true;
      }
    }
    const own = releaseKind(clause);
    const kind = own === "other" ? r.kind : own;
    if (sameRelease(ctx, c.value, c.qualifier, d.iso)) continue;
    ctx.facts.releases.push({ names, count: c.value, qualifier: c.qualifier, date: d.iso, kind, evidence: [ev(ctx.field, c.qualStart, c.nounEnd)] });
  }
  // "X and 13 others were freed, and on … 123 walked out, among them Y and Z": with Y and Z moved
  // to their own release, X is the one named beside the others (14 in all).
  if (moved && r.names.length === 1 && r.count === first.value && /\b(?:with|and)\s*$/i.test(first.before) && /\bothers?\b/.test(ctx.text.slice(first.end, first.nounEnd))) r.count = first.value + 1;
}

/** The next clause break of a sentence at or after `from`: a semicolon, or the comma of ", and ". */
function clauseBreak(sentence: string, from: number): number {
  const semi = sentence.indexOf(";", from);
  const and = sentence.indexOf(", and ", from);
  return semi < 0 ? and : and < 0 ? semi : Math.min(semi, and);
}

/** The dates of a sentence opening with a "(City, date) –" dateline, less the dateline's own. */
function afterDateline(sentence: string, s: Span, dates: DateMention[]): DateMention[] {
  const close = sentence.indexOf(")");
  if (close < 0 || close > 60) return dates;
  return dates.filter((d) => d.start - s.start > close);
}

/** "The Sept. 11 release followed …", "The 13 December release was …": a release named by its day. */
const RELEASE_NOUN_DATE = /^The ((?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?) release\b/;

/**
 * "…, all 52 were deported. The Sept. 11 release followed a meeting …": a sentence opening with a
 * release named by its day dates the counted release told undated in the two sentences before.
 * (Called only for a sentence that opens "The " and holds " release ".)
 */
export function releaseNounDate(ctx: Ctx, i: number, s: Span, sentence: string): void {
  const last = lastOf(ctx.facts.releases);
  const from = ctx.sentences[Math.max(0, i - 2)];
  if (!last || last.date !== null || last.count === null || !from || !last.evidence.some((e) => e.field === ctx.field && e.start >= from.start && e.end <= s.start)) return;
  const m = RELEASE_NOUN_DATE.exec(sentence);
  if (!m) return;
  const d = findDates(ctx.text, s.start + 4, s.start + 4 + m[1]!.length, ctx.published, null)[0];
  if (d && d.precision === "day") last.date = d.iso;
}

/** "She was one of 123 …", "He was among the 52 …": a pronoun counted into a release. */
const PRONOUN_AMONG = /^(?:(?:On|In) [^,.;]{3,30}?,? )?(?:She|He|she|he) was (?:also )?(?:one of|among)\b/;

/** The one person of the body whose surname the title names (not an official), or null. */
function titlePerson(ctx: Ctx): string | null {
  const title = ctx.title;
  if (!title) return null;
  let found: string | null = null;
  for (const p of ctx.facts.persons) {
    if (p.role === "official" || p.role === "opposition_leader") continue;
    const last = p.name.slice(p.name.lastIndexOf(" ") + 1);
    if (last.length < 3 || !title.includes(last)) continue;
    if (found) return null;
    found = p.name;
  }
  return found;
}

/**
 * "X, a school librarian, was arrested in 2021 … She was one of the 52 prisoners freed": with no
 * person in the title, the pronoun is the person (not an official) who opens the sentence before.
 */
function previousSubject(ctx: Ctx, i: number): string | null {
  const prev = ctx.sentences[i - 1];
  const first = ctx.mentionsBySentence.get(i - 1)?.[0];
  if (!prev || !first || first.role === "official" || first.role === "opposition_leader") return null;
  const last = first.name.slice(first.name.lastIndexOf(" ") + 1);
  return ctx.text.startsWith(first.name, prev.start) || ctx.text.startsWith(last, prev.start) ? first.name : null;
}

/** "Belarus freed 16 prisoners. Among them was X.": X joins the release told just before. */
export function joinPreviousRelease(ctx: Ctx, i: number, sentence: string): void {
  const c = sentence.charCodeAt(0) | 32;
  if ((c !== 97 && c !== 111 && c !== 116) || !/^(?:Among them|One of them|They include|Those freed included|The other (?:two|three|four|five|six|\d+) (?:were|are))\b/i.test(sentence)) return;
  // "… freed three people, one of them a U.S. citizen. The other two were X and Y": the names are the rest of the group.
  const rest = c === 116 && sentence.startsWith("he other", 1);
  const last = lastOf(ctx.facts.releases);
  const prev = ctx.sentences[i - 1];
  if (!last || !prev || !last.evidence.some((e) => e.field === ctx.field && e.start >= prev.start && e.end <= prev.end)) return;
  for (const m of ctx.mentionsBySentence.get(i) ?? []) {
    if ((m.role === "released" || m.role === "pardoned" || (rest && m.role === null)) && !last.names.includes(m.name)) last.names.push(m.name);
  }
}

/**
 * "The regime pardoned 5,864 prisoners. Prisoners began leaving Insein prison in the morning.": a
 * pardon round told first, then people seen walking free — the round is also a release.
 */
export function releaseAfterPardon(ctx: Ctx, i: number, s: Span, sentence: string): void {
  const main = ctx.main;
  if (!main || i - ctx.mainSentence < 1 || i - ctx.mainSentence > 10) return;
  // "Were political prisoners among those freed?" up to ten sentences on; the other signs within two.
  const m = i - ctx.mainSentence > 2 ? (sentence.includes("among th") ? AMONG_THOSE_FREED.exec(sentence) : null) : /\b(?:(?:those|the prisoners|the people) (?:freed|released) so far|began (?:leaving|walking out of|to leave)|walked out of (?:the )?(?:prison|jail|gates)|were seen leaving|among (?:those|the people|the prisoners) (?:freed|released))\b/i.exec(sentence);
  // A release already told after the round ("…, while 123 were freed in a deal") is another event.
  const mainStart = ctx.sentences[ctx.mainSentence]?.start ?? 0;
  if (!m || ctx.facts.releases.some((r) => r.count === main.count || r.evidence.some((e) => e.field === ctx.field && e.start >= mainStart))) return;
  ctx.facts.releases.push({ names: [], count: main.count, qualifier: main.qualifier, date: main.date, kind: "pardon", evidence: [ev(ctx.field, s.start + m.index, s.start + m.index + m[0].length)] });
}

const AMONG_THOSE_FREED = /\bamong (?:those|the people|the prisoners) (?:freed|released)\b/;

/** A field of a record naming its mechanism as a release: "release after talks", "negotiated release". */
const RELEASE_FIELD = /^\s*(?:[A-Za-z-]+ )?[Rr]elease\b(?! of\b)/;

/**
 * "Row 3: 12 February 2025; release after a visit by a U.S. delegation; 3 people, including X and Y;
 * taken to Lithuania": a table row told as text, its columns split by semicolons. A field naming the
 * mechanism a release and a field opening with a count of people make that count a release, dated
 * by the row's date, with the names of the count's own field.
 */
export function recordRelease(ctx: Ctx, i: number, s: Span, sentence: string, counts: CountMention[], dates: DateMention[]): void {
  let semis = 0;
  for (let k = sentence.indexOf(";"); k >= 0 && semis < 2; k = sentence.indexOf(";", k + 1)) semis++;
  if (semis < 2) return;
  let mechanism = false;
  let from = 0;
  for (;;) {
    const to = sentence.indexOf(";", from);
    if (RELEASE_FIELD.test(to < 0 ? sentence.slice(from) : sentence.slice(from, to))) {
      mechanism = true;
      break;
    }
    if (to < 0) break;
    from = to + 1;
  }
  if (!mechanism) return;
  const c = counts.find((x) => !x.used && !x.vague && !x.partOf && x.noun !== "" && /;\s*$/.test(x.before));
  if (!c) return;
  const end = sentence.indexOf(";", c.nounEnd - s.start);
  const fieldEnd = s.start + (end < 0 ? sentence.length : end);
  const names: string[] = [];
  for (const m of ctx.mentionsBySentence.get(i) ?? []) {
    const at = ctx.text.indexOf(m.name.slice(m.name.lastIndexOf(" ") + 1), c.nounEnd);
    if (at >= 0 && at < fieldEnd && m.role !== "official" && m.role !== "prisoner") names.push(m.name);
  }
  const d = dates.find((x) => x.precision === "day") ?? dates.find((x) => x.precision === "month");
  c.used = true;
  const date = d?.iso ?? null;
  const same = sameRelease(ctx, c.value, c.qualifier, date);
  if (same) {
    same.date ??= date;
    for (const n of names) if (!same.names.includes(n)) same.names.push(n);
    return;
  }
  ctx.facts.releases.push({ names, count: c.value, qualifier: c.qualifier, date, kind: releaseKind(sentence), evidence: [ev(ctx.field, c.qualStart, c.nounEnd)] });
}

/**
 * "52 prisoners were taken to Lithuania", "In return, eight Russians went home": release phrasings
 * RELEASE_RE leaves out, looked for (after the stock rules) only when an unused count is told with
 * one of their verbs; then the sentence is read as a release. `dates` is the sentence's lazy dates.
 */
export function tripRelease(ctx: Ctx, i: number, s: Span, sentence: string, counts: CountMention[], dates: () => DateMention[]): void {
  if (tripCount(counts) && releaseOrTripIn(sentence)) releases(ctx, i, s, sentence, counts, dates());
}

/**
 * Whether an unused count is told with a border trip or a homecoming: one of TRIP_WORDS among the
 * two words after its noun ("52 prisoners were taken", "eight Russians went": taken, driven, brought,
 * bused, escorted, went, flew), or a group's total
 * after a comma ("…, three people in all"). Read by char codes; no regex.
 */
function tripCount(counts: CountMention[]): boolean {
  for (const c of counts) {
    if (c.used || c.vague) continue;
    const a = c.after;
    if (a.startsWith(" in all")) {
      if (c.before.endsWith(", ")) return true;
      continue;
    }
    let i = 0;
    for (let k = 0; k < 2; k++) {
      while (a.charCodeAt(i) === 32) i++;
      let j = i;
      while (j < a.length && a.charCodeAt(j) >= 97 && a.charCodeAt(j) <= 122) j++;
      if (j === i) break;
      if (tripWord(a, i, j)) return true;
      i = j;
    }
  }
  return false;
}

/** Whether `a[i, j)` is one of TRIP_WORDS: its first letter and length first, then the letters; no slice. */
function tripWord(a: string, i: number, j: number): boolean {
  const n = j - i;
  switch (a.charCodeAt(i)) {
    case 116:
      return n === 5 && a.startsWith("taken", i);
    case 100:
      return n === 6 && a.startsWith("driven", i);
    case 98:
      return (n === 7 && a.startsWith("brought", i)) || (n === 5 && a.startsWith("bused", i));
    case 101:
      return n === 8 && a.startsWith("escorted", i);
    case 119:
      return n === 4 && a.startsWith("went", i);
    case 102:
      return n === 4 && a.startsWith("flew", i);
    default:
      return false;
  }
}

/** "In …" or "On …": a sentence that opens with its date. */
function startsWithIn(text: string, at: number): boolean {
  const c0 = text.charCodeAt(at);
  const c1 = text.charCodeAt(at + 1);
  return (c0 === 73 || c0 === 79) && c1 === 110 && text.charCodeAt(at + 2) === 32;
}

/** The count right after "in exchange for" in a release's sentence: the swap's other side (see releases()). */
function swapSide(ctx: Ctx, i: number, s: Span, sentence: string, counts: CountMention[], count: CountMention, r: Release): void {
  const other = counts.find((c) => c !== count && !c.used && !c.vague && !c.partOf && c.start > count.start && c.noun !== "" && SWAP_FOR.test(c.before));
  if (!other) return;
  other.used = true;
  const at = other.start - s.start;
  const mentions = ctx.mentionsBySentence.get(i) ?? [];
  const names: string[] = [];
  for (const m of mentions) {
    if (m.role === "official" || m.role === "opposition_leader") continue;
    if (sentence.indexOf(m.name.slice(m.name.lastIndexOf(" ") + 1), at) > at && !r.names.includes(m.name)) names.push(m.name);
  }
  ctx.facts.releases.push({ names, count: other.value, qualifier: other.qualifier, date: r.date, kind: r.kind, evidence: [ev(ctx.field, other.qualStart, other.nounEnd)] });
}
