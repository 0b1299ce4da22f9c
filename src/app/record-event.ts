/**
 * @module app/record-event
 * Records one act in a person's status history (detained, sentenced, released …), audited.
 * The derived custody is refreshed in the same transaction. History is never overwritten:
 * a mistaken act is retracted, not edited.
 */
import { ACT_TYPES, RELEASE_KINDS, type ActType, type ReleaseKind } from "../domain/custody.js";
import { assertNotFuture, parsePartialDate, todayIso, type DatePrecision } from "../domain/dates.js";
import { NotFoundError, ValidationError } from "../domain/errors.js";
import type { Act, Repositories, TransactionManager } from "../domain/ports.js";

/** Words the CLI accepts besides the act types themselves. */
const ALIASES: Record<string, { type: ActType; releaseKind?: ReleaseKind }> = {
  pardoned: { type: "released", releaseKind: "pardon" },
  died: { type: "died_in_custody" },
  arrested: { type: "detained" },
  exchanged: { type: "released", releaseKind: "exchange" },
  expelled: { type: "released", releaseKind: "expelled" },
};

export const EVENT_TYPES: readonly string[] = [...ACT_TYPES, ...Object.keys(ALIASES)];

export interface RecordEventInput {
  personId: string;
  type: string;
  date: string;
  precision?: DatePrecision;
  endDate?: string | null;
  endPrecision?: DatePrecision;
  releaseKind?: string | null;
  /** false for a sentence that does not put the person in custody (restricted freedom, fine, in absentia). */
  custodial?: boolean | null;
  facilityId?: string | null;
  caseId?: string | null;
  cohortId?: string | null;
  documentId?: string | null;
  sourceUrl?: string | null;
  note?: string | null;
  actor?: string;
  today?: string;
}

/** Resolves a CLI word (pardoned, died …) or an act type to the act type and release kind. */
export function resolveEventType(word: string, releaseKind?: string | null): { type: ActType; releaseKind: ReleaseKind | null } {
  const alias = ALIASES[word];
  const type: ActType | null = alias ? alias.type : (ACT_TYPES as readonly string[]).includes(word) ? (word as ActType) : null;
  if (!type) throw new ValidationError("type", `must be one of ${EVENT_TYPES.join(", ")}: ${word}`);
  const kind = releaseKind ?? alias?.releaseKind ?? null;
  if (kind !== null && !(RELEASE_KINDS as readonly string[]).includes(kind)) throw new ValidationError("release-kind", `must be one of ${RELEASE_KINDS.join(", ")}`);
  if (kind !== null && type !== "released") throw new ValidationError("release-kind", "only a release has a release kind");
  return { type, releaseKind: kind as ReleaseKind | null };
}

export async function recordEvent(deps: { tx: TransactionManager }, input: RecordEventInput): Promise<Act> {
  const { type, releaseKind } = resolveEventType(input.type, input.releaseKind);
  const today = input.today ?? todayIso();
  const start = parsePartialDate(input.date, "date", input.precision);
  assertNotFuture(start, "date", today);
  const end = input.endDate ? parsePartialDate(input.endDate, "end-date", input.endPrecision) : null;
  if (end && end.date < start.date) throw new ValidationError("end-date", "is before the start date");
  return deps.tx.run(async (r: Repositories) => {
    if (!(await r.persons.get(input.personId))) throw new NotFoundError("person", input.personId);
    if (input.facilityId && !(await r.facilities.get(input.facilityId))) throw new NotFoundError("facility", input.facilityId);
    if (input.cohortId && !(await r.cohorts.get(input.cohortId))) throw new NotFoundError("cohort", input.cohortId);
    if (input.documentId && !(await r.documents.get(input.documentId))) throw new NotFoundError("document", input.documentId);
    const act = await r.acts.insert({
      personId: input.personId,
      type,
      releaseKind,
      custodial: input.custodial ?? null,
      startDate: start.date,
      startPrecision: start.precision,
      endDate: end?.date ?? null,
      endPrecision: end?.precision ?? null,
      facilityId: input.facilityId ?? null,
      caseId: input.caseId ?? null,
      cohortId: input.cohortId ?? null,
      documentId: input.documentId ?? null,
      sourceUrl: input.sourceUrl ?? null,
      note: input.note ?? null,
      status: "accepted",
    });
    await r.audit.record({ actor: input.actor ?? "system", action: "create", entity: "act", entityId: act.id, before: null, after: act });
    return act;
  });
}
