/**
 * @module extract/en/lexicon
 * Word lists for English reports on political imprisonment: which nouns count people, which
 * words make a number something other than a count, which words signal a pardon, a release, a
 * stock of prisoners. Kept as data in one place so rules stay readable.
 */

/** Expands "prisoners?" to "prisoner" and "prisoners": the word lists below are written like regex alternatives. */
function forms(list: string): Set<string> {
  const out = new Set<string>();
  for (const w of list.split(/\s+/)) {
    if (w.endsWith("s?")) {
      out.add(w.slice(0, -2));
      out.add(w.slice(0, -1));
    } else out.add(w);
  }
  return out;
}

/** Nouns that a head count attaches to ("32 people", "five Belarusian nationals"). Singular and plural, case as written. */
export const PEOPLE_NOUNS: ReadonlySet<string> = forms(
  "people persons? individuals? prisoners? detainees? inmates? convicts? men women man woman children minors? pensioners? " +
    "journalists? activists? protesters? demonstrators? citizens? nationals? foreigners? families members? lawyers? students? " +
    "workers? volunteers? defenders? dissenters? opponents? civilians? teenagers? juveniles? youths? parents? mothers? fathers? " +
    "Americans? Belarusians? Russians? Ukrainians? Poles? Lithuanians? Latvians? Estonians? Swedes? Germans? Japanese Britons? " +
    "French Swiss Austrians? Czechs? Moldovans? Georgians? Kazakhs? Chinese Swede Pole others relatives clergy priests? bloggers? " +
    "leaders? employees? athletes? sportsmen sportswomen coaches? players? footballers? wrestlers? boxers?",
);

/** Adjectives allowed between a number and its noun ("five Belarusian nationals", "30 political prisoners"). */
export const NOUN_MODIFIERS: ReadonlySet<string> = forms(
  "political former other more new remaining current registered total still-jailed jailed imprisoned detained convicted female " +
    "male elderly seriously ill sick young underage foreign Belarusian Russian Ukrainian Polish Lithuanian Latvian Estonian Japanese " +
    "German American British Swedish French Czech Moldovan Georgian Kazakh Chinese Myanmar local pro-democracy opposition so-called " +
    "additional further previously recognised recognized prominent well-known known unnamed anonymous of such media",
);

/** Words after a number that make it a duration, an age, a term or a measure, not a count. */
export const NOT_COUNT_AFTER =
  /^(?:[-\s]?(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|year-old|years-old|-year-old|-year|-month|-day|-hour|%|percent|per\s?cent|p\.?m\.?|a\.?m\.?|o'clock|times|km|kilometres|kilometers|miles|metres|meters|kg|dollars|euros|roubles|rubles|usd|eur|byn|rounds?|th|st|nd|rd|articles?|counts|pages?|votes?|seats?|degrees?)\b|\s*\(\w\)|\s*[:/]\d)/i;

/**
 * The one-word alternatives of NOT_COUNT_AFTER, lower-cased: a word read after a number that is in
 * this set (and ends at a word boundary) makes NOT_COUNT_AFTER match, decided without running it.
 */
export const NOT_COUNT_AFTER_WORDS: ReadonlySet<string> = forms(
  "years? yrs? months? weeks? days? hours? minutes? seconds? decades? centuries century percent pm am times km kilometres " +
    "kilometers miles metres meters kg dollars euros roubles rubles usd eur byn rounds? th st nd rd articles? counts pages? votes? " +
    "seats? degrees?",
);

/** Words after a number that NOT_COUNT_AFTER reads with punctuation ("p.m.", "per cent", "o'clock"): the pattern decides. */
export const NOT_COUNT_AFTER_PREFIXES: ReadonlySet<string> = new Set(["p", "a", "o", "per"]);

/** Words just before a number that make it an age, a code or an index. */
export const NOT_COUNT_BEFORE =
  /(?:\b(?:aged|age|ages|age of|under|over the age of|older than|younger than|No\.?|no\.|Nos\.?|number|Section|Sections|Article|Articles|Part|Chapter|Clause|Paragraph|Item|Decree No\.?|case|page|room|cell|block|ward|colony|Colony|IK|SIZO|Penal Colony|Correctional Colony|Constituency|District|Route|Flight|\$|€|£|USD|EUR|BYN|top|Uprising)\s*$|[$€£#№]\s*$)/;

/** A sentence about a pardon, clemency or amnesty decision. */
// "Amnesty International" is the organisation, not an amnesty.
export const PARDON_RE = /\b(?:pardon(?:s|ed|ing)?|clemency|amnest(?:y(?!\s+International)|ied|ies))\b/i;

/**
 * A sentence in which people leave prison. ("across the border" stays plain here: with a lookbehind
 * for "taken/driven … across" V8 ran this test four times slower; context.ts RELEASE_ACT reads the verb.)
 */
export const RELEASE_RE =
  /\b(?:freed|frees|freeing|released|flown (?:to|home|back|out of)|release of|release (?:on|in) [^,.;]{3,25}? of|release(?<!\b(?:[Pp]ress|[Nn]ews) release)(?=[^.:;,]{0,30}:\s*(?:[a-z]+ ){0,2}\d)|set free|walk(?:ed|s)? (?:free|out of (?:prison|jail|(?:the |a )?(?:penal )?colony)|out on (?:a )?pardon|out with)|left (?:prison|jail|the colony)|let out|handed over|exchanged|swap|deported|expelled|let (?:[\w,'-]+ ){0,5}go|came out of prison|across the border)\b/i;

/** Signals a stock count of people held: the number is "held now", not a flow. */
export const HELD_RE =
  /\b(?:held|holds?|holding|remain(?:s|ed|ing)?|still|behind bars|in custody|in prison|in detention|imprisoned|jailed|currently|as of|as at|total(?: of)?|recogni[sz]ed|are political prisoners|detained)\b/i;

/** Signals a flow over a period ("in 2025", "since July 2024", "altogether"): a total, not a round or a stock. */
export const PERIOD_RE =
  /\b(?:in (?:19|20)\d\d\b|during (?:19|20)\d\d|since (?:the (?:start|beginning|summer|autumn|spring|winter) of )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\d\d|this year|last year|over the (?:past |last )?(?:year|month|period)|altogether|in total|so far|to date|in all\b|a total of|alone\b|over the course of|since then|since that time|since last (?:year|summer|spring|autumn|winter|month|January|February|March|April|May|June|July|August|September|October|November|December)|over the same period|in a year|in the (?:past|last) (?:year|twelve months|12 months)|since (?:the )?(?:first|start|beginning|early|mid|late)\b|^since (?:January|February|March|April|May|June|July|August|September|October|November|December),|between (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\d\d and)/i;

/** Countries a claim may be about, by the words that name them or their capitals ("A Moscow court"). */
export const COUNTRIES: [RegExp, string][] = [
  [/\bBelarus(?:ian)?\b|\bMinsk\b/, "Belarus"],
  [/\bMyanmar\b|\bBurm(?:a|ese)\b|\bYangon\b|\bNaypyi?daw\b/, "Myanmar"],
  [/\bRussia(?:n)?\b|\bMoscow\b|\bKremlin\b/, "Russia"],
  [/\bAzerbaijan(?:i)?\b|\bBaku\b/, "Azerbaijan"],
  [/\bUkrain(?:e|ian)\b|\bKyiv\b/, "Ukraine"],
  [/\bGeorgia(?:n)?\b|\bTbilisi\b/, "Georgia"],
  [/\bIran(?:ian)?\b|\bTehran\b/, "Iran"],
  [/\bChina\b|\bChinese\b|\bBeijing\b/, "China"],
];
