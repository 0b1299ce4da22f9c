/**
 * @module web/registry
 * Registry pages: person (names, cases, status history), cohort, source, search and lists. They
 * render presented records only, so a page shows exactly what the API shows the same role.
 */
import type { Principal } from "../app/auth-service.js";
import { html } from "./html.js";
import { layout, sourceLink } from "./layout.js";

type Obj = Record<string, unknown>;
const arr = (v: unknown) => (Array.isArray(v) ? (v as Obj[]) : []);

/** Search form and results. */
export function renderSearch(q: string, hits: Obj[], principal: Principal | null): string {
  const body = html`<h1>People</h1>
<form method="get" action="/people" role="search"><label for="q">Name, in any script or spelling</label>
<input id="q" name="q" value="${q}" autocomplete="off"> <button type="submit">Search</button></form>
${q ? html`<div class="table-wrap"><table><caption>${hits.length} result(s)</caption><thead><tr><th scope="col">Name</th><th scope="col">Matched</th><th scope="col">Status</th></tr></thead>
<tbody>${hits.map((h) => html`<tr><td><a href="/people/${encodeURIComponent(h.id as string)}">${h.name as string}</a></td><td>${h.matchedName as string}</td><td>${h.status as string}</td></tr>`)}</tbody></table></div>` : ""}`;
  return layout({ title: "People", principal, body });
}

/** One person. Private fields appear only if the presenter let them through. */
export function renderPerson(p: Obj, principal: Principal | null): string {
  const priv = ["health", "chronicIllness", "disability", "disabled", "family", "children", "contacts", "relativesAddresses", "notesPrivate"].filter((k) => p[k] != null);
  const body = html`<h1>${p.name as string}</h1>
<p>Status: <strong>${p.status as string}</strong>${p.region ? html` · ${p.region as string}` : ""}</p>
<h2>Names</h2><ul>${arr(p.names).map((n) => html`<li lang="${(n.language as string) ?? ""}">${n.text as string} <span class="muted">(${n.kind as string}${n.script ? html`, ${n.script as string}` : ""})</span></li>`)}</ul>
<h2>Status history</h2><div class="table-wrap"><table><thead><tr><th scope="col">From</th><th scope="col">To</th><th scope="col">What</th><th scope="col">Where</th><th scope="col">Source</th></tr></thead>
<tbody>${arr(p.acts).map((a) => html`<tr><td>${a.startDate as string}</td><td>${(a.endDate as string) ?? ""}</td><td>${a.type as string}${a.releaseKind ? html` (${a.releaseKind as string})` : ""}</td><td>${((a.facility as Obj | null)?.name as string) ?? ""}</td><td>${sourceLink(a.sourceUrl as string)}</td></tr>`)}</tbody></table></div>
<h2>Cases</h2>${arr(p.cases).length ? html`<ul>${arr(p.cases).map((c) => html`<li>${arr(c.charges).map((ch) => html`art. ${ch.article as string}${ch.part ? html` part ${ch.part as string}` : ""} `)} ${c.court ? html`· ${c.court as string}` : ""} ${c.sentenceMonths != null ? html`· ${c.sentenceMonths as number} months` : ""}</li>`)}</ul>` : html`<p>None recorded.</p>`}
${priv.length ? html`<section aria-labelledby="priv-h" class="card"><h2 id="priv-h">Private (analysts only)</h2><dl>${priv.map((k) => html`<dt>${k}</dt><dd>${String(p[k])}</dd>`)}</dl></section>` : ""}`;
  return layout({ title: String(p.name), principal, body });
}

/** One cohort with its sources and conflicts. */
export function renderCohort(c: Obj, principal: Principal | null): string {
  const body = html`<h1>${c.type as string}: ${(c.date as string) ?? "undated"}</h1>
<p><strong>${c.count as number}</strong> people (${c.qualifier as string}) · ${c.identified as number} identified${c.note ? html` · ${c.note as string}` : ""}</p>
<h2>Breakdown</h2><table><tbody>${Object.entries((c.breakdown as Record<string, number>) ?? {}).map(([k, v]) => html`<tr><th scope="row">${k.replace(/_/g, " ")}</th><td class="num">${v}</td></tr>`)}</tbody></table>
<h2>Named members</h2>${arr(c.members).length ? html`<ul>${arr(c.members).map((m) => html`<li><a href="/people/${encodeURIComponent(m.id as string)}">${m.name as string}</a></li>`)}</ul>` : html`<p>None named.</p>`}
<h2>Sources</h2><ul>${arr(c.sources).map((s) => html`<li>${sourceLink(s.url as string, (s.url as string) ?? "document")} <span class="muted">${JSON.stringify(s.reported ?? {})}</span></li>`)}</ul>
${arr(c.conflicts).length ? html`<h2>Where sources disagree</h2><div class="conflicts">${arr(c.conflicts).map((k) => html`<div class="card"><h3>${k.field as string}</h3>${arr(k.values).map((v) => html`<p>${String(v.value)}: ${arr(v.urls ?? v.sources).map((u) => html`${sourceLink(String(u))} `)}</p>`)}</div>`)}</div>` : ""}`;
  return layout({ title: "Round", principal, body });
}

/** A list of cohorts. */
export function renderCohortList(list: Obj[], principal: Principal | null): string {
  const body = html`<h1>Rounds and releases</h1><div class="table-wrap"><table><thead><tr><th scope="col">Date</th><th scope="col">Kind</th><th scope="col" class="num">People</th><th scope="col" class="num">Identified</th></tr></thead>
<tbody>${list.map((c) => html`<tr><td><a href="/cohorts/${encodeURIComponent(c.id as string)}">${(c.date as string) ?? "undated"}</a></td><td>${c.type as string}</td><td class="num">${c.count as number}</td><td class="num">${c.identified as number}</td></tr>`)}</tbody></table></div>`;
  return layout({ title: "Rounds", principal, body });
}

/** A list of sources, or one source with its facts. */
export function renderSources(list: Obj[], principal: Principal | null): string {
  const body = html`<h1>Sources</h1><div class="table-wrap"><table><thead><tr><th scope="col">Source</th><th scope="col">Outlet</th><th scope="col">Published</th><th scope="col" class="num">Claims</th></tr></thead>
<tbody>${list.map((s) => html`<tr><td><a href="/sources/${encodeURIComponent(s.id as string)}">${(s.title as string) || (s.url as string) || (s.id as string)}</a></td><td>${(s.outlet as string) ?? ""}</td><td>${(s.published as string) ?? ""}</td><td class="num">${arr(s.claims).length}</td></tr>`)}</tbody></table></div>`;
  return layout({ title: "Sources", principal, body });
}

/** One source. */
export function renderSource(s: Obj, principal: Principal | null): string {
  const body = html`<h1>${(s.title as string) || "Source"}</h1><p>${sourceLink(s.url as string, (s.url as string) ?? "")} ${(s.outlet as string) ?? ""} ${(s.published as string) ?? ""}</p>
<h2>Claims</h2><table><thead><tr><th scope="col">Subject</th><th scope="col">As of</th><th scope="col" class="num">Value</th><th scope="col">By</th></tr></thead><tbody>${arr(s.claims).map((c) => html`<tr><td>${c.subject as string}</td><td>${(c.asOf as string) ?? ""}</td><td class="num">${c.value as number}</td><td>${c.attributedTo as string}</td></tr>`)}</tbody></table>
${typeof s.text === "string" ? html`<h2>Text (analysts)</h2><div class="doc-text">${s.text}</div>` : ""}`;
  return layout({ title: "Source", principal, body });
}
