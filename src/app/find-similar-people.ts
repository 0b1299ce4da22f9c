/**
 * @module app/find-similar-people
 * "Is this somebody we already know?" A name in any script, spelling or grammatical case is
 * reduced to matching keys (one indexed lookup each), and every stored name of each candidate is
 * scored with the names matcher. The key is deliberately loose (husband and wife share it); the
 * matcher is what tells people apart, so only its verdict decides.
 */
import { ConflictError } from "../domain/errors.js";
import type { PersonRepository } from "../domain/ports.js";
import { cyrillize, hasCyrillic, matchNames, nameKey, romanize, toNominative } from "../names/index.js";

/** One known person who may be the named one. */
export interface SimilarPerson {
  personId: string;
  primaryName: string;
  /** 0..1 from the matcher, for the best of the person's stored names. */
  score: number;
  reason: string;
  /** The stored name that matched best. */
  matchedName: string;
  /**
   * "likely" from LIKELY_SAME up; "possible" below it. A surname alone scores 0.75 against a
   * full name of the same gender: enough to suggest, not enough to refuse a new record.
   */
  strength: "likely" | "possible";
}

/** Scores from here up count as the same person for refusing duplicates and linking mentions. */
export const LIKELY_SAME = 0.8;

/**
 * Every key the name may be stored under: its own, its nominative's, and those of its
 * transliterations, since the stored spelling may be in the other script.
 */
export function candidateKeys(name: string): string[] {
  const forms = new Set([name, toNominative(name)]);
  for (const f of [...forms]) {
    if (hasCyrillic(f)) forms.add(romanize(f));
    else {
      forms.add(cyrillize(f, "ru"));
      forms.add(cyrillize(f, "be"));
    }
  }
  return [...new Set([...forms].map((f) => nameKey(f)).filter((k) => k))];
}

/**
 * Known persons whose names the matcher takes for `names` (best first); merged records are left
 * out. Several names (a primary and its aliases) are scored together: each person keeps the best.
 * @example
 * const [best] = await findSimilarPeople({ persons }, "Марии Колесниковой");
 * // best.primaryName === "Марыя Калеснікава", best.strength === "likely"
 */
export async function findSimilarPeople(deps: { persons: Pick<PersonRepository, "findByNameKey"> }, names: string | readonly string[]): Promise<SimilarPerson[]> {
  const queries = (typeof names === "string" ? [names] : [...names]).map((n) => n.trim()).filter((n) => n);
  const keys = new Set(queries.flatMap(candidateKeys));
  const best = new Map<string, SimilarPerson>();
  for (const key of keys) {
    for (const person of await deps.persons.findByNameKey(key)) {
      if (person.mergedInto) continue;
      for (const q of queries) {
        for (const stored of person.names) {
          const m = matchNames(q, stored.text);
          if (!m.same) continue;
          const prev = best.get(person.id);
          if (prev && prev.score >= m.score) continue;
          best.set(person.id, {
            personId: person.id,
            primaryName: person.name,
            score: m.score,
            reason: m.reason,
            matchedName: stored.text,
            strength: m.score >= LIKELY_SAME ? "likely" : "possible",
          });
        }
      }
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.primaryName.localeCompare(b.primaryName) || a.personId.localeCompare(b.personId));
}

/** A new record would duplicate a known person; `suggestions` are the likely ones, best first. */
export class SamePersonError extends ConflictError {
  constructor(readonly suggestions: SimilarPerson[]) {
    const s = suggestions[0]!;
    super(`same as existing person ${s.personId} ${s.primaryName} (${s.score}, ${s.reason})`);
  }
}
