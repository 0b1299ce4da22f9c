/**
 * @module cli/claims
 * `vigil claims list [--json]`: count claims with value, qualifier, as_of, attributed_to, status
 * and source.
 */
import type { Command } from "commander";
import { listClaims } from "../app/list-claims.js";
import { getVigil } from "./context.js";
import { intOption, print } from "./io.js";

export function register(program: Command): void {
  const claims = program.command("claims").description("list claims (what publishers say)");
  claims
    .command("list")
    .description("claims with value, qualifier, as-of date, attribution, status and source")
    .option("--status <status>", "suggested, accepted, corrected, rejected or retracted")
    .option("--subject <subject>", "e.g. political_prisoners_held")
    .option("--attributed-to <who>", "only this publisher")
    .option("--document <id>", "only claims from this document")
    .option("--limit <n>", "at most this many", "1000")
    .option("--json", "print JSON")
    .action(async (opts: { status?: string; subject?: string; attributedTo?: string; document?: string; limit: string; json?: boolean }) => {
      const vigil = await getVigil();
      const list = await listClaims(vigil, { status: opts.status, subject: opts.subject, attributedTo: opts.attributedTo, documentId: opts.document, limit: intOption(opts.limit, "limit")! });
      print(opts.json, list, () => list.map((c) => `${c.id}  ${c.as_of ?? "undated"}  ${c.qualifier === "exact" ? "" : `${c.qualifier} `}${c.value}  ${c.subject}  — ${c.attributed_to}  [${c.status}]  ${c.source}`).join("\n") || "(no claims)");
    });
}
