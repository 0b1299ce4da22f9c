/**
 * @module app/count-held
 * The derived count of political prisoners held on a date, with how it was derived. This is
 * the "derived" kind of number: exact about what Vigil knows, lower than the truth while names
 * are missing; claims (what publishers say) are a separate kind, never mixed in.
 */
import { parsePartialDate } from "../domain/dates.js";
import { ValidationError } from "../domain/errors.js";
import type { CustodyRepository, PersonRepository } from "../domain/ports.js";

export interface HeldCountAnswer {
  date: string;
  held: number;
  /** People whose status on the date depends on an imprecise (month/year) date. */
  uncertain: number;
  /** People in the registry (the population the count is drawn from). */
  people: number;
  kind: "derived";
  derivation: string;
}

export const DERIVATION =
  "people in the registry whose latest custody act on or before the date (detained, re-arrested, sentenced, serving, transferred, incommunicado) is not followed by a release or death in custody; reviewed acts only; an imprecise date counts from the first day of its period";

export async function countHeld(deps: { custody: CustodyRepository; persons: PersonRepository }, on: string): Promise<HeldCountAnswer> {
  const d = parsePartialDate(on, "on");
  if (d.precision !== "day") throw new ValidationError("on", `needs a full date (YYYY-MM-DD): ${on}`);
  const [{ held, uncertain }, people] = await Promise.all([deps.custody.countHeldOn(d.date), deps.persons.count()]);
  return { date: d.date, held, uncertain, people, kind: "derived", derivation: DERIVATION };
}
