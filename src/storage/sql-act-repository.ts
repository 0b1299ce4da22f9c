/**
 * @module storage/sql-act-repository
 * Acts, the status history. A single write and the refresh of the person's derived custody run
 * in one transaction (a savepoint when the caller already has one), so the index can never
 * disagree with the acts; bulk loads skip the refresh and rebuild once.
 */
import { asc, eq } from "drizzle-orm";
import { NotFoundError } from "../domain/errors.js";
import type { Act, ActRepository, NewAct } from "../domain/ports.js";
import { bulkInsert, newId, type Db } from "./db.js";
import { acts } from "./schema.js";
import { lockPersonCustody, sqlCustodyRepository } from "./sql-custody-repository.js";

type ActRow = typeof acts.$inferSelect;
const toAct = (r: ActRow): Act => r as Act;

export function sqlActRepository(db: Db): ActRepository {
  const atomically = <T>(work: (t: Db) => Promise<T>): Promise<T> => db.transaction((t) => work(t as unknown as Db));
  return {
    insert(act: NewAct) {
      return atomically(async (t) => {
        await lockPersonCustody(t, act.personId);
        const [row] = await t
          .insert(acts)
          .values({ ...act, id: newId() })
          .returning();
        await sqlCustodyRepository(t).refreshPerson(act.personId);
        return toAct(row!);
      });
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
    setStatus(id, status) {
      return atomically(async (t) => {
        const [current] = await t.select({ personId: acts.personId }).from(acts).where(eq(acts.id, id));
        if (!current) throw new NotFoundError("act", id);
        await lockPersonCustody(t, current.personId);
        const [row] = await t.update(acts).set({ status }).where(eq(acts.id, id)).returning();
        await sqlCustodyRepository(t).refreshPerson(current.personId);
        return toAct(row!);
      });
    },
  };
}
