/**
 * @module names/match
 * PLACEHOLDER (to be replaced by the names module): says whether two name strings name the same
 * person. The signature is the contract other modules rely on.
 */
export interface NameMatch {
  same: boolean;
  /** 0..1 */
  score: number;
  reason: string;
}

export function matchNames(a: string, b: string): NameMatch {
  const norm = (s: string) => s.toLowerCase().normalize("NFKC").replace(/\s+/g, " ").trim();
  const same = norm(a) === norm(b);
  return { same, score: same ? 1 : 0, reason: same ? "identical" : "different" };
}
