/**
 * @module http/docs-page
 * A browsable page of the API, rendered on the server from the generated OpenAPI document (no
 * third-party UI bundle, no inline script, so the CSP holds).
 */
import { html, type Html } from "../web/html.js";

interface Op {
  summary?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: unknown;
  responses?: Record<string, { description?: string }>;
}

/** Renders the OpenAPI document as an HTML page. */
export function renderDocsPage(doc: { info: { title: string; version: string }; paths?: Record<string, Record<string, Op>> }): Html {
  const rows = Object.entries(doc.paths ?? {}).flatMap(([path, ops]) =>
    Object.entries(ops).map(
      ([method, op]) => html`<tr>
        <td><code>${method.toUpperCase()}</code></td><td><code>${path}</code></td><td>${op.summary ?? ""}</td>
        <td>${(op.parameters ?? []).map((p) => html`<code>${p.name}</code> (${p.in}${p.required ? ", required" : ""}) `)}${op.requestBody ? "JSON body" : ""}</td>
        <td>${Object.entries(op.responses ?? {}).map(([code, r]) => html`<span title="${r.description ?? ""}">${code}</span> `)}</td>
      </tr>`,
    ),
  );
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.info.title} ${doc.info.version}: API</title><link rel="stylesheet" href="/static/app.css"></head>
<body><main class="page"><h1>${doc.info.title} API ${doc.info.version}</h1>
<p>The machine-readable OpenAPI 3.1 document: <a href="/api/openapi.json">/api/openapi.json</a>. Scripts log in with <code>POST /api/session</code> and send the returned token as <code>Authorization: Bearer …</code>; browsers use the session cookie and send <code>X-CSRF-Token</code> on writes.</p>
<div class="table-wrap"><table><caption>Routes</caption><thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">What</th><th scope="col">Input</th><th scope="col">Responses</th></tr></thead>
<tbody>${rows}</tbody></table></div></main></body></html>`;
}
