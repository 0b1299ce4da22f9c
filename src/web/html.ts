/**
 * @module web/html
 * HTML building with escaping by default: text from sources is untrusted, so every value goes
 * through `escapeHtml` unless it is already an `Html` fragment built here.
 */

/** A fragment of trusted HTML (built by `html` or `raw`). */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;" };

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"'`]/g, (ch) => ENTITIES[ch] ?? ch);
}

/** Marks a string as trusted HTML: only for markup written in this codebase. */
export function raw(value: string): Html {
  return new Html(value);
}

type Part = Html | string | number | null | undefined | boolean | Part[];

function render(part: Part): string {
  if (part == null || part === false || part === true) return "";
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  return escapeHtml(part);
}

/**
 * Tagged template that escapes every interpolated value except `Html` fragments.
 * @example html`<p>${untrusted}</p>` // "<p>&lt;script&gt;…</p>"
 */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? "";
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? "");
  });
  return new Html(out);
}

/** Only http(s) links are rendered as links; anything else (javascript:, data:) is shown as text. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}
