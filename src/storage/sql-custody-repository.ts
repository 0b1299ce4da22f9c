/**
 * @module storage/sql-custody-repository
 * The derived custody index. Spans per person come from the pure rule in domain/custody; the
 * per-day deltas make "held on D" one indexed sum over a few thousand rows, whatever the size
 * of the registry. Both tables are derived: `rebuild()` recreates them from acts.
 */
import { and, asc, eq, gt, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { custodySpans, spanDeltas, type CustodyAct, type CustodySpan, type DailyDelta } from "../domain/custody.js";
import type { DatePrecision } from "../domain/dates.js";
import type { CustodyRepository } from "../domain/ports.js";
import { batches, bulkInsert, rows, type Db } from "./db.js";
import { acts, custodyDaily, custodySpans as spansTable, persons } from "./schema.js";

type ActRow = { id: string; type: string; custodial: boolean | null; startDate: string; startPrecision: string; endDate: string | null; endPrecision: string | null; status: string };

function toCustodyAct(r: ActRow): CustodyAct {
  return {
    id: r.id,
    type: r.type as CustodyAct["type"],
    start: { date: r.startDate, precision: r.startPrecision as DatePrecision },
    end: r.endDate ? { date: r.endDate, precision: (r.endPrecision ?? "day") as DatePrecision } : null,
    status: r.status,
    custodial: r.custodial,
  };
}

const actColumns = {
  id: acts.id,
  personId: acts.personId,
  type: acts.type,
  custodial: acts.custodial,
  startDate: acts.startDate,
  startPrecision: acts.startPrecision,
  endDate: acts.endDate,
  endPrecision: acts.endPrecision,
  status: acts.status,
};

function mergeDeltas(into: Map<string, DailyDelta>, deltas: DailyDelta[]): void {
  for (const d of deltas) {
    const e = into.get(d.day) ?? { day: d.day, delta: 0, uncertainDelta: 0 };
    e.delta += d.delta;
    e.uncertainDelta += d.uncertainDelta;
    into.set(d.day, e);
  }
}

async function applyDeltas(db: Db, deltas: Iterable<DailyDelta>): Promise<void> {
  // Sorted by day: concurrent refreshes lock the day rows in the same order, so they cannot deadlock.
  const list = [...deltas].filter((d) => d.delta !== 0 || d.uncertainDelta !== 0).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  for (const batch of batches(list)) {
    await db
      .insert(custodyDaily)
      .values(batch)
      .onConflictDoUpdate({
        target: custodyDaily.day,
        set: { delta: sql`${custodyDaily.delta} + excluded.delta`, uncertainDelta: sql`${custodyDaily.uncertainDelta} + excluded.uncertain_delta` },
      });
  }
}

/**
 * Serialises custody writes for one person until the transaction ends. Writers take it BEFORE
 * writing the act: a foreign-key check takes a key-share lock on the person, and two writers
 * that each hold one and then ask for this lock would deadlock. NO KEY UPDATE does not conflict
 * with key-share, so other inserts that reference the person are not blocked.
 */
export async function lockPersonCustody(db: Db, personId: string): Promise<void> {
  await db.select({ id: persons.id }).from(persons).where(eq(persons.id, personId)).for("no key update");
}

const spanRows = (personId: string, spans: CustodySpan[]) =>
  spans.map((s, seq) => ({ personId, seq, heldFrom: s.from, fromLatest: s.fromLatest, heldUntil: s.until, untilLatest: s.untilLatest }));

export function sqlCustodyRepository(db: Db): CustodyRepository {
  return {
    async countHeldOn(day) {
      const [r] = await rows<{ held: string | number | null; uncertain: string | number | null }>(
        db,
        sql`select coalesce(sum(delta), 0) as held, coalesce(sum(uncertain_delta), 0) as uncertain from custody_daily where day <= ${day}`,
      );
      return { held: Number(r?.held ?? 0), uncertain: Number(r?.uncertain ?? 0) };
    },
    async heldOn(day, page = {}) {
      const r = await db
        .selectDistinct({ personId: spansTable.personId })
        .from(spansTable)
        .where(and(lte(spansTable.heldFrom, day), or(isNull(spansTable.heldUntil), gt(spansTable.heldUntil, day))))
        .orderBy(asc(spansTable.personId))
        .limit(page.limit ?? 100)
        .offset(page.offset ?? 0);
      return r.map((x) => x.personId);
    },
    async isHeldOn(personId, day) {
      const r = await db
        .select({ seq: spansTable.seq })
        .from(spansTable)
        .where(and(eq(spansTable.personId, personId), lte(spansTable.heldFrom, day), or(isNull(spansTable.heldUntil), gt(spansTable.heldUntil, day))))
        .limit(1);
      return r.length > 0;
    },
    async refreshPerson(personId) {
      // Two concurrent refreshes of one person must not both subtract the same old spans.
      await lockPersonCustody(db, personId);
      const old = await db.select().from(spansTable).where(eq(spansTable.personId, personId)).orderBy(asc(spansTable.seq));
      const oldSpans: CustodySpan[] = old.map((s) => ({ from: s.heldFrom, fromLatest: s.fromLatest, until: s.heldUntil, untilLatest: s.untilLatest }));
      const actRows = await db.select(actColumns).from(acts).where(eq(acts.personId, personId));
      const spans = custodySpans(actRows.map(toCustodyAct));
      const deltas = new Map<string, DailyDelta>();
      mergeDeltas(deltas, spanDeltas(oldSpans, -1));
      mergeDeltas(deltas, spanDeltas(spans, 1));
      await applyDeltas(db, deltas.values());
      await db.delete(spansTable).where(eq(spansTable.personId, personId));
      if (spans.length) await db.insert(spansTable).values(spanRows(personId, spans));
    },
    async rebuild() {
      await db.delete(spansTable);
      await db.delete(custodyDaily);
      const deltas = new Map<string, DailyDelta>();
      let after = "";
      for (;;) {
        const ids = (
          await db
            .select({ id: persons.id })
            .from(persons)
            .where(gt(persons.id, after))
            .orderBy(asc(persons.id))
            .limit(5000)
        ).map((r) => r.id);
        if (ids.length === 0) break;
        after = ids[ids.length - 1]!;
        const actRows = await db.select(actColumns).from(acts).where(inArray(acts.personId, ids));
        const byPerson = new Map<string, CustodyAct[]>();
        for (const r of actRows) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), toCustodyAct(r)]);
        const spanBatch: ReturnType<typeof spanRows> = [];
        for (const [personId, list] of byPerson) {
          const spans = custodySpans(list);
          mergeDeltas(deltas, spanDeltas(spans));
          spanBatch.push(...spanRows(personId, spans));
        }
        await bulkInsert(db, spansTable, spanBatch);
      }
      await applyDeltas(db, deltas.values());
    },
  };
}
