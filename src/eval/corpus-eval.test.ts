import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "./corpus.js";
import { evaluate } from "./run.js";

// The shared corpus lives beside the project; it is read at test time and never copied in.
const DEV = path.resolve(process.cwd(), "../shared/corpus/dev");
const present = existsSync(path.join(DEV, "articles"));
if (!present) console.warn(`corpus-eval: ${DEV} not found, skipping the corpus evaluation`);

describe.skipIf(!present)("extractor on the shared dev corpus (English)", () => {
  it("reaches total F1 >= 0.90 and attribute accuracy >= 0.90", async () => {
    const report = evaluate(await loadCorpus(DEV, "en"));
    expect(report.documents).toBeGreaterThan(0);
    expect(report.total.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.attributeAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
