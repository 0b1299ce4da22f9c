/**
 * @module web/review
 * The review queue: each suggested fact beside its source text with the evidence highlighted,
 * accept / correct / reject forms (plain HTML forms, so it works without JS), bulk-accept of a
 * filtered set, conflicts side by side. `review.js` adds keyboard shortcuts.
 */
import type { Principal } from "../app/auth-service.js";
import { html, type Html } from "./html.js";
import { layout, sourceLink } from "./layout.js";

type Obj = Record<string, unknown>;
interface Span { field: "title" | "text"; start: number; end: number }

/** The document text with evidence spans wrapped in <mark>, every piece escaped. */
export function highlight(text: string, spans: Span[]): Html {
  const ranges = spans.filter((s) => s.field === "text" && s.end > s.start).sort((a, b) => a.start - b.start);
  const parts: Html[] = [];
  let at = 0;
  for (const r of ranges) {
    const start = Math.max(r.start, at);
    if (start >= r.end) continue;
    parts.push(html`${text.slice(at, start)}<mark>${text.slice(start, r.end)}</mark>`);
    at = r.end;
  }
  parts.push(html`${text.slice(at)}`);
  return html`${parts}`;
}

/** Renders the queue from presented suggestions. */
export function renderReview(items: Obj[], counts: Record<string, number>, filter: { kind?: string | undefined }, principal: Principal, notice?: string): string {
  const csrf = principal.csrfToken;
  const hidden = html`<input type="hidden" name="_csrf" value="${csrf}">`;
  const body = html`
<h1>Review queue</h1>
<p class="counts" id="review-counts" aria-live="polite">${Object.entries(counts).map(([k, v]) => html`<span>${k}: <strong data-count="${k}">${v}</strong></span>`)}</p>
${notice ? html`<p role="status">${notice}</p>` : ""}
<p class="muted">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>c</kbd> correct.</p>
<form method="get" action="/review" class="inline"><label for="kind">Kind</label>
<select id="kind" name="kind"><option value="">all</option>${["claim", "cohort", "mention"].map((k) => html`<option value="${k}"${k === filter.kind ? html` selected` : ""}>${k}</option>`)}</select> <button type="submit" class="secondary">Filter</button></form>
<form method="post" action="/review/bulk-accept" class="inline">${hidden}<input type="hidden" name="kind" value="${filter.kind ?? ""}"> <button type="submit">Accept all ${items.length} shown</button></form>
${items.length === 0 ? html`<p>Nothing to review.</p>` : ""}
${items.map((s, i) => {
    const doc = s.document as Obj;
    const id = s.id as string;
    const conflicts = (s.conflicts as Obj[]) ?? [];
    return html`<article class="suggestion" id="s-${id}" data-id="${id}" tabindex="-1" aria-labelledby="h-${id}">
<h2 id="h-${id}">${i + 1}. ${s.kind as string}: ${s.summary as string}</h2>
<p>${doc.outlet ? html`${doc.outlet as string} · ` : ""}${(doc.title as string) ?? ""} ${sourceLink(doc.url as string)}</p>
<div class="doc-text" aria-label="Source text with the evidence highlighted">${highlight(String(doc.text ?? ""), (s.evidence as Span[]) ?? [])}</div>
${conflicts.length ? html`<h3>Other sources</h3><div class="conflicts">${conflicts.map((c) => html`<div class="card"><p>${c.summary as string}</p><p>${c.status as string} · ${sourceLink(c.sourceUrl as string)}</p></div>`)}</div>` : ""}
<div class="actions">
<form method="post" action="/review/${encodeURIComponent(id)}/accept" class="inline">${hidden}<button type="submit" data-action="accept">Accept</button></form>
<form method="post" action="/review/${encodeURIComponent(id)}/reject" class="inline">${hidden}<button type="submit" class="danger" data-action="reject">Reject</button></form>
<form method="post" action="/review/${encodeURIComponent(id)}/correct" class="inline">${hidden}<label for="v-${id}" class="inline">Correct value</label> <input id="v-${id}" name="value" inputmode="numeric" size="6" value="${String((s.value as Obj)?.value ?? (s.value as Obj)?.count ?? "")}"> <button type="submit" class="secondary" data-action="correct">Correct</button></form>
</div></article>`;
  })}`;
  return layout({ title: "Review", principal, body, scripts: ["/static/review.js"] });
}
