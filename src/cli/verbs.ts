/**
 * @module cli/verbs
 * The list of CLI verbs. Each verb lives in its own file and exports `register(program)`;
 * add one line here per verb file.
 */
import type { Command } from "commander";
import { register as evalVerb } from "./eval.js";
import { register as extractVerb } from "./extract.js";

export type RegisterVerb = (program: Command) => void;

export const verbs: RegisterVerb[] = [extractVerb, evalVerb];
