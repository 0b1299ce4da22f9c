/**
 * @module extract/ru/headings-ru
 * A list of names under a heading: "Кто вышел 13 декабря: известные имена" then "— Алесь Беляцкий,
 * правозащитник, …" line by line. Each item names its person and says little else, so the role
 * comes from the heading (freed, pardoned, still held), the way English reads "WHO WAS FREED".
 */
import type { Facts } from "../facts.js";
import { linesAbove } from "../scan.js";

/** A list item: a line opened by a dash or a bullet. */
const ITEM = /^[—–•*-]\s/;
const FREED = /вышл?[аи]?(?![а-яё])|вышел|освобожд|освободил|отпущен|на свободе|вызвален|вызвалілі|выйшл|выйшаў/i;
const PARDONED = /помилован|памілаван/i;
const HELD = /оста[её]тся|остаются|за решётк|за решетк|в заключении|в колони|застаюцца|за кратамі|у зняволенні/i;

/** Gives the people named only in list items their heading's role (only where no sentence gave one). */
export function headingListRoles(facts: Facts, text: string): void {
  for (const p of facts.persons) {
    if (p.role !== "other") continue;
    for (const ev of p.evidence) {
      if (ev.field !== "text") continue;
      const role = headingRoleAt(text, ev.start);
      if (role) {
        p.role = role;
        break;
      }
    }
  }
}

/** The role the heading above the list item holding `at` gives, if the line is an item under a heading. */
function headingRoleAt(text: string, at: number): "released" | "pardoned" | "prisoner" | null {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  if (!ITEM.test(text.slice(start, start + 2))) return null;
  // Up over the other items and blank lines to the heading: a short line that does not end a sentence.
  for (const line of linesAbove(text, start, 40)) {
    if (line === "" || ITEM.test(line.slice(0, 2))) continue;
    if (line.length > 90 || /[.!]$/.test(line)) return null;
    if (PARDONED.test(line)) return "pardoned";
    if (FREED.test(line)) return "released";
    return HELD.test(line) ? "prisoner" : null;
  }
  return null;
}
