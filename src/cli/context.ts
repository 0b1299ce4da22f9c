/**
 * @module cli/context
 * Opens the application (storage + use cases) once per CLI run, lazily, so verbs that need no
 * database (extract, names) start fast. `runCli` closes it at the end of every run.
 */
import { openVigil, type Vigil } from "../main.js";

let opening: Promise<Vigil> | null = null;

/** The Vigil of this run: DATABASE_URL if set, else PGlite in VIGIL_DATA or ./vigil-data. */
export function getVigil(): Promise<Vigil> {
  opening ??= openVigil();
  return opening;
}

/** Closes the database if this run opened it (an open PGlite keeps Node running). */
export async function closeContext(): Promise<void> {
  const current = opening;
  opening = null;
  if (!current) return;
  const vigil = await current.catch(() => null);
  await vigil?.close();
}
