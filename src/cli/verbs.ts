/**
 * @module cli/verbs
 * The list of CLI verbs. Each verb lives in its own file and exports `register(program)`; add one
 * line here per verb file. Files are imported only when needed: `vigil names match …` should not
 * load the database, the web server or the date parser (each costs a fraction of a second), so
 * a command line naming one verb loads that verb's file alone, and only `--help` or an unknown
 * word loads them all.
 */
import type { Command } from "commander";

export type RegisterVerb = (program: Command) => void;

type VerbModule = { register: RegisterVerb };

/** Top-level command name -> the file that registers it, in help order. */
export const verbLoaders: Record<string, () => Promise<VerbModule>> = {
  init: () => import("./init.js"),
  status: () => import("./status.js"),
  person: () => import("./person.js"),
  event: () => import("./event.js"),
  cohort: () => import("./cohort.js"),
  cohorts: () => import("./cohorts.js"),
  claims: () => import("./claims.js"),
  count: () => import("./count.js"),
  review: () => import("./review.js"),
  backup: () => import("./backup.js"),
  restore: () => import("./restore.js"),
  extract: () => import("./extract.js"),
  eval: () => import("./eval.js"),
  names: () => import("./names.js"),
  ingest: () => import("./ingest.js"),
  watch: () => import("./watch.js"),
  serve: () => import("./serve.js"),
  user: () => import("./user.js"),
};

/** The register functions needed for `argv` (as in process.argv): the named verb's, or all of them. */
export async function verbsFor(argv: readonly string[]): Promise<RegisterVerb[]> {
  const word = argv[2];
  const names = word !== undefined && word in verbLoaders ? [word] : Object.keys(verbLoaders);
  const modules = await Promise.all(names.map((n) => verbLoaders[n]!()));
  return modules.map((m) => m.register);
}
