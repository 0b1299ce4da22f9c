/**
 * @module http/presenters/claim
 * The only way a claim leaves the server: public readers see reviewed claims with their source
 * link; analysts also see suggestions, evidence offsets and review metadata.
 */
import type { ClaimRecord } from "../../app/stats-types.js";
import { pickVisible, type Role } from "../../domain/visibility.js";
import { recordVisibleTo } from "./common.js";

/** Presents the claims `role` may see. */
export function presentClaims(list: ClaimRecord[], role: Role): Record<string, unknown>[] {
  return list
    .filter((c) => recordVisibleTo(c.status, role))
    .map((c) => pickVisible("claim", { ...c, url: `/api/claims/${encodeURIComponent(c.id)}` }, role));
}
