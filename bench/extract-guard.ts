/**
 * @module bench/extract-guard
 * `npm run guard:extract > FILE`: prints, one JSON line each, the facts the extractor finds in every
 * article of the dev corpus (when present) and of test/corpus-own, whole and paragraph by paragraph,
 * and in 300 generated reports. A refactoring of the extractor that must not change its behaviour
 * (a speed-up) is checked by comparing this output before and after with `cmp`: any difference is
 * a change of behaviour, however small, where the eval scores would only catch some.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractFacts } from "../src/extract/index.js";
import { documents } from "./generated-reports.js";

interface Article {
  id: string;
  text: string;
  title?: string;
  published?: string;
  language?: string;
}

const folders = [path.resolve("../shared/corpus/dev/articles"), path.resolve("test/corpus-own/articles")];
const out: string[] = [];
for (const folder of folders) {
  if (!existsSync(folder)) {
    console.error(`guard: ${folder} is absent; skipped`);
    continue;
  }
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".json")).sort()) {
    const a = JSON.parse(readFileSync(path.join(folder, file), "utf8")) as Article;
    const language = a.language;
    out.push(`${a.id} ${JSON.stringify(extractFacts({ text: a.text, title: a.title, published: a.published, language }))}`);
    a.text.split(/\n\s*\n/).forEach((para, k) => {
      out.push(`${a.id}#${k} ${JSON.stringify(extractFacts({ text: para, published: a.published, language }))}`);
    });
  }
}
let n = 0;
for (const doc of documents(42, 1 << 20)) {
  if (n++ >= 300) break;
  out.push(`gen${n} ${JSON.stringify(extractFacts({ text: doc.text, published: doc.published, language: "en" }))}`);
}
process.stdout.write(out.join("\n") + "\n");
