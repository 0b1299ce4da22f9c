/**
 * @module extract/normalize
 * Text as scraped from the web or pasted from a chat rarely has the plain spacing the extraction
 * rules are written for: runs of spaces, no-break and thin spaces (Russian typography puts them
 * after every short preposition and inside numbers), soft hyphens and zero-width characters from
 * CMSs and Telegram, letters decomposed into base and accent (й as и + ˘). Measured on the dev and
 * own corpora, double spaces alone cut F1 from 0.99 to 0.83 and soft hyphens to 0.65.
 *
 * Rather than teach every rule every kind of space, extraction reads a normalised copy: each run of
 * horizontal spaces becomes one plain space, invisible characters go, accents are composed (NFC).
 * The facts' evidence spans must still point into the text the caller gave (it is what the
 * reviewer sees highlighted and what is stored), so the copy comes with an offset map and
 * `toOriginal` turns offsets back. The map is sparse (one entry per place where the lengths
 * diverge), so a 100 MB input costs no more than its edits.
 */

/**
 * A line that only points elsewhere or credits a picture: "Read also: …", "Related: …", "Subscribe
 * to our channel …", «Читайте также …», «Чытайце таксама …», «По теме: …», "Photo: X / Reuters",
 * «Фото: …». Sites put the headline of another story there (and a photographer is not a person of
 * the story); its figures are not this report's: with such lines inserted between paragraphs, F1 on
 * the dev and own corpora fell from 1.00 and 0.99 to 0.92 and 0.86 (spurious rounds and counts, and
 * breakdowns attached to the wrong round). Only the line's words go; its line break stays.
 */
const POINTER_LINE = String.raw`^[^\nA-Za-z0-9\u0400-\u04ff]{0,4}(?:(?:[Rr]ead|READ) (?:[Aa]lso|ALSO|[Mm]ore|MORE)\b|(?:[Aa]lso|ALSO) (?:[Rr]ead|READ)\b|(?:[Ss]ee|SEE) (?:[Aa]lso|ALSO)\b|(?:[Rr]elated|RELATED)(?: (?:[Aa]rticles?|[Ss]tor(?:y|ies)|[Cc]overage|[Nn]ews|[Rr]eading|[Ll]inks?|ARTICLES?|STORIES|NEWS))?:|(?:[Ss]ubscribe|SUBSCRIBE) to (?:our|the)\b|(?:Читайте|ЧИТАЙТЕ|Читай|Смотрите|СМОТРИТЕ) (?:также|ТАКЖЕ|тоже|еще|ещё)|(?:Чытайце|ЧЫТАЙЦЕ|Глядзіце|ГЛЯДЗІЦЕ) (?:таксама|ТАКСАМА)|(?:По|ПО|Па|ПА) (?:теме|ТЕМЕ|тэме|ТЭМЕ):|(?:Подписывайтесь|ПОДПИСЫВАЙТЕСЬ|Падпісвайцеся|ПАДПІСВАЙЦЕСЯ) на |(?:[Pp]hoto(?:graph)?s?|PHOTOS?|[Ii]mages?|[Pp]ictures?|[Ii]llustration|[Vv]ideo|Фото|ФОТО|Фота|ФОТА|Видео|Відэа)(?: (?:[Cc]redits?|[Bb]y))?:|[Pp]hoto(?:graph)? by )[^\n]*`;

/** Horizontal spaces of every kind, a no-break space left as an HTML entity included. */
const H = String.raw`(?:[\t \u00a0\u2000-\u200a\u202f\u205f\u3000]|&nbsp;|&#160;|&#[xX][aA]0;)`;

/** HTML elements that break a line (their tags become a line break) and that run inside a line (dropped). */
const BLOCK_TAGS = "p|br|div|li|ul|ol|h[1-6]|blockquote|tr|td|th|table|tbody|thead|html|head|body|title|article|section|header|footer|nav|main|aside|figure|figcaption|hr";
const INLINE_TAGS = "b|i|u|s|em|strong|a|span|font|small|big|sup|sub|mark|abbr|cite|q|time|code";

/**
 * What is normalised, one capture group per kind, tried in this order at each place:
 *  1 a pointer line (its words dropped);
 *  2 a script or style element with its content (dropped), 3 a block tag (a line break), 4 an
 *    inline tag (dropped): text pasted with some markup left in it;
 *  5 Markdown's "**" and web addresses (dropped: the digits of "t.me/viasna96/12345" count nothing);
 *  6 spaces at the end of a line (dropped); 7 a line break with the indentation after it (made
 *    "\n": Windows and old Mac breaks too); 8 a run of two or more spaces of any kind (one space);
 *  9 one space of a kind other than U+0020, or "&nbsp;" (a space);
 * 10 invisible format characters (dropped);
 * 11 an HTML entity (decoded when known);
 * 12 a letter followed by combining accents (composed, NFC);
 * 13 a Markdown link "[words](https://…)" (its words). Tried last: at "[" nothing else can match.
 */
const EDIT = new RegExp(
  String.raw`(${POINTER_LINE})|(<(?:script|style)\b[^>]{0,200}>[\s\S]{0,100000}?<\/(?:script|style)>)|(<\/?(?:${BLOCK_TAGS})\b[^<>]{0,300}>)|(<\/?(?:${INLINE_TAGS})\b[^<>]{0,300}>)|(\*\*|\bhttps?:\/\/[^\s<>"«»)\]]{1,2000}(?<![.,;:!?]))|(${H}+(?=[\r\n]))|(\r\n?${H}*|\n${H}+)|(${H}{2,})|((?:[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]|&nbsp;|&#160;|&#[xX][aA]0;))|([\u00ad\u200b-\u200d\u2060\ufeff]+)|(&(?:[a-zA-Z]{2,8}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});)|(.[\u0300-\u036f]+)|\[([^\]\n]{1,300})\]\(https?:[^)\s]{1,2000}\)`,
  "gm",
);

/** The entities decoded by name; others by number. Unknown names stay as written. */
const ENTITIES: Record<string, string> = {
  amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: " ", laquo: "«", raquo: "»", ldquo: "“", rdquo: "”",
  bdquo: "„", lsquo: "‘", rsquo: "’", mdash: "—", ndash: "–", hellip: "…", shy: "", thinsp: " ", ensp: " ", emsp: " ",
  zwnj: "", zwj: "", minus: "−", times: "×", deg: "°", euro: "€", pound: "£", copy: "©", reg: "®", trade: "™", numero: "№",
};

/** The text an HTML entity stands for (spaces and invisible characters made plain), or the entity itself when unknown. */
function decodeEntity(entity: string): string {
  const body = entity.slice(1, -1);
  let ch: string | undefined;
  if (body.charCodeAt(0) !== 35) ch = ENTITIES[body] ?? ENTITIES[body.toLowerCase()];
  else {
    const code = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    ch = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
  }
  if (ch === undefined) return entity;
  const c = ch.charCodeAt(0);
  if (isInvisible(c)) return "";
  return isHorizontalSpace(c) ? " " : ch;
}

/**
 * A quick test that finds every text EDIT would change (and a few more): one character class,
 * two-character spaces, the openings of a tag, an entity and "**", and after a line break the first
 * words a pointer line can open with (a pointer line on the first line is tested apart). One scan
 * of this costs about as much as a scan of EDIT's first alternative alone, which matters because it
 * runs on every document and most need nothing.
 */
const MAY_NEED_EDIT = /[\t\r\u00a0\u00ad\u0300-\u036f\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]| [ \n]|<[a-zA-Z/]|&[a-zA-Z#]|\*\*|:\/\/|\]\(|\n(?: |[^\nA-Za-z0-9\u0400-\u04ff]{0,4}(?:[Rr]ead|READ|[Aa]lso|ALSO|[Ss]ee|SEE|[Rr]elated|RELATED|[Ss]ubscribe|SUBSCRIBE|[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Pp]icture|[Ii]llustration|[Vv]ideo|Чит|ЧИТ|Смотр|СМОТР|Чыт|ЧЫТ|Глядз|ГЛЯДЗ|(?:По|ПО|Па|ПА) (?:т|Т)|Подпис|ПОДПИС|Падпіс|ПАДПІС|Фот|ФОТ|Видео|Відэа))/;

/** Whether the text opens with a pointer line (tested on its first characters only). */
const POINTER_FIRST_LINE = new RegExp(POINTER_LINE);

/** A normalised text and how to find its offsets in the original. */
export interface NormalizedText {
  text: string;
  /** The length of the original text. */
  originalLength: number;
  /** How many entries of `outStarts` / `origStarts` are in use. */
  marks: number;
  /**
   * Where the normalised and original offsets stop being a fixed distance apart: from
   * `outStarts[i]` on (until the next entry), original = normalised - outStarts[i] + origStarts[i].
   * No entries when only same-length substitutions were made (or none).
   */
  outStarts: Int32Array;
  origStarts: Int32Array;
}

/** The map of a text with no marks (shared: `mark` replaces rather than grows a full array). */
const NO_MARKS = new Int32Array(0);

/** Pieces of output joined into one string every so often, so a text with millions of edits does not hold millions of pieces. */
const PIECES_PER_JOIN = 4096;

/** Normalises `text` for extraction (see the module comment). Returns `text` itself when nothing needs it. */
export function normalizeForExtraction(text: string): NormalizedText {
  const result: NormalizedText = { text, originalLength: text.length, marks: 0, outStarts: NO_MARKS, origStarts: NO_MARKS };
  if (!MAY_NEED_EDIT.test(text) && !POINTER_FIRST_LINE.test(text.slice(0, 200))) return result;
  EDIT.lastIndex = 0;
  const joined: string[] = [];
  let pieces: string[] = [];
  let from = 0;
  let outLength = 0;
  let m: RegExpExecArray | null;
  while ((m = EDIT.exec(text)) !== null) {
    const at = m.index;
    const found = m[0];
    if (at > from) {
      pieces.push(text.slice(from, at));
      outLength += at - from;
    }
    const replacement = replacementOf(m);
    pieces.push(replacement);
    if (replacement.length !== found.length) {
      // The replacement starts at `at` (a link's words one later, after "["); what follows it starts where the match ended.
      mark(result, outLength, m[13] !== undefined ? at + 1 : at);
      mark(result, outLength + replacement.length, at + found.length);
    }
    outLength += replacement.length;
    from = at + found.length;
    if (pieces.length >= PIECES_PER_JOIN) {
      joined.push(pieces.join(""));
      pieces = [];
    }
  }
  pieces.push(text.slice(from));
  joined.push(pieces.join(""));
  result.text = joined.join("");
  return result;
}

/** What the match of EDIT `m` becomes (by the group that matched; see EDIT). */
function replacementOf(m: RegExpExecArray): string {
  if (m[1] !== undefined || m[2] !== undefined || m[4] !== undefined || m[5] !== undefined || m[6] !== undefined || m[10] !== undefined) return "";
  if (m[3] !== undefined || m[7] !== undefined) return "\n";
  if (m[8] !== undefined || m[9] !== undefined) return " ";
  if (m[11] !== undefined) return decodeEntity(m[11]);
  if (m[13] !== undefined) return m[13];
  return m[0].normalize("NFC");
}

/** Records that normalised offset `out` corresponds to original offset `orig` (and so on linearly). */
function mark(n: NormalizedText, out: number, orig: number): void {
  const last = n.marks - 1;
  if (last >= 0 && n.outStarts[last] === out) {
    n.origStarts[last] = orig;
    return;
  }
  // An entry that changes nothing (the offsets are already that far apart) is left out.
  const delta = last >= 0 ? n.origStarts[last]! - n.outStarts[last]! : 0;
  if (orig - out === delta) return;
  if (n.marks === n.outStarts.length) {
    const size = Math.max(64, n.marks * 2);
    const outs = new Int32Array(size);
    outs.set(n.outStarts);
    const origs = new Int32Array(size);
    origs.set(n.origStarts);
    n.outStarts = outs;
    n.origStarts = origs;
  }
  n.outStarts[n.marks] = out;
  n.origStarts[n.marks] = orig;
  n.marks++;
}

/**
 * The original offset where a span ending at normalised offset `end` ends: just after the original
 * of its last character (with the accents composed into it), not after invisible characters,
 * spaces or cut-out lines that followed it.
 */
export function toOriginalEnd(n: NormalizedText, original: string, end: number): number {
  if (end <= 0) return toOriginal(n, 0);
  let e = toOriginal(n, end - 1) + 1;
  while (e < original.length && isCombining(original.charCodeAt(e))) e++;
  return e;
}

/** The original offset of normalised offset `offset` (where the character there came from). */
export function toOriginal(n: NormalizedText, offset: number): number {
  if (offset >= n.text.length) return n.originalLength;
  const starts = n.outStarts;
  let lo = 0;
  let hi = n.marks - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? offset : offset - starts[found]! + n.origStarts[found]!;
}

function isHorizontalSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

function isCombining(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/**
 * `n` with the ranges `drop` (offsets into `n.text`, sorted, not overlapping) cut out; offsets of
 * the result still map to the original text through `toOriginal`.
 */
export function dropRanges(n: NormalizedText, drop: [start: number, end: number][]): NormalizedText {
  if (!drop.length) return n;
  const out: NormalizedText = { text: "", originalLength: n.originalLength, marks: 0, outStarts: NO_MARKS, origStarts: NO_MARKS };
  const pieces: string[] = [];
  let outLength = 0;
  let from = 0;
  const keep = (start: number, end: number): void => {
    if (end <= start) return;
    pieces.push(n.text.slice(start, end));
    // The piece starts at `start`; inside it the old map's own breaks carry over, shifted.
    mark(out, outLength, toOriginal(n, start));
    for (let k = firstMarkAfter(n, start); k < n.marks && n.outStarts[k]! < end; k++) mark(out, outLength + n.outStarts[k]! - start, n.origStarts[k]!);
    outLength += end - start;
  };
  for (const [start, end] of drop) {
    keep(from, start);
    from = Math.max(from, end);
  }
  keep(from, n.text.length);
  out.text = pieces.join("");
  return out;
}

/** The index of the first mark of `n` strictly after normalised offset `offset`. */
function firstMarkAfter(n: NormalizedText, offset: number): number {
  let lo = 0;
  let hi = n.marks;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (n.outStarts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
