/**
 * @module names/given
 * Looks up a given name (any script, any spelling) in the table of language pairs, so that
 * Mikola and Nikolai, Siarhei and Sergei, Ales and Alexander compare as one name.
 */
import { GIVEN_NAME_GROUPS } from "./given-names.js";
import { looseForm, plainLatin, skeleton } from "./phonetic.js";

const BY_LOOSE = new Map<string, Set<number>>();
const BY_SKELETON = new Map<string, Set<number>>();

function add(map: Map<string, Set<number>>, key: string, id: number): void {
  const set = map.get(key) ?? new Set<number>();
  set.add(id);
  map.set(key, set);
}

for (const group of GIVEN_NAME_GROUPS) {
  for (const form of group.forms) {
    const latin = plainLatin(form);
    add(BY_LOOSE, looseForm(latin), group.id);
    if (group.gender === "m") add(BY_SKELETON, skeleton(latin), group.id);
  }
}

/** The groups a given name belongs to (usually one; empty when the name is not in the table). */
export function givenGroups(name: string): Set<number> {
  return BY_LOOSE.get(looseForm(plainLatin(name))) ?? new Set();
}

/** The gender of a given name: from the table, else from its ending (-a/-ia is female). */
export function givenGender(name: string): "m" | "f" | null {
  const ids = [...givenGroups(name)];
  const genders = new Set(ids.map((id) => GIVEN_NAME_GROUPS[id]!.gender));
  if (genders.size === 1) return [...genders][0]!;
  if (genders.size > 1) return null;
  const latin = plainLatin(name);
  if (/(a|ia|ya)$/.test(latin) && !/(ila|ita|kola|uzma|oma)$/.test(latin)) return "f";
  return latin.length > 1 ? "m" : null;
}

/**
 * The male given-name groups whose skeleton equals the root of a patronymic
 * (Ryhoravich -> Ryhor -> the Grigory group).
 */
export function patronymicGroups(patronymic: string): Set<number> {
  const root = plainLatin(patronymic).replace(/(ie|ye|i|e|a|o)?(vich|vna|una|una|ich|ichna|ovna)$/, "").replace(/(ie|ye)v?$/, "");
  const loose = BY_LOOSE.get(looseForm(root));
  if (loose && loose.size > 0) return loose;
  return BY_SKELETON.get(skeleton(root)) ?? new Set();
}

/** True when the two sets share a group. */
export function intersects(a: Set<number>, b: Set<number>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Latin first letters of every form of the groups a given name belongs to (for initials). */
export function givenInitials(name: string): Set<string> {
  const out = new Set<string>([plainLatin(name).slice(0, 1)]);
  for (const id of givenGroups(name)) {
    for (const form of GIVEN_NAME_GROUPS[id]!.forms) out.add(plainLatin(form).slice(0, 1));
  }
  return out;
}
