/**
 * @module cli/event
 * `vigil event add`: records a status change (an act) in a person's history.
 */
import type { Command } from "commander";
import { EVENT_TYPES, recordEvent } from "../app/record-event.js";
import { formatPartialDate, type DatePrecision } from "../domain/dates.js";
import { getVigil } from "./context.js";
import { cliActor, print } from "./io.js";

export function register(program: Command): void {
  const event = program.command("event").description("status changes of a person (detained, sentenced, released …)");
  event
    .command("add")
    .description("record a status change")
    .requiredOption("--person <id>", "the person's id")
    .requiredOption("--type <type>", `one of: ${EVENT_TYPES.join(", ")}`)
    .requiredOption("--date <date>", "when: YYYY-MM-DD, YYYY-MM or YYYY")
    .option("--precision <p>", "day, month, year or estimate (default: from the date's form)")
    .option("--end-date <date>", "when it ended (a term served)")
    .option("--release-kind <kind>", "for a release: sentence_served, pardon, amnesty, exchange, expelled")
    .option("--non-custodial", "the act does not put the person in custody (restricted freedom, a fine, in absentia)")
    .option("--facility <id>", "place of detention")
    .option("--cohort <id>", "the cohort (pardon round, exchange) this was part of")
    .option("--source <url>", "where this is reported")
    .option("--note <text>", "a note")
    .option("--json", "print JSON")
    .action(async (opts: { person: string; type: string; date: string; precision?: string; endDate?: string; releaseKind?: string; nonCustodial?: boolean; facility?: string; cohort?: string; source?: string; note?: string; json?: boolean }) => {
      const vigil = await getVigil();
      const act = await recordEvent(vigil, {
        personId: opts.person,
        type: opts.type,
        date: opts.date,
        precision: opts.precision as DatePrecision | undefined,
        endDate: opts.endDate ?? null,
        releaseKind: opts.releaseKind ?? null,
        custodial: opts.nonCustodial ? false : null,
        facilityId: opts.facility ?? null,
        cohortId: opts.cohort ?? null,
        sourceUrl: opts.source ?? null,
        note: opts.note ?? null,
        actor: cliActor(),
      });
      const date = formatPartialDate({ date: act.startDate, precision: act.startPrecision });
      print(opts.json, { id: act.id, person: act.personId, type: act.type, release_kind: act.releaseKind, date, precision: act.startPrecision }, () => `recorded ${act.type}${act.releaseKind ? ` (${act.releaseKind})` : ""} on ${date} for ${act.personId}: ${act.id}`);
    });
}
