/**
 * @module domain/custody
 * Who is held on a given day, derived from the history of acts — never stored as a mutable
 * status. The rule, in words:
 *  - acts are read in date order (earliest day of each date's period); on one day, custody
 *    starts come before releases, and a re-arrest comes after a release (re-arrest at the gate);
 *  - detained, re_arrested, sentenced, serving, transferred and incommunicado mean "held from
 *    this day"; released and died_in_custody mean "no longer held from this day";
 *    under_investigation and on_trial say nothing about custody;
 *  - an act that ends (a term served: end date) releases on its end date, unless a later custody
 *    act took over (a transfer before the end keeps the person held);
 *  - an imprecise date counts from the first day of its period; every day on which the answer
 *    depends on such a date is "uncertain", and counted separately.
 */
import { addDays, latestDay, type PartialDate } from "./dates.js";

export const ACT_TYPES = [
  "detained",
  "under_investigation",
  "on_trial",
  "sentenced",
  "serving",
  "transferred",
  "incommunicado",
  "released",
  "died_in_custody",
  "re_arrested",
] as const;
export type ActType = (typeof ACT_TYPES)[number];

export const RELEASE_KINDS = ["sentence_served", "pardon", "amnesty", "exchange", "expelled"] as const;
export type ReleaseKind = (typeof RELEASE_KINDS)[number];

/** Review states shared by every suggested fact. */
export const FACT_STATUSES = ["suggested", "accepted", "corrected", "rejected", "retracted"] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

/** Facts that count towards derived numbers. */
export function isCounted(status: string): boolean {
  return status === "accepted" || status === "corrected";
}

export type CustodyEffect = "in" | "out" | "none";

export function custodyEffect(type: ActType): CustodyEffect {
  switch (type) {
    case "detained":
    case "re_arrested":
    case "sentenced":
    case "serving":
    case "transferred":
    case "incommunicado":
      return "in";
    case "released":
    case "died_in_custody":
      return "out";
    case "under_investigation":
    case "on_trial":
      return "none";
  }
}

/** What the rule needs of an act. `id` breaks ties (ULIDs sort by creation). */
export interface CustodyAct {
  id: string;
  type: ActType;
  start: PartialDate;
  end: PartialDate | null;
  status: string;
  /** false: this act does not put the person in custody; absent or null: the type decides. */
  custodial?: boolean | null;
}

/** A period in custody. `until` null: still held. `*Latest`: last day the imprecise date may mean. */
export interface CustodySpan {
  from: string;
  fromLatest: string;
  until: string | null;
  untilLatest: string | null;
}

interface Step {
  day: string;
  latest: string;
  rank: number;
  id: string;
  effect: "in" | "out";
  /** For an implicit end: the act whose end it is. */
  endOf?: string;
}

function rankOf(type: ActType, effect: "in" | "out"): number {
  if (type === "re_arrested") return 3;
  return effect === "in" ? 1 : 2;
}

/**
 * Custody spans of one person from their acts (any order; uncounted statuses are ignored).
 * @example custodySpans([{ id: "a", type: "detained", start: { date: "2020-09-07", precision: "day" }, end: null, status: "accepted" }])
 * // [{ from: "2020-09-07", fromLatest: "2020-09-07", until: null, untilLatest: null }]
 */
export function custodySpans(acts: readonly CustodyAct[]): CustodySpan[] {
  const steps: Step[] = [];
  for (const act of acts) {
    if (!isCounted(act.status)) continue;
    const effect = act.custodial === false && custodyEffect(act.type) === "in" ? "none" : custodyEffect(act.type);
    if (effect === "none") continue;
    steps.push({ day: act.start.date, latest: latestDay(act.start), rank: rankOf(act.type, effect), id: act.id, effect });
    if (effect === "in" && act.end) {
      steps.push({ day: act.end.date, latest: latestDay(act.end), rank: 2, id: act.id, effect: "out", endOf: act.id });
    }
  }
  steps.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));

  const spans: CustodySpan[] = [];
  let open: CustodySpan | null = null;
  let lastIn: string | null = null;
  for (const step of steps) {
    if (step.effect === "in") {
      lastIn = step.id;
      if (!open) open = { from: step.day, fromLatest: step.latest, until: null, untilLatest: null };
      continue;
    }
    // An implicit end closes custody only if no later custody act took over.
    if (step.endOf !== undefined && step.endOf !== lastIn) continue;
    if (!open) continue; // a release of someone Vigil never knew to be held: nothing to close
    open.until = step.day;
    open.untilLatest = step.latest;
    if (open.until > open.from) spans.push(open);
    open = null;
    lastIn = null;
  }
  if (open) spans.push(open);
  return spans;
}

/** Whether spans hold the person on `day` (ISO), and whether that depends on an imprecise date. */
export function heldStatusOn(spans: readonly CustodySpan[], day: string): { held: boolean; uncertain: boolean } {
  let held = false;
  let uncertain = false;
  for (const s of spans) {
    if (s.from <= day && (s.until === null || day < s.until)) held = true;
    if (s.fromLatest > s.from && s.from <= day && day <= s.fromLatest) uncertain = true;
    if (s.until !== null && s.untilLatest !== null && s.untilLatest > s.until && s.until <= day && day <= s.untilLatest) uncertain = true;
  }
  return { held, uncertain };
}

/**
 * The count of people held on `day`, from each person's acts: the pure reference that the SQL
 * count is tested against.
 */
export function countHeldOn(actsByPerson: Iterable<readonly CustodyAct[]>, day: string): { held: number; uncertain: number } {
  let held = 0;
  let uncertain = 0;
  for (const acts of actsByPerson) {
    const s = heldStatusOn(custodySpans(acts), day);
    if (s.held) held++;
    if (s.uncertain) uncertain++;
  }
  return { held, uncertain };
}

/** One day's change to the number held and to the number uncertain. */
export interface DailyDelta {
  day: string;
  delta: number;
  uncertainDelta: number;
}

/**
 * The day-by-day changes that spans make: summing deltas over days <= D gives the count on D.
 * This is what lets the database answer "held on D" from a few thousand rows.
 */
export function spanDeltas(spans: readonly CustodySpan[], sign: 1 | -1 = 1): DailyDelta[] {
  const out = new Map<string, DailyDelta>();
  const add = (day: string, delta: number, uncertainDelta: number) => {
    const d = out.get(day) ?? { day, delta: 0, uncertainDelta: 0 };
    d.delta += delta * sign;
    d.uncertainDelta += uncertainDelta * sign;
    out.set(day, d);
  };
  // Uncertain windows of one person may overlap (an imprecise arrest and release in the same
  // year): merge them so the person counts once, as heldStatusOn does.
  const windows: [string, string][] = [];
  for (const s of spans) {
    add(s.from, 1, 0);
    if (s.until !== null) add(s.until, -1, 0);
    if (s.fromLatest > s.from) windows.push([s.from, s.fromLatest]);
    if (s.until !== null && s.untilLatest !== null && s.untilLatest > s.until) windows.push([s.until, s.untilLatest]);
  }
  windows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let current: [string, string] | null = null;
  const flush = () => {
    if (!current) return;
    add(current[0], 0, 1);
    add(addDays(current[1], 1), 0, -1);
  };
  for (const w of windows) {
    if (current && w[0] <= addDays(current[1], 1)) {
      if (w[1] > current[1]) current[1] = w[1];
    } else {
      flush();
      current = [w[0], w[1]];
    }
  }
  flush();
  return [...out.values()].filter((d) => d.delta !== 0 || d.uncertainDelta !== 0);
}
