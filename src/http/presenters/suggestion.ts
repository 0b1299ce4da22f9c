/**
 * @module http/presenters/suggestion
 * Review-queue items: analyst-only as a whole (every field is `analyst` in the table), so the
 * public role gets an empty object even if a route forgot its role check.
 */
import type { SuggestionRecord } from "../../app/stats-types.js";
import { pickVisible, type Role } from "../../domain/visibility.js";

/** Presents suggestions for `role` (nothing for the public). */
export function presentSuggestions(list: SuggestionRecord[], role: Role): Record<string, unknown>[] {
  return list.map((s) => pickVisible("suggestion", s, role)).filter((s) => Object.keys(s).length > 0);
}
