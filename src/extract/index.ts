/**
 * @module extract
 * The extractor's entry point: reads a normalised copy of the text (normalize.ts, layout.ts),
 * detects the language when the caller does not say, dispatches to the English or Russian
 * extractor, keeps the other counts that are on the topic (topic.ts), maps evidence back to the
 * caller's offsets, and guarantees a result for any input (empty, binary, HTML, enormous): never
 * throws, always returns the five keys.
 */
import { extractEnglish } from "./en/extract-en.js";
import { emptyFacts, type ExtractInput, type Facts } from "./facts.js";
import { detectLanguage } from "./lang.js";
import { headlineLine, restatedRanges } from "./layout.js";
import { dropRanges, normalizeForExtraction, toOriginal, toOriginalEnd, type NormalizedText } from "./normalize.js";
import { extractRussian } from "./ru/extract-ru.js";
import { classicalSoftSigns } from "./spelling-be.js";
import { TopicReader, topicalWhat } from "./topic.js";

export type { ExtractInput, Facts } from "./facts.js";
export { emptyFacts } from "./facts.js";
export { detectLanguage } from "./lang.js";

/**
 * Bumped whenever extraction output may change, so re-extracted suggestions can be told apart.
 * (English and Russian alike; it stayed at "en-0.1.0" through four sessions of rule rounds. 0.5.0:
 * the fifth session, normalised input, pointer lines, topic check, rounds 12 and 13.)
 */
export const EXTRACTOR_VERSION = "0.5.0";

/**
 * Extracts facts (with evidence spans) from one document. Pure, synchronous, no I/O.
 * @example extractFacts({ text: "Lukashenko pardoned 30 people.", published: "2024-09-04" }).pardon_events[0].count // 30
 */
export function extractFacts(input: ExtractInput): Facts {
  const rawText = typeof input.text === "string" ? input.text : "";
  const rawTitle = typeof input.title === "string" ? input.title : "";
  if (!rawText.trim() && !rawTitle.trim()) return emptyFacts();
  try {
    // The rules read plain spacing; evidence offsets are mapped back to the caller's text below.
    let title = normalizeForExtraction(rawTitle);
    const spaced = normalizeForExtraction(rawText);
    // A document without a title that opens with a headline (a Telegram post): that line is its title.
    const headline = rawTitle.trim() ? null : headlineLine(spaced.text);
    if (headline) title = dropRanges(spaced, [[0, headline[0]], [headline[1], spaced.text.length]]);
    // Then what the text says twice (the headline again, a repeated paragraph) is read once.
    let text = dropRanges(spaced, restatedRanges(spaced.text, title.text));
    const lang = (input.language ?? detectLanguage(`${title.text}\n${text.text.slice(0, 20_000)}`)).toLowerCase();
    // Belarusian in the classical spelling is read in the official one (spelling-be.ts).
    if (lang !== "en" && detectLanguage(text.text) === "be") {
      text = dropRanges(text, classicalSoftSigns(text.text));
      title = dropRanges(title, classicalSoftSigns(title.text));
    }
    // Only the three fields the extractors read (a spread copies every key of the caller's object).
    const clean: ExtractInput = { text: text.text, title: title.text, published: input.published };
    const facts = lang === "ru" || lang === "be" || lang === "uk" ? extractRussian(clean) : extractEnglish(clean);
    if (facts.other_counts.length) facts.other_counts = onTopic(facts.other_counts, text.text, title.text);
    if (text !== spaced || text.marks || title.marks || headline) remapEvidence(facts, { normalized: text, original: rawText }, { normalized: title, original: headline ? rawText : rawTitle }, !!headline);
    return facts;
  } catch {
    // A bug on one odd document must not stop an ingest run; the document simply yields nothing.
    return emptyFacts();
  }
}

/** The other counts whose sentence is about the topic (see topic.ts), in their order. */
function onTopic(counts: Facts["other_counts"], text: string, title: string): Facts["other_counts"] {
  let inText: TopicReader | null = null;
  let inTitle: TopicReader | null = null;
  return counts.filter((o) => {
    const ev = o.evidence[0];
    if (!ev || topicalWhat(o.what)) return true;
    if (ev.field === "title") return (inTitle ??= new TopicReader(title)).countOnTopic(ev.start);
    return (inText ??= new TopicReader(text)).countOnTopic(ev.start);
  });
}

/** Turns the evidence offsets of facts found in normalised text into offsets of the original. */
function remapEvidence(facts: Facts, text: Field, title: Field, titleInText: boolean): void {
  const lists = [facts.pardon_events, facts.prisoner_count_claims, facts.other_counts, facts.persons, facts.releases];
  for (const list of lists) {
    for (const fact of list) {
      for (const ev of fact.evidence) {
        const f = ev.field === "title" ? title : text;
        ev.start = toOriginal(f.normalized, ev.start);
        ev.end = Math.max(ev.start, toOriginalEnd(f.normalized, f.original, ev.end));
        // The caller gave no title: what was read as one is the text's first line.
        if (titleInText) ev.field = "text";
      }
    }
  }
}

/** A field of the document as given and as the rules read it. */
interface Field {
  normalized: NormalizedText;
  original: string;
}
