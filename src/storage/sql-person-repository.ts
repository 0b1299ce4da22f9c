/**
 * @module storage/sql-person-repository
 * Persons with their names. A person and their names are written together; callers wrap
 * multi-row writes in a transaction (`tx.run`).
 */
import { and, asc, count, eq, inArray, isNull } from "drizzle-orm";
import { NotFoundError } from "../domain/errors.js";
import { scriptOf, type NewPersonName, type Person, type PersonName } from "../domain/person.js";
import type { PersonRepository } from "../domain/ports.js";
import { newId, type Db } from "./db.js";
import { personNames, persons } from "./schema.js";

type PersonRow = typeof persons.$inferSelect;
type NameRow = typeof personNames.$inferSelect;

function toName(r: NameRow): PersonName {
  return { id: r.id, text: r.text, script: r.script, language: r.language, kind: r.kind as PersonName["kind"], nameKey: r.nameKey };
}

export function toPerson(r: PersonRow, names: NameRow[]): Person {
  return { ...r, birthPrecision: r.birthPrecision as Person["birthPrecision"], gender: r.gender as Person["gender"], names: names.map(toName) };
}

export function sqlPersonRepository(db: Db): PersonRepository {
  async function withNames(rows: PersonRow[]): Promise<Person[]> {
    if (rows.length === 0) return [];
    const names = await db
      .select()
      .from(personNames)
      .where(
        inArray(
          personNames.personId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(personNames.id));
    const byPerson = new Map<string, NameRow[]>();
    for (const n of names) byPerson.set(n.personId, [...(byPerson.get(n.personId) ?? []), n]);
    return rows.map((r) => toPerson(r, byPerson.get(r.id) ?? []));
  }
  const nameRow = (personId: string, n: NewPersonName) => ({
    id: newId(),
    personId,
    text: n.text,
    kind: n.kind,
    script: n.script ?? scriptOf(n.text),
    language: n.language ?? null,
    nameKey: n.nameKey,
  });

  const repo: PersonRepository = {
    async insert(p) {
      const id = newId();
      const { names = [], ...fields } = p;
      const [row] = await db
        .insert(persons)
        .values({ ...fields, id })
        .returning();
      const rows = [nameRow(id, { text: p.name, kind: "primary", nameKey: p.nameKey }), ...names.map((n) => nameRow(id, n))];
      const nameRows = await db.insert(personNames).values(rows).returning();
      return toPerson(row!, nameRows);
    },
    async get(id) {
      const rows = await db.select().from(persons).where(eq(persons.id, id));
      return (await withNames(rows))[0] ?? null;
    },
    async getMany(ids) {
      if (ids.length === 0) return [];
      return withNames(await db.select().from(persons).where(inArray(persons.id, [...ids])));
    },
    async list(page = {}) {
      // A person merged into another is a duplicate kept for undo: lists and counts skip it.
      const rows = await db
        .select()
        .from(persons)
        .where(and(isNull(persons.mergedInto), page.nameKey ? eq(persons.nameKey, page.nameKey) : undefined))
        .orderBy(asc(persons.name), asc(persons.id))
        .limit(page.limit ?? 100)
        .offset(page.offset ?? 0);
      return withNames(rows);
    },
    async findByNameKey(key) {
      const ids = await db.selectDistinct({ id: personNames.personId }).from(personNames).where(eq(personNames.nameKey, key));
      return repo.getMany(ids.map((r) => r.id));
    },
    async update(id, patch) {
      const [row] = await db.update(persons).set(patch).where(eq(persons.id, id)).returning();
      if (!row) throw new NotFoundError("person", id);
      return (await withNames([row]))[0]!;
    },
    async addName(personId, n) {
      const [row] = await db.insert(personNames).values(nameRow(personId, n)).returning();
      return toName(row!);
    },
    async count() {
      return (await db.select({ n: count() }).from(persons).where(isNull(persons.mergedInto)))[0]?.n ?? 0;
    },
  };
  return repo;
}
