/**
 * @module app/add-cohort
 * Records a cohort (a pardon round, an exchange …) with the source that reports it, and links
 * named people to it later. The breakdown is checked by the domain rule before anything is written.
 */
import { BREAKDOWN_FIELDS, checkCohort, type Cohort, type CohortValues, type ReportedValues } from "../domain/cohort.js";
import { assertNotFuture, parsePartialDate, todayIso, type DatePrecision } from "../domain/dates.js";
import { NotFoundError, ValidationError } from "../domain/errors.js";
import type { Evidence } from "../domain/claim.js";
import type { Repositories, TransactionManager } from "../domain/ports.js";

export interface AddCohortInput extends Omit<CohortValues, "date" | "datePrecision" | "qualifier"> {
  qualifier?: CohortValues["qualifier"];
  /** "2024-11-20", "2024-11" or "2024". */
  date?: string | null;
  precision?: DatePrecision;
  /** The report: a URL or a stored document (at least one is required). */
  sourceUrl?: string | null;
  documentId?: string | null;
  evidence?: Evidence[];
  status?: "suggested" | "accepted";
  actor?: string;
  today?: string;
}

/** The values a cohort's source reported, as kept beside the cohort for conflict detection. */
export function reportedOf(c: CohortValues): ReportedValues {
  const out: ReportedValues = { count: c.count, qualifier: c.qualifier, date: c.date, ordinal: c.ordinal ?? null };
  for (const f of BREAKDOWN_FIELDS) out[f] = c[f] ?? null;
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v != null)) as ReportedValues;
}

export async function addCohort(deps: { tx: TransactionManager }, input: AddCohortInput): Promise<{ cohort: Cohort; warnings: string[] }> {
  if (!input.sourceUrl && !input.documentId) throw new ValidationError("source", "a cohort needs the report it comes from (--source URL)");
  if (input.sourceUrl && !/^https?:\/\/\S+$/i.test(input.sourceUrl)) throw new ValidationError("source", `not an http(s) URL: ${input.sourceUrl}`);
  const date = input.date ? parsePartialDate(input.date, "date", input.precision) : null;
  if (date) assertNotFuture(date, "date", input.today ?? todayIso());
  const { sourceUrl, documentId, evidence, actor, status } = input;
  const values: CohortValues = {
    type: input.type,
    count: input.count,
    qualifier: input.qualifier ?? "exact",
    date: date?.date ?? null,
    datePrecision: date?.precision ?? null,
    extra: input.extra ?? null,
    ordinal: input.ordinal ?? null,
    ordinalScope: input.ordinalScope ?? null,
    namesUndisclosed: input.namesUndisclosed ?? false,
    country: input.country ?? null,
    note: input.note ?? null,
  };
  for (const f of BREAKDOWN_FIELDS) values[f] = input[f] ?? null;
  const warnings = checkCohort(values);
  return deps.tx.run(async (r: Repositories) => {
    if (documentId && !(await r.documents.get(documentId))) throw new NotFoundError("document", documentId);
    const cohort = await r.cohorts.insert({ ...values, status: status ?? "accepted" });
    await r.cohorts.addSource({ cohortId: cohort.id, documentId: documentId ?? null, url: sourceUrl ?? null, reported: reportedOf(values), evidence: evidence ?? [] });
    await r.audit.record({ actor: actor ?? "system", action: "create", entity: "cohort", entityId: cohort.id, before: null, after: cohort });
    return { cohort, warnings };
  });
}

/** Links a named person to a cohort; false when they were already linked. */
export async function linkCohortMember(deps: { tx: TransactionManager }, input: { cohortId: string; personId: string; actor?: string }): Promise<{ linked: boolean; identified: number; count: number }> {
  return deps.tx.run(async (r: Repositories) => {
    const cohort = await r.cohorts.get(input.cohortId);
    if (!cohort) throw new NotFoundError("cohort", input.cohortId);
    if (!(await r.persons.get(input.personId))) throw new NotFoundError("person", input.personId);
    const identified = (await r.cohorts.memberCounts([cohort.id])).get(cohort.id) ?? 0;
    if (identified >= cohort.count && cohort.qualifier === "exact") {
      const already = (await r.cohorts.members(cohort.id)).includes(input.personId);
      if (!already) throw new ValidationError("person", `the cohort has ${cohort.count} members and all are identified`);
    }
    const linked = await r.cohorts.addMember(cohort.id, input.personId);
    if (linked) await r.audit.record({ actor: input.actor ?? "system", action: "link", entity: "cohort", entityId: cohort.id, before: null, after: { personId: input.personId } });
    return { linked, identified: identified + (linked ? 1 : 0), count: cohort.count };
  });
}
