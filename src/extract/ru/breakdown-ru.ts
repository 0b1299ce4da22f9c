/**
 * @module extract/ru/breakdown-ru
 * The breakdown of a pardon round, read in the sentences about it: women, men, the chronically ill,
 * people over 50… ("среди них семь женщин"); other categories and named parts of the group become
 * other counts "among the pardoned". A breakdown of "the freed" says the round freed them.
 */
import type { PardonEvent } from "../facts.js";
import { clauseAround, evidenceAt, type NumCtx, type RuCtx, type SentCtx } from "./context-ru.js";
import { OF_THEM_BEFORE, SINCE_PERIOD } from "./cues-ru.js";
import { BREAKDOWN, CLAUSE_CATEGORY, OTHER_CATEGORY, POLITICAL, SUBGROUP_BEFORE } from "./lexicon-ru.js";
import { freedRounds, pushRelease } from "./releases-ru.js";

/** "среди вышедших на свободу оказались", "сярод вызваленых —": a part of the round's group follows. */
const PART_OF_FREED = /(?:среди|сярод|в числе)\s+(?:помилованн|памілаван|освобожд[её]нн|вышедших(?:\s+на\s+свободу)?|вызваленых|выпущенных)[а-яёіў]*(?:\s+[а-яёіў]+){0,2}\s*[—–]?\s*$/i;
/** "Среди освобождённых три женщины", "Сярод вызваленых …": the group of a round was freed. */
const FREED_GROUP = /(?:среди|из|в числе|сярод|з)\s+(?:освобожд[её]нн|вышедших на свободу|вызваленых|выпущенных)[а-яёіў]*/i;

/** "Четверым из двадцати двух": the count is followed by «из» and the round's own count. */
function ofRound(sc: SentCtx, nc: NumCtx, round: PardonEvent): boolean {
  if (!/^\s*(?:из|з)\s/i.test(nc.after)) return false;
  const next = sc.numbers.find((x) => x.start >= nc.n.end);
  return next !== undefined && next.value === round.count && /^\s*(?:из|з)\s*$/i.test(sc.s.src.slice(nc.n.end, next.start));
}

/**
 * Reads number `nc` as a part of the round open (`current`) or, in a recap sentence, of the round
 * stated just before it; `rest` when it counts "остальные". Every such number is taken, by a
 * breakdown field, an other count, or nothing.
 */
export function roundBreakdown(ctx: RuCtx, sc: SentCtx, nc: NumCtx, rest: boolean, current: PardonEvent): void {
  const { s, sentence } = sc;
  const { n, after, before, beforeInSentence, peopleNoun, clause, evidence } = nc;
  const facts = ctx.facts;
  // In a recap sentence, a breakdown belongs to the round stated just before it.
  const round = sc.picks.filter((p) => p.n.start < n.start).at(-1)?.event ?? current;
  // "Среди освобождённых три женщины": a breakdown of the freed says the round freed them.
  const freedGroup = FREED_GROUP.exec(sentence);
  if (freedGroup && !facts.releases.some((r) => r.count === round.count)) {
    pushRelease(ctx, { names: [], count: round.count, qualifier: round.qualifier, date: round.date, kind: "pardon", evidence: [evidenceAt(s.field, s.start + freedGroup.index, s.start + freedGroup.index + freedGroup[0].length)] });
  }
  const direct = BREAKDOWN.find((b) => b.re.test(after));
  if (direct) {
    if (round[direct.field] === null) round[direct.field] = n.value;
    ctx.breakdownAt = ctx.si;
    return;
  }
  // "четырнадцать человек с хроническими заболеваниями и тринадцать человек старше 50 лет": the
  // clause of the second count starts at the «и» after the first.
  const prevN = sc.numbers.filter((x) => x.end <= n.start && x.end > n.start - 120).at(-1);
  const joined = prevN ? /^[^,;:(]*?\s(?:и|і)\s/.exec(s.src.slice(prevN.end, n.start)) : null;
  const ownClause = joined ? clauseAround(s.src, s, n.start, n.end, prevN!.end + joined[0].length - 1) : clause;
  const cat = CLAUSE_CATEGORY.find((c) => c.re.test(ownClause));
  if (cat) ctx.breakdownAt = ctx.si;
  const other = OTHER_CATEGORY.find((c) => c.re.test(clause));
  if (cat && !(other && other.what === "mothers of many children")) {
    if (round[cat.field] === null) round[cat.field] = n.value;
    return;
  }
  if (other) {
    facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what: `${other.what} among the pardoned`, evidence: [evidence] });
    return;
  }
  // "помиловал 16 осуждённых, в том числе пятерых политзаключённых": a named part of the round.
  if (peopleNoun && SUBGROUP_BEFORE.test(beforeInSentence) && !/^\s*(?:—\s*)?(?:женщин|мужчин)/i.test(after)) {
    const what = POLITICAL.test(peopleNoun[0]) ? "political prisoners" : peopleNoun[1]!.toLowerCase();
    facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what: `${what} among the pardoned`, evidence: [evidence] });
    return;
  }
  // "восемь из которых … по «экстремистским» статьям, семеро — за наркотики": parts of the round.
  // ("…ещё 15 осуждённых: восьми — по «экстремистским» статьям и семи — по статьям о наркотиках"; "Четверым из
  // двадцати двух уже за шестьдесят": a part of the round's count.)
  if (/^\s*(?:из них|из которых|из их числа)/i.test(after) || (n.collective && /^\s*—/.test(after)) || /^\s*[—–]\s*(?:по|за)\s/i.test(after) || ofRound(sc, nc, round) || rest || OF_THEM_BEFORE.test(before)) {
    facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what: "part of the pardoned group", evidence: [evidence] });
    return;
  }
  // "среди вышедших на свободу оказались двое наших корреспондентов": a part of the group freed.
  if (PART_OF_FREED.test(beforeInSentence.slice(-70))) {
    facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what: "part of the pardoned group", evidence: [evidence] });
    return;
  }
  // "С июля на свободу по помилованию вышли более 200 человек": a total over a period.
  if ((peopleNoun || nc.elided) && SINCE_PERIOD.test(sentence) && !/^\s*(?:—\s*)?(?:женщин|мужчин)/i.test(after)) {
    facts.other_counts.push({ value: n.value, qualifier: n.qualifier, what: "released or pardoned over a period", evidence: [evidence] });
    if (sc.isRelease) freedRounds(ctx, sc, n);
  }
}
