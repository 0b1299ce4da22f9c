/**
 * @module extract/en/extract-en
 * The English extractor: reads a report sentence by sentence and turns its numbers and names
 * into the five kinds of fact. Each number is used by at most one fact, in this order of
 * precedence: a breakdown of the main pardon round, a pardon round, a release, a stock count of
 * prisoners, and otherwise an "other count" when it counts people. Title facts are kept only
 * when the body does not state them again.
 */
import { contextYearBefore, findDates, isoOf, parsePublished, type DateMention } from "../dates.js";
import type { Evidence, ExtractInput, Facts, OtherCount, PardonEvent, PersonRole, PrisonerCountClaim, Qualifier, Release, ReleaseKind } from "../facts.js";
import { parseOrdinal } from "../numbers.js";
import { splitSentences, type Span } from "../sentences.js";
import { countsIn, type CountMention } from "./counts.js";
import { COUNTRIES, HELD_RE, PARDON_RE, PERIOD_RE, RELEASE_RE } from "./lexicon.js";
import { collectPersons } from "./persons.js";
import { documentSource, sourceIn } from "./sources.js";

type Field = Evidence["field"];

interface Ctx {
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
}

// A release that happened (not "be freed", not "the release of").
const RELEASE_ACT =
  /\b(?:freed|released|set free|walked (?:free|out of (?:prison|jail|the colony))|left (?:prison|jail)|handed over|let out|exchanged|deported|expelled)\b/gi;
/** "The decree, signed …", "The pardon, dated …": a later sentence dating the round already told. */
const DECREE_SIGNED = /^(?:The|This|That|Lukashenko's|His) (?:decree|pardon|order|clemency decree)\b[^.]{0,20}?\b(?:signed|issued|dated|published)\b/;
const BREAKDOWN_CTX = /\b(?:group|of them|among them|among those|the pardoned|those pardoned|those released|those freed|comprised|includ(?:es|ed|ing))\b/i;

function ev(field: Field, start: number, end: number): Evidence {
  return { field, start, end };
}

function releaseActIn(sentence: string): RegExpExecArray | null {
  const re = RELEASE_ACT;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    const before = sentence.slice(Math.max(0, m.index - 16), m.index);
    if (/\b(?:be|to be|been sought to be)\s+$/.test(before) && !/\b(?:has|have|had)\s+be(?:en)?\s+$/.test(before)) continue;
    if (/^freed\s+(?:prisoners|political)/i.test(sentence.slice(m.index)) && !/\b(?:were|was|been)\s+$/.test(before)) continue;
    return m;
  }
  return null;
}

function releaseKind(sentence: string): ReleaseKind {
  if (/\b(?:deport\w*|expel\w*|forced to leave|forcibly (?:removed|taken)|removed from the country|sent into exile)\b/i.test(sentence)) return "deported";
  if (/\b(?:pardon\w*|clemency|amnest\w*|decree)\b/i.test(sentence)) return "pardon";
  if (/\b(?:served (?:his|her|their|the) (?:full )?(?:sentence|term)|after serving|end of (?:his|her|their) (?:sentence|term)|completed (?:his|her|their) (?:sentence|term)|sentence (?:ended|expired))\b/i.test(sentence)) return "sentence_served";
  return "other";
}

function countryIn(s: string): string | null {
  for (const [re, name] of COUNTRIES) if (re.test(s)) return name;
  return null;
}

/**
 * Pairs each date of a sentence with the count it dates. A date right after a count, joined by
 * "on"/"in" only ("another 30 on September 4"), belongs to that count; any other date belongs to
 * the next count after it ("on 4 September another 30", "On August 16, he pardoned 30").
 */
function pairDates(counts: CountMention[], dates: DateMention[], text: string): Map<CountMention, DateMention> {
  const out = new Map<CountMention, DateMention>();
  for (const d of dates) {
    const prev = [...counts].reverse().find((c) => c.nounEnd <= d.start);
    if (prev && !out.has(prev) && /^\s*(?:(?:were|was|have been|had been|been)\s+)?(?:[a-z]+ed\s+)?(?:on|in|of)?\s*$/.test(text.slice(prev.nounEnd, d.start))) {
      out.set(prev, d);
      continue;
    }
    const next = counts.find((c) => !c.used && c.qualStart >= d.end && !dates.some((o) => o !== d && o.start >= d.end && o.end <= c.qualStart));
    if (next && !out.has(next)) out.set(next, d);
  }
  return out;
}

function newEvent(count: number, qualifier: Qualifier, date: string | null, evidence: Evidence[]): PardonEvent {
  return {
    count, qualifier, date, women: null, men: null, chronic_illness: null, disabled: null, over_50: null,
    with_children: null, minors: null, ordinal_in_year: null, names: [], evidence,
  };
}

/** Clause around a number: from the previous "," ";" or " and " to the next. */
function clauseOf(text: string, s: Span, c: CountMention): string {
  const head = text.slice(s.start, c.qualStart);
  const cut = Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), head.lastIndexOf(" and "));
  const tail = text.slice(c.end, s.end);
  const m = /[,;]| and (?=\w+ (?:have|has|are|is|were|suffer))/.exec(tail);
  return head.slice(cut + 1) + text.slice(c.qualStart, c.end) + (m ? tail.slice(0, m.index) : tail);
}

function breakdown(ctx: Ctx, s: Span, counts: CountMention[], i: number): void {
  const recent = ctx.lastEvent && ctx.lastEventSentence >= i - 1 ? ctx.lastEvent : null;
  const ev0 = recent ?? ctx.main;
  if (!ev0) return;
  // A split of a stock ("1,265 political prisoners, among them 168 women") is not about the round.
  if (counts.some((c) => !c.used && /political prisoners/.test(c.noun) && c.value > ev0.count)) return;
  // A round stated earlier in this same sentence is the one its breakdown follows
  // ("30 were pardoned on 4 September, seven women among them, and another 37 …").
  const inSentence = ctx.facts.pardon_events.filter((e) => e.evidence[0] && e.evidence[0].field === ctx.field && e.evidence[0].start >= s.start && e.evidence[0].end <= s.end);
  for (const c of counts) {
    const before = inSentence.filter((e) => e.evidence[0]!.end <= c.qualStart);
    const target = before.length ? before[before.length - 1]! : ev0;
    if (c.used || c.vague || c.value > target.count) continue;
    const clause = clauseOf(ctx.text, s, c);
    const tail = c.partOf ? clause.slice(clause.indexOf(ctx.text.slice(c.qualStart, c.end))) : "";
    let field: keyof PardonEvent | null = null;
    if (/^(?:women|woman|females?)$/.test(c.noun) || /^\s*(?:are |were )?women\b/.test(c.after) || /\b(?:are|were)\s+women\b/.test(tail)) field = "women";
    else if (/^(?:men|man|males?)$/.test(c.noun) || /^\s*(?:are |were )?men\b/.test(c.after) || /\b(?:are|were)\s+men\b/.test(tail)) field = "men";
    else if (/chronic|seriously ill|serious(?:ly)? (?:ill|illness)|terminally ill/i.test(clause)) field = "chronic_illness";
    else if (/disab|invalid/i.test(clause)) field = "disabled";
    else if (/\b(?:over|above|older than|aged over) (?:the age of )?(?:50|fifty)\b/i.test(clause)) field = "over_50";
    else if (/\b(?:have|has|had|with|raising|bringing up|bring up|raise) (?:\w+ )?(?:children|kids)\b/i.test(clause) && !/large famil/i.test(clause)) field = "with_children";
    else if (/\b(?:minors?|underage|juveniles?|under 18|under eighteen)\b/i.test(clause)) field = "minors";
    if (field && target[field] === null) {
      (target as unknown as Record<string, unknown>)[field] = c.value;
      target.evidence.push(ev(ctx.field, c.qualStart, c.nounEnd));
      c.used = true;
    }
  }
}

function pardons(ctx: Ctx, i: number, s: Span, sentence: string, counts: CountMention[], dates: DateMention[]): void {
  const paired = pairDates(counts, dates, ctx.text);
  const eligible = counts.filter((c) => !c.used && !c.vague && !c.partOf);
  for (const c of counts) {
    if (c.used || c.vague || c.partOf) continue;
    const before = c.before;
    const isPeople = c.noun !== "" && !/^(?:women|men|woman|man|children|families)$/.test(c.noun);
    const afterVerb =
      /\b(?:pardon(?:ed|s|ing)?|clemency|amnestied|freed|released)(?: to)?\s*$/i.test(before) || /\b(?:another|a further|further|an additional)\s*$/i.test(before);
    if (!isPeople && !afterVerb) continue;
    // "180 foreigners among them", "1,250 people were still held": not a round.
    if (/^\s*(?:among them|of them|of whom)\b/.test(c.after)) continue;
    if (/^\s*(?:were|are|remain)\s+(?:still\s+)?(?:held|behind bars|imprisoned|in prison|in custody|jailed|detained)/.test(c.after)) continue;
    // "Among those pardoned are six people younger than 25": a sub-group of a round, not a round.
    if (ctx.main && !afterVerb && /\b(?:among (?:those|the|them)|of them|including|includes)\b/i.test(before)) continue;
    // A total over a period ("342 ... received pardons in 2025") is an other count.
    // Read only up to the end of the number's clause: "…, the first such decision this year" is
    // an ordinal, not a period the count was summed over.
    if (PERIOD_RE.test(ctx.text.slice(s.start, c.nounEnd) + (/^[^,;]*/.exec(c.after)?.[0] ?? ""))) continue;
    // A lone count in a sentence with one date takes it ("state media said on Friday").
    const free = dates.filter((d) => ![...paired.values()].includes(d));
    const lone = eligible.length === 1 ? (free.find((d) => d.precision === "day") ?? (free.length === 1 ? free[0] : undefined)) : undefined;
    const date = paired.get(c) ?? lone;
    const e = newEvent(c.value, c.qualifier, date?.iso ?? null, [ev(ctx.field, c.qualStart, c.nounEnd)]);
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
  if (!pardoned.length) return;
  const round = ctx.facts.pardon_events.slice(-20).find((e) => e.evidence.some((x) => x.field === ctx.field && x.start >= s.start && x.end <= s.end));
  const target = round ?? (ctx.main && /\bamong (?:those|them|the)\b|\bincluding\b/i.test(sentence) ? ctx.main : null);
  if (target) {
    for (const n of pardoned) if (!target.names.includes(n)) target.names.push(n);
    return;
  }
  if (ctx.facts.pardon_events.some((e) => e.count === pardoned.length && pardoned.every((n) => e.names.includes(n)))) return;
  const e = newEvent(pardoned.length, "exact", dates[0]?.iso ?? null, [ev(ctx.field, s.start, s.end)]);
  e.names = pardoned;
  ctx.facts.pardon_events.push(e);
}

function releases(ctx: Ctx, i: number, s: Span, sentence: string, counts: CountMention[], dates: DateMention[]): void {
  const act = releaseActIn(sentence);
  if (!act) return;
  const names = (ctx.mentionsBySentence.get(i) ?? []).filter((m) => m.role === "released" || m.role === "pardoned").map((m) => m.name);
  // The kind is read in the release's own clause: "X pardoned 22, while 123 were freed in a deal".
  const actAt = act.index;
  const clauseStart = Math.max(0, ...[";", " while ", " whereas ", " but "].map((b) => sentence.lastIndexOf(b, actAt)));
  // "…, including 50 foreigners who will be deported": a sub-group's fate is not the release's kind.
  const kind = releaseKind(sentence.slice(clauseStart).replace(/,?\s+(?:including|among them|among whom)\b.*$/s, ""));
  const paired = pairDates(counts, dates, ctx.text);
  const dayDate = dates.find((d) => d.start - s.start >= clauseStart && d.precision !== "month") ?? dates.find((d) => d.start - s.start >= clauseStart);
  const evidence = [ev(ctx.field, s.start + act.index, s.start + act.index + act[0].length)];
  let count: CountMention | undefined;
  if (!PERIOD_RE.test(sentence)) {
    // "those freed comprised five X, three Y": a breakdown of a release, not a release.
    const split = /\b(?:those|the) (?:freed|released)\b[^.]{0,20}\b(?:comprised|included|were)\b/i.exec(sentence);
    const splitAt = split ? s.start + split.index : Infinity;
    const freedRight = (c: CountMention) => /^\s*(?:were|have been|had been|was)\s+(?:\w+\s+)?(?:freed|released|set free)/.test(c.after);
    // A count already used by a round may also be the release when the release verb governs it
    // ("the junta released 3,000 prisoners in an amnesty", "18 people were freed under a pardon").
    // (Only when the sentence itself names the pardon: a recap told with "freed" is a round, not a release.)
    const actRight = (c: CountMention) => PARDON_RE.test(sentence) && /\b(?:freed|released|set free)\s*$/i.test(c.before);
    count = counts.find(
      (c) =>
        (!c.used || ((freedRight(c) || actRight(c)) && ctx.lastEvent?.count === c.value)) &&
        !c.vague && !c.partOf && c.noun !== "" && !/^(?:women|men)$/.test(c.noun) && c.start < splitAt &&
        !/\b(?:including|among them|among whom)\s*$/i.test(c.before),
    );
  }
  if (count) {
    count.used = true;
    let value = count.value;
    // "X has been freed together with 13 other inmates": the named one plus the others.
    if (/\b(?:(?:together|along) with|and)\s*$/i.test(count.before) && /\bother\b/.test(ctx.text.slice(count.end, count.nounEnd)) && names.length <= 1) value += 1;
    evidence.push(ev(ctx.field, count.qualStart, count.nounEnd));
    let date = (paired.get(count) ?? dayDate)?.iso ?? null;
    // "X walked out of prison on June 21. He was freed together with 13 others.": the date is
    // in the sentence before, when that sentence tells of the same release.
    const prevS = ctx.sentences[i - 1];
    if (date === null && prevS && /^(?:He|She|They|The|Those|All)\b/.test(sentence)) {
      const prevText = ctx.text.slice(prevS.start, prevS.end);
      if (RELEASE_RE.test(prevText) || /walked out of/i.test(prevText)) {
        date = findDates(ctx.text, prevS.start, prevS.end, ctx.published, null).find((d) => d.precision === "day")?.iso ?? null;
      }
    }
    const r: Release = { names, count: value, qualifier: count.qualifier, date, kind, evidence };
    ctx.facts.releases.push(r);
    return;
  }
  if (!names.length) {
    // "The prisoners were freed on Saturday, Dec. 13": the date of the release already counted.
    const last = ctx.facts.releases[ctx.facts.releases.length - 1];
    if (last && last.date === null && dayDate && /^(?:The|Those|They|All|Most)\b/.test(sentence)) last.date = dayDate.iso;
    return;
  }
  // In a report on a pardon, "X was among those freed" names a member of that round.
  if (ctx.main && !ctx.facts.releases.length && !/\b(?:swap|exchange|handed over|deport\w*|expel\w*)\b/i.test(sentence)) {
    for (const n of names) if (!ctx.main.names.includes(n)) ctx.main.names.push(n);
    return;
  }
  const prev = ctx.facts.releases[ctx.facts.releases.length - 1];
  if (prev && /\b(?:also|among those|one of those|of those freed|of those released|another)\b/i.test(sentence)) {
    for (const n of names) if (!prev.names.includes(n)) prev.names.push(n);
    prev.evidence.push(...evidence);
    return;
  }
  if (prev && names.every((n) => prev.names.includes(n))) return;
  ctx.facts.releases.push({ names, count: names.length, qualifier: "exact", date: dayDate?.iso ?? null, kind, evidence });
}

/** The date a stock count is stated for: "as of 31 January", "at the end of September" (its last day). */
function asOfDate(ctx: Ctx, s: Span, dates: DateMention[]): string | null {
  for (const d of dates) {
    if (d.precision === "weekday" || !d.iso) continue;
    const lead = ctx.text.slice(Math.max(s.start, d.start - 20), d.start);
    if (!/\b(?:as of|as at|by|on|at the (?:end|start|beginning|close) of|in)\s*$/i.test(lead)) continue;
    const m = /^(\d{4})-(\d{2})$/.exec(d.iso);
    if (m && /\b(?:end|close) of\s*$/i.test(lead)) {
      const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
      return `${d.iso}-${String(last).padStart(2, "0")}`;
    }
    return d.iso;
  }
  return null;
}

/** "He/She said …": the person named most recently before this sentence. */
function speakerByPronoun(ctx: Ctx, i: number, sentence: string): string | null {
  if (!/\b(?:he|she)\s+(?:also\s+)?(?:said|says|added|urged|told|wrote|noted|stressed|estimated|claimed|called)\b/i.test(sentence)) return null;
  for (let j = i; j >= Math.max(0, i - 3); j--) {
    const list = ctx.mentionsBySentence.get(j);
    if (list?.length) return list[list.length - 1]!.name;
  }
  return null;
}

function claimScope(sentence: string): string {
  const since = /\bsince (?:the (?:summer|spring|autumn|winter|start|beginning) of )?(?:\w+ )?((?:19|20)\d\d)/i.exec(sentence);
  if (since && /recogni[sz]/i.test(sentence)) return `recognised since ${since[1]}`;
  return "political prisoners currently held";
}

function claims(ctx: Ctx, i: number, s: Span, sentence: string, counts: CountMention[], lazyDates: () => DateMention[]): void {
  for (const c of counts) {
    if (c.used || c.vague || c.partOf) continue;
    const noun = c.noun;
    const after = c.after;
    let stock = false;
    if (/political prisoners?|prisoners? of conscience/.test(noun)) stock = true;
    else if (/^(?:people|persons|individuals)$/.test(noun) && /^\s*(?:(?:were|have been|had been)\s+)?(?:recogni[sz]ed as|as political prisoners|imprisoned for political|held for political)/.test(after)) stock = true;
    else if (noun === "" && /^\)?\s*(?:are (?:still )?|remain (?:still )?)(?:detained|held|in detention|behind bars|in custody|imprisoned)/.test(after)) stock = true;
    else if (/^(?:people|persons|individuals)$/.test(noun) && c.value >= 50 && /^\s*(?:(?:still|currently)\s+)?(?:remain(?:ed)?|are(?: still| currently)?|were still|stay(?:ed)?|continue to be)\s+(?:in prison|behind bars|imprisoned|held|jailed|in custody|in detention)/.test(after)) stock = true;
    else if (/^(?:people|persons|individuals)$/.test(noun) && /^\s*(?:are|were|remain) (?:still |currently )?(?:recogni[sz]ed as )?political prisoners/.test(after)) stock = true;
    else if (/^(?:prisoners|detainees)$/.test(noun) && c.value >= 100 && HELD_RE.test(sentence + " still")) stock = true;
    else if (/\bnumber of political prisoners\b[^.;]{0,30}\b(?:at|to|was|is|stood at|stands at|reached|of)\s*$/i.test(c.before)) stock = true;
    else if (/\b(?:from|down from|up from) (?:a (?:peak|high|record|low) of )?$/i.test(c.before) && ctx.facts.prisoner_count_claims.some((x) => x.evidence.some((e) => e.field === ctx.field && e.start >= s.start && e.end <= s.end))) stock = true;
    if (!stock) continue;
    // "the number of political prisoners at 1,177", "down from a peak of 1,500": a stock by phrasing.
    const byPhrase = /\bnumber of political prisoners\b[^.;]{0,30}$|\b(?:from|down from|up from) (?:a (?:peak|high|record|low) of )?$/i.test(c.before);
    if (/\bformer\b/.test(noun) || /^\s*(?:as )?former\b/.test(after) || /^[^.;,]{0,40}\bformer political prisoners\b/.test(after)) continue;
    if (/^\s*(?:,\s*)?(?:whose|who (?:have|has|are|were) (?!been recogni))/.test(after)) continue;
    if (/\b(?:died|killed|were killed|perished)\b/i.test(sentence)) continue;
    if (!byPhrase) {
      // Read up to the end of the number's own clause: a later clause ("…, and that five were
      // recognised in the previous week alone") speaks of another figure.
      const own = ctx.text.slice(s.start, c.nounEnd) + (/^[^,;]*/.exec(c.after)?.[0] ?? "");
      if (/\brecogni[sz]ed\b/i.test(own) && PERIOD_RE.test(own) && !/\b(?:a total of|in total|since)\b/i.test(own)) continue;
      if (/\b(?:in (?:19|20)\d\d|during|this year|alone)\b/i.test(own) && !HELD_RE.test(own.replace(/recogni[sz]ed/gi, ""))) continue;
    }
    // A pardon or release in the number's own clause makes it a round or a release, not a stock.
    const head = ctx.text.slice(s.start, c.qualStart);
    const clauseStart = Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), head.lastIndexOf(" that "), head.lastIndexOf(" while "));
    const upto = head.slice(clauseStart + 1) + ctx.text.slice(c.qualStart, c.nounEnd) + (/^[^,;]*/.exec(c.after)?.[0] ?? "");
    if (PARDON_RE.test(upto) || releaseActIn(upto)) continue;
    c.used = true;
    const dates = lazyDates();
    const asOf =
      asOfDate(ctx, s, dates) ??
      dates.find((d) => d.precision === "day")?.iso ??
      // A figure told as history ("ten years ago", "back in 2019", "at the time") is not as of publication.
      (ctx.published && !/\b(?:ago|back in|at the time|in (?:19|20)\d\d|until|used to|was once|peak)\b/i.test(ctx.text.slice(s.start, c.nounEnd)) ? isoOf(ctx.published.getUTCFullYear(), ctx.published.getUTCMonth() + 1, ctx.published.getUTCDate()) : null);
    const source = sourceIn(sentence, ctx.personNames) ?? speakerByPronoun(ctx, i, sentence) ?? ctx.docSource ?? ctx.lastSource ?? "unattributed";
    ctx.lastSource = source === "unattributed" ? ctx.lastSource : source;
    const claim: PrisonerCountClaim = {
      value: c.value,
      qualifier: c.qualifier,
      as_of: asOf,
      attributed_to: source,
      scope: claimScope(sentence),
      country: countryIn(sentence) ?? ctx.country,
      evidence: [ev(ctx.field, c.qualStart, c.nounEnd)],
    };
    ctx.facts.prisoner_count_claims.push(claim);
  }
}

function others(ctx: Ctx, i: number, s: Span, sentence: string, counts: CountMention[]): void {
  const bctx = BREAKDOWN_CTX.test(sentence);
  for (const c of counts) {
    if (c.used || c.vague) continue;
    if (c.partOf && c.value === 1) continue;
    // "brings the number of people released by pardon since July to nearly 600".
    const numberOf =
      !c.noun &&
      (/\bnumber of [\w\s-]{3,80}?\b(?:to|at|is|was|stands at|stood at|reached)\s*$/i.test(c.before) ||
        // "bringing to more than 300 the number released since last summer"
        (/\bbring(?:s|ing)? (?:the (?:total|tally|number) )?to\s*$/i.test(c.before) && /^\s+the (?:number|total)\b/.test(c.after)));
    const verbBreakdown = bctx && /^\s*(?:are|is|were|have|has)\b/.test(c.after) && c.value < 10_000;
    // "some 5,000 were detained": a count whose noun is implied by its verb.
    const topicVerb = /^\)?\s*(?:were|have been|had been|was|are)\s+(?:\w+\s+)?(?:detained|arrested|convicted|sentenced|killed|jailed|imprisoned|freed|released|pardoned|deported|expelled|charged|tried|searched|questioned|recogni[sz]ed|serving|found guilty|held)\b/.test(c.after);
    if (!c.noun && !verbBreakdown && !topicVerb && !numberOf) continue;
    if (c.partOf && /^(?:the (?:year|month|week|day|time)|these|those)$/.test(c.noun) && !/\bof (?:these|those)\b/.test(c.noun)) continue;
    c.used = true;
    const what = `${c.noun || ctx.text.slice(c.end, Math.min(s.end, c.end + 40)).trim()}`;
    const o: OtherCount = { value: c.value, qualifier: c.qualifier, what, evidence: [ev(ctx.field, c.qualStart, c.nounEnd)] };
    ctx.facts.other_counts.push(o);
  }
}

function ordinals(ctx: Ctx, sentence: string): void {
  if (!ctx.main || ctx.main.ordinal_in_year !== null) return;
  const m = /\b(?:the|its|a) (\w+) (such )?(round|time|group|batch|wave|pardon|decree|release|act of clemency|act|decision|amnesty)\b([^.]{0,80})/i.exec(sentence);
  if (!m) return;
  const n = parseOrdinal(m[1]!);
  if (!n) return;
  // "the sixth time since July" needs its period; "the second such round" speaks of the series.
  const period = /\b(?:this year|this month|since|in (?:19|20)\d\d|of the year|so far)\b/i.test(m[4]!);
  if (period || (n > 1 && (m[2] || /round|wave|batch/i.test(m[3]!)))) ctx.main.ordinal_in_year = n;
}

/** "the eleventh to be freed since …", "the 28th person convicted this month": an ordinal that states a running total. */
function runningTotals(ctx: Ctx, s: Span, sentence: string): void {
  if (!/\bthe \w+(?:st|nd|rd|th) /i.test(sentence)) return;
  // "the 28th person convicted this month" too.
  const re = /\bthe (\w+) (?:(\w+) )?(?:to be )?(?:freed|released|pardoned|returned|convicted|sentenced|detained|arrested|jailed)\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    const n = parseOrdinal(m[1]!);
    if (n && n > 1) {
      ctx.facts.other_counts.push({ value: n, qualifier: "exact", what: `${m[2] ?? "people"} ${m[0].split(" ").pop()} (running total)`, evidence: [ev(ctx.field, s.start + m.index, s.start + m.index + m[0].length)] });
    }
  }
}

/** "Belarus freed 16 prisoners. Among them was X.": X joins the release told just before. */
function joinPreviousRelease(ctx: Ctx, i: number, sentence: string): void {
  if (!/^(?:Among them|One of them|They include|Those freed included)\b/i.test(sentence)) return;
  const last = ctx.facts.releases[ctx.facts.releases.length - 1];
  const prev = ctx.sentences[i - 1];
  if (!last || !prev || !last.evidence.some((e) => e.field === ctx.field && e.start >= prev.start && e.end <= prev.end)) return;
  for (const m of ctx.mentionsBySentence.get(i) ?? []) {
    if ((m.role === "released" || m.role === "pardoned") && !last.names.includes(m.name)) last.names.push(m.name);
  }
}

function processField(ctx: Ctx): void {
  const { text, sentences } = ctx;
  sentences.forEach((s, i) => {
    const f = ctx.facts;
    if (f.other_counts.length + f.pardon_events.length + f.releases.length + f.prisoner_count_claims.length > MAX_FACTS * 4) return;
    const sentence = text.slice(s.start, s.end);
    const counts = countsIn(text, s, i);
    // "The decree, signed in late December, is the latest …": the date of the round told before.
    const signed = ctx.main && ctx.main.date === null ? DECREE_SIGNED.exec(sentence) : null;
    if (signed && ctx.main) {
      const at = s.start + signed.index + signed[0].length;
      const d = findDates(text, at, Math.min(s.end, at + 40), ctx.published, ctx.published ? null : contextYearBefore(text, s.end, null))[0];
      if (d && (d.precision === "day" || d.precision === "month")) ctx.main.date = d.iso;
    }
    // "It is the second pardon this month. On January 18, he freed 23 people": a recap of a round
    // told with a release verb, right after a sentence about pardons.
    const prev = sentences[i - 1];
    const recap = !!ctx.main && /^(?:On|In|Earlier|Before that|Previously)\b/.test(sentence) && !!prev && PARDON_RE.test(text.slice(prev.start, prev.end)) && /\b(?:freed|released)\s+(?:another\s+|a further\s+)?\S+\s+(?:people|prisoners|convicts|persons)/i.test(sentence);
    const isPardon = PARDON_RE.test(sentence) || recap;
    const mayRelease = RELEASE_RE.test(sentence);
    joinPreviousRelease(ctx, i, sentence);
    runningTotals(ctx, s, sentence);
    if (!counts.length && !isPardon && !mayRelease) {
      ordinals(ctx, sentence);
      return;
    }
    // Dates are parsed lazily: chrono is the costliest step, and most sentences never need it.
    let memo: DateMention[] | null = null;
    const dates = (): DateMention[] =>
      (memo ??= findDates(text, s.start, s.end, ctx.published, ctx.published ? null : contextYearBefore(text, s.end, null)));
    if (isPardon) pardons(ctx, i, s, sentence, counts, dates());
    if (ctx.main && (isPardon || BREAKDOWN_CTX.test(sentence) || i - ctx.mainSentence <= 2)) breakdown(ctx, s, counts, i);
    ordinals(ctx, sentence);
    if (mayRelease) releases(ctx, i, s, sentence, counts, dates());
    claims(ctx, i, s, sentence, counts, dates);
    others(ctx, i, s, sentence, counts);
  });
}

/** Drops "over 500" when the same document states an exact 509 of the same kind (a rounded restatement). */
function dropRounded<T extends { qualifier: Qualifier }>(items: T[], value: (t: T) => number): T[] {
  // Sorted exact values + binary search: a pathological document with thousands of numbers
  // must stay n·log n, not n².
  const exact = items.filter((b) => b.qualifier === "exact").map(value).sort((a, b) => a - b);
  const anyIn = (lo: number, hi: number) => {
    let l = 0;
    let h = exact.length;
    while (l < h) {
      const mid = (l + h) >> 1;
      if (exact[mid]! < lo) l = mid + 1;
      else h = mid;
    }
    return l < exact.length && exact[l]! <= hi;
  };
  return items.filter((a) => {
    if (a.qualifier !== "over" && a.qualifier !== "about") return true;
    const v = value(a);
    return a.qualifier === "over" ? !anyIn(v + 1e-9, v * 1.25) : !anyIn(v - v * 0.1, v + v * 0.1);
  });
}

function dedupeClaims(items: PrisonerCountClaim[]): PrisonerCountClaim[] {
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
  return dropRounded(out.filter((c) => c.value >= max / 10), (c) => c.value);
}

/** Most facts of one kind kept per document: real reports have dozens; more means junk input. */
const MAX_FACTS = 500;

/** Extracts the facts of an English report. Pure; never throws on odd text. */
export function extractEnglish(input: ExtractInput): Facts {
  const text = input.text ?? "";
  const title = input.title ?? "";
  const published = parsePublished(input.published);
  const sentences = splitSentences(text);
  const prevRole = (i: number): PersonRole | null => {
    const s = sentences[i];
    const p = sentences[i - 1];
    if (!s || !p) return null;
    const opens = /^(?:Among them|They include|These include|Those still held include|Among those still|One of them)/i.test(text.slice(s.start, s.start + 40)) || /\b(?:is|are|was|were) (?:also )?among them\b/.test(text.slice(s.start, s.end));
    if (!opens) return null;
    const prevText = text.slice(p.start, p.end);
    // "Belarus has freed 16 more prisoners … Among them was X": X was freed (or pardoned) with them.
    if (releaseActIn(prevText) && /\d|\b(?:dozen|several|more)\b/.test(prevText)) return /\bpardon/i.test(prevText) ? "pardoned" : "released";
    if (/\bpardon(?:ed|s)?\b/i.test(prevText)) return "pardoned";
    if (/\b(?:prison|sentence|behind bars|jail|custody|incommunicado)/i.test(prevText)) return "prisoner";
    return null;
  };
  const { persons, mentions } = collectPersons(text, sentences, prevRole, "text");
  const fullName = (n: string) => persons.find((p) => p.name === n || p.aliases?.includes(n))?.name ?? n;
  const mentionsBySentence = new Map<number, { name: string; role: PersonRole | null }[]>();
  let si = 0;
  const known = new Set(persons.flatMap((p) => [p.name, ...(p.aliases ?? [])]));
  for (const m of mentions) {
    if (!known.has(m.name)) continue;
    while (si < sentences.length && sentences[si]!.end < m.start) si++;
    const list = mentionsBySentence.get(si) ?? [];
    if (!list.some((x) => x.name === fullName(m.name))) list.push({ name: fullName(m.name), role: m.role });
    mentionsBySentence.set(si, list);
  }
  const personNames = persons.map((p) => p.name);
  const country = countryIn(title) ?? countryIn(text.slice(0, 5000));
  const docSource = documentSource(title, text);
  const body: Ctx = {
    text, field: "text", sentences, published, docSource, personNames, mentionsBySentence,
    facts: { pardon_events: [], prisoner_count_claims: [], other_counts: [], persons, releases: [] },
    main: null, mainSentence: -1, lastEvent: null, lastEventSentence: -1, lastSource: null, country,
  };
  processField(body);
  // The title restates the body; keep only what the body does not say.
  const head: Ctx = { ...body, text: title, field: "title", sentences: splitSentences(title), mentionsBySentence: new Map(), facts: { pardon_events: [], prisoner_count_claims: [], other_counts: [], persons: [], releases: [] }, main: null, mainSentence: -1, lastEvent: null, lastEventSentence: -1 };
  processField(head);
  const f = body.facts;
  const near = (a: number, b: number) => a === b || (b > a && b <= a * 1.25);
  const roughly = (a: number, b: number) => a === b || Math.abs(a - b) <= a * 0.1;
  for (const e of head.facts.pardon_events) if (!f.pardon_events.some((x) => roughly(e.count, x.count))) f.pardon_events.unshift(e);
  for (const c of head.facts.prisoner_count_claims) if (!f.prisoner_count_claims.some((x) => near(c.value, x.value))) f.prisoner_count_claims.unshift(c);
  for (const r of head.facts.releases) if (!f.releases.some((x) => x.count !== null && r.count !== null && roughly(r.count, x.count))) f.releases.unshift(r);
  f.prisoner_count_claims = dedupeClaims(f.prisoner_count_claims).slice(0, MAX_FACTS);
  f.pardon_events = f.pardon_events.slice(0, MAX_FACTS);
  f.releases = f.releases.slice(0, MAX_FACTS);
  // Claims demoted as sub-groups become other counts.
  f.other_counts = dropRounded(f.other_counts, (o) => o.value).slice(0, MAX_FACTS);
  // A name pardoned alone also appears as a person; make its role match.
  for (const e of f.pardon_events) {
    for (const n of e.names) {
      const p = persons.find((q) => q.name === n);
      if (p) p.role = "pardoned";
    }
  }
  return f;
}
