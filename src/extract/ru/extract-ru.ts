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
 *
 * This module only orders the steps; each lives in its own module and shares the pass's state
 * through `RuCtx` and the sentence's through `SentCtx` (`context-ru.ts`).
 */
import type { Evidence, ExtractInput, Facts } from "../facts.js";
import type { RuCtx, Sentence } from "./context-ru.js";
import { firstPersonClaims } from "./claims-ru.js";
import { numberFacts } from "./counts-ru.js";
import { documentContext, sentencesOf } from "./document-ru.js";
import { headingListRoles } from "./headings-ru.js";
import { pardonRounds, roundMembers } from "./pardons-ru.js";
import { pronounPersons, rememberSpeakers } from "./pronouns-ru.js";
import { finishReleases, namedReleases, releaseMembers, weekReleases } from "./releases-ru.js";
import { samePerson } from "./persons-ru.js";
import { addPersons, readPeople } from "./roles-ru.js";
import { closeSentence, readSentence } from "./sentence-ru.js";

/** Reads one sentence: the order of the steps matters, as each reads what the ones before found. */
function processSentence(ctx: RuCtx, s: Sentence): void {
  const sc = readSentence(ctx, s);
  // People in this sentence (added to the list at the end of the sentence, once releases are known).
  readPeople(ctx, sc);
  pardonRounds(ctx, sc);
  roundMembers(ctx, sc);
  numberFacts(ctx, sc);
  releaseMembers(ctx, sc);
  addPersons(ctx, sc);
  pronounPersons(ctx, sc);
  rememberSpeakers(ctx, sc);
  namedReleases(ctx, sc);
  closeSentence(ctx, sc);
}

/** Gives the role "pardoned" to the persons of `names` (not to officials), matching names across case forms. */
function markPardoned(persons: Facts["persons"], names: string[]): void {
  for (const n of names) {
    const p = persons.find((q) => q.name === n || samePerson(q.name, n));
    if (p && p.role !== "official") p.role = "pardoned";
  }
}

/**
 * "Лукашенко помиловал более 30 политзаключенных" over a body about 31: a headline's approximate figure that the
 * body states exactly (just above "более N", or near "около N"), with no other date, is the body's round or release.
 */
function dropRoundedHeadline<T extends { count: number | null; qualifier?: string; date: string | null; names: string[]; evidence: Evidence[] }>(list: T[]): T[] {
  return list.filter((e) => {
    if (e.evidence[0]?.field !== "title" || e.count === null || e.qualifier === undefined || e.qualifier === "exact") return true;
    const c = e.count;
    const slack = Math.max(2, Math.ceil(c / 10));
    const near = list.filter((x) => x !== e && x.count !== null && x.qualifier === "exact" && x.evidence[0]?.field === "text" && (e.date === null || x.date === e.date) && (e.qualifier === "about" ? Math.abs(x.count - c) <= slack : e.qualifier === "up_to" ? x.count <= c && c - x.count <= slack : x.count > c && x.count - c <= slack));
    if (near.length !== 1) return true;
    const body = near[0]!;
    for (const n of e.names) if (!body.names.includes(n)) body.names.push(n);
    body.evidence.push(...e.evidence);
    return false;
  });
}

/**
 * Extracts facts from a Russian or Belarusian report.
 * @example extractRussian({ text: "Лукашенко помиловал 30 человек, среди них семь женщин." }).pardon_events[0].women // 7
 */
export function extractRussian(input: ExtractInput): Facts {
  const ctx = documentContext(input);
  for (const s of sentencesOf(input.title ?? "", input.text ?? "")) processSentence(ctx, s);
  finishReleases(ctx.facts, ctx.heldDates, input.text ?? "");
  weekReleases(ctx.facts, input.title ?? "", input.text ?? "", input.published);
  headingListRoles(ctx.facts, input.text ?? "");
  // Someone freed by a pardon is "pardoned", whether named as a member of the round or among the
  // people a pardon freed (the corpus convention; "pardoned" beats "released").
  const f = ctx.facts;
  // "Лукашенко выпустил ещё 20 политзаключённых" over a body about the 20 pardoned: a headline's
  // count that restates a round, a release, a stock or an other count of the body is no count of its own.
  // ("США ослабили санкции … после освобождения 52 человек" as the text's first line, a subheading with no full stop: read like the headline.)
  const text = input.text ?? "";
  const firstLine = text.indexOf("\n") > 0 ? text.slice(0, text.indexOf("\n")).trimEnd() : "";
  const dekEnd = firstLine.length > 0 && firstLine.length < 200 && !/[.!?…:»"]$/.test(firstLine) ? firstLine.length : -1;
  const headed = (o: { evidence: { field: string; start: number }[] }) => o.evidence[0]?.field === "title" || (o.evidence[0]?.field === "text" && o.evidence[0].start < dekEnd);
  f.other_counts = f.other_counts.filter((o) => !headed(o) || !(f.pardon_events.some((e) => e.count === o.value) || f.releases.some((r) => r.count === o.value) || f.prisoner_count_claims.some((c) => c.value === o.value) || f.other_counts.some((x) => x.value === o.value && x.what === o.what && x.evidence[0]?.field === "text" && !headed(x))));
  firstPersonClaims(f, input.title ?? "", input.text ?? "");
  f.pardon_events = dropRoundedHeadline(f.pardon_events);
  f.releases = dropRoundedHeadline(f.releases);
  // "…прынамсі пра 18 палітвязьняў, якіх вызвалілі паводле памілаваньня": a round without a date is the pardon release
  // of the same count, and takes its date.
  for (const e of f.pardon_events) if (e.date === null) e.date = f.releases.find((r) => r.kind === "pardon" && r.count === e.count && r.qualifier === e.qualifier && r.date !== null)?.date ?? null;
  for (const e of f.pardon_events) markPardoned(f.persons, e.names);
  for (const r of f.releases) if (r.kind === "pardon") markPardoned(f.persons, r.names);
  return f;
}
