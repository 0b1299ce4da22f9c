/**
 * @module ingest/telegram
 * Telegram Desktop channel export (`result.json`, "Export chat history" in JSON) -> one document
 * per message that has text. Per STYLE.md: `text_entities` is always an array and is read in
 * preference to `text` (a string or a mixed array); `date_unixtime` is used because `date` is
 * the exporting machine's local time without an offset; empty fields are omitted, not null.
 */
import type { DocumentInput } from "../domain/document.js";
import { SourceError } from "../domain/errors.js";

/** What a Telegram export produced, and what it skipped (service messages, media only...). */
export interface TelegramResult {
  documents: DocumentInput[];
  /** Count of skipped messages by reason, e.g. { "service message": 3, "no text": 12 }. */
  skipped: Record<string, number>;
}

/** Options that the export itself does not carry. */
export interface TelegramOptions {
  /** Public username of the channel (without @): gives messages their https://t.me/NAME/ID link. */
  channel?: string | null;
  /** Outlet name to record instead of the export's chat name. */
  outlet?: string | null;
}

type Entity = { type?: unknown; text?: unknown };
type Message = Record<string, unknown>;

/** True when parsed JSON looks like a Telegram Desktop export. */
export function isTelegramExport(json: unknown): json is { messages: unknown[] } {
  return typeof json === "object" && json !== null && Array.isArray((json as { messages?: unknown }).messages);
}

/**
 * Converts a parsed Telegram export into documents. Unknown message types are skipped and
 * counted: Telegram adds types over the years and one must not sink a whole export.
 * @example telegramDocuments(json, "result.json", { channel: "viasna96" }).documents[0].url
 *   // "https://t.me/viasna96/1234"
 */
export function telegramDocuments(json: unknown, source: string, options: TelegramOptions = {}): TelegramResult {
  if (!isTelegramExport(json)) throw new SourceError(source, "not a Telegram export: no \"messages\" array");
  const chat = json as { messages: unknown[]; name?: unknown; id?: unknown; username?: unknown };
  const chatName = typeof chat.name === "string" ? chat.name : null;
  const chatId = typeof chat.id === "number" || typeof chat.id === "string" ? String(chat.id) : "unknown";
  const channel = cleanUsername(options.channel ?? (typeof chat.username === "string" ? chat.username : null));
  const documents: DocumentInput[] = [];
  const skipped: Record<string, number> = {};
  const skip = (reason: string): void => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  for (const raw of chat.messages) {
    if (typeof raw !== "object" || raw === null) {
      skip("malformed message");
      continue;
    }
    const message = raw as Message;
    if (message.type === "service") {
      skip("service message");
      continue;
    }
    if (message.type !== "message") {
      skip(`unknown message type ${JSON.stringify(message.type ?? null)}`);
      continue;
    }
    const id = message.id;
    if (typeof id !== "number" && typeof id !== "string") {
      skip("message without id");
      continue;
    }
    const text = messageText(message).trim();
    if (!text) {
      skip("no text");
      continue;
    }
    documents.push({
      text,
      title: null,
      url: channel ? `https://t.me/${channel}/${id}` : null,
      outlet: options.outlet ?? chatName,
      published: messageDate(message),
      language: null,
      // The message object as exported: edits (`edited_unixtime`) and `forwarded_from` stay
      // in it, and an edited message re-exported later hashes differently: a new document.
      original: new TextEncoder().encode(JSON.stringify(message)),
      originalType: "application/json",
      origin: `telegram:${chatId}/${id}`,
    });
  }
  return { documents, skipped };
}

/** Message text from `text_entities`, falling back to `text` (string or array of pieces). */
export function messageText(message: Message): string {
  const entities = message.text_entities;
  if (Array.isArray(entities) && entities.length > 0) return entities.map(pieceText).join("");
  const text = message.text;
  if (typeof text === "string") return text;
  if (Array.isArray(text)) return text.map(pieceText).join("");
  return "";
}

function pieceText(piece: unknown): string {
  if (typeof piece === "string") return piece;
  const text = (piece as Entity | null)?.text;
  return typeof text === "string" ? text : "";
}

function messageDate(message: Message): string | null {
  const unix = Number(message.date_unixtime);
  if (Number.isFinite(unix) && unix > 0) return new Date(unix * 1000).toISOString();
  // Older exports have only `date`, local time of the exporting machine: keep the day only,
  // which is right unless the message was posted near midnight.
  return typeof message.date === "string" && /^\d{4}-\d{2}-\d{2}/.test(message.date) ? message.date.slice(0, 10) : null;
}

function cleanUsername(name: string | null): string | null {
  if (!name) return null;
  const m = name.trim().replace(/^@/, "").replace(/^https?:\/\/t\.me\//i, "").replace(/\/.*$/, "");
  return /^[A-Za-z0-9_]{3,}$/.test(m) ? m : null;
}
