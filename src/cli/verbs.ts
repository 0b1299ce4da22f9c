/**
 * @module cli/verbs
 * The list of CLI verbs. Each verb lives in its own file and exports `register(program)`;
 * add one line here per verb file.
 */
import type { Command } from "commander";
import { register as evalVerb } from "./eval.js";
import { register as extractVerb } from "./extract.js";
import { register as ingestVerb } from "./ingest.js";
import { register as watchVerb } from "./watch.js";
import { register as initVerb } from "./init.js";
import { register as statusVerb } from "./status.js";
import { register as personVerb } from "./person.js";
import { register as eventVerb } from "./event.js";
import { register as cohortVerb } from "./cohort.js";
import { register as cohortsVerb } from "./cohorts.js";
import { register as claimsVerb } from "./claims.js";
import { register as countVerb } from "./count.js";
import { register as reviewVerb } from "./review.js";
import { register as backupVerb } from "./backup.js";
import { register as restoreVerb } from "./restore.js";
import { register as namesVerb } from "./names.js";
import { register as serveVerb } from "./serve.js";
import { register as userVerb } from "./user.js";

export type RegisterVerb = (program: Command) => void;

export const verbs: RegisterVerb[] = [initVerb, statusVerb, personVerb, eventVerb, cohortVerb, cohortsVerb, claimsVerb, countVerb, reviewVerb, backupVerb, restoreVerb, extractVerb, evalVerb, namesVerb, ingestVerb, watchVerb, serveVerb, userVerb];
