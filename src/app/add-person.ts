/**
 * @module app/add-person
 * Adds a person with their names (primary + aliases), each with a matching key, audited.
 */
import { nameKey } from "../names/key.js";
import { assertNotFuture, parsePartialDate, todayIso } from "../domain/dates.js";
import { NotFoundError, ValidationError } from "../domain/errors.js";
import { checkPerson, type Gender, type NameKind, type Person } from "../domain/person.js";
import type { AuditRepository, PersonRepository, TransactionManager } from "../domain/ports.js";
import { findSimilarPeople, SamePersonError } from "./find-similar-people.js";

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
  /** Add even when a known person likely is the same one (otherwise SamePersonError). */
  allowSimilar?: boolean;
  /** Instead of a new person, add these names as aliases of this known person. */
  aliasOf?: string | null;
}

/** The key a name is stored and found under: the names module's key, else the plain lowercased name. */
export function keyOf(name: string): string {
  return nameKey(name) || name.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Adds a person; throws ValidationError naming the field when the input cannot stand, and
 * SamePersonError (a ConflictError) when a known person likely is the same one, unless
 * `allowSimilar`. With `aliasOf`, the names go to that person instead (audited).
 */
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
    if (input.aliasOf) return addAliases(r, input.aliasOf, [name, ...others.map((n) => n.text.trim())], input.actor ?? "system");
    if (!input.allowSimilar) {
      // Inside the transaction, so the check and the insert see the same registry.
      const likely = (await findSimilarPeople(r, [name, ...others.map((n) => n.text)])).filter((s) => s.strength === "likely");
      if (likely.length) throw new SamePersonError(likely);
    }
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

/** Adds names to a known person as aliases (those it does not already carry), audited. */
async function addAliases(r: { persons: PersonRepository; audit: AuditRepository }, personId: string, texts: string[], actor: string): Promise<Person> {
  const before = await r.persons.get(personId);
  if (!before) throw new NotFoundError("person", personId);
  if (before.mergedInto) throw new ValidationError("alias-of", `person ${personId} was merged into ${before.mergedInto}`);
  const known = new Set(before.names.map((n) => n.text));
  for (const text of new Set(texts)) {
    if (!known.has(text)) await r.persons.addName(personId, { text, kind: "alias", nameKey: keyOf(text) });
  }
  const after = (await r.persons.get(personId))!;
  await r.audit.record({ actor, action: "add_alias", entity: "person", entityId: personId, before, after });
  return after;
}
