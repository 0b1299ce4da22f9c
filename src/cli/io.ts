/**
 * @module cli/io
 * Small helpers the core verbs share: printing JSON or text, and reading numeric options with
 * errors that name the field (so `vigil: women: must be a whole number` is all a script sees).
 */
import { userInfo } from "node:os";
import { ValidationError } from "../domain/errors.js";

/** Prints `value` as one JSON line with --json, else the human text. */
export function print(json: boolean | undefined, value: unknown, text: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(value)}\n` : `${text()}\n`);
}

/** Parses an optional whole-number option; `field` is the flag name shown in errors. */
export function intOption(value: string | undefined, field: string): number | null {
  if (value === undefined) return null;
  if (!/^\s*-?\d+\s*$/.test(value)) throw new ValidationError(field, `must be a whole number: ${value}`);
  return Number(value);
}

/** Who is acting, for the audit log: VIGIL_ACTOR, else "cli:<os user>". */
export function cliActor(): string {
  if (process.env.VIGIL_ACTOR) return process.env.VIGIL_ACTOR;
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return "cli";
  }
}

/** Collects a repeatable option (`--alias a --alias b`). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
