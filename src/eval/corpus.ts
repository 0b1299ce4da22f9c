/**
 * @module eval/corpus
 * Reads an evaluation folder laid out like `shared/corpus/dev`: `articles/ID.json` (a document)
 * and `facts/ID.json` (what an analyst found in it). I/O lives here so that `score.ts` stays pure.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { SourceError } from "../domain/errors.js";
import type { LooseFacts } from "./score.js";

/** One corpus article in the shared JSON format. */
export interface CorpusArticle {
  id: string;
  url?: string | null;
  outlet?: string | null;
  published: string | null;
  language: string | null;
  title: string | null;
  text: string;
}

export interface CorpusCase {
  article: CorpusArticle;
  expected: LooseFacts;
}

/** Loads every article that has a facts file, sorted by id; optionally only one language. */
export async function loadCorpus(dir: string, lang?: string): Promise<CorpusCase[]> {
  const articles = path.join(dir, "articles");
  let names: string[];
  try {
    names = (await readdir(articles)).filter((n) => n.endsWith(".json")).sort();
  } catch {
    throw new SourceError(dir, "not an evaluation folder (expected articles/ and facts/)");
  }
  const out: CorpusCase[] = [];
  for (const name of names) {
    const article = JSON.parse(await readFile(path.join(articles, name), "utf8")) as CorpusArticle;
    if (lang && article.language !== lang) continue;
    let expected: LooseFacts;
    try {
      expected = JSON.parse(await readFile(path.join(dir, "facts", name), "utf8")) as LooseFacts;
    } catch {
      continue;
    }
    out.push({ article: { ...article, id: article.id ?? name.replace(/\.json$/, "") }, expected });
  }
  return out;
}
