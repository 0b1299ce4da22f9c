/**
 * @module web/layout
 * The page frame: navigation, skip link, the signed-in user, stylesheet and (external) scripts.
 */
import type { Principal } from "../app/auth-service.js";
import { html, type Html } from "./html.js";

export interface PageOptions {
  title: string;
  principal: Principal | null;
  scripts?: string[];
  body: Html;
}

/** Renders a whole HTML page. */
export function layout(o: PageOptions): string {
  const user = o.principal
    ? html`<form method="post" action="/logout" class="inline"><input type="hidden" name="_csrf" value="${o.principal.csrfToken}"><span>${o.principal.username} (${o.principal.role})</span> <button type="submit">Log out</button></form>`
    : html`<a href="/login">Log in</a>`;
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} · Vigil</title><link rel="stylesheet" href="/static/app.css">
${(o.scripts ?? []).map((s) => html`<script src="${s}" defer></script>`)}
</head><body>
<a class="skip" href="#main">Skip to content</a>
<header class="top"><nav aria-label="Main"><a href="/" class="brand">Vigil</a> <a href="/people">People</a> <a href="/cohorts">Rounds</a> <a href="/sources">Sources</a> ${o.principal ? html`<a href="/review">Review</a>` : ""} <a href="/api/docs">API</a></nav><div class="user">${user}</div></header>
<main id="main" class="page">${o.body}</main>
<footer class="foot"><p>Numbers are of two kinds, never mixed: <strong>claimed</strong> (what a publisher says, with its source) and <strong>derived</strong> (counted from the registry: always lower while names are missing). Exports: <a href="/api/export/claims.csv">claims CSV</a> · <a href="/api/export/cohorts.csv">rounds CSV</a> · <a href="/api/export/people.json">people JSON</a>.</p></footer>
</body></html>`.value;
}

/** A link to an external source, or the plain text when it is not an http(s) URL. */
export function sourceLink(url: string | null | undefined, label = "source"): Html {
  if (!url) return html`<span class="muted">no source</span>`;
  const safe = /^https?:\/\//i.test(url) ? url : null;
  return safe ? html`<a href="${safe}" rel="noopener noreferrer nofollow">${label}</a>` : html`<span>${url}</span>`;
}
