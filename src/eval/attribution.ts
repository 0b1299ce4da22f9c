/**
 * @module eval/attribution
 * Decides whether two "attributed_to" strings name the same source, case- and
 * spelling-insensitively: "Viasna" = "the Viasna human rights centre"; "Marco Rubio (US
 * Secretary of State)" = "Rubio"; generic groups ("rights groups", "human rights defenders",
 * "the human rights community") count as one source. An expected value may list alternatives
 * separated by "/".
 */

const GENERIC = /^(?:the )?(?:belarusian |local |international )?(?:human )?rights? (?:groups?|defenders?|community|organi[sz]ations?|activists?|advocates?|monitors?)$/;

function normalise(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\([^)]*\)/g, " ")
    .replace(/[“”"«»'’.,]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function canonical(s: string): string {
  const n = normalise(s).replace(/^(?:the|according to) /, "");
  if (GENERIC.test(n)) return "human rights groups";
  return n.replace(/ (?:human rights centre|human rights center|rights group|centre|center)$/, "").replace(/^(?:human rights centre|human rights center) /, "");
}

const STOP = new Set(["the", "of", "and", "us", "u", "s", "a", "for"]);

/** True when `predicted` names the same source as `expected` (which may hold "A / B" alternatives). */
export function sameSource(expected: string, predicted: string): boolean {
  const p = canonical(predicted);
  for (const alt of expected.split("/")) {
    const e = canonical(alt);
    if (!e || !p) continue;
    if (e === p) return true;
    if (e === "unattributed" || p === "unattributed") continue;
    const et = e.split(" ").filter((t) => !STOP.has(t));
    const pt = new Set(p.split(" ").filter((t) => !STOP.has(t)));
    if (et.length && pt.size && (et.every((t) => pt.has(t)) || [...pt].every((t) => et.includes(t)))) return true;
  }
  return false;
}
