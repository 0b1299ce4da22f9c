/**
 * Registry benchmark: 100,000 people and 1,000,000 status events on PGlite and on PostgreSQL.
 * Times the bulk insert, the rebuild of the derived custody index, the held-on-date count and
 * one person's history, each beside a baseline measured in the same run on the same database
 * (a plain `select count(*)` of the acts table), so figures from different machines compare.
 *
 *   npm run bench                      # both backends (PostgreSQL from BENCH_DATABASE_URL,
 *                                      # TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test)
 *   PEOPLE=10000 npm run bench         # smaller run
 *   BACKENDS=pglite npm run bench      # one backend
 */
import { sql } from "drizzle-orm";
import { ACT_TYPES, type ActType } from "../src/domain/custody.js";
import { addDays } from "../src/domain/dates.js";
import type { NewAct } from "../src/domain/ports.js";
import { openVigil, type Vigil } from "../src/main.js";
import { batches, bulkInsert, newId, rows } from "../src/storage/db.js";
import { personNames, persons } from "../src/storage/schema.js";

const PEOPLE = Number(process.env.PEOPLE ?? 100_000);
const EVENTS_PER_PERSON = 10;
const BACKENDS = (process.env.BACKENDS ?? "pglite,postgres").split(",");
const PG_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** Deterministic PRNG: the same data on both backends. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

/** A plausible history of ten events: arrest, investigation, trial, sentence, transfers, maybe release. */
function history(rand: () => number, personId: string): NewAct[] {
  let day = addDays("2020-05-01", Math.floor(rand() * 1700));
  const step = (min: number, max: number) => (day = addDays(day, min + Math.floor(rand() * (max - min))));
  const types: ActType[] = ["detained", "under_investigation", "on_trial", "sentenced", "serving", "transferred", "transferred", "incommunicado", "transferred"];
  const acts: NewAct[] = types.map((type) => ({ personId, type, startDate: step(3, 90), startPrecision: rand() < 0.1 ? "month" : "day" }));
  for (const a of acts) if (a.startPrecision === "month") a.startDate = `${a.startDate.slice(0, 7)}-01`;
  const last: ActType = rand() < 0.6 ? "released" : rand() < 0.5 ? "re_arrested" : (ACT_TYPES[Math.floor(rand() * 3)] as ActType);
  acts.push({ personId, type: last, releaseKind: last === "released" ? "pardon" : null, startDate: step(30, 600), startPrecision: "day" });
  // Keep every date on or before the end of 2025 (no future events).
  for (const a of acts) if (a.startDate > "2025-12-31") a.startDate = "2025-12-31";
  return acts;
}

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}

async function median(n: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const ts: number[] = [];
  for (let i = 0; i < n; i++) ts.push((await time(() => fn(i)))[1]);
  ts.sort((a, b) => a - b);
  return ts[Math.floor(ts.length / 2)]!;
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(2)} ms`);

async function bench(name: string, vigil: Vigil): Promise<void> {
  console.log(`\n== ${name} (${vigil.location}) — ${PEOPLE.toLocaleString("en")} people, ${(PEOPLE * EVENTS_PER_PERSON).toLocaleString("en")} events`);
  const rand = rng(2024);
  const ids = Array.from({ length: PEOPLE }, () => newId());

  const [, tPeople] = await time(async () => {
    await bulkInsert(vigil.db, persons, ids.map((id, i) => ({ id, name: `Person ${id.slice(-6)} ${i}`, nameKey: `k${id.slice(-6)}` })));
    await bulkInsert(vigil.db, personNames, ids.map((id, i) => ({ id: newId(), personId: id, text: `Person ${id.slice(-6)} ${i}`, kind: "primary", nameKey: `k${id.slice(-6)}` })));
  });
  const [, tActs] = await time(async () => {
    for (const b of batches(ids, 10_000)) await vigil.acts.insertMany(b.flatMap((id) => history(rand, id)));
  });
  const [, tRebuild] = await time(() => vigil.custody.rebuild());
  await vigil.db.execute(sql`analyze`);
  const events = Number((await rows<{ n: string | number }>(vigil.db, sql`select count(*) as n from acts`))[0]!.n);
  console.log(`bulk insert     people ${fmt(tPeople)}, events ${fmt(tActs)} (${Math.round(events / (tActs / 1000)).toLocaleString("en")} events/s)`);
  console.log(`derived index   rebuild from all events ${fmt(tRebuild)}`);

  const days = Array.from({ length: 21 }, (_, i) => addDays("2020-06-01", i * 97));
  await vigil.custody.countHeldOn(days[0]!); // warm-up
  const tBaseline = await median(9, () => rows(vigil.db, sql`select count(*) from acts`));
  const tCount = await median(days.length, (i) => vigil.custody.countHeldOn(days[i]!));
  const sample = await vigil.custody.countHeldOn("2024-12-31");
  const tHistory = await median(51, (i) => vigil.acts.listForPerson(ids[(i * 7919) % ids.length]!));
  const tPersonHeld = await median(51, (i) => vigil.custody.isHeldOn(ids[(i * 104729) % ids.length]!, "2024-12-31"));
  console.log(`baseline        select count(*) from acts: ${fmt(tBaseline)}`);
  console.log(`held-on-date    count ${fmt(tCount)} (median of ${days.length} dates; ${(tCount / tBaseline).toFixed(3)}x baseline) — on 2024-12-31: ${sample.held.toLocaleString("en")} held, ${sample.uncertain} uncertain`);
  console.log(`person history  ${fmt(tHistory)} (median of 51 people; ${(tHistory / tBaseline).toFixed(3)}x baseline); is-held check ${fmt(tPersonHeld)}`);
  // Why the derived index: the same answer straight from the events (latest custody act per person).
  const [naive, tNaive] = await time(() =>
    rows<{ n: string | number }>(
      vigil.db,
      sql`select count(*) as n from (select distinct on (person_id) type from acts where start_date <= ${"2024-12-31"} and status in ('accepted','corrected') and type not in ('under_investigation','on_trial') order by person_id, start_date desc, id desc) t where type not in ('released','died_in_custody')`,
    ),
  );
  console.log(`for comparison  the same count scanning events directly: ${fmt(tNaive)} (${Number(naive[0]!.n).toLocaleString("en")} held; ignores same-day ordering and end dates)`);
}

async function main(): Promise<void> {
  for (const backend of BACKENDS) {
    if (backend === "pglite") {
      const vigil = await openVigil({ dataDir: "memory://" });
      try {
        await bench("PGlite (embedded, in memory)", vigil);
      } finally {
        await vigil.close();
      }
    } else if (backend === "postgres") {
      const { default: pg } = await import("pg");
      const name = `vigil_bench_${Date.now().toString(36)}`;
      const admin = new pg.Client({ connectionString: PG_URL });
      try {
        await admin.connect();
      } catch (error) {
        console.log(`\n== PostgreSQL skipped: cannot connect to ${PG_URL} (${(error as Error).message})`);
        continue;
      }
      await admin.query(`create database "${name}"`);
      const url = new URL(PG_URL);
      url.pathname = `/${name}`;
      const vigil = await openVigil({ databaseUrl: url.toString() });
      try {
        await bench("PostgreSQL (server, scratch database)", vigil);
      } finally {
        await vigil.close();
        await admin.query(`drop database "${name}" with (force)`);
        await admin.end();
      }
    }
  }
}

await main();
