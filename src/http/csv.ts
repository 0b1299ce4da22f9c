/**
 * @module http/csv
 * CSV per RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, and
 * quotes doubled. Cells starting with = + - @ are prefixed with ' so spreadsheets do not run
 * them as formulas (source text is untrusted).
 */

function cell(value: unknown): string {
  if (value == null) return "";
  let s = typeof value === "object" ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Renders rows as CSV with the given columns (header first).
 * @example toCsv(["id", "name"], [{ id: "1", name: "A, B" }]) // 'id,name\r\n1,"A, B"\r\n'
 */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const lines = [columns.map(cell).join(",")];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c])).join(","));
  return lines.join("\r\n") + "\r\n";
}
