import { describe, expect, it } from "vitest";
import { readSource } from "./read-source.js";

async function docs(path: string) {
  const batch = await readSource(path);
  if (batch.kind === "people-csv") throw new Error("wrong kind");
  return batch;
}

describe("text, markdown and corpus JSON", () => {
  it("reads markdown with front matter and strips markup", async () => {
    const { documents, kind } = await docs("test/fixtures/ingest/note.md");
    expect(kind).toBe("markdown");
    expect(documents[0]).toMatchObject({ title: "Notes from the hearing", published: "2025-06-01", url: "https://notes.example.org/hearing", outlet: "Field notes" });
    expect(documents[0]?.text).toContain("The court sentenced three defendants to five years each. See the docket.");
  });

  it("reads a plain text file", async () => {
    const { documents, kind } = await docs("test/fixtures/ingest/plain.txt");
    expect(kind).toBe("text");
    expect(documents[0]?.text).toMatch(/^A plain text note/);
    expect(documents[0]?.origin).toMatch(/^file:\/.*plain\.txt$/);
  });

  it("reads a corpus-shaped JSON document", async () => {
    const { documents, kind } = await docs("test/fixtures/ingest/corpus-doc.json");
    expect(kind).toBe("corpus");
    expect(documents[0]).toMatchObject({ title: "A written fixture", outlet: "Example Wire", published: "2025-02-14", language: "en" });
  });

  it("reads the shared corpus when present", async (ctx) => {
    const { existsSync, readdirSync } = await import("node:fs");
    const dir = "../shared/corpus/dev/articles";
    if (!existsSync(dir)) {
      ctx.skip(`corpus absent at ${dir}`);
      return;
    }
    const first = readdirSync(dir).filter((f) => f.endsWith(".json")).sort()[0];
    if (!first) return;
    const { documents } = await docs(`${dir}/${first}`);
    expect(documents).toHaveLength(1);
    expect(documents[0]?.text.length).toBeGreaterThan(20);
  });
});
