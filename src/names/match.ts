/**
 * @module names/match
 * Says whether two name strings name the same person, with a score and the reason.
 *
 * Generic fuzzy metrics match Tsikhanouskaya with her husband Tsikhanouski more readily than
 * Kalesnikava with Kolesnikova. So the surname is compared as a consonant skeleton of its stem
 * plus an ending class whose gender must agree, and given names through a table of language
 * pairs (Siarhei = Sergei). A shared surname with a different given name is never a match.
 */
import { givenGender, givenGroups, givenInitials, intersects, patronymicGroups } from "./given.js";
import { looseForm, plainLatin, skeleton } from "./phonetic.js";
import { parseName, type ParsedName } from "./parse.js";
import type { SurnameParts } from "./surname.js";

export interface NameMatch {
  same: boolean;
  /** 0..1 */
  score: number;
  reason: string;
}

/** Scores at or above this are the same person. */
export const SAME_THRESHOLD = 0.7;

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

function no(reason: string, score = 0): NameMatch {
  return { same: false, score, reason };
}

/** Compares surnames: 1 for the same stem and class, less for a near stem, 0 for different. */
function compareSurnames(a: SurnameParts, b: SurnameParts): { score: number; reason: string } {
  if (a.gender && b.gender && a.gender !== b.gender) {
    return { score: 0, reason: `surname endings differ in gender (${a.cls}: ${a.gender} vs ${b.gender}): relatives, not one person` };
  }
  const sameClass = a.cls === b.cls;
  const skelA = sameClass ? a.skel : skeleton(a.stem);
  const skelB = sameClass ? b.skel : skeleton(b.stem);
  if (!sameClass) return { score: 0, reason: `surname endings differ (${a.cls} vs ${b.cls})` };
  if (skelA === skelB && skelA.length > 0) return { score: 1, reason: "surname stems agree" };
  if (Math.min(skelA.length, skelB.length) >= 4 && editDistance(skelA, skelB) === 1) {
    return { score: 0.85, reason: "surname stems differ by one sound" };
  }
  return { score: 0, reason: "surnames differ" };
}

/** Compares given names: table pairs first, then spelling, then initials. */
function compareGiven(a: ParsedName, b: ParsedName): { score: number; reason: string } {
  if (a.given && b.given) {
    const ga = givenGroups(a.given);
    const gb = givenGroups(b.given);
    if (ga.size > 0 && gb.size > 0) {
      return intersects(ga, gb)
        ? { score: 1, reason: looseForm(plainLatin(a.given)) === looseForm(plainLatin(b.given)) ? "same given name" : "given names are one name in two languages" }
        : { score: 0, reason: "same surname, different given name" };
    }
    const la = looseForm(plainLatin(a.given));
    const lb = looseForm(plainLatin(b.given));
    if (la === lb) return { score: 1, reason: "same given name" };
    const ka = skeleton(plainLatin(a.given));
    if (ka === skeleton(plainLatin(b.given)) && la[0] === lb[0] && givenGender(a.given) === givenGender(b.given)) {
      return { score: 0.85, reason: "given names spelt differently" };
    }
    return { score: 0, reason: "same surname, different given name" };
  }
  const full = a.given ?? b.given;
  const initial = a.given ? b.initial : a.initial;
  if (full && initial) {
    return givenInitials(full).has(initial) ? { score: 0.85, reason: "initial fits the given name" } : { score: 0, reason: "initial does not fit the given name" };
  }
  if (a.initial && b.initial) return a.initial === b.initial ? { score: 0.8, reason: "same initial" } : { score: 0, reason: "different initials" };
  return { score: 0.75, reason: "given name missing on one side" };
}

/**
 * Whether two name strings name the same person (any script, spelling, case or order).
 * @example matchNames("Мария Колесникова", "Maryia Kalesnikava") // { same: true, score: 1, ... }
 * @example matchNames("Siarhei Tsikhanouski", "Sviatlana Tsikhanouskaya").same // false
 */
export function matchNames(a: string, b: string): NameMatch {
  if (a.trim().length === 0 || b.trim().length === 0) return no("empty name");
  const pa = parseName(a);
  const pb = parseName(b);
  if (!pa.surnameParts || !pb.surnameParts) return no("no surname");
  const sur = compareSurnames(pa.surnameParts, pb.surnameParts);
  if (sur.score === 0) return no(sur.reason);
  const giv = compareGiven(pa, pb);
  if (giv.score === 0) return no(giv.reason, 0.3);
  const reasons = [sur.reason, giv.reason];
  let score = sur.score * giv.score;
  if (pa.patronymic && pb.patronymic) {
    const ra = patronymicGroups(pa.patronymic);
    const rb = patronymicGroups(pb.patronymic);
    if (ra.size > 0 && rb.size > 0 && !intersects(ra, rb)) return no("different patronymics", 0.3);
    if (ra.size > 0 && intersects(ra, rb)) reasons.push("patronymics agree");
  }
  // A gendered given name on one side and the opposite surname gender on the other.
  const genderOf = (p: ParsedName) => p.surnameParts?.gender ?? (p.given ? givenGender(p.given) : null);
  const ga = genderOf(pa);
  const gb = genderOf(pb);
  if (ga && gb && ga !== gb) return no("one name is a man's, the other a woman's", 0.2);
  score = Math.round(score * 100) / 100;
  return { same: score >= SAME_THRESHOLD, score, reason: reasons.join("; ") };
}
