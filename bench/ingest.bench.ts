/**
 * Ingest benchmark: N generated documents (default 10,000) end to end — parse (the corpus JSON
 * adapter), hash, extract, store with suggested facts and cohort clustering — on the embedded
 * database (in-memory PGlite), compared with extraction alone.
 *
 *   npm run bench:ingest            # 10,000 documents
 *   npm run bench:ingest -- 2000    # fewer
 */
import { ingestDocuments } from "../src/app/ingest-documents.js";
import type { DocumentInput } from "../src/domain/document.js";
import { EXTRACTOR_VERSION, extractFacts } from "../src/extract/index.js";
import { corpusDocuments } from "../src/ingest/text-file.js";
import { openVigil } from "../src/main.js";
import { sqlIngestStore } from "../src/storage/sql-ingest-store.js";
import { generateArticle } from "../test/fixtures/ingest/generate.js";

const n = Number(process.argv[2] ?? 10_000);
const articles = Array.from({ length: n }, (_, i) => JSON.stringify(generateArticle(i)));

// Extraction alone, on the same texts.
let t = performance.now();
for (const raw of articles) {
  const a = JSON.parse(raw) as { text: string; title: string; published: string; language: string };
  extractFacts({ text: a.text, title: a.title, published: a.published, language: a.language });
}
const extractMs = performance.now() - t;

const vigil = await openVigil({ dataDir: "memory://" });
try {
  const deps = { store: sqlIngestStore(vigil.db), extractor: { extract: extractFacts, version: EXTRACTOR_VERSION } };
  const batchSize = 200; // what `vigil ingest` uses
  let facts = 0;
  let created = 0;
  t = performance.now();
  let lap = t;
  let batch: DocumentInput[] = [];
  for (let i = 0; i < articles.length; i++) {
    const raw = articles[i]!;
    const bytes = new TextEncoder().encode(raw);
    batch.push(...corpusDocuments(JSON.parse(raw), `gen-${i}.json`, { original: bytes, origin: `bench:${i}` }));
    if (batch.length < batchSize && i + 1 < articles.length) continue;
    for (const r of await ingestDocuments(deps, batch)) {
      facts += r.facts;
      created += r.cohortsCreated;
    }
    batch = [];
    if ((i + 1) % 2000 === 0) {
      const now = performance.now();
      console.error(`  ${i + 1} documents, last 2000 at ${(2000 / ((now - lap) / 1000)).toFixed(0)} docs/s`);
      lap = now;
    }
  }
  const ingestMs = performance.now() - t;
  const docsPerS = n / (ingestMs / 1000);
  const extractPerS = n / (extractMs / 1000);
  console.log(`ingest: ${n} documents in ${(ingestMs / 1000).toFixed(1)} s = ${docsPerS.toFixed(0)} documents/s (${facts} facts, ${created} cohorts, ${await vigil.documents.count()} stored)`);
  console.log(`extraction alone: ${(extractMs / 1000).toFixed(1)} s = ${extractPerS.toFixed(0)} documents/s`);
  console.log(`ratio end-to-end / extraction alone: ${(ingestMs / extractMs).toFixed(1)}x slower`);
} finally {
  await vigil.close();
}
