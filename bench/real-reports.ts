/**
 * @module bench/real-reports
 * The English articles of Vigil's own held-out set (`test/corpus-own`) and of the dev corpus
 * (`../shared/corpus/dev`, when present), cycled until they fill the size asked for: the real-text
 * counterpart of generated-reports.ts for `bench:extract -- --real`. Real reports are longer-winded
 * than the template sentences, name more people and carry more distractor numbers.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

interface Article {
  title?: string | null;
  text: string;
  published?: string | null;
  language?: string;
}

const FOLDERS = ["test/corpus-own/articles", "../shared/corpus/dev/articles"];

function englishArticles(): { text: string; title: string; published: string }[] {
  const out: { text: string; title: string; published: string }[] = [];
  for (const folder of FOLDERS.map((f) => path.resolve(f)).filter(existsSync)) {
    for (const file of readdirSync(folder).filter((f) => f.endsWith(".json")).sort()) {
      const a = JSON.parse(readFileSync(path.join(folder, file), "utf8")) as Article;
      if (a.language === "en") out.push({ text: a.text, title: a.title ?? "", published: a.published ?? "2025-06-30" });
    }
  }
  return out;
}

/** English articles totalling at least `bytes` of UTF-8, in a fixed order, repeated as often as needed. */
export function* realDocuments(bytes: number): Generator<{ text: string; title: string; published: string }> {
  const articles = englishArticles();
  if (!articles.length) throw new Error("bench: no English articles in test/corpus-own or ../shared/corpus/dev");
  let total = 0;
  for (let i = 0; total < bytes; i = (i + 1) % articles.length) {
    const a = articles[i]!;
    total += Buffer.byteLength(a.text);
    yield a;
  }
}
