/**
 * @module ingest
 * Source adapters: files, folders and URLs -> DocumentInput[] (or validated people rows).
 * Adapters never extract and never store; `app/ingest-documents` does that.
 */
export { DEFAULT_LIMITS, formatBytes, type IngestLimits } from "./limits.js";
export { listLocations, KNOWN_EXTENSIONS, type Listed } from "./list-files.js";
export { readSource, type ReadOptions, type SourceBatch, type SourceKind, type HttpMeta } from "./read-source.js";
export { readPeopleCsv, badRowsCsv, type PeopleCsv, type PersonRow, type BadRow, type PersonStatus } from "./people-csv.js";
export { isUrl, loadUrl, loadFile, type Validators } from "./load-bytes.js";
