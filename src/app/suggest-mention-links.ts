/**
 * @module app/suggest-mention-links
 * People named in ingested documents become suggested mentions without a person. When exactly
 * one known person is a likely match, the mention gets that `personId` as a suggestion (its
 * status stays "suggested": a reviewer accepts or corrects the link). A tie between two people
 * links nobody, since picking one would be a guess.
 */
import type { MentionRepository, PersonRepository } from "../domain/ports.js";
import { findSimilarPeople, LIKELY_SAME } from "./find-similar-people.js";

/** How many unlinked suggested mentions were looked at, and how many got a person. */
export interface LinkSummary {
  checked: number;
  linked: number;
}

/**
 * Suggests a person for each unlinked suggested mention (of one document, or all).
 * Run it after an ingest, or inside the ingest's transaction with that transaction's repositories.
 * @example await suggestMentionLinks(repos, { documentId: document.id });
 */
export async function suggestMentionLinks(
  deps: { mentions: MentionRepository; persons: Pick<PersonRepository, "findByNameKey"> },
  filter: { documentId?: string } = {},
): Promise<LinkSummary> {
  const open = (await deps.mentions.list({ status: "suggested", documentId: filter.documentId, limit: 1_000_000 })).filter((m) => !m.personId);
  let linked = 0;
  // One lookup per distinct name: a report names the same people many times.
  const cache = new Map<string, string | null>();
  for (const m of open) {
    const names = [m.name, ...(m.aliases ?? [])];
    const cacheKey = names.join("\u0000");
    let personId = cache.get(cacheKey);
    if (personId === undefined) {
      const [first, second] = await findSimilarPeople(deps, names);
      personId = first && first.score >= LIKELY_SAME && (!second || second.score < first.score) ? first.personId : null;
      cache.set(cacheKey, personId);
    }
    if (personId) {
      await deps.mentions.update(m.id, { personId });
      linked++;
    }
  }
  return { checked: open.length, linked };
}
