/**
 * @module extract/layout
 * Parts of a scraped document that say again what the document already said: the headline
 * repeated as the text's first line, and a paragraph repeated verbatim (a page's standfirst and
 * the same lead in the body, a forwarded post quoted twice). Read twice, their figures become
 * duplicate facts and pull breakdowns and dates onto the wrong round: with the lead paragraph
 * repeated, dev F1 fell from 1.00 to 0.89; with the title as the first line, own-corpus attribute
 * accuracy fell from 0.987 to 0.965. Extraction cuts them out (offsets still map back, see
 * normalize.ts `dropRanges`).
 */

/** Paragraphs shorter than this are not compared: "Read more", "Photo", a dateline can repeat harmlessly. */
const MIN_REPEATED = 40;

/** Ranges of `text` (sorted, not overlapping) that restate `title` or an earlier paragraph. */
export function restatedRanges(text: string, title: string): [number, number][] {
  const out: [number, number][] = [];
  // Blank lines opening the text (left by a dropped tag or pointer line): a masthead is read from the first line.
  const lead = afterBreaks(text, 0);
  if (lead > 0) out.push([0, lead]);
  let titleLine = titleAsFirstLine(text, title, 0);
  // A byline under it (or opening the text) names the writer, and stands where a masthead is read.
  const byline = bylineAt(text, titleLine ? titleLine[1] : 0);
  if (byline) out.push(byline);
  // "By Jane Holloway" and then the headline again.
  if (!titleLine && byline) titleLine = titleAsFirstLine(text, title, byline[1]);
  if (titleLine) out.push(titleLine);
  if (text.indexOf("\n\n") < 0) return out;
  // Paragraphs by their opening words and length, then compared in full.
  const seen = new Map<string, number[]>();
  let start = 0;
  while (start < text.length) {
    const brk = text.indexOf("\n\n", start);
    const end = brk < 0 ? text.length : brk;
    if (end - start >= MIN_REPEATED) {
      const key = `${end - start}:${text.slice(start, start + 60)}`;
      const earlier = seen.get(key);
      if (earlier && earlier.some((e) => text.startsWith(text.slice(start, end), e)) && !(titleLine && titleLine[0] === start)) out.push([start, end]);
      else if (earlier) earlier.push(start);
      else seen.set(key, [start]);
    }
    if (brk < 0) break;
    start = afterBreaks(text, brk);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** The range of the text's first line from `from` on when it is the title again (letters and digits compared, case aside). */
function titleAsFirstLine(text: string, title: string, from: number): [number, number] | null {
  const t = letters(title);
  if (t.length < 10) return null;
  const start = afterBreaks(text, from);
  const nl = text.indexOf("\n", start);
  const end = nl < 0 ? text.length : nl;
  // Only when more text follows: a document that is only its headline keeps it.
  if (nl < 0 || end - start > title.length * 2 + 10) return null;
  return letters(text.slice(start, end)) === t ? [start, afterBreaks(text, end)] : null;
}

/**
 * The range of the text's first line when it reads as a headline: a document that came without a
 * title (a Telegram post, a pasted page) often opens with it. Extraction then reads that line as the
 * title, so that the body's restatement of its figure is not a second fact. A headline is a line
 * of three words or more and at most 200 characters, with a blank line and more text after it, that does not end
 * as a sentence or a label does (". ! ? : ; ,") and is no bullet, byline, credit line or bare dateline.
 */
export function headlineLine(text: string): [number, number] | null {
  // Under a byline that opens the text, the headline is the next line.
  const byline = bylineAt(text, 0);
  const start = afterBreaks(text, byline ? byline[1] : 0);
  const nl = text.indexOf("\n", start);
  // Set off by a blank line: a line with text right under it heads that text ("Key figures (as of …)" over its list).
  if (nl < 0 || text.charCodeAt(nl + 1) !== 10 || afterBreaks(text, nl) >= text.length) return null;
  let end = nl;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  if (end - start < 15 || end - start > 200) return null;
  const line = text.slice(start, end);
  return HEADLINE.test(line) && !NOT_HEADLINE.test(line) ? [start, end] : null;
}

/** Three words or more, with a lower-case letter (a line in capitals is a dateline or a heading). */
const HEADLINE = /^[^\s]+ [^\s]+ [^\s].*\p{Ll}/u;
/** Ends as a sentence, a label or a list item does; a bullet; a byline; "MINSK, 13 December"; a credit line ("Started by X · Petition to Y"). */
const NOT_HEADLINE = /[.!?:;,…]["”’»)]*$| · |^(?:[-–—*•]|\d{1,2}[.)] )|^(?:By|BY|Автор|Аўтар|Текст|Тэкст|Author)\b|^[\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)?, \d{1,2} \p{L}+(?: \d{4})?$/u;

/** "By Jane Holloway, Reuters", «Автор: …», «Аўтар: …», «Текст: …» as a line of its own at `from`. */
const BYLINE = /^(?:By|BY) \p{Lu}[^\n.!?]{0,80}$|^(?:Автор|Аўтар|Текст|Тэкст|Author): ?\p{Lu}[^\n.!?]{0,80}$/u;

function bylineAt(text: string, from: number): [number, number] | null {
  const start = afterBreaks(text, from);
  // B(y), A(uthor), А(втор, ўтар), Т(екст, эксt): the first letter first, most texts open otherwise.
  const c = text.charCodeAt(start);
  if (c !== 66 && c !== 65 && c !== 0x410 && c !== 0x422) return null;
  const nl = text.indexOf("\n", start);
  if (nl < 0) return null;
  return BYLINE.test(text.slice(start, nl)) ? [start, afterBreaks(text, nl)] : null;
}

/** The offset after the line breaks that start at `at`. */
function afterBreaks(text: string, at: number): number {
  while (text.charCodeAt(at) === 10) at++;
  return at;
}

function letters(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}
