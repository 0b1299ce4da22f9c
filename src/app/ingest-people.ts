/**
 * @module app/ingest-people
 * Imports a monitor's validated list of people: the CSV itself is stored as a document (so the
 * same file imported twice is recognised and skipped), then each row becomes a person with the
 * acts its dates state (detained, sentenced, released) and a case with the articles and
 * sentence — all in one transaction, so a file is imported whole or not at all.
 */
import type { DocumentInput } from "../domain/document.js";
import type { NewAct, Repositories, TransactionManager } from "../domain/ports.js";
import { parsePartialDate } from "../domain/dates.js";
import type { PersonRow } from "../ingest/people-csv.js";
import { nameKey } from "../names/key.js";
import { contentHash } from "./ingest-documents.js";

/** Outcome of a people import. */
export interface PeopleImport {
  status: "new" | "known";
  documentId: string;
  persons: number;
  acts: number;
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
  if (known) return { status: "known", documentId: known.id, persons: 0, acts: 0 };
  return deps.tx.run(async (repos) => {
    const { document, created } = await repos.documents.insert(input.file);
    if (!created) return { status: "known" as const, documentId: document.id, persons: 0, acts: 0 };
    let acts = 0;
    for (const row of input.rows) {
      const birth = row.birthYear ? parsePartialDate(String(row.birthYear), "birth year") : null;
      const person = await repos.persons.insert({
        name: row.name, nameKey: nameKey(row.name), region: row.region,
        birthDate: birth?.date ?? null, birthPrecision: birth?.precision ?? null,
      });
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
    return { status: "new" as const, documentId: document.id, persons: input.rows.length, acts };
  });
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
