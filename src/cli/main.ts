/**
 * @module cli/main
 * The `vigil` command: builds the commander program from one file per verb and maps domain
 * errors to exit codes that scripts can trust.
 *
 * Exit codes: 0 ok · 1 failure · 2 invalid input or usage · 3 not found · 4 conflict · 5 forbidden · 6 unreadable source.
 */
import { Command, CommanderError } from "commander";
import { ConflictError, ForbiddenError, NotFoundError, SourceError, ValidationError } from "../domain/errors.js";
import { verbsFor, type RegisterVerb } from "./verbs.js";

export function exitCodeFor(error: unknown): number {
  if (error instanceof ValidationError) return 2;
  if (error instanceof NotFoundError) return 3;
  if (error instanceof ConflictError) return 4;
  if (error instanceof ForbiddenError) return 5;
  if (error instanceof SourceError) return 6;
  return 1;
}

/** The program with the given verbs registered (see `verbsFor`). */
export function buildProgram(verbs: readonly RegisterVerb[]): Command {
  const program = new Command("vigil")
    .description("Vigil: a monitor of political imprisonment: sources, facts with evidence, a registry, answers.")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  for (const register of verbs) register(program);
  return program;
}

/** Runs the CLI with `argv` (as in process.argv) and resolves to the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram(await verbsFor(argv));
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit with 0; usage errors already printed their message.
      return error.exitCode === 0 ? 0 : 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`vigil: ${message.split("\n")[0]}\n`);
    if (process.env.VIGIL_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return exitCodeFor(error);
  } finally {
    const { closeContext } = await import("./context.js");
    await closeContext();
  }
}
