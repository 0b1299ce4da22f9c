/**
 * @module app/review-mentions
 * Review of person mentions: accept (optionally linking to a person), correct (name, role or
 * linked person), reject, retract.
 */
import { ValidationError } from "../domain/errors.js";
import type { ReviewAction } from "../domain/review.js";
import type { Mention, MentionFilter, Repositories, TransactionManager } from "../domain/ports.js";
import { reviewBulk, reviewFact, type Reviewable } from "./review-facts.js";

type MentionValues = Pick<Mention, "personId" | "name" | "role" | "statusNote">;

export const mentionReview: Reviewable<Mention, MentionValues> = {
  entity: "mention",
  get: (r, id) => r.mentions.get(id),
  save: (r, id, patch) => r.mentions.update(id, patch),
  check: (m) => {
    if (!m.name.trim()) throw new ValidationError("name", "required");
  },
};

export async function reviewMention(
  deps: { tx: TransactionManager },
  req: { id: string; action: ReviewAction; values?: Partial<MentionValues>; actor: string; note?: string | null },
): Promise<Mention> {
  return reviewFact(deps, mentionReview, req);
}

export function reviewMentions(deps: { tx: TransactionManager }, filter: MentionFilter, action: Exclude<ReviewAction, "correct">, actor: string): Promise<Mention[]> {
  return reviewBulk(deps, mentionReview, (r: Repositories) => r.mentions.list({ ...filter, limit: filter.limit ?? 100_000 }), action, actor);
}
