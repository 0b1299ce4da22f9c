/**
 * @module app/find-duplicate-people
 * Records already in the registry that are likely one human (added before the check existed,
 * or imported in bulk): persons sharing a name key are compared name by name with the matcher.
 * The answer is a list to review and merge (`vigil person merge`), never an automatic merge.
 */
import type { PersonMergeRepository, PersonRepository } from "../domain/ports.js";
import { matchNames } from "../names/index.js";
import { LIKELY_SAME } from "./find-similar-people.js";

/** Two records the matcher takes for one person. */
export interface DuplicatePair {
  a: { personId: string; name: string };
  b: { personId: string; name: string };
  score: number;
  reason: string;
  strength: "likely" | "possible";
}

/**
 * Pairs of records that are likely (or possibly) the same person, best first.
 * @example const pairs = await findDuplicatePeople(vigil); // [{ a, b, score: 1, strength: "likely", … }]
 */
export async function findDuplicatePeople(deps: { persons: Pick<PersonRepository, "getMany">; merges: Pick<PersonMergeRepository, "sharedKeyGroups"> }, opts: { includePossible?: boolean } = {}): Promise<DuplicatePair[]> {
  const out = new Map<string, DuplicatePair>();
  for (let offset = 0; ; offset += 1000) {
    const groups = await deps.merges.sharedKeyGroups({ limit: 1000, offset });
    if (groups.length === 0) break;
    for (const ids of groups) {
      const people = (await deps.persons.getMany(ids)).sort((x, y) => x.id.localeCompare(y.id));
      for (let i = 0; i < people.length; i++) {
        for (let j = i + 1; j < people.length; j++) {
          const [p, q] = [people[i]!, people[j]!];
          const pairKey = `${p.id}:${q.id}`;
          if (out.has(pairKey)) continue;
          let best: { score: number; reason: string } | null = null;
          for (const x of p.names) {
            for (const y of q.names) {
              const m = matchNames(x.text, y.text);
              if (m.same && (!best || m.score > best.score)) best = m;
            }
          }
          if (!best || (best.score < LIKELY_SAME && !opts.includePossible)) continue;
          out.set(pairKey, {
            a: { personId: p.id, name: p.name },
            b: { personId: q.id, name: q.name },
            score: best.score,
            reason: best.reason,
            strength: best.score >= LIKELY_SAME ? "likely" : "possible",
          });
        }
      }
    }
  }
  return [...out.values()].sort((x, y) => y.score - x.score || x.a.personId.localeCompare(y.a.personId) || x.b.personId.localeCompare(y.b.personId));
}
