/**
 * @module cli/review
 * `vigil review <claims|cohorts|mentions> <accept|correct|reject|retract> [ids…]`: moves
 * suggested facts through review, audited. With ids, acts on those; without, on every fact
 * that the filter options select (at least one filter, or --all, is required: no accidental
 * mass changes). A bulk action is all or nothing.
 *
 *   vigil review claims accept --document 01J…           # every suggestion from one document
 *   vigil review cohorts correct 01J… --set women=9 --set men=23
 *   vigil review claims retract 01J… --note "misread figure"
 */
import type { Command } from "commander";
import { reviewClaim, reviewClaims } from "../app/review-claims.js";
import { reviewCohort, reviewCohorts } from "../app/review-cohorts.js";
import { reviewMention, reviewMentions } from "../app/review-mentions.js";
import { ValidationError } from "../domain/errors.js";
import { REVIEW_ACTIONS, type ReviewAction } from "../domain/review.js";
import { getVigil } from "./context.js";
import { cliActor, collect, print } from "./io.js";

const KINDS = ["claims", "cohorts", "mentions"] as const;
type Kind = (typeof KINDS)[number];

interface Opts {
  set: string[];
  note?: string;
  status?: string;
  document?: string;
  attributedTo?: string;
  subject?: string;
  type?: string;
  all?: boolean;
  json?: boolean;
}

function parseSet(pairs: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of pairs) {
    const i = p.indexOf("=");
    if (i <= 0) throw new ValidationError("set", `expected field=value: ${p}`);
    const key = p.slice(0, i).trim();
    const raw = p.slice(i + 1).trim();
    out[key] = raw === "null" ? null : raw;
  }
  return out;
}

export function register(program: Command): void {
  program
    .command("review <kind> <action> [ids...]")
    .description(`review suggested facts: kind ${KINDS.join("|")}, action ${REVIEW_ACTIONS.join("|")}`)
    .option("--set <field=value>", "a corrected value (with correct; repeatable)", collect, [])
    .option("--note <text>", "why (kept in the audit log)")
    .option("--status <status>", "bulk: only facts in this status (default: suggested; accepted for retract)")
    .option("--document <id>", "bulk: only facts from this document")
    .option("--attributed-to <who>", "bulk (claims): only this publisher")
    .option("--subject <subject>", "bulk (claims): only this subject")
    .option("--type <type>", "bulk (cohorts): only this type")
    .option("--all", "bulk: every fact in the status, no other filter")
    .option("--json", "print JSON")
    .action(async (kindArg: string, actionArg: string, ids: string[], opts: Opts) => {
      const kind = kindArg.replace(/s?$/, "s") as Kind;
      if (!KINDS.includes(kind)) throw new ValidationError("kind", `must be one of ${KINDS.join(", ")}: ${kindArg}`);
      const action = actionArg as ReviewAction;
      if (!REVIEW_ACTIONS.includes(action)) throw new ValidationError("action", `must be one of ${REVIEW_ACTIONS.join(", ")}: ${actionArg}`);
      const values = opts.set.length ? parseSet(opts.set) : undefined;
      if (action === "correct" && (ids.length !== 1 || !values)) throw new ValidationError("set", "correct takes exactly one id and at least one --set field=value");
      if (action !== "correct" && values) throw new ValidationError("set", `--set is only for correct, not ${action}`);
      const actor = cliActor();
      const vigil = await getVigil();
      let reviewed: { id: string; status: string }[] = [];
      if (ids.length) {
        // Several ids: one transaction, so they all move or none does.
        reviewed = await vigil.tx.run(async (repos) => {
          const deps = { tx: { run: <T>(w: (r: typeof repos) => Promise<T>) => w(repos) } };
          const out: { id: string; status: string }[] = [];
          for (const id of ids) {
            const req = { id, action, values, actor, note: opts.note ?? null };
            out.push(kind === "claims" ? await reviewClaim(deps, req) : kind === "cohorts" ? await reviewCohort(deps, req) : await reviewMention(deps, { ...req, values: values as never }));
          }
          return out;
        });
      } else {
        const hasFilter = opts.document || opts.attributedTo || opts.subject || opts.type || opts.status;
        if (!hasFilter && !opts.all) throw new ValidationError("ids", "give ids, a filter (--document, --attributed-to, --subject, --type, --status) or --all");
        if (action === "correct") throw new ValidationError("action", "correct works on one id");
        const status = opts.status ?? (action === "retract" ? "accepted" : "suggested");
        const bulk = action as Exclude<ReviewAction, "correct">;
        if (kind === "claims") reviewed = await reviewClaims(vigil, { status, documentId: opts.document, attributedTo: opts.attributedTo, subject: opts.subject }, bulk, actor);
        else if (kind === "cohorts") reviewed = await reviewCohorts(vigil, { status, type: opts.type }, bulk, actor);
        else reviewed = await reviewMentions(vigil, { status, documentId: opts.document }, bulk, actor);
      }
      print(opts.json, { kind, action, reviewed: reviewed.length, ids: reviewed.map((r) => r.id), statuses: reviewed.map((r) => r.status) }, () => `${action}: ${reviewed.length} ${kind}`);
    });
}
