/**
 * @module app/ingest-people
 * Imports a monitor's validated list of people: the CSV itself is stored as a document (so the
 * same file imported twice is recognised and skipped), then each row becomes a person with the
 * acts its dates state (detained, sentenced, released) and a case with the articles and
 * sentence — all in one transaction, so a file is imported whole or not at all. A row whose
 * name the matcher takes for a person already known (`findSimilarPeople`, score ≥ LIKELY_SAME,
 * one clear best, no contradicting birth year) attaches its acts and case to that person instead
 * of creating a duplicate; a row that only possibly matches is created and listed for review.
 */
import type { DocumentInput } from "../domain/document.js";
import type { NewAct, Repositories, TransactionManager } from "../domain/ports.js";
import type { Person } from "../domain/person.js";
import { parsePartialDate } from "../domain/dates.js";
import type { PersonRow } from "../ingest/people-csv.js";
import { nameKey } from "../names/key.js";
import { contentHash } from "./ingest-documents.js";
import { findSimilarPeople, LIKELY_SAME, type SimilarPerson } from "./find-similar-people.js";

/** Outcome of a people import. */
export interface PeopleImport {
  status: "new" | "known";
  documentId: string;
  /** Persons created (rows that matched a known person are not counted here). */
  persons: number;
  acts: number;
  /** Rows attached to a person already in the registry. */
  matchedExisting: number;
  /** Rows created as new persons although someone similar is known: for a human to check. */
  possible: PossibleDuplicate[];
}

/** A created row that resembles a known person (`vigil person merge` if they are one). */
export interface PossibleDuplicate {
  line: number;
  name: string;
  personId: string;
  similar: { personId: string; name: string; score: number }[];
}

/**
 * Imports validated rows from one CSV. The caller decides beforehand whether bad rows block the
 * import (the default) or were set aside (`--skip-bad`).
 */
export async function ingestPeople(
  deps: { tx: TransactionManager; documents: Pick<Repositories["documents"], "findByHash"> },
  input: { file: DocumentInput; rows: PersonRow[] },
): Promise<PeopleImport> {
  const known = await deps.documents.findByHash(contentHash(input.file.original));
  if (known) return { status: "known", documentId: known.id, persons: 0, acts: 0, matchedExisting: 0, possible: [] };
  return deps.tx.run(async (repos) => {
    const { document, created } = await repos.documents.insert(input.file);
    if (!created) return { status: "known" as const, documentId: document.id, persons: 0, acts: 0, matchedExisting: 0, possible: [] };
    let acts = 0;
    let persons = 0;
    let matchedExisting = 0;
    const possible: PossibleDuplicate[] = [];
    for (const row of input.rows) {
      const birth = row.birthYear ? parsePartialDate(String(row.birthYear), "birth year") : null;
      // Looked up inside the transaction, so a person twice in one file is also found once.
      const similar = await findSimilarPeople({ persons: repos.persons }, row.name);
      const same = await sameAs(repos, similar, birth?.date ?? null);
      let person: { id: string };
      if (same) {
        person = same;
        matchedExisting++;
        // The row's spelling is kept, so the next search in this script finds the person directly.
        if (!same.names.some((n) => n.text === row.name.trim())) await repos.persons.addName(same.id, { text: row.name.trim(), kind: "alias", nameKey: nameKey(row.name) });
      } else {
        person = await repos.persons.insert({
          name: row.name, nameKey: nameKey(row.name), region: row.region,
          birthDate: birth?.date ?? null, birthPrecision: birth?.precision ?? null,
        });
        persons++;
        if (similar.length > 0) possible.push({ line: row.line, name: row.name, personId: person.id, similar: similar.map((p) => ({ personId: p.personId, name: p.primaryName, score: p.score })) });
      }
      const note = `imported from ${input.file.origin}, line ${row.line}${row.prison ? `; prison: ${row.prison}` : ""}`;
      let caseId: string | null = null;
      if (row.articles.length > 0 || row.sentence) {
        const c = await repos.cases.insert({
          court: null, judge: null, prosecutor: null, verdictDate: null, verdictPrecision: null,
          sentenceMonths: row.sentenceMonths, penaltyType: row.sentence, inAbsentia: false, note,
          charges: row.articles.map(parseArticle), defendants: [person.id],
        });
        caseId = c.id;
      }
      for (const act of rowActs(row, person.id, caseId, document.id, note)) {
        await repos.acts.insert(act);
        acts++;
      }
    }
    return { status: "new" as const, documentId: document.id, persons, acts, matchedExisting, possible };
  });
}

/**
 * The known person a row is, or null. Only a likely match decides, and only an unambiguous one:
 * two equally good candidates, or a stated birth year that differs, leave it to a human.
 */
async function sameAs(repos: Repositories, similar: SimilarPerson[], birthDate: string | null): Promise<Person | null> {
  const likely = similar.filter((s) => s.score >= LIKELY_SAME);
  if (likely.length === 0 || (likely.length > 1 && likely[1]!.score === likely[0]!.score)) return null;
  const person = await repos.persons.get(likely[0]!.personId);
  if (!person) return null;
  if (birthDate && person.birthDate && person.birthDate.slice(0, 4) !== birthDate.slice(0, 4)) return null;
  return person;
}

function rowActs(row: PersonRow, personId: string, caseId: string | null, documentId: string, note: string): NewAct[] {
  const acts: NewAct[] = [];
  const add = (type: NewAct["type"], iso: string | null, extra: Partial<NewAct> = {}) => {
    if (!iso) return;
    const d = parsePartialDate(iso, type);
    acts.push({ personId, type, startDate: d.date, startPrecision: d.precision, caseId, documentId, note, ...extra });
  };
  add("detained", row.detained);
  add("sentenced", row.sentenced);
  const releaseKind = row.status === "pardoned" ? "pardon" : row.released ? "sentence_served" : null;
  add("released", row.released, releaseKind ? { releaseKind } : {});
  return acts;
}

/** "342 ч.1" / "342 part 1" / "ст. 361-1" -> article and part. */
function parseArticle(text: string): { article: string; part: string | null; code: string | null } {
  const m = text.match(/(\d{2,3}(?:[.-]\d)?)\s*(?:ч\.?|part|p\.)?\s*(\d+)?/i);
  return { article: m?.[1] ?? text, part: m?.[2] ?? null, code: null };
}
