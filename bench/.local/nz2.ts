import { documents } from "../generated-reports.js";
import { normalizeForExtraction } from "../../src/extract/normalize.js";
import { extractFacts } from "../../src/extract/index.js";
const docs = [...documents(42, 2 * 1024 * 1024)];
let sink = 0;
for (let k = 0; k < 4; k++) {
  let t0 = process.hrtime.bigint();
  for (let r = 0; r < 10; r++) for (const d of docs) sink += normalizeForExtraction(d.text).marks;
  const n = Number(process.hrtime.bigint() - t0) / 10;
  t0 = process.hrtime.bigint();
  for (const d of docs) sink += extractFacts({ text: d.text, published: d.published, language: "en" }).persons.length;
  const e = Number(process.hrtime.bigint() - t0);
  console.log(`normalize ${(n / 1e6).toFixed(1)} ms, extract ${(e / 1e6).toFixed(0)} ms, share ${(100 * n / e).toFixed(2)}%`);
}
console.log(sink);
