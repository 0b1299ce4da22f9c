/**
 * @module extract/en/extract-en
 * The English extractor: reads a report sentence by sentence and turns its numbers and names
 * into the five kinds of fact. Each number is used by at most one fact, in this order of
 * precedence: a breakdown of the main pardon round, a pardon round, a release, a stock count of
 * prisoners, and otherwise an "other count" when it counts people. Title facts are kept only
 * when the body does not state them again.
 */
import { contextYearBefore, findDates, parsePublished } from "../dates.js";
import type { ExtractInput, Facts, PersonRole } from "../facts.js";
import { linesAbove } from "../scan.js";
import { splitSentences, type Span } from "../sentences.js";
import { claims, dedupeClaims, dropRounded } from "./claims.js";
import { BREAKDOWN_CTX, countryIn, DECREE_SIGNED, releaseActIn, type Ctx } from "./context.js";
import { countsIn } from "./counts.js";
import { PARDON_RE, RELEASE_RE } from "./lexicon.js";
import { labelLine, others, runningTotals } from "./others.js";
import { breakdown, ordinals, pardons } from "./pardons.js";
import { collectPersons } from "./persons.js";
import { joinPreviousRelease, recordRelease, releaseAfterPardon, releaseNounDate, releases, tripRelease } from "./releases.js";
import { documentSource } from "./sources.js";

/**
 * A function that computes once and then returns the same value. Hot paths build their per-call
 * helpers through functions like this one (or as module-level functions) rather than as
 * `const f = () => …`: the CLI runs through tsx, whose transform keeps function names by wrapping
 * every named function expression in a defineProperty call each time it is created, which
 * measurably slows a per-sentence closure.
 */
function memoize<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** First letters of the openers of a recap ("On", "In", "Earlier", "Before that", "Previously"). */
const RECAP_OPENERS = new Set([79, 73, 69, 66, 80]);

function processField(ctx: Ctx): void {
  const { text, sentences } = ctx;
  // The last sentence a breakdown was read in (the next may go on with it), and the last sentence whose
  // release the sentence after it calls a pardon; kept here, not on ctx, whose shape the hot rules share.
  let breakdownAt = -1;
  let pardonNext = -1;
  sentences.forEach((s, i) => {
    const f = ctx.facts;
    if (f.other_counts.length + f.pardon_events.length + f.releases.length + f.prisoner_count_claims.length > MAX_FACTS * 4) return;
    const sentence = text.slice(s.start, s.end);
    // ("According to witnesses, he … was taken back to prison": "He ", "Sh…" or "Acc…" opens such a sentence.)
    const c0 = sentence.charCodeAt(0);
    if (i > 0 && ((c0 === 72 && sentence.charCodeAt(1) === 101) || (c0 === 83 && sentence.charCodeAt(1) === 104) || (c0 === 65 && sentence.charCodeAt(1) === 99 && sentence.charCodeAt(2) === 99))) heldByPronoun(ctx, i, sentence);
    const counts = countsIn(text, s, i);
    // "The decree, signed in late December, is the latest …": the date of the round told before.
    const signed = ctx.main && ctx.main.date === null ? DECREE_SIGNED.exec(sentence) : null;
    if (signed && ctx.main) {
      const at = s.start + signed.index + signed[0].length;
      const d = findDates(text, at, Math.min(s.end, at + 40), ctx.published, ctx.published ? null : contextYearBefore(text, s.end, null))[0];
      if (d && (d.precision === "day" || d.precision === "month")) ctx.main.date = d.iso;
    }
    // "It is the second pardon this month. On January 18, he freed 23 people": a recap of a round
    // told with a release verb, right after a sentence about pardons ("On 4 September came another 30" too).
    const prev = sentences[i - 1];
    const recap = !!ctx.main && RECAP_OPENERS.has(sentence.charCodeAt(0)) && /^(?:On|In|Earlier|Before that|Previously)\b/.test(sentence) && !!prev && PARDON_RE.test(text.slice(prev.start, prev.end)) && /\b(?:freed|released)\s+(?:another\s+|a further\s+)?\S+\s+(?:people|prisoners|convicts|persons)|\bcame (?:another|a further)\b/i.test(sentence);
    // "The largest single decree, on 16 September, covered 37 people": a round of a pardon story told as a decree.
    const mayRelease = RELEASE_RE.test(sentence);
    // "The Sept. 11 release followed …": the day of a release told undated just before.
    // (A day follows "The ": a digit or a capital as its fifth character.)
    if (!mayRelease && f.releases.length && dayAfterThe(sentence) && sentence.includes(" release ")) releaseNounDate(ctx, i, s, sentence);
    // "The pardons continued. On 18 January came the first decree of this year: 23 people released": a decree freeing people after a sentence about pardons.
    // ("… the seventh group pardoned since July. The previous one, 32 people, was announced on 20 November": the round before, by its count.)
    let isPardon = PARDON_RE.test(sentence) || recap || (counts.length > 0 && ((ctx.main !== null && DECREE_COVERED.test(sentence)) || (mayRelease && sentence.includes("decree") && !!prev && PARDON_RE.test(text.slice(prev.start, prev.end))) || (c0 === 84 && ctx.main !== null && PREVIOUS_ONE.test(sentence) && !!prev && PARDON_RE.test(text.slice(prev.start, prev.end)))));
    // "The regime freed 4,893 prisoners on April 17. Junta leader X granted the pardons …": the next sentence names the release a pardon.
    if (!isPardon && mayRelease && counts.length > 0 && pardonsNamedNext(text, sentences[i + 1])) {
      isPardon = true;
      pardonNext = i;
    }
    if (!isPardon) releaseAfterPardon(ctx, i, s, sentence);
    joinPreviousRelease(ctx, i, sentence);
    runningTotals(ctx, s, sentence);
    if (!counts.length && !isPardon && !mayRelease) {
      ordinals(ctx, sentence, i, s.start);
      return;
    }
    // "CORRECTION: An earlier version of this story misstated … as 31 people": a retracted figure.
    if (counts.length && (isPardon || mayRelease) && CORRECTION.test(sentence)) return;
    // "Political prisoners currently held: 1,131": a line of a list of figures (the colon is the cheap test).
    if (counts.length && sentence.includes(":") && labelLine(ctx, i, s, counts)) return;
    // Dates are parsed lazily: chrono is the costliest step, and most sentences never need it.
    const dates = memoize(() => findDates(text, s.start, s.end, ctx.published, ctx.published ? null : contextYearBefore(text, s.end, null)));
    if (isPardon) pardons(ctx, i, s, sentence, counts, dates());
    const bctx = BREAKDOWN_CTX.test(sentence);
    // ("The pardoned include three women. Fourteen suffer from chronic illnesses, …": a breakdown goes on in the next sentence.)
    // ("👩 3 women" / "🩺 14 with chronic illnesses": a list line right after a line the breakdown read continues it.)
    if (ctx.main && (isPardon || bctx || i - ctx.mainSentence <= 2 || (breakdownAt === i - 1 && counts.length > 0 && breakdownWords(sentence)) || (ctx.breakdownSentence === i - 1 && text.charCodeAt(s.start - 1) === 10)) && breakdown(ctx, s, counts, i)) breakdownAt = i;
    ordinals(ctx, sentence, i, s.start);
    if (mayRelease) releases(ctx, i, s, sentence, counts, dates(), pardonNext === i);
    // "12 February 2025; release after talks; 3 people, including X": a table row told as text.
    else if (counts.length && sentence.includes(" release")) recordRelease(ctx, i, s, sentence, counts, dates());
    claims(ctx, i, s, sentence, counts, dates, mayRelease);
    // "52 prisoners were taken to Lithuania", "In return, eight Russians went home": phrasings
    // RELEASE_RE leaves out, looked for only when a count is still unused (RELEASE_ACT holds them).
    if (!mayRelease && counts.length) tripRelease(ctx, i, s, sentence, counts, dates);
    others(ctx, s, counts, bctx);
  });
}

/** Words of a breakdown's sub-groups (illness, disability, children, age, sex), found in one scan. */
const BREAKDOWN_WORDS = /ill|disab|children|over 50|women|parents/;
function breakdownWords(sentence: string): boolean {
  return BREAKDOWN_WORDS.test(sentence);
}

/** "The Sept. 11 …", "The 13 December …": "The " and then a digit or a capital. */
function dayAfterThe(sentence: string): boolean {
  const c = sentence.charCodeAt(4);
  return ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) && sentence.startsWith("The ");
}

/** "X granted the pardons", "the amnesty was announced": a sentence that calls the release before it a pardon. */
const PARDONS_BACK = /\b(?:granted|signed|announced|ordered|approved|issued) the (?:pardons?|amnesty|amnesties)\b|^The (?:pardons?|amnesty) (?:was|were) (?:granted|announced|signed|ordered)\b/;

/** Whether the sentence `next` names the release told before it a pardon (string tests first). */
function pardonsNamedNext(text: string, next: Span | undefined): boolean {
  if (!next) return false;
  const t = text.slice(next.start, Math.min(next.end, next.start + 300));
  return (t.includes(" the pardon") || t.includes(" the amnest") || t.startsWith("The pardon") || t.startsWith("The amnest")) && PARDONS_BACK.test(t);
}

/** "The decree … covered/applied to N people". */
const DECREE_COVERED = /\bdecrees?\b[^.;]{0,60}?\b(?:covered|covers|covering|applied to|applies to|affected|affects|concerned)\s/;
/** "The previous one, 32 people, …", "The preceding round of 31 …": the round before the one just told. */
const PREVIOUS_ONE = /^The (?:previous|preceding) (?:one|round|group|batch|decree|pardon)\b|^The one before\b/;

/** A correction note's sentence: its figures are the wrong ones it retracts. */
const CORRECTION = /\b(?:an? |the )?(?:earlier|previous) version of this (?:story|article|report|item|piece)\b|^\W{0,3}(?:CORRECTION|Correction|CLARIFICATION|Clarification)\b/;

/** Most facts of one kind kept per document: real reports have dozens; more means junk input. */
const MAX_FACTS = 500;

/**
 * The role a sentence opening with "Among them" / "They include" gives the names in it, read from
 * the sentence before: freed or pardoned with a group, or held.
 */
function previousSentenceRole(text: string, sentences: Span[], i: number): PersonRole | null {
  const s = sentences[i];
  const p = sentences[i - 1];
  if (!s || !p) return null;
  // "WHO WAS FREED ON DEC. 13" then "* X, 63, founder of …": a bullet under a heading in capitals.
  const c0 = text.charCodeAt(s.start);
  if ((c0 === 42 || c0 === 0x2022) && text.charCodeAt(s.start + 1) === 32) return bulletHeadingRole(text, s.start);
  // "Those still imprisoned include:" then "- X, a correspondent for …;": a dashed list under its lead-in.
  if (c0 === 45 && text.charCodeAt(s.start + 1) === 32 && text.charCodeAt(s.start - 1) === 10) return dashListRole(text, s.start);
  // "Who was freed?" then "Ales Bialiatski, 63. The founder of …": a profile paragraph under a question heading.
  if (text.charCodeAt(s.start - 1) === 10 && c0 >= 65 && c0 <= 90) {
    const h = sectionHeadingRole(text, s.start);
    if (h) return h;
  }
  // "Who was freed?" then "The group included … Ales Bialiatski, 63, the Nobel laureate, had served …": a
  // profile told inside the paragraph, a name with an age.
  else if (c0 >= 65 && c0 <= 90 && text.charCodeAt(s.start - 1) === 32 && PROFILE_AGE.test(text.slice(s.start, s.start + 48))) {
    const h = sectionHeadingRole(text, s.start);
    if (h) return h;
  }
  const opens = /^(?:Among them|They include|These include|Those still held include|Among those still|One of them|(?:Several|Some|Many|Most|Two|Three|Four|Five) of them,)/i.test(text.slice(s.start, s.start + 40)) || (text.slice(s.start, s.end).includes("among them") && /\b(?:is|are|was|were) (?:also )?among them\b/.test(text.slice(s.start, s.end)));
  if (!opens) return null;
  // "Those still held include X": the opener itself says where they are, whatever the sentence before said.
  if (text.startsWith("Those still held include", s.start) || text.startsWith("Among those still", s.start)) return "prisoner";
  const prevText = text.slice(p.start, p.end);
  // "Belarus has freed 16 more prisoners … Among them was X": X was freed (or pardoned) with them.
  if (releaseActIn(prevText) && /\d|\b(?:dozen|several|more|those freed|those released)\b/.test(prevText)) return /\bpardon/i.test(prevText) ? "pardoned" : "released";
  if (/\bpardon(?:ed|s)?\b/i.test(prevText)) return "pardoned";
  if (/\b(?:prison|sentence|behind bars|jail|custody|incommunicado)/i.test(prevText)) return "prisoner";
  return null;
}

const PROFILE_AGE = /^[A-Z][\w' -]{2,40}, \d\d, /;

/**
 * The role a question or short heading gives a profile paragraph under it: the paragraph at `pos`
 * opens "Name, 63." or "Name, a …" (a run of capitals, then a comma), and the nearest line above
 * that ends in no full stop is the heading: "Who was freed?", "Released:", "Who is still behind bars?".
 */
function sectionHeadingRole(text: string, pos: number): PersonRole | null {
  let k = pos + 1;
  while (k < pos + 60) {
    const c = text.charCodeAt(k);
    if (c === 44) break;
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || c === 45 || c === 39 || c > 127)) return null;
    k++;
  }
  if (text.charCodeAt(k) !== 44 || text.charCodeAt(k + 1) !== 32) return null;
  for (const line of linesAbove(text, pos, 12)) {
    if (line === "") continue;
    const last = line.charCodeAt(line.length - 1);
    if (last === 46 || last === 34 || last === 0x201d || last === 41) continue;
    if (line.length > 70) return null;
    const low = line.toLowerCase();
    if (low.includes(" not ")) return null;
    if (low.includes("still") || low.includes("behind bars") || low.includes("in prison")) return "prisoner";
    if (low.includes("pardoned")) return "pardoned";
    return low.includes("freed") || low.includes("released") || low.includes("walked free") || low.includes("set free") ? "released" : null;
  }
  return null;
}

/**
 * The role the lead-in line of a dashed list gives its items: the nearest line above that is no
 * item, when it ends in a colon ("Those still imprisoned include:", "Among those freed were:").
 */
function dashListRole(text: string, pos: number): PersonRole | null {
  for (const line of linesAbove(text, pos, 30)) {
    if (line === "" || line.startsWith("- ")) continue;
    if (!line.endsWith(":") || line.includes(" not ")) return null;
    const low = line.slice(Math.max(0, line.lastIndexOf(". ") + 1)).toLowerCase();
    if (low.includes("still") || low.includes("behind bars") || low.includes("imprisoned") || low.includes("in prison") || low.includes("jailed")) return "prisoner";
    if (low.includes("pardoned")) return "pardoned";
    return low.includes("freed") || low.includes("released") ? "released" : null;
  }
  return null;
}

/** The role a heading in capitals gives the bullet list under it (the bullet line starts at `pos`). */
function bulletHeadingRole(text: string, pos: number): PersonRole | null {
  for (const line of linesAbove(text, pos, 30)) {
    if (line === "") continue;
    const c = line.charCodeAt(0);
    if (c === 42 || c === 0x2022) continue;
    if (line.length > 80 || /[a-z]/.test(line)) return null;
    if (/\b(?:FREED|RELEASED)\b/.test(line)) return "released";
    return /\bPARDONED\b/.test(line) ? "pardoned" : null;
  }
  return null;
}

/**
 * "X, 69, refused to leave. According to people on the bus, he … was taken back to prison": a
 * sentence opening "He", "She" or "According to …, he" whose pronoun is put back in prison (or died
 * in custody) holds the person named first, near the start, in the sentence before, when nothing
 * else gave that person a role. Called for sentences opening with H, S or A.
 */
function heldByPronoun(ctx: Ctx, i: number, sentence: string): void {
  if (!(sentence.startsWith("He ") || sentence.startsWith("She ") || (sentence.startsWith("According to ") && pronounAfterComma(sentence)))) return;
  if (!(sentence.includes(" back to ") || sentence.includes("died in ") || sentence.includes("died behind ")) || !PRONOUN_HELD.test(sentence)) return;
  const prev = ctx.sentences[i - 1];
  const first = ctx.mentionsBySentence.get(i - 1)?.[0];
  if (!prev || !first) return;
  const at = ctx.text.indexOf(first.name.slice(first.name.lastIndexOf(" ") + 1), prev.start);
  if (at < 0 || at >= prev.end || at - prev.start > 60) return;
  const p = ctx.facts.persons.find((q) => q.name === first.name);
  if (p && p.role === "other") p.role = "prisoner";
}

/** "According to witnesses, he …": "he " or "she " right after the first comma. */
function pronounAfterComma(sentence: string): boolean {
  const k = sentence.indexOf(", ");
  return k > 0 && (sentence.startsWith("he ", k + 2) || sentence.startsWith("she ", k + 2));
}

const PRONOUN_HELD = /^(?:[^.;]{0,60}, )?(?:He|he|She|she) (?:[a-z]+ ){0,10}?(?:(?:was|is|has been|were) (?:taken|sent|driven|returned|brought|escorted) back to (?:his |her |the |a )?(?:prison|colony|penal colony|cell|jail)|died (?:in|behind) (?:custody|prison|bars|a prison))\b/;

/** A title figure restates a body figure when it is the same or up to a quarter higher ("over 1,300" for 1,296…). */
function near(a: number, b: number): boolean {
  return a === b || (b > a && b <= a * 1.25);
}

/** Within a tenth: the same count told twice. */
function roughly(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= a * 0.1;
}

/** Gives the role "pardoned" to the persons of `names` (but not to officials named with them). */
function markPardoned(persons: Facts["persons"], names: string[]): void {
  for (const n of names) {
    const p = persons.find((q) => q.name === n);
    if (p && p.role !== "official") p.role = "pardoned";
  }
}

/** Extracts the facts of an English report. Pure; never throws on odd text. */
export function extractEnglish(input: ExtractInput): Facts {
  const text = input.text ?? "";
  const title = input.title ?? "";
  const published = parsePublished(input.published);
  const sentences = splitSentences(text);
  const { persons, mentions } = collectPersons(text, sentences, (i) => previousSentenceRole(text, sentences, i), "text");
  // Name or alias -> full name of the first person carrying it (what a find over persons returns).
  const fullByName = new Map<string, string>();
  for (const p of persons) {
    if (!fullByName.has(p.name)) fullByName.set(p.name, p.name);
    for (const a of p.aliases ?? []) if (!fullByName.has(a)) fullByName.set(a, p.name);
  }
  const mentionsBySentence = new Map<number, { name: string; role: PersonRole | null }[]>();
  let si = 0;
  for (const m of mentions) {
    if (!fullByName.has(m.name)) continue;
    while (si < sentences.length && sentences[si]!.end < m.start) si++;
    const list = mentionsBySentence.get(si) ?? [];
    const full = fullByName.get(m.name) ?? m.name;
    if (!list.some((x) => x.name === full)) list.push({ name: full, role: m.role });
    mentionsBySentence.set(si, list);
  }
  const personNames = persons.map((p) => p.name);
  const country = countryIn(title) ?? countryIn(text.slice(0, 5000));
  const docSource = documentSource(title, text);
  const body: Ctx = {
    text, field: "text", sentences, published, docSource, personNames, mentionsBySentence,
    facts: { pardon_events: [], prisoner_count_claims: [], other_counts: [], persons, releases: [] },
    main: null, mainSentence: -1, lastEvent: null, lastEventSentence: -1, lastSource: null, country, title,
  };
  processField(body);
  // The title restates the body; keep only what the body does not say.
  const head: Ctx = { ...body, text: title, field: "title", sentences: splitSentences(title), mentionsBySentence: new Map(), facts: { pardon_events: [], prisoner_count_claims: [], other_counts: [], persons: [], releases: [] }, main: null, mainSentence: -1, lastEvent: null, lastEventSentence: -1 };
  processField(head);
  const f = body.facts;
  for (const e of head.facts.pardon_events) if (!f.pardon_events.some((x) => roughly(e.count, x.count))) f.pardon_events.unshift(e);
  for (const c of head.facts.prisoner_count_claims) if (!f.prisoner_count_claims.some((x) => near(c.value, x.value))) f.prisoner_count_claims.unshift(c);
  for (const r of head.facts.releases) if (!f.releases.some((x) => x.count !== null && r.count !== null && roughly(r.count, x.count))) f.releases.unshift(r);
  f.prisoner_count_claims = dedupeClaims(f.prisoner_count_claims).slice(0, MAX_FACTS);
  f.pardon_events = f.pardon_events.slice(0, MAX_FACTS);
  // "X has been released." then "X was freed with Y and a third person": the names-only release is the counted one.
  f.releases = f.releases.filter((r) => !(r.names.length && r.count === r.names.length && f.releases.some((o) => o !== r && o.count !== null && o.count > r.count! && r.names.every((n) => o.names.includes(n)))));
  f.releases = f.releases.slice(0, MAX_FACTS);
  // Claims demoted as sub-groups become other counts.
  f.other_counts = dropRounded(f.other_counts, (o) => o.value).slice(0, MAX_FACTS);
  // A name freed in a counted release whose role nothing else gave is released; so is one a
  // sentence earlier called held ("X had been sentenced to 18 years" … "He was one of 14 freed").
  for (const r of f.releases) {
    for (const n of r.names) {
      const p = persons.find((q) => q.name === n);
      if (p && (p.role === "other" || p.role === "prisoner")) p.role = "released";
    }
  }
  // Someone freed by a pardon is "pardoned", whether named as a member of the round or among the
  // people a pardon freed (the corpus convention; "pardoned" beats "released").
  for (const e of f.pardon_events) markPardoned(persons, e.names);
  for (const r of f.releases) if (r.kind === "pardon") markPardoned(persons, r.names);
  return f;
}
