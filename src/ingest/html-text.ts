/**
 * @module ingest/html-text
 * HTML fragment -> readable text with paragraph breaks. The extractor's evidence offsets point
 * into this text, so it must be stable for the same input and keep sentence boundaries that
 * `textContent` would glue together ("...released.Next paragraph").
 */
import { parseHTML } from "linkedom";

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
  "table", "tr", "ul", "td", "th", "tbody", "thead",
]);
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "iframe", "object", "head"]);

interface MiniNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MiniNode>;
}

/**
 * Converts an HTML fragment or document to plain text: blocks become paragraphs, `<br>` a line
 * break, scripts and styles vanish (they are never run: linkedom builds a DOM without a JS engine).
 * @example htmlToText("<p>One</p><p>Two<br>three</p>") === "One\n\nTwo\nthree"
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return normaliseText(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToText(document.body as unknown as MiniNode);
}

/** Text of a DOM node built by linkedom (used for Readability's cleaned article element). */
export function nodeToText(root: MiniNode): string {
  const out: string[] = [];
  walk(root, out);
  return normaliseText(out.join(""));
}

function walk(node: MiniNode, out: string[]): void {
  if (node.nodeType === 3) {
    out.push((node.textContent ?? "").replace(/\s+/g, " "));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toLowerCase();
  if (SKIP.has(name)) return;
  if (name === "br") {
    out.push("\n");
    return;
  }
  const block = BLOCK.has(name);
  if (block) out.push("\n\n");
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child) walk(child, out);
  }
  if (block) out.push("\n\n");
  else if (name === "td" || name === "th") out.push(" ");
}

/** Trims lines, collapses runs of spaces and of blank lines. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
