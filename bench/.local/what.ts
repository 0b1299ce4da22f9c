import { documents } from "../generated-reports.js";
import { extractFacts } from "../../src/extract/index.js";
const c = new Map<string, number>();
let n = 0;
for (const d of documents(42, 1 << 20)) { for (const o of extractFacts({ text: d.text, published: d.published, language: "en" }).other_counts) c.set(o.what, (c.get(o.what) ?? 0) + 1); n++; }
console.log(n, [...c].sort((a, b) => b[1] - a[1]).slice(0, 15));
