/**
 * @module ingest/decode
 * Turns bytes into text. Sources from Belarus and Russia still arrive in windows-1251 (old CMSs,
 * Excel CSV exports) and UTF-16 (Excel "Unicode text"); reading them as UTF-8 would silently
 * store mojibake, which is worse than refusing.
 */
import iconv from "iconv-lite";

/** The text and the encoding it was decoded from. */
export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Decodes `bytes`: a byte-order mark wins, then a declared charset (HTTP header, XML or HTML
 * declaration) if iconv knows it, then strict UTF-8, then a windows-1251 guess.
 * @example decodeBytes(new Uint8Array([0xcf, 0xf0, 0xe8])).text === "При"
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: buf.subarray(3).toString("utf8"), encoding: "utf-8" };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: iconv.decode(buf.subarray(2), "utf-16le"), encoding: "utf-16le" };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: iconv.decode(buf.subarray(2), "utf-16be"), encoding: "utf-16be" };
  }
  const charset = normaliseCharset(declared ?? sniffDeclaredCharset(buf));
  if (charset && charset !== "utf-8" && iconv.encodingExists(charset)) {
    return { text: iconv.decode(buf, charset), encoding: charset };
  }
  const utf16 = guessBomlessUtf16(buf);
  if (utf16) return { text: iconv.decode(buf, utf16), encoding: utf16 };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(buf), encoding: "utf-8" };
  } catch {
    // Not valid UTF-8. In Vigil's sources the overwhelmingly common legacy encoding is
    // windows-1251; KOI8-R is rare enough that guessing it would cause more harm than good.
    return { text: iconv.decode(buf, "windows-1251"), encoding: "windows-1251" };
  }
}

/** Extracts `charset=` from a Content-Type header value. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = contentType?.match(/charset\s*=\s*"?([\w.:-]+)/i);
  return match?.[1] ?? null;
}

function normaliseCharset(charset: string | null): string | null {
  if (!charset) return null;
  const c = charset.trim().toLowerCase();
  if (c === "utf8" || c === "utf-8") return "utf-8";
  if (c === "cp1251" || c === "win-1251") return "windows-1251";
  return c;
}

/** Looks for `<?xml encoding="...">` or `<meta charset>` in the first bytes (ASCII-safe). */
function sniffDeclaredCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 2048).toString("latin1");
  const xml = head.match(/<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i);
  if (xml?.[1]) return xml[1];
  const meta = head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i);
  return meta?.[1] ?? null;
}

/**
 * UTF-16 without a BOM: in Latin and Cyrillic text nearly every high byte of a code unit is 0x00
 * (ASCII) or 0x04 (Cyrillic block), while the low bytes vary.
 */
function guessBomlessUtf16(buf: Buffer): "utf-16le" | "utf-16be" | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 8) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0 || buf[i] === 4) evenHigh++;
    if (buf[i + 1] === 0 || buf[i + 1] === 4) oddHigh++;
  }
  const half = n / 2;
  if (oddHigh > half * 0.7 && evenHigh < half * 0.2) return "utf-16le";
  if (evenHigh > half * 0.7 && oddHigh < half * 0.2) return "utf-16be";
  return null;
}
