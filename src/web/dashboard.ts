/**
 * @module web/dashboard
 * The public dashboard: every number in a plain HTML table; `dashboard.js` draws the charts from
 * /api/stats into the canvases (no inline script, so the CSP holds and tables work without JS).
 */
import type { Principal } from "../app/auth-service.js";
import { formatPartialDate, type DatePrecision } from "../domain/dates.js";
import { html } from "./html.js";
import { layout, sourceLink } from "./layout.js";

type Obj = Record<string, unknown>;
const fmt = (n: unknown) => (typeof n === "number" ? n.toLocaleString("en-GB") : "—");
const QUAL: Record<string, string> = { exact: "", over: "over ", about: "about ", up_to: "up to ", at_least: "at least " };

/** Renders the dashboard from presented statistics (the public shape). */
export function renderDashboard(stats: Obj, principal: Principal | null): string {
  const heldNow = stats.heldNow as { derived: number; claimed: (Obj & { publisher: string }) | null };
  const over = stats.heldOverTime as { derived: { date: string; held: number }[]; claimed: { publisher: string; points: Obj[] }[] };
  const rounds = stats.rounds as Obj[];
  const inc = stats.incommunicado as Obj[];
  const year = stats.thisYear as Obj;
  const claimedRows: Obj[] = over.claimed.flatMap((s) => s.points.map((p) => ({ ...p, publisher: s.publisher })));
  const body = html`
<h1>Political prisoners in Belarus</h1>
<section class="cards" aria-label="Headline numbers">
  <div class="card"><h2>Held now (claimed)</h2><p class="big">${fmt(heldNow.claimed?.value)}</p><p>${heldNow.claimed ? html`${heldNow.claimed.publisher}, ${String(heldNow.claimed.date)} · ${sourceLink(heldNow.claimed.sourceUrl as string)}` : "no claim yet"}</p></div>
  <div class="card"><h2>Held now (named in registry)</h2><p class="big">${fmt(heldNow.derived)}</p><p>derived on ${stats.asOf as string}</p></div>
  <div class="card"><h2>${year.year as number}: released in rounds</h2><p class="big">${fmt(year.releasedInRounds)}</p><p>${fmt(year.rounds)} rounds · ${fmt(year.identifiedInRounds)} identified</p></div>
</section>

<section aria-labelledby="held-h"><h2 id="held-h">Held over time</h2>
<div class="chart"><canvas id="held-chart" role="img" aria-label="Line chart of political prisoners held over time, claimed by each publisher and derived from the registry; the same data is in the table below"></canvas></div>
<div class="table-wrap"><table id="held-table"><caption>Claimed counts, each with its source</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Publisher</th><th scope="col" class="num">Held</th><th scope="col">Source</th></tr></thead>
<tbody>${claimedRows.map((p) => html`<tr><td>${p.date as string}</td><td>${p.publisher as string}</td><td class="num">${QUAL[p.qualifier as string] ?? ""}${fmt(p.value)}</td><td>${sourceLink(p.sourceUrl as string)}</td></tr>`)}</tbody></table></div>
${over.derived.length ? html`<details><summary>Derived from the registry (${over.derived.length} points)</summary><table><thead><tr><th scope="col">Date</th><th scope="col" class="num">Held (named)</th></tr></thead><tbody>${over.derived.map((d) => html`<tr><td>${d.date}</td><td class="num">${fmt(d.held)}</td></tr>`)}</tbody></table></details>` : ""}
</section>

<section aria-labelledby="rounds-h"><h2 id="rounds-h">Pardon rounds and releases</h2>
<div class="chart"><canvas id="rounds-chart" role="img" aria-label="Bar chart of the size of each pardon round and release; the same data is in the table below"></canvas></div>
<div class="table-wrap"><table id="rounds-table"><caption>Rounds, their sizes and published breakdowns</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Kind</th><th scope="col" class="num">People</th><th scope="col">Breakdown</th><th scope="col" class="num">Identified</th><th scope="col">Sources</th></tr></thead>
<tbody>${rounds.map((r) => {
    const b = Object.entries((r.breakdown as Record<string, number>) ?? {}).map(([k, v]) => `${k.replace(/_/g, " ")} ${v}`).join(", ");
    return html`<tr><td><a href="/cohorts/${encodeURIComponent(r.id as string)}">${r.date ? formatPartialDate({ date: r.date as string, precision: ((r.datePrecision as DatePrecision | null) ?? "day") }) : "undated"}</a></td><td>${r.type as string}</td><td class="num">${QUAL[r.qualifier as string] ?? ""}${fmt(r.count)}</td><td>${b || "—"}</td><td class="num">${fmt(r.identified)}</td><td>${((r.sources as Obj[]) ?? []).map((s, i) => html`${i ? " · " : ""}${sourceLink(s.url as string, `source ${i + 1}`)}`)}</td></tr>`;
  })}</tbody></table></div></section>

<section aria-labelledby="inc-h"><h2 id="inc-h">Incommunicado for over a year</h2>
${inc.length ? html`<div class="table-wrap"><table id="inc-table"><thead><tr><th scope="col">Name</th><th scope="col">No contact since</th><th scope="col" class="num">Days</th></tr></thead><tbody>${inc.map((p) => html`<tr><td><a href="/people/${encodeURIComponent(p.personId as string)}">${p.name as string}</a></td><td>${(p.sinceAsStated ?? p.since) as string}</td><td class="num">${fmt(p.days)}</td></tr>`)}</tbody></table></div>` : html`<p>No one in the registry is recorded as incommunicado for over a year.</p>`}
</section>`;
  return layout({ title: "Dashboard", principal, body, scripts: ["/static/chart.umd.min.js", "/static/dashboard.js"] });
}
