/**
 * @module app/load-dataset
 * The shipped public dataset (`data/dataset/belarus-2024-2025.json`: figures, dates and the
 * address where each was published — no article text) and how it enters Vigil.
 *
 * Provenance is not optional: every claim needs a document. The dataset's documents are the
 * dataset entries themselves — for each source URL, one document whose text is a one-line
 * statement of the figures taken from that URL and whose original bytes are those JSON entries,
 * so evidence spans point at the exact figure. Dataset facts enter as `accepted`: they were
 * checked against their sources before shipping. Sources that disagree stay separate claims.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Repositories, TransactionManager } from "../domain/ports.js";
import type { BreakdownField } from "../domain/cohort.js";
import { nameKey } from "../names/key.js";
import { addCohort, linkCohortMember } from "./add-cohort.js";
import { addPerson } from "./add-person.js";
import { recordClaim } from "./record-claim.js";
import { recordEvent } from "./record-event.js";

export const DATASET_PATH = new URL("../../data/dataset/belarus-2024-2025.json", import.meta.url);
const ORIGIN = "dataset:belarus-2024-2025";
const QUALIFIER = z.enum(["exact", "over", "about", "up_to", "at_least"]);
const DAY = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/);

const DatasetSchema = z.object({
  version: z.literal(1),
  country: z.string(),
  claims: z.array(
    z.object({ publisher: z.string(), country: z.string(), as_of: DAY, source: z.url(), subject: z.string(), value: z.number().int().nonnegative(), qualifier: QUALIFIER, note: z.string().optional(), what: z.string().optional() }),
  ),
  cohorts: z.array(
    z.object({
      type: z.enum(["pardon", "release", "exchange"]),
      date: DAY,
      count: z.number().int().positive(),
      qualifier: QUALIFIER,
      breakdown: z.record(z.string(), z.number().int().nonnegative()),
      ordinal_as_announced: z.number().int().positive().nullable(),
      names: z.array(z.string()),
      names_undisclosed: z.boolean(),
      sources: z.array(z.object({ url: z.url(), note: z.string().optional() })).min(1),
    }),
  ),
  /** Well-known named prisoners: public facts only (names, birth year, dated acts), each act with its source. */
  people: z
    .array(
      z.object({
        name: z.string().min(1),
        names: z.array(z.object({ text: z.string().min(1), language: z.string() })),
        born: z.string().nullable(),
        gender: z.enum(["f", "m"]).nullable(),
        recognised: z.object({ organisation: z.string(), since: DAY, source: z.url() }).nullable(),
        acts: z.array(z.object({ type: z.string(), date: DAY, source: z.url(), note: z.string().optional(), release_kind: z.string().optional() })).min(1),
      }),
    )
    .default([]),
});
export type Dataset = z.infer<typeof DatasetSchema>;

const BREAKDOWN: Record<string, BreakdownField> = {
  women: "women",
  men: "men",
  chronic_illness: "chronicIllness",
  disabled: "disabled",
  over_50: "over50",
  with_children: "withChildren",
  minors: "minors",
  pensioners: "pensioners",
  under_25: "under25",
};

/** One pseudo-document per source URL: the statement of its figures, with spans per figure. */
export interface DatasetDocument {
  url: string;
  text: string;
  original: string;
  /** Evidence span of each figure, keyed `claim:<index>` or `cohort:<index>`. */
  spans: Map<string, { start: number; end: number }>;
}

/** Parses and validates the dataset file's JSON (throws a zod error naming the bad path). */
export function parseDataset(json: unknown): Dataset {
  return DatasetSchema.parse(json);
}

/** Reads the shipped dataset. */
export function readDataset(path: URL | string = DATASET_PATH): Dataset {
  return parseDataset(JSON.parse(readFileSync(path, "utf8")));
}

/**
 * Pure: groups the dataset's facts by source URL and writes each group's document text, keeping
 * where each figure sits so claims and cohorts get honest evidence spans.
 */
export function datasetDocuments(d: Dataset): DatasetDocument[] {
  const byUrl = new Map<string, { parts: { key: string; before: string; figure: string; after: string }[]; entries: unknown[] }>();
  const add = (url: string, key: string, before: string, figure: string, after: string, entry: unknown) => {
    const g = byUrl.get(url) ?? { parts: [], entries: [] };
    g.parts.push({ key, before, figure, after });
    g.entries.push(entry);
    byUrl.set(url, g);
  };
  d.claims.forEach((c, i) => add(c.source, `claim:${i}`, `${c.publisher}: ${c.what ?? c.subject.replace(/_/g, " ")} as of ${c.as_of}: `, String(c.value), ".", c));
  d.cohorts.forEach((c, i) => {
    const b = Object.entries(c.breakdown).map(([k, v]) => `${k.replace(/_/g, " ")} ${v}`).join(", ");
    add(c.sources[0]!.url, `cohort:${i}`, `${c.type} on ${c.date}: `, String(c.count), ` people${b ? ` (${b})` : ""}${c.names.length ? `; named: ${c.names.join(", ")}` : ""}.`, c);
  });
  return [...byUrl.entries()].map(([url, g]) => {
    let text = "";
    const spans = new Map<string, { start: number; end: number }>();
    for (const p of g.parts) {
      if (text) text += "\n";
      text += p.before;
      spans.set(p.key, { start: text.length, end: text.length + p.figure.length });
      text += p.figure + p.after;
    }
    return { url, text, original: JSON.stringify(g.entries), spans };
  });
}

export interface LoadSummary {
  documents: number;
  claims: number;
  cohorts: number;
  persons: number;
  skipped: boolean;
}

/**
 * Loads the dataset into an empty database (does nothing when any document exists, so a
 * restart never loads twice). Called on first start by `vigil serve` and by `vigil init`.
 */
export async function loadDataset(vigil: Repositories & { tx: TransactionManager }, dataset: Dataset = readDataset()): Promise<LoadSummary> {
  if ((await vigil.documents.count()) > 0) return { documents: 0, claims: 0, cohorts: 0, persons: 0, skipped: true };
  const docs = datasetDocuments(dataset);
  const docIds = new Map<string, { id: string; spans: DatasetDocument["spans"] }>();
  for (const doc of docs) {
    const { document } = await vigil.documents.insert({
      text: doc.text,
      title: `Public figures published at ${new URL(doc.url).hostname}`,
      url: doc.url,
      outlet: new URL(doc.url).hostname.replace(/^www\./, ""),
      published: null,
      language: "en",
      original: new TextEncoder().encode(doc.original),
      originalType: "application/json",
      origin: ORIGIN,
    });
    docIds.set(doc.url, { id: document.id, spans: doc.spans });
  }
  const span = (url: string, key: string) => {
    const d = docIds.get(url)!;
    const s = d.spans.get(key)!;
    return { documentId: d.id, evidence: [{ field: "text" as const, start: s.start, end: s.end }] };
  };
  let claims = 0;
  for (const [i, c] of dataset.claims.entries()) {
    await recordClaim(vigil, {
      ...span(c.source, `claim:${i}`),
      subject: c.subject,
      value: c.value,
      qualifier: c.qualifier,
      asOf: c.as_of,
      attributedTo: c.publisher,
      scope: null,
      country: c.country,
      status: "accepted",
      actor: "dataset",
    });
    claims += 1;
  }
  // People first, so that the names listed in rounds link to them instead of creating bare persons.
  let persons = await loadPeople(vigil, dataset.people);
  let cohorts = 0;
  for (const [i, c] of dataset.cohorts.entries()) {
    const first = c.sources[0]!;
    const breakdown = Object.fromEntries(Object.entries(c.breakdown).filter(([k]) => BREAKDOWN[k]).map(([k, v]) => [BREAKDOWN[k], v]));
    const { cohort } = await addCohort(vigil, {
      ...breakdown,
      type: c.type,
      count: c.count,
      qualifier: c.qualifier,
      date: c.date,
      ordinal: c.ordinal_as_announced,
      ordinalScope: c.ordinal_as_announced ? "year" : null,
      namesUndisclosed: c.names_undisclosed,
      country: dataset.country,
      note: first.note ?? null,
      sourceUrl: first.url,
      ...span(first.url, `cohort:${i}`),
      status: "accepted",
      actor: "dataset",
    });
    cohorts += 1;
    for (const name of c.names) {
      const key = nameKey(name) || name.toLowerCase();
      let person = (await vigil.persons.findByNameKey(key))[0];
      if (!person) {
        person = await vigil.persons.insert({ name, nameKey: key });
        persons += 1;
      }
      await linkCohortMember(vigil, { cohortId: cohort.id, personId: person.id, actor: "dataset" });
    }
  }
  return { documents: docs.length, claims, cohorts, persons, skipped: false };
}

/** Adds the dataset's named people with their names in every script, dated acts and recognition. */
async function loadPeople(vigil: Repositories & { tx: TransactionManager }, people: Dataset["people"]): Promise<number> {
  for (const p of people) {
    const person = await addPerson(vigil, {
      name: p.name,
      names: p.names.map((n) => ({ text: n.text, kind: "transliteration" as const, language: n.language })),
      born: p.born,
      gender: p.gender,
      actor: "dataset",
      allowSimilar: true,
    });
    for (const a of p.acts) {
      await recordEvent(vigil, { personId: person.id, type: a.type, date: a.date, releaseKind: a.release_kind ?? null, sourceUrl: a.source, note: a.note ?? null, actor: "dataset" });
    }
    if (p.recognised) {
      const since = p.recognised.since;
      await vigil.recognitions.insert({
        personId: person.id,
        organisation: p.recognised.organisation,
        since: since.length === 7 ? `${since}-01` : since,
        sincePrecision: since.length === 7 ? "month" : "day",
        documentId: null,
        sourceUrl: p.recognised.source,
      });
    }
  }
  return people.length;
}
