import { extractFacts } from "../../src/extract/index.js";
for (const t of ['The rights group said so.\n\n"More than 1,100 people remain behind bars in Belarus," she said.', 'The rights group said so.\n\n\u201cMore than 1,100 people remain behind bars in Belarus,\u201d she said.', 'He said \u201cmore than 1,100 people remain behind bars in Belarus.\u201d']) {
  console.log(JSON.stringify(extractFacts({ text: t, published: "2025-01-01", language: "en" }).prisoner_count_claims.map((c) => [c.value, c.qualifier])));
}
