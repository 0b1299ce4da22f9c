/**
 * @module names
 * Names across scripts and spellings: transliteration, the nominative of inflected Russian
 * names, a matching key and the matcher.
 */
export { matchNames, SAME_THRESHOLD, type NameMatch } from "./match.js";
export { nameKey } from "./key.js";
export { romanize, cyrillize, hasCyrillic, type RomanSystem } from "./translit.js";
export { toNominative, isGivenNameForm } from "./nominative.js";
export { parseName, type ParsedName } from "./parse.js";
