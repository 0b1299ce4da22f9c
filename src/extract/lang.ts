/**
 * @module extract/lang
 * Detects the language of a document from its letters: a Cyrillic share above one third means
 * Russian or Belarusian (Belarusian when its own letters і/ў appear often enough), else English.
 * Reads at most the first 20,000 characters: enough to decide, cheap on a 100 MB input.
 */

/** "ru", "be" or "en". */
export function detectLanguage(text: string): "ru" | "be" | "en" {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  let latin = 0;
  let cyr = 0;
  let be = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      // і ў І Ў: Belarusian letters that Russian lacks.
      if (c === 0x456 || c === 0x45e || c === 0x406 || c === 0x40e) be++;
    }
  }
  if (cyr === 0 || cyr < (latin + cyr) / 3) return "en";
  return be > cyr * 0.01 ? "be" : "ru";
}
