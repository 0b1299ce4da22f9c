/**
 * @module app/add-person
 * Adds a person with their names (primary + aliases), each with a matching key, audited.
 */
import { nameKey } from "../names/key.js";
import { assertNotFuture, parsePartialDate, todayIso } from "../domain/dates.js";
import { ValidationError } from "../domain/errors.js";
import { checkPerson, type Gender, type NameKind, type Person } from "../domain/person.js";
import type { AuditRepository, PersonRepository, TransactionManager } from "../domain/ports.js";

export interface AddPersonInput {
  name: string;
  aliases?: string[];
  /** Names with a kind other than alias (transliteration, inflected). */
  names?: { text: string; kind: NameKind; language?: string | null }[];
  /** "1982", "1982-03" or "1982-03-14". */
  born?: string | null;
  gender?: string | null;
  region?: string | null;
  health?: string | null;
  chronicIllness?: boolean | null;
  disability?: string | null;
  disabled?: boolean | null;
  family?: string | null;
  children?: number | null;
  contacts?: string | null;
  relativesAddresses?: string | null;
  notesPrivate?: string | null;
  actor?: string;
  today?: string;
}

/** The key a name is stored and found under: the names module's key, else the plain lowercased name. */
export function keyOf(name: string): string {
  return nameKey(name) || name.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Adds a person; throws ValidationError naming the field when the input cannot stand. */
export async function addPerson(deps: { tx: TransactionManager }, input: AddPersonInput): Promise<Person> {
  checkPerson({ name: input.name, gender: input.gender ?? null, children: input.children ?? null });
  const name = input.name.trim();
  let birthDate: string | null = null;
  let birthPrecision: Person["birthPrecision"] = null;
  if (input.born) {
    const born = parsePartialDate(input.born, "born");
    assertNotFuture(born, "born", input.today ?? todayIso());
    birthDate = born.date;
    birthPrecision = born.precision;
  }
  const others = [
    ...(input.aliases ?? []).map((text) => ({ text, kind: "alias" as const, language: null })),
    ...(input.names ?? []),
  ].filter((n) => n.text.trim() && n.text.trim() !== name);
  for (const n of others) if (!n.text.trim()) throw new ValidationError("alias", "empty name");
  return deps.tx.run(async (r: { persons: PersonRepository; audit: AuditRepository }) => {
    const person = await r.persons.insert({
      name,
      nameKey: keyOf(name),
      birthDate,
      birthPrecision,
      gender: (input.gender ?? null) as Gender | null,
      region: input.region ?? null,
      health: input.health ?? null,
      chronicIllness: input.chronicIllness ?? null,
      disability: input.disability ?? null,
      disabled: input.disabled ?? null,
      family: input.family ?? null,
      children: input.children ?? null,
      contacts: input.contacts ?? null,
      relativesAddresses: input.relativesAddresses ?? null,
      notesPrivate: input.notesPrivate ?? null,
      names: others.map((n) => ({ text: n.text.trim(), kind: n.kind, language: n.language ?? null, nameKey: keyOf(n.text) })),
    });
    await r.audit.record({ actor: input.actor ?? "system", action: "create", entity: "person", entityId: person.id, before: null, after: person });
    return person;
  });
}
