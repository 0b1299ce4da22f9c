/**
 * `vigil person add` refusing a likely duplicate, `similar`, `merge`, `unmerge` and
 * `link-mentions`, end to end through `runCli` on a temporary PGlite and, when
 * TEST_DATABASE_URL is set, on a scratch PostgreSQL database.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openVigil } from "../main.js";
import { testBackends } from "../storage/test-support.js";
import { jsonOf, runVigil, useCliDatabase } from "./testing.js";

const vigil = runVigil;
const json = jsonOf;

for (const backend of testBackends()) {
  describe(`vigil person merge verbs [${backend}]`, () => {
    const { dir } = useCliDatabase(backend, "vigil-merge-cli-");

    it("refuses a duplicate, merges with --new's copy, counts once, and undoes", async () => {
      const { id: a } = json<{ id: string }>(await vigil("person", "add", "--name", "Марыя Калеснікава", "--json"));

      // The one-line refusal (exit 4) and, with --json, the candidates on stdout.
      const refused = await vigil("person", "add", "--name", "Maria Kolesnikova");
      expect(refused.code).toBe(4);
      expect(refused.stderr.trim().split("\n")).toHaveLength(1);
      expect(refused.stderr).toMatch(new RegExp(`same as existing person ${a} Марыя Калеснікава \\(1, .+\\); use --new to add anyway or --alias-of ${a}`));
      const refusedJson = await vigil("person", "add", "--name", "Марии Колесниковой", "--json");
      expect(refusedJson.code).toBe(4);
      const body = JSON.parse(refusedJson.stdout) as { suggested_same: { personId: string; score: number; reason: string }[] };
      expect(body.suggested_same.map((s) => s.personId)).toEqual([a]);
      expect(body.suggested_same[0]!.score).toBeGreaterThanOrEqual(0.8);

      // Husband and wife are two people: no refusal.
      json(await vigil("person", "add", "--name", "Siarhei Tsikhanouski", "--json"));
      json(await vigil("person", "add", "--name", "Sviatlana Tsikhanouskaya", "--json"));

      // --alias-of adds names to the known person; --new makes a second record anyway.
      const aliased = json<{ id: string; names: string[] }>(await vigil("person", "add", "--name", "Maryia Kalesnikava", "--alias-of", a, "--json"));
      expect(aliased).toMatchObject({ id: a, names: ["Марыя Калеснікава", "Maryia Kalesnikava"] });
      const { id: b } = json<{ id: string }>(await vigil("person", "add", "--name", "Maria Kolesnikova", "--new", "--json"));
      expect(b).not.toBe(a);

      const similar = json<{ personId: string }[]>(await vigil("person", "similar", "Марии Колесниковой", "--json"));
      expect(similar.map((s) => s.personId).sort()).toEqual([a, b].sort());

      json(await vigil("event", "add", "--person", a, "--type", "detained", "--date", "2020-09-07", "--json"));
      json(await vigil("event", "add", "--person", b, "--type", "detained", "--date", "2020-09-07", "--json"));
      const count = async () => json<{ held: number }>(await vigil("count", "--on", "2021-01-01", "--json")).held;
      expect(await count()).toBe(2);

      const merged = json<{ auditId: string; keptId: string; mergedId: string; moved: { acts: number } }>(await vigil("person", "merge", a, b, "--json"));
      expect(merged).toMatchObject({ keptId: a, mergedId: b, moved: { acts: 1, names: 1 } });
      expect(await count()).toBe(1);
      const list = json<{ id: string }[]>(await vigil("person", "list", "--json"));
      expect(list.map((p) => p.id)).not.toContain(b);
      expect(json<{ person: { mergedInto: string } }>(await vigil("person", "show", b, "--json")).person.mergedInto).toBe(a);

      const again = await vigil("person", "merge", a, b);
      expect(again.code).toBe(4);

      expect(json(await vigil("person", "unmerge", merged.auditId, "--json"))).toMatchObject({ undone: merged.auditId, restoredId: b });
      expect(await count()).toBe(2);
      // Same undo through the other spelling of the command: refused, it is done already.
      expect((await vigil("person", "merge", "--undo", merged.auditId)).code).toBe(4);
      const text = await vigil("person", "merge", a, b);
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(/^merged .+; undo: vigil person unmerge \S+\n$/);
      const undoId = /unmerge (\S+)/.exec(text.stdout)![1]!;
      expect((await vigil("person", "merge", "--undo", undoId)).stdout).toMatch(/^restored /);
      expect(await count()).toBe(2);
      expect((await vigil("person", "merge", a)).code).toBe(2);
    });

    it("links an ingested mention of a known person (a suggestion, still to be reviewed)", async () => {
      const { id: a } = json<{ id: string }>(await vigil("person", "add", "--name", "Ales Bialiatski", "--json"));
      const file = path.join(dir, "report.txt");
      // A sentence written for this test: the mention is in the genitive, in Russian.
      writeFileSync(file, "Суд продлил срок содержания под стражей Алеся Беляцкого, сообщили правозащитники.\n");
      json(await vigil("ingest", file, "--json"));
      // Nothing left unlinked: the ingest linked it already.
      expect(json(await vigil("person", "link-mentions", "--json"))).toEqual({ checked: 0, linked: 0 });
      const v = await openVigil();
      try {
        const mentions = await v.mentions.list({ personId: a });
        expect(mentions.map((m) => [m.name, m.status])).toEqual([["Алесь Беляцкий", "suggested"]]);
      } finally {
        await v.close();
      }
    });
  });
}
