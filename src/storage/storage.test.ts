import { expect, it } from "vitest";
import { describeBackends } from "./test-support.js";

describeBackends("storage basics", (getVigil) => {
  it("stores a document once per content hash", async () => {
    const v = getVigil();
    const input = {
      text: "Body",
      title: "T",
      url: "https://example.org/a",
      outlet: "Example",
      published: "2024-11-20",
      language: "en",
      original: new TextEncoder().encode("<p>Body</p>"),
      originalType: "text/html",
      origin: "file:a.html",
    };
    const a = await v.documents.insert(input);
    const b = await v.documents.insert(input);
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    expect(b.document.id).toBe(a.document.id);
    expect(a.document.hash).toMatch(/^[0-9a-f]{64}$/);
    const original = await v.documents.original(a.document.id);
    expect(new TextDecoder().decode(original!.bytes)).toBe("<p>Body</p>");
    expect(await v.documents.count()).toBe(1);
  });

  it("keeps a person with names and derives custody from acts", async () => {
    const v = getVigil();
    const p = await v.persons.insert({ name: "Test Person", nameKey: "test person", names: [{ text: "Тэст", kind: "alias", nameKey: "test" }] });
    expect(p.names.map((n) => n.kind)).toEqual(["primary", "alias"]);
    expect((await v.persons.findByNameKey("test")).map((x) => x.id)).toEqual([p.id]);
    await v.tx.run(async (r) => {
      await r.acts.insert({ personId: p.id, type: "detained", startDate: "2020-09-07", startPrecision: "day" });
    });
    expect(await v.custody.countHeldOn("2020-09-06")).toEqual({ held: 0, uncertain: 0 });
    expect(await v.custody.countHeldOn("2020-09-07")).toEqual({ held: 1, uncertain: 0 });
    const rel = await v.acts.insert({ personId: p.id, type: "released", releaseKind: "pardon", startDate: "2024-11-01", startPrecision: "month" });
    expect(await v.custody.countHeldOn("2024-10-31")).toEqual({ held: 1, uncertain: 0 });
    expect(await v.custody.countHeldOn("2024-11-15")).toEqual({ held: 0, uncertain: 1 });
    expect(await v.custody.countHeldOn("2024-12-01")).toEqual({ held: 0, uncertain: 0 });
    await v.acts.setStatus(rel.id, "retracted");
    expect(await v.custody.countHeldOn("2024-12-01")).toEqual({ held: 1, uncertain: 0 });
    expect(await v.custody.heldOn("2024-12-01")).toEqual([p.id]);
  });

  it("rolls a transaction back as a whole", async () => {
    const v = getVigil();
    await expect(
      v.tx.run(async (r) => {
        await r.persons.insert({ name: "Rolled Back", nameKey: "rolled back" });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await v.persons.count()).toBe(0);
  });
});
