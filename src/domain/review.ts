/**
 * @module domain/review
 * The review states of every suggested fact (claims, cohorts, mentions, acts):
 * suggested -> accepted | corrected | rejected; accepted or corrected -> corrected | retracted.
 * A retraction is a new audited change, not a deletion; nothing returns to "suggested".
 */
import { ConflictError, ValidationError } from "./errors.js";
import type { FactStatus } from "./custody.js";

export type ReviewAction = "accept" | "correct" | "reject" | "retract";
export const REVIEW_ACTIONS: readonly ReviewAction[] = ["accept", "correct", "reject", "retract"];

const TARGET: Record<ReviewAction, FactStatus> = { accept: "accepted", correct: "corrected", reject: "rejected", retract: "retracted" };

/**
 * The status a fact moves to, or a ConflictError when the move is not allowed.
 * @example nextStatus("suggested", "accept") // "accepted"
 */
export function nextStatus(current: string, action: ReviewAction): FactStatus {
  if (!REVIEW_ACTIONS.includes(action)) throw new ValidationError("action", `must be one of ${REVIEW_ACTIONS.join(", ")}`);
  const reviewed = current === "accepted" || current === "corrected";
  // A correction may also fix an accepted fact: the old values stay in the audit log.
  const allowed = action === "retract" ? reviewed : action === "correct" ? reviewed || current === "suggested" : current === "suggested";
  if (!allowed) throw new ConflictError(`cannot ${action} a fact that is ${current}`);
  return TARGET[action];
}
