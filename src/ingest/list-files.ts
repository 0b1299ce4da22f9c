/**
 * @module ingest/list-files
 * Expands the paths given to `vigil ingest` into the files to read: folders are walked
 * recursively in a stable (sorted) order, hidden entries and files of unknown kinds skipped.
 */
import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { SourceError } from "../domain/errors.js";
import { isUrl } from "./load-bytes.js";

/** File extensions an adapter reads when found inside a folder. */
export const KNOWN_EXTENSIONS = new Set([".json", ".xml", ".rss", ".atom", ".html", ".htm", ".txt", ".md", ".markdown", ".csv"]);

/** A location to read, or a location that cannot be (missing path). */
export type Listed = { location: string } | { location: string; error: SourceError };

/**
 * Yields every readable location under the given paths and URLs. A file named explicitly is
 * always yielded (its content decides); inside folders only known extensions are.
 * @example for await (const item of listLocations(["corpus/", "https://example.org/feed"])) ...
 */
export async function* listLocations(locations: string[]): AsyncGenerator<Listed> {
  for (const location of locations) {
    if (isUrl(location)) {
      yield { location };
      continue;
    }
    let info;
    try {
      info = await stat(location);
    } catch (error) {
      yield { location, error: new SourceError(location, `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`) };
      continue;
    }
    if (info.isDirectory()) yield* walk(location);
    else yield { location };
  }
}

async function* walk(dir: string): AsyncGenerator<Listed> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { location: dir, error: new SourceError(dir, `cannot list folder: ${(error as NodeJS.ErrnoException).code ?? String(error)}`) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && KNOWN_EXTENSIONS.has(extname(entry.name).toLowerCase())) yield { location: path };
  }
}
