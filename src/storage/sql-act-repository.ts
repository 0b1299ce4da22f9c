/**
 * @module storage/sql-act-repository
 * Acts, the status history. Single writes refresh the person's derived custody in the same
 * connection (callers use `tx.run` so both commit together); bulk loads rebuild it once.
 */
import { asc, eq } from "drizzle-orm";
import { NotFoundError } from "../domain/errors.js";
import type { Act, ActRepository, CustodyRepository, NewAct } from "../domain/ports.js";
import { bulkInsert, newId, type Db } from "./db.js";
import { acts } from "./schema.js";

type ActRow = typeof acts.$inferSelect;
const toAct = (r: ActRow): Act => r as Act;

export function sqlActRepository(db: Db, custody: CustodyRepository): ActRepository {
  return {
    async insert(act: NewAct) {
      const [row] = await db
        .insert(acts)
        .values({ ...act, id: newId() })
        .returning();
      await custody.refreshPerson(act.personId);
      return toAct(row!);
    },
    async insertMany(list) {
      await bulkInsert(
        db,
        acts,
        list.map((a) => ({ status: "accepted", ...a, id: newId() })),
      );
      return list.length;
    },
    async get(id) {
      const [row] = await db.select().from(acts).where(eq(acts.id, id));
      return row ? toAct(row) : null;
    },
    async listForPerson(personId) {
      return (await db.select().from(acts).where(eq(acts.personId, personId)).orderBy(asc(acts.startDate), asc(acts.id))).map(toAct);
    },
    async setStatus(id, status) {
      const [row] = await db.update(acts).set({ status }).where(eq(acts.id, id)).returning();
      if (!row) throw new NotFoundError("act", id);
      await custody.refreshPerson(row.personId);
      return toAct(row);
    },
  };
}
