/**
 * @module app/review-facts
 * The review workflow shared by claims, cohorts and mentions: one transition per fact, each in
 * the same transaction as its audit entry, so nothing changes unrecorded. A correction writes
 * the new values; the old ones stay in the audit log. Bulk review applies one action to every
 * fact a filter selects, all or nothing.
 */
import { ConflictError, NotFoundError, ValidationError } from "../domain/errors.js";
import { nextStatus, type ReviewAction } from "../domain/review.js";
import type { AuditRepository, Repositories } from "../domain/ports.js";

export interface ReviewRequest<V> {
  id: string;
  action: ReviewAction;
  /** New values, for "correct" only. */
  values?: Partial<V>;
  actor: string;
  /** Why (kept in the audit entry). */
  note?: string | null;
}

/** What one kind of fact needs to be reviewed: load, save, and check corrected values. */
export interface Reviewable<F extends { id: string; status: string }, V> {
  entity: string;
  get(repos: Repositories, id: string): Promise<F | null>;
  save(repos: Repositories, id: string, patch: Partial<V> & { status: F["status"]; reviewedBy: string }): Promise<F>;
  /** Validates the fact as it would be after a correction; throws ValidationError. */
  check(merged: F): void;
}

/** Applies one review action to one fact, inside the caller's transaction repositories. */
export async function reviewOne<F extends { id: string; status: string }, V>(repos: Repositories & { audit: AuditRepository }, kind: Reviewable<F, V>, req: ReviewRequest<V>): Promise<F> {
  const before = await kind.get(repos, req.id);
  if (!before) throw new NotFoundError(kind.entity, req.id);
  const status = nextStatus(before.status, req.action) as F["status"];
  const values = req.action === "correct" ? (req.values ?? {}) : {};
  if (req.action === "correct") {
    if (Object.keys(values).length === 0) throw new ValidationError("values", "a correction needs the corrected values");
    kind.check({ ...before, ...values });
  } else if (req.values && Object.keys(req.values).length) {
    throw new ValidationError("values", `new values are only taken with "correct", not "${req.action}"`);
  }
  const after = await kind.save(repos, req.id, { ...values, status, reviewedBy: req.actor } as Partial<V> & { status: F["status"]; reviewedBy: string });
  await repos.audit.record({ actor: req.actor, action: req.action, entity: kind.entity, entityId: req.id, before, after: req.note ? { ...after, note: req.note } : after });
  return after;
}

/** Reviews one fact in its own transaction. */
export async function reviewFact<F extends { id: string; status: string }, V>(deps: { tx: { run<T>(w: (r: Repositories) => Promise<T>): Promise<T> } }, kind: Reviewable<F, V>, req: ReviewRequest<V>): Promise<F> {
  return deps.tx.run((r) => reviewOne(r, kind, req));
}

/**
 * Applies `action` to every fact with the given ids (selected by a filter), all in one
 * transaction: if one cannot move (already reviewed), none does.
 */
export async function reviewBulk<F extends { id: string; status: string }, V>(
  deps: { tx: { run<T>(w: (r: Repositories) => Promise<T>): Promise<T> } },
  kind: Reviewable<F, V>,
  select: (r: Repositories) => Promise<F[]>,
  action: Exclude<ReviewAction, "correct">,
  actor: string,
): Promise<F[]> {
  return deps.tx.run(async (r) => {
    const facts = await select(r);
    const done: F[] = [];
    for (const f of facts) {
      try {
        done.push(await reviewOne(r, kind, { id: f.id, action, actor }));
      } catch (error) {
        if (error instanceof ConflictError) throw new ConflictError(`${kind.entity} ${f.id}: ${error.message}; nothing was changed`);
        throw error;
      }
    }
    return done;
  });
}
