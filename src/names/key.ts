/**
 * @module names/key
 * A stable matching key for a name, for an indexed column: every spelling of one person
 * (Калеснікава, Колесникова, Kalesnikava, Kolesnikova, Колесниковой) gets the same key, so the
 * registry can find candidates with one equality lookup and then ask `matchNames` to decide.
 * Husband and wife share a key on purpose: the key finds candidates, the matcher tells them apart.
 */
import { parseName } from "./parse.js";

/**
 * The matching key: the surname's consonant skeleton and ending class ("klsnk.ov").
 * Changing how keys are built requires re-keying stored names.
 * @example nameKey("Maryia Kalesnikava") === nameKey("Марии Колесниковой") // true
 */
export function nameKey(name: string): string {
  const parsed = parseName(name);
  const parts = parsed.surnameParts;
  if (!parts) return "";
  return `${parts.skel.toLowerCase()}.${parts.cls}`;
}
