/**
 * @module http/presenters/common
 * Helpers shared by the presenters: the role check for whole records.
 */
import { NotFoundError } from "../../domain/errors.js";
import { canSee, recordVisibility, type Role } from "../../domain/visibility.js";

/**
 * Throws NotFoundError (not Forbidden) when `role` may not see a record in `status`, so the
 * public cannot even learn that an unpublished record exists.
 */
export function assertRecordVisible(entity: string, id: string, status: string | null | undefined, role: Role): void {
  if (!canSee(role, recordVisibility(status))) throw new NotFoundError(entity, id);
}

/** Whether a record in `status` is visible to `role`. */
export function recordVisibleTo(status: string | null | undefined, role: Role): boolean {
  return canSee(role, recordVisibility(status));
}
