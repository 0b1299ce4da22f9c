/**
 * @module ingest/people-csv
 * A monitor's spreadsheet of people (name, birth year, region, articles, sentence, prison,
 * status, dates) -> validated rows. Every bad row is reported with its line number and reason;
 * the caller imports nothing until the file is clean, or (with --skip-bad) imports the good
 * rows and writes the bad ones out with `badRowsCsv`.
 */
import { parse } from "csv-parse/sync";
import { SourceError } from "../domain/errors.js";

/** One valid person row, as the registry import receives it. */
export interface PersonRow {
  /** 1-based line of the row in the file. */
  line: number;
  name: string;
  birthYear: number | null;
  region: string | null;
  /** Criminal-code articles as written, one per entry ("342 ч.1", "361-1"). */
  articles: string[];
  sentence: string | null;
  /** The sentence in months when it could be read ("3 years 6 months" -> 42). */
  sentenceMonths: number | null;
  prison: string | null;
  status: PersonStatus | null;
  /** ISO dates, "YYYY-MM" or "YYYY" when only that much is known. */
  detained: string | null;
  sentenced: string | null;
  released: string | null;
}

export type PersonStatus = "held" | "released" | "pardoned" | "died" | "wanted" | "unknown";

/** A row that failed validation. */
export interface BadRow {
  line: number;
  reason: string;
  raw: string;
}

/** Result of reading a people CSV. */
export interface PeopleCsv {
  rows: PersonRow[];
  bad: BadRow[];
  /** The header line, to write the bad rows back out under it. */
  header: string;
}

type Field = keyof Omit<PersonRow, "line" | "sentenceMonths">;

// Header aliases in English, Russian and Belarusian, compared lower-case without punctuation.
const HEADERS: Record<string, Field> = {
  name: "name", "full name": "name", фио: "name", имя: "name", "імя": "name", "прозвішча імя": "name",
  "birth year": "birthYear", born: "birthYear", "year of birth": "birthYear", "год рождения": "birthYear", "год нараджэння": "birthYear",
  region: "region", регион: "region", область: "region", рэгіён: "region",
  articles: "articles", article: "articles", статьи: "articles", статья: "articles", артыкулы: "articles",
  sentence: "sentence", приговор: "sentence", срок: "sentence", прысуд: "sentence",
  prison: "prison", facility: "prison", колония: "prison", "место заключения": "prison", калонія: "prison",
  status: "status", статус: "status",
  detained: "detained", "detained on": "detained", задержан: "detained", "дата задержания": "detained", затрыманы: "detained",
  sentenced: "sentenced", "sentenced on": "sentenced", осужден: "sentenced", "дата приговора": "sentenced",
  released: "released", "released on": "released", освобожден: "released", "дата освобождения": "released", вызвалены: "released",
};

const STATUSES: Record<string, PersonStatus> = {
  held: "held", "in custody": "held", imprisoned: "held", "в заключении": "held", "под стражей": "held", "за кратамі": "held",
  released: "released", free: "released", освобожден: "released", освобождена: "released", "на свободе": "released", вызвалены: "released",
  pardoned: "pardoned", помилован: "pardoned", помилована: "pardoned", памілаваны: "pardoned",
  died: "died", deceased: "died", умер: "died", умерла: "died", погиб: "died",
  wanted: "wanted", розыск: "wanted",
  unknown: "unknown", неизвестно: "unknown", "": "unknown",
};

/**
 * Parses and validates a people CSV (delimiter `,`, `;` or tab, detected from the header).
 * Throws SourceError when the file as a whole is unreadable (no name column, broken quoting).
 * @example readPeopleCsv("name,birth year\nAnna,1980\n", "people.csv").rows[0].birthYear === 1980
 */
export function readPeopleCsv(text: string, source: string, now = new Date()): PeopleCsv {
  const clean = text.replace(/^\uFEFF/, "");
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = detectDelimiter(firstLine);
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    records = parse(clean, { delimiter, info: true, raw: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as never;
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    throw new SourceError(source, `not a readable CSV${e.lines ? ` (line ${e.lines})` : ""}: ${e.message ?? String(error)}`);
  }
  const head = records.shift();
  if (!head) throw new SourceError(source, "empty CSV");
  const columns = head.record.map((h) => HEADERS[h.toLowerCase().replace(/[_.:*]+/g, " ").replace(/\s+/g, " ").trim()] ?? null);
  if (!columns.includes("name")) {
    throw new SourceError(source, `no name column in the header (found: ${head.record.join(", ")})`);
  }
  const rows: PersonRow[] = [];
  const bad: BadRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, raw, info } of records) {
    const body = raw.replace(/^(\r?\n)+/, "").replace(/\r?\n$/, "");
    const line = info.lines - (body.match(/\n/g)?.length ?? 0);
    const reasons: string[] = [];
    if (record.length !== head.record.length) reasons.push(`${record.length} fields, expected ${head.record.length}`);
    const value = (field: Field): string | null => {
      const i = columns.indexOf(field);
      const v = i >= 0 ? record[i]?.trim() : undefined;
      return v ? v : null;
    };
    const row = validateRow(value, line, now, reasons);
    if (row) {
      const key = `${row.name.toLowerCase()}|${row.birthYear ?? ""}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) reasons.push(`duplicate of line ${earlier}`);
      else seen.set(key, line);
    }
    if (reasons.length > 0 || !row) bad.push({ line, reason: reasons.join("; "), raw: body });
    else rows.push(row);
  }
  return { rows, bad, header: firstLine };
}

function validateRow(value: (f: Field) => string | null, line: number, now: Date, reasons: string[]): PersonRow | null {
  const name = value("name");
  if (!name) reasons.push("name is empty");
  else if (!/\p{L}/u.test(name)) reasons.push(`name "${name}" has no letters`);
  let birthYear: number | null = null;
  const by = value("birthYear");
  if (by) {
    birthYear = /^\d{4}$/.test(by) ? Number(by) : NaN;
    if (!(birthYear >= 1900 && birthYear <= now.getFullYear() - 10)) reasons.push(`birth year "${by}" is not a year between 1900 and ${now.getFullYear() - 10}`);
  }
  const status = value("status");
  const st = status === null ? null : (STATUSES[status.toLowerCase()] ?? undefined);
  if (st === undefined) reasons.push(`unknown status "${status}" (expected held, released, pardoned, died, wanted, unknown)`);
  const articles = (value("articles") ?? "").split(/[;,]/).map((a) => a.trim()).filter(Boolean);
  for (const a of articles) if (!/^(ст\.?\s*|art\.?\s*|article\s*)?\d{2,3}(\.\d|-\d)?\b/i.test(a)) reasons.push(`"${a}" is not an article number`);
  const dates: Partial<Record<"detained" | "sentenced" | "released", string | null>> = {};
  for (const field of ["detained", "sentenced", "released"] as const) {
    const raw = value(field);
    const iso = raw ? parseDate(raw) : null;
    if (raw && !iso) reasons.push(`${field} date "${raw}" is not a date (use YYYY-MM-DD or DD.MM.YYYY)`);
    else if (iso && iso > now.toISOString().slice(0, 10)) reasons.push(`${field} date ${iso} is in the future`);
    dates[field] = iso;
  }
  if (dates.detained && dates.released && dates.released < dates.detained) reasons.push(`released ${dates.released} before detained ${dates.detained}`);
  if (dates.detained && dates.sentenced && dates.sentenced < dates.detained) reasons.push(`sentenced ${dates.sentenced} before detained ${dates.detained}`);
  if (reasons.length > 0 || !name) return null;
  const sentence = value("sentence");
  return {
    line, name: name.replace(/\s+/g, " "), birthYear, region: value("region"), articles, sentence,
    sentenceMonths: sentence ? sentenceMonths(sentence) : null, prison: value("prison"), status: st ?? null,
    detained: dates.detained ?? null, sentenced: dates.sentenced ?? null, released: dates.released ?? null,
  };
}

/** "2021-03-05", "2021-03", "2021", "05.03.2021" -> ISO with the precision given; else null. */
export function parseDate(raw: string): string | null {
  const s = raw.trim();
  let y: number, m = 0, d = 0;
  let match = s.match(/^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
  else if ((match = s.match(/^(\d{1,2})[./](\d{1,2})[./](\d{4})$/))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  if (y < 1900 || y > 2100 || m > 12 || (m === 0 && d > 0)) return null;
  if (m === 0) return String(y);
  const mm = String(m).padStart(2, "0");
  if (d === 0) return `${y}-${mm}`;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${mm}-${String(d).padStart(2, "0")}`;
}

/** Reads "3 years 6 months", "3 г. 6 мес.", "1.5 years" into months; null when unreadable. */
export function sentenceMonths(text: string): number | null {
  const t = text.toLowerCase().replace(",", ".");
  const years = t.match(/(\d+(?:\.\d+)?)\s*(years?|yrs?|лет|года?|г\.?(?=\s|$)|гадоў|гады)/);
  const months = t.match(/(\d+)\s*(months?|мес|месяц|месяцев|месяца|мес\.)/);
  if (!years && !months) return null;
  return Math.round(Number(years?.[1] ?? 0) * 12 + Number(months?.[1] ?? 0));
}

/** The bad rows as CSV: the original header plus `line` and `reason` columns first. */
export function badRowsCsv(result: PeopleCsv): string {
  const delimiter = detectDelimiter(result.header);
  const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  const lines = [`line${delimiter}reason${delimiter}${result.header}`];
  for (const b of result.bad) lines.push(`${b.line}${delimiter}${quote(b.reason)}${delimiter}${b.raw}`);
  return `${lines.join("\n")}\n`;
}

function detectDelimiter(header: string): string {
  const counts = [",", ";", "\t"].map((d) => [d, header.split(d).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]?.[0] ?? ",";
}
