/**
 * @module app/show-person
 * One person's record: names, status history (acts), custody periods derived from it, whether
 * held today, recognitions, cases and cohorts. Privacy is applied by presenters, not here.
 */
import { custodySpans, type CustodySpan } from "../domain/custody.js";
import { todayIso } from "../domain/dates.js";
import { NotFoundError } from "../domain/errors.js";
import type { Person } from "../domain/person.js";
import type { Act, ActRepository, Case, CaseRepository, CustodyRepository, PersonRepository, Recognition, RecognitionRepository } from "../domain/ports.js";

export interface PersonRecord {
  person: Person;
  acts: Act[];
  custody: CustodySpan[];
  heldToday: boolean;
  recognitions: Recognition[];
  cases: Case[];
}

export async function showPerson(
  deps: { persons: PersonRepository; acts: ActRepository; custody: CustodyRepository; recognitions: RecognitionRepository; cases: CaseRepository },
  id: string,
  today: string = todayIso(),
): Promise<PersonRecord> {
  const person = await deps.persons.get(id);
  if (!person) throw new NotFoundError("person", id);
  const [acts, recognitions, cases] = await Promise.all([deps.acts.listForPerson(id), deps.recognitions.listForPerson(id), deps.cases.listForPerson(id)]);
  const custody = custodySpans(acts.map((a) => ({ id: a.id, type: a.type, status: a.status, custodial: a.custodial, start: { date: a.startDate, precision: a.startPrecision }, end: a.endDate ? { date: a.endDate, precision: a.endPrecision ?? "day" } : null })));
  const heldToday = custody.some((s) => s.from <= today && (s.until === null || today < s.until));
  return { person, acts, custody, heldToday, recognitions, cases };
}
