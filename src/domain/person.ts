/**
 * @module domain/person
 * A Person is one human, known by names in several scripts and spellings. Health, disability,
 * family and contacts are private: which field may leave the server is decided by presenters.
 */
import { ValidationError } from "./errors.js";
import type { DatePrecision } from "./dates.js";

export const NAME_KINDS = ["primary", "alias", "transliteration", "inflected"] as const;
export type NameKind = (typeof NAME_KINDS)[number];

export const GENDERS = ["f", "m", "x"] as const;
export type Gender = (typeof GENDERS)[number];

export interface PersonName {
  id: string;
  text: string;
  script: string | null;
  language: string | null;
  kind: NameKind;
  nameKey: string;
}

/** Fields only analysts and admins may see. Listed once, here, for presenters to read. */
export const PRIVATE_PERSON_FIELDS = ["health", "chronicIllness", "disability", "disabled", "family", "children", "contacts", "relativesAddresses", "notesPrivate"] as const;

export interface PersonFields {
  name: string;
  birthDate: string | null;
  birthPrecision: DatePrecision | null;
  gender: Gender | null;
  region: string | null;
  health: string | null;
  chronicIllness: boolean | null;
  disability: string | null;
  disabled: boolean | null;
  family: string | null;
  children: number | null;
  contacts: string | null;
  relativesAddresses: string | null;
  notesPrivate: string | null;
}

/** The private facts about a person (health, family, contacts): never shown to the public role. */
export type PersonPrivateFields = Pick<
  PersonFields,
  "health" | "chronicIllness" | "disability" | "disabled" | "family" | "children" | "contacts" | "relativesAddresses" | "notesPrivate"
>;

export interface Person extends PersonFields {
  id: string;
  nameKey: string;
  names: PersonName[];
  createdAt: string;
  /** The person this record was merged into (a duplicate kept only so the merge can be undone). */
  mergedInto?: string | null;
}

export interface NewPersonName {
  text: string;
  kind: NameKind;
  script?: string | null;
  language?: string | null;
  nameKey: string;
}

export interface NewPerson extends Partial<PersonFields> {
  name: string;
  nameKey: string;
  /** Other names; the primary name is added from `name`. */
  names?: NewPersonName[];
}

/** Which script a name is written in, for the names table. */
export function scriptOf(text: string): "cyrillic" | "latin" | "other" {
  if (/[\u0400-\u04FF]/.test(text)) return "cyrillic";
  if (/[A-Za-z\u00C0-\u024F]/.test(text)) return "latin";
  return "other";
}

/** Checks the fields a person is created with; throws ValidationError naming the field. */
export function checkPerson(p: { name: string; gender?: string | null; children?: number | null }): void {
  if (!p.name || !p.name.trim()) throw new ValidationError("name", "required");
  if (p.gender != null && !GENDERS.includes(p.gender as Gender)) throw new ValidationError("gender", `must be one of ${GENDERS.join(", ")}`);
  if (p.children != null && (!Number.isInteger(p.children) || p.children < 0)) throw new ValidationError("children", "must be a whole number >= 0");
}
