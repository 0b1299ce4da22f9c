/**
 * @module extract/en/persons
 * Finds people named in English text and the role the text gives them. A name is a run of 2–4
 * capitalised words (with particles such as "von der") that contains no word of an
 * organisation, place or title; a title before it ("President", "special envoy") may introduce a
 * single surname ("President Trump"). Roles come from the words around each mention: being
 * pardoned or freed, prison words earlier in the sentence, an official title, "opposition
 * leader"; the strongest role across mentions wins. Later surname-only mentions become aliases.
 */
import type { Evidence, PersonMention, PersonRole } from "../facts.js";
import { isRegexSpace } from "../scan.js";
import type { Span } from "../sentences.js";
import { describe, roleCue, sentenceCues, titleBefore, wordBeforeSpace, type SentenceCues } from "./roles.js";

const PARTICLE = "(?:von|van|der|de|da|del|di|la|le|bin|al|el|ibn)";

// A capitalised word, hyphenated parts included ("Sharenda-Panasiuk"), in Latin scripts with
// diacritics (Łukasz, Šimonytė). Explicit ranges rather than \p{Lu}: the non-Unicode regex runs
// markedly faster, and names are matched in every sentence.
const UP = "A-ZÀ-ÖØ-Þ\\u0100-\\u017F";

const LO = "a-zß-öø-ÿ\\u0100-\\u017F";

const CAP = `(?:[${UP}][${LO}'’ʼ]*[${LO}](?:-[${UP}]?[${LO}]+)*|[A-Z]\\.|U)`;

// Words that are never part of a person's name: places, organisations, titles, calendar.
const NOT_NAME = new Set(
  (
    "The A An In On At Of For And But Or As By To From With After Before Since During Under Over Among Amid Its His Her Their This That These Those " +
    "It He She They We I You Who Whom Whose What When Where Why How Each Every Some Many Most Both All Any Another Other Several Instead According Also " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December " +
    "Belarus Belarusian Belarusians Minsk Russia Russian Moscow Ukraine Ukrainian Kyiv Lithuania Lithuanian Vilnius Poland Polish Latvia Latvian Estonia Estonian " +
    "Sweden Swede Swedish Japan Japanese Germany German America American Americans United States Kingdom Britain British Europe European Union West Western " +
    "Myanmar Burma Mandalay Yangon China Chinese Iran Georgia Azerbaijan Kazakhstan France French Washington London Brussels Warsaw " +
    "President Presidential Secretary State Minister Ministry Prime Deputy Foreign Interior Justice Defence Defense Envoy Special Ambassador Chancellor " +
    "Commission Commissioner Council Committee Parliament Government Administration Office Court Supreme Regional District Prosecutor Prosecutors " +
    "Human Rights Centre Center Watch Amnesty International Red Cross Radio Free Liberty Nobel Peace Prize Federation News Agency Service Press " +
    "Party Movement Front Army Forces Police Militia KGB Guard Union Group Association Organization Organisation Foundation Institute University School " +
    "Hospital Township Region Prison Colony Penal Correctional Jail Law Code Criminal Article Section Revolution Uprising Election Day Week Year " +
    "Street Square Avenue City Village Province Oblast General Mr Mrs Ms Dr Sir Key Points Briefing Daily Update Breaking Live Reuters AP AFP Belta BelTA " +
    "Viasna Memorial RFE RL Telegram Facebook Twitter Instagram YouTube X Counter-Terrorism Terrorism Spring Summer Autumn Winter Christmas Easter " +
    "Senator Governor Pope Judge Mayor Chairman Chairwoman Spokesman Spokeswoman Spokesperson Colonel Captain Lieutenant Sergeant King Queen Prince Princess Bishop Archbishop Metropolitan Patriarch Rev Reverend Speaker Vice Opposition Leader Chief Head Director Editor Professor Prof CEO " +
    "Journalist Journalists Activist Activists Blogger Teacher Student Lawyer Artist Musician Doctor Priest Photographer Volunteer Analyst Writer Poet " +
    "Philosopher Economist Businessman Businesswoman Politician Former Jailed Imprisoned Detained Exiled Veteran Pensioner Retired Dissident Protester " +
    "Citizen Worker Nurse Pastor Athlete Coach Singer Rapper Anarchist Researcher Scientist Editor-in-chief Defender Mother Father Wife Husband Son Daughter " +
    "Media Outlet Political Prisoners Prisoner Senior Marshal Admiral Junta Independence Insein Marine Soldier Officer War Cold World Airport Station Olympic Games Cup " +
    "Orthodox Catholic Church Embassy Constituency Lukashenko's Read More Photo Video Source Sources Update Updated Tsikhanouskaya's Coup Military Crackdown Protests Amnesty Decree Verdict Trial Weekly Monthly Report Bulletin Review Summary Case No Mission Missions Permanent Rapporteur"
  ).split(/\s+/),
);

// Words of offices, bodies and policies ("High Representative", "Foreign Affairs and Security Policy",
// "the Transitional Cabinet"), never part of a person's name. Added to NOT_NAME after LONE_NOT_NAME is
// built, so NAME_RE's lookahead stays as it was: a lone one is matched and then dropped by cleanName.
const OFFICE_WORDS =
  "Representative Representatives Policy Policies Affairs Cabinet Relations Security Cooperation Co-operation Assembly Congress Senate Bureau " +
  "Department Directorate Secretariat Delegation Tribunal Procedure Rules Resolution Motion Coalition Alliance Platform Initiative Network " +
  "Regiment Battalion Authority Authorities Embassies Ministries Councils Committees Commissions Partisans Transitional Fund Society " +
  // "Do Not Travel", "Letters Not Sent": a headline or a book title, not a name; "Harbour Books", "… Enrollment Program".
  "Not Program Programme Books Publishing Publishers " +
  // "listening to Open Line" (a programme), "Joint Base Andrews" (an air base).
  "Line Base " +
  // "State Counsellor X", "a National League for Democracy member"; "Eight Russians held in …": a count opening
  // a run of capitals is no name.
  "Counsellor Counselor Councillor League Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Dozens Hundreds " +
  // "New York, June 23 -" (a dateline); "Poland's Gazeta Wyborcza", "the newspaper Novy Chas".
  "York Gazeta Novy Novaya " +
  // "Director for Eastern Europe and Central Asia": regions, never a name.
  "Asia Asian Central Eastern Africa African Caucasus Balkans Baltic Baltics " +
  // "Los Angeles", "Abu Dhabi", "Buenos Aires": the second word of a city's name.
  "Angeles Dhabi Aires Lumpur Vegas Janeiro Delhi " +
  // "the European Network of Election Monitoring Organizations": a plural body word ends no name.
  "Organizations Organisations " +
  // "State-owned Belaruskali produced …": an owner adjective opens a company's name, not a person's.
  "State-owned State-run Government-owned";

// A word of NOT_NAME standing alone ("The", "According", "March"): followed by punctuation, the
// end, or spaces and a lower-case word that is not a particle or a digit ("March 12": a digit
// starts neither a particle nor a capitalised word), so that NAME_RE's match there is that word
// alone, which cleanName drops. Refused inside the regex: about half the capitals of running
// text, each of which would otherwise cost a match object and a look-up. (Plain ASCII words only;
// the others are matched and dropped as before.)
const LONE_NOT_NAME = `(?!(?:${[...NOT_NAME].filter((w) => /^[A-Z][a-z]+$/.test(w)).join("|")})(?:[,.;:!?)"”]|\\s+(?:(?!${PARTICLE}\\s)[a-z]|[0-9])|$))`;
for (const w of OFFICE_WORDS.split(" ")) NOT_NAME.add(w);

// A run of capitalised words: the first CAP, then up to four more. The pattern opens with the
// first word's capital itself, a plain character class, so that the engine skips to capitals with
// its fast scan (opening with a lookaround costs a full match attempt at every position: about
// twice the time). The checks that belong before that capital are made after it, looking back
// over it: no word character just before it (`(?<![…][^])`, two characters back; the cheap test
// first), and not a lone NOT_NAME word (the lookahead run from the capital's position, inside
// `(?<=(?!…)[^])`). Then the
// rest of the first CAP, its three forms in CAP's order.
const NAME_RE = new RegExp(
  `[${UP}](?<![${UP}${LO}0-9_’ʼ'-][^])(?<=${LONE_NOT_NAME}[^])(?:[${LO}'’ʼ]*[${LO}](?:-[${UP}]?[${LO}]+)*|(?<=[A-Z])\\.|(?<=U))` +
    `(?:\\s+(?:${PARTICLE}\\s+)*${CAP}){0,4}(?![${UP}${LO}0-9_-])`,
  "g",
);

/** The words around a mention that describe the person, kept to be read only when asked. */
interface NoteSource {
  before: string;
  after: string;
  lead: string;
  word: string;
}

/** A person named in a sentence. */
class Mention {
  /** Set when this mention is an "(also known as …)" of the previous one. */
  akaOf: string | undefined = undefined;
  name: string;
  start: number;
  end: number;
  role: PersonRole | null;
  single: boolean;
  /** The words of a name of several words, read once (their hashes too); null for one word. */
  words: string[] | null;
  private source: NoteSource | null;
  private described: string | undefined = undefined;

  constructor(name: string, start: number, end: number, role: PersonRole | null, single: boolean, words: string[] | null, source: NoteSource | null) {
    this.name = name;
    this.start = start;
    this.end = end;
    this.role = role;
    this.single = single;
    this.words = words;
    this.source = source;
  }

  /**
   * How the text describes the person here ("journalist for RFE/RL", "Foreign Minister"); ""
   * for a mention whose role was not read. Worked out on first read: only a person's first
   * described mention is kept, and most mentions repeat someone already described.
   */
  get note(): string {
    if (this.described === undefined) {
      const src = this.source;
      this.described = src ? describe(src.before, src.after, src.lead, src.word) : "";
      this.source = null;
    }
    return this.described;
  }
}

const ROLE_RANK: Record<PersonRole, number> = { pardoned: 6, released: 5, official: 4, opposition_leader: 3, prisoner: 2, other: 1 };

// Well-known figures whose role does not change between reports, used only when the text
// itself gives no cue. Facts, not sentences.
/** Full names of figures often named by surname alone in reports ("Lukashenko said …"). */
// A Map, not an object: looking a fresh string up as a property key interns it first, and every
// lone capitalised word of a document is looked up here.
const KNOWN_FULL = new Map<string, string>([
  ["Lukashenko", "Alexander Lukashenko"],
  ["Putin", "Vladimir Putin"],
  ["Tsikhanouskaya", "Sviatlana Tsikhanouskaya"],
  ["Zelensky", "Volodymyr Zelensky"],
]);

/** The known role of a well-known figure's name, if any (read with plain string tests, per person). */
function knownRole(name: string): PersonRole | undefined {
  // (The US envoys who brokered the 2025 Belarus releases, and the Secretary of State, named without a title.)
  if (name.includes("Lukashenk") || name.endsWith("Putin") || name.endsWith("Trump") || name.endsWith(" Kellogg") || name.endsWith(" Coale") || name.endsWith(" Rubio")) return "official";
  if (name.includes("Tsikhanouskaya") || name.includes("Tikhanovskaya") || name.includes("Tsikhanovskaya")) return "opposition_leader";
  return undefined;
}

/** "Lukashenko's" -> "Lukashenko" (same as replacing /['’ʼ]s$/, without a regex per token). */
function stripPossessive(t: string): string {
  const n = t.length;
  if (n < 2 || t.charCodeAt(n - 1) !== 115) return t;
  const q = t.charCodeAt(n - 2);
  return q === 39 || q === 0x2019 || q === 0x2bc ? t.slice(0, n - 2) : t;
}

/** A word that cannot be part of a name: a listed word, or an initial ("U.", "J."). */
function notName(t: string): boolean {
  if (t.length === 2 && t.charCodeAt(1) === 46) {
    const c = t.charCodeAt(0);
    if (c >= 65 && c <= 90) return true;
  }
  return NOT_NAME.has(t);
}

/** An all-capitals word ("NATO"); any ASCII lower-case letter decides it without upper-casing. */
function allCaps(t: string): boolean {
  if (t.length <= 1) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return t === t.toUpperCase();
}

/** `parts[from..to)` joined by single spaces. */
function joinParts(parts: string[], from: number, to: number): string {
  let out = parts[from]!;
  for (let i = from + 1; i < to; i++) out += " " + parts[i]!;
  return out;
}

/** A name found in a run of capitalised words: the name, the words before it, and its first word. */
interface Cleaned {
  name: string;
  lead: string;
  first: string;
  /** The words of a name of several words; null for one word (the name itself). */
  words: string[] | null;
}

// The words of the run being cleaned, reused between calls (names are read in every sentence);
// only the first `count` entries are current. Never shortened: truncating an array frees its
// storage, and the next push allocates it again.
const parts: string[] = [];

function cleanName(raw: string): Cleaned | null {
  const n = raw.length;
  let sp = 1;
  while (sp < n && !isRegexSpace(raw.charCodeAt(sp))) sp++;
  if (sp === n) {
    // One word, the common case ("The", "According", "Kowalczyk"): no splitting.
    const t = stripPossessive(raw);
    if (notName(t) || allCaps(t) || t === "U") return null;
    return { name: t, lead: "", first: t, words: null };
  }
  // The words, possessives stripped (as raw.split(/\s+/).map(stripPossessive); the run neither
  // starts nor ends with a space).
  let count = 0;
  // Whether the words are joined by single spaces and none lost a possessive: then a name of all
  // the words is `raw` itself.
  let plain = true;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && !isRegexSpace(raw.charCodeAt(j))) j++;
    const t = raw.slice(i, j);
    const u = stripPossessive(t);
    if (u !== t || (j < n && raw.charCodeAt(j) !== 32)) plain = false;
    parts[count++] = u;
    i = j + 1;
    while (i < n && isRegexSpace(raw.charCodeAt(i))) {
      plain = false;
      i++;
    }
  }
  // Split the run at words that cannot be names; the name is the last piece ("Belarusian
  // President Alexander Lukashenko", "U.S. Secretary of State Marco Rubio"), the rest its lead.
  // Read from the end: words before the last piece need no look-up.
  let to = count;
  while (to > 0 && notName(parts[to - 1]!)) to--;
  if (to === 0) return null;
  // "the Belarusian Sport Solidarity Foundation": capitals right before an organisation's word name it.
  if (to < count && ORG_TAIL.has(parts[to]!)) return null;
  let from = to - 1;
  while (from > 0 && !notName(parts[from - 1]!)) from--;
  for (let i = from; i < to; i++) if (allCaps(parts[i]!)) return null;
  const first = parts[from]!;
  const lead = from === 0 ? "" : joinParts(parts, 0, from);
  if (to - from === 1) return first === "U" ? null : { name: first, lead, first, words: null };
  return { name: plain && from === 0 && to === count ? raw : joinParts(parts, from, to), lead, first, words: parts.slice(from, to) };
}

/** The last word of an organisation's name: the capitalised words before it belong to that name. */
const ORG_TAIL = new Set(["Foundation", "Fund", "Association", "Organization", "Organisation", "Institute", "Society", "Movement", "Party", "Union", "Network", "Coalition", "Alliance", "Initiative", "Platform", "Program", "Programme", "Books", "Publishing", "Publishers", "Line", "League"]);

const PLACE_AFTER = /^\s+(?:[Aa]irport|[Pp]rison|[Cc]olony|[Dd]istrict|[Rr]egion|[Pp]rovince|[Oo]blast|[Ss]quare|[Ss]treet|[Aa]venue|[Bb]order|[Cc]heckpoint|[Cc]ourt|[Cc]ity|[Cc]ounty)\b/;

// A title in the same run of capitals as the name ("Belarusian President Lukashenko") lets a
// single surname name a person; the regex is run only when the run ends with one of its words.
const LEAD_TITLE = /\b(?:President|Secretary|Minister|Envoy|Deputy|Chancellor|Commissioner|Ambassador|Pope)$/;
const LEAD_TITLE_LAST = new Set(["President", "Secretary", "Minister", "Envoy", "Deputy", "Chancellor", "Commissioner", "Ambassador", "Pope"]);

/** The run of `\w` characters that ends `s`. */
function lastWordRun(s: string): string {
  let st = s.length;
  while (st > 0) {
    const c = s.charCodeAt(st - 1);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95)) break;
    st--;
  }
  return st === s.length ? "" : s.slice(st);
}

/** First letters of WORK_AFTER's words: t, p, n. */
const WORK_FIRST = new Set([116, 112, 110]);
const WORK_AFTER = /^ (?:team|podcast|newsletter|programme|project)\b/;
const TITLE_OF_WORK = /^ is an? (?:[a-z-]+ ){0,2}(?:podcast|show|programme|program|newsletter|series|documentary|film|book|album|magazine|website|channel|festival|campaign|exhibition)\b/;

/** Whether `text[from, to)` is "(also known as " or the like, spaces around allowed. */
function akaBetween(text: string, from: number, to: number): boolean {
  // The first non-space character must open a bracket: checked before slicing and matching.
  let i = from;
  while (i < to && isRegexSpace(text.charCodeAt(i))) i++;
  return i < to && text.charCodeAt(i) === 40 && /^\s*\((?:also known as|aka|a\.k\.a\.|known as|born|also spelt|also spelled|in (?:Lithuanian|Polish|Belarusian|Russian|Ukrainian|Latvian|English),)\s+$/.test(text.slice(from, to));
}

/**
 * Whether `s` holds an ASCII lower-case letter (as /[a-z]/), read by char codes: running text has
 * one within its first few characters, so the loop stops at once, where a regex call has a fixed
 * cost of its own.
 */
function hasLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Whether `after`, the text after a name, ends its noun phrase at once: punctuation, the end, " and ", " or ". */
function endsPhrase(after: string): boolean {
  if (after.length === 0) return true;
  const c = after.charCodeAt(0);
  if (c === 32) return after.startsWith(" and ") || after.startsWith(" or ");
  return c === 44 || c === 46 || c === 59 || c === 58 || c === 41 || c === 33 || c === 63;
}

/** Whether a UTF-16 code unit is an ASCII capital. */
function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** How many spaces a run of capitalised words holds. */
function spacesIn(raw: string): number {
  let k = 0;
  for (let i = raw.indexOf(" "); i >= 0; i = raw.indexOf(" ", i + 1)) k++;
  return k;
}

/** Finds person mentions in one sentence, with the role cue of each. */
export function mentionsIn(text: string, s: Span, bylineLike: boolean, known: (token: string) => boolean = () => true): Mention[] {
  if (bylineLike) return [];
  const sentence = text.slice(s.start, s.end);
  // All-caps headings ("VON DER LEYEN HAILS RELEASE") carry no reliable names.
  // (Any ASCII lower-case letter already rules it out, without upper-casing the sentence.)
  if (sentence.length > 8 && !hasLower(sentence) && sentence === sentence.toUpperCase()) return [];
  const out: Mention[] = [];
  // Shared regex, reset per sentence (see numbers.ts: fresh RegExps stay slow).
  const re = NAME_RE;
  re.lastIndex = 0;
  let cues: SentenceCues | undefined;
  let credit = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    const raw = m[0];
    const cleaned = cleanName(raw);
    if (!cleaned) continue;
    const { name, lead } = cleaned;
    const offset = raw.indexOf(cleaned.first, Math.max(0, lead.length - 2));
    // "State Counsellor Daw Aung San" + "Suu Kyi": a run cut at its fifth word, capitals going on,
    // is read again from the name's first word, so that the name is not cut in two.
    if (lead !== "" && offset > 0 && isRegexSpace(sentence.charCodeAt(m.index + raw.length)) && isUpperCode(sentence.charCodeAt(m.index + raw.length + 1)) && spacesIn(raw) >= 4) {
      re.lastIndex = m.index + offset;
      continue;
    }
    const start = s.start + m.index + Math.max(0, offset);
    const end = start + name.length;
    // 180 characters: a long apposition may stand between a name and its predicate.
    const after0 = text.slice(end, Math.min(s.end, end + 180));
    const q0 = after0.charCodeAt(0);
    const after = q0 === 39 || q0 === 0x2019 || q0 === 0x2bc ? after0.replace(/^['’ʼ]s\b/, "") : after0;
    // "at Abu Dhabi airport", "the Hrodna Prison": a capitalised pair before a place noun is a place.
    if (PLACE_AFTER.test(after)) continue;
    // "Inside Out is a weekly podcast about …": the name of a show or a publication, not a person.
    // ("Morning Desk is produced by X and Y": the show a credit line names, too.)
    if (after.startsWith(" is ") && namesWork(after)) continue;
    // "Pul Pervogo, a Telegram channel close to …": an apposition calling the name an outlet.
    if (q0 === 44 && (after0.charCodeAt(2) === 97 || after0.charCodeAt(2) === 116) && outletApposition(after0)) continue;
    // "the Inside Out team" (not "Tsikhanouskaya's team"): a name used as an adjective of a group.
    if (q0 === 32 && WORK_FIRST.has(after0.charCodeAt(1)) && WORK_AFTER.test(after0)) continue;
    const before = text.slice(Math.max(s.start, start - 60), start);
    const word = wordBeforeSpace(before);
    // "her boyfriend, who lives in Los Angeles": capitals after "lives in" / "based in" name a place.
    if (word === "in" && cleaned.words !== null && (before.endsWith(" lives in ") || before.endsWith(" living in ") || before.endsWith(" based in ") || before.endsWith(" lived in "))) continue;
    // "a former university student from Hlaing Tharyar": capitals after "<person noun> from" name a hometown.
    if (word === "from" && cleaned.words !== null && FROM_PLACE_NOUNS.has(wordBeforeSpace(before.slice(0, -5)))) continue;
    // "The show is produced by X and Y": a closing credit, its names bylines; "Started by X": a petition's author.
    if (credit || (word === "by" && (credit = creditBy(text, s.start, start, before)) !== 0)) {
      if (credit === 1) credit = 0;
      continue;
    }
    // "both the Cyber Partisans and …", "the Transitional Cabinet,": a run of capitals right after
    // "the" that is a whole noun phrase names a body or a thing; a person's name takes no article
    // (a title or a nationality comes between: "the journalist X", "the German X").
    if (word === "the" && lead === "" && cleaned.words !== null && endsPhrase(after0)) continue;
    const titled = titleBefore(before, word) || (LEAD_TITLE_LAST.has(lastWordRun(lead)) && LEAD_TITLE.test(lead));
    // A lone capitalised word that names nobody seen so far ("Observers noted …") will be
    // dropped by the caller: skip reading its role.
    const single = cleaned.words === null;
    const idle = single && !titled && !known(name);
    let role: PersonRole | null = null;
    if (!idle) {
      cues ??= sentenceCues(sentence);
      role = roleCue(text, s, start, end, before, after, lead, cues, word);
    }
    const mention = new Mention(name, start, end, role, single && !titled, cleaned.words, idle ? null : { before, after, lead, word });
    // Not out[out.length - 1] on an empty list: index -1 is a named-property look-up, a slow path.
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    if (prev && akaBetween(text, prev.end, start)) mention.akaOf = prev.name;
    out.push(mention);
  }
  return out;
}

const CREDITED_WORK = /^ is (?:produced|presented) by\b/;

/** Nouns describing a person whose "from X" names a place ("a student from X"), not a source ("a statement from X"). */
const FROM_PLACE_NOUNS: ReadonlySet<string> = new Set(
  "student students teacher woman women man men pensioner pensioners worker workers resident residents native natives activist activists cyclist electrician engineer farmer doctor nurse mother father couple family plumber driver".split(" "),
);

/** The nouns of an apposition that names an outlet: ", a Telegram channel", ", the state news agency". */
const OUTLET_NOUNS: ReadonlySet<string> = new Set(["channel", "website", "site", "agency", "newspaper", "outlet", "broadcaster", "podcast", "magazine", "blog", "portal"]);
/** The first letters of OUTLET_NOUNS: c, w, s, a, n, o, b, p, m. */
const OUTLET_FIRST: ReadonlySet<number> = new Set([99, 119, 115, 97, 110, 111, 98, 112, 109]);

/**
 * ", a Telegram channel …", ", the state news agency": an apposition naming an outlet, not a person
 * (not ", the outlet's director"). `after` opens ", a" or ", t"; the article and up to three words
 * after it are read by char codes, each looked up in OUTLET_NOUNS.
 */
function outletApposition(after: string): boolean {
  let i = 2;
  let j = i;
  while (j < after.length && after.charCodeAt(j) >= 97 && after.charCodeAt(j) <= 122) j++;
  const article = after.slice(i, j);
  if ((article !== "a" && article !== "an" && article !== "the") || after.charCodeAt(j) !== 32) return false;
  for (let k = 0; k < 3; k++) {
    i = j + 1;
    j = i;
    while (j < after.length && (((after.charCodeAt(j) | 32) >= 97 && (after.charCodeAt(j) | 32) <= 122) || after.charCodeAt(j) === 45)) j++;
    if (j === i) return false;
    const c = after.charCodeAt(j);
    // (A word of 4 to 11 letters opening with a letter some outlet noun opens with is looked up.)
    if (j - i >= 4 && j - i <= 11 && OUTLET_FIRST.has(after.charCodeAt(i)) && OUTLET_NOUNS.has(after.slice(i, j))) return c !== 39 && c !== 0x2019;
    if (c !== 32) return false;
  }
  return false;
}

/** Whether `after` (opening " is ") calls the name a show or a publication, or credits its makers. */
function namesWork(after: string): boolean {
  const c = after.charCodeAt(4);
  return c === 97 ? TITLE_OF_WORK.test(after) : c === 112 && CREDITED_WORK.test(after);
}

/**
 * After "by": 2 when a credit verb precedes it (" is produced by "), so that this and the later names
 * of the sentence are bylines; 1 for "Started by X" opening the sentence (that name only); else 0.
 */
function creditBy(text: string, sentenceStart: number, start: number, before: string): number {
  if (CREDIT_BY.test(before)) return 2;
  return start - sentenceStart === 11 && text.startsWith("Started by ", sentenceStart) ? 1 : 0;
}

/** " is produced by ", " was edited by ": a credit line's verb before the names it credits. */
const CREDIT_BY = /\b(?:is|are|was|were) (?:produced|presented|hosted|edited|co-produced) by\s+$/;

/** Whether `t` is one of the space-separated words of `name`. */
function hasWord(name: string, t: string): boolean {
  for (let i = name.indexOf(t); i >= 0; i = name.indexOf(t, i + 1)) {
    const e = i + t.length;
    if ((i === 0 || name.charCodeAt(i - 1) === 32) && (e === name.length || name.charCodeAt(e) === 32)) return true;
  }
  return false;
}

/** Number of space-separated words in a name. */
function wordCount(name: string): number {
  let k = 1;
  for (let i = name.indexOf(" "); i >= 0; i = name.indexOf(" ", i + 1)) k++;
  return k;
}

/** True when `short` is a later, shorter mention of `full` ("Krieger" of "Rico Krieger"). */
function isPartOf(short: string, full: string): boolean {
  if (short === full) return true;
  if (wordCount(short) >= wordCount(full)) return false;
  // Every word of `short` is a word of `full` (names are single-space separated, no empty words).
  let from = 0;
  for (;;) {
    const sp = short.indexOf(" ", from);
    const t = sp < 0 ? short.slice(from) : short.slice(from, sp);
    if (!hasWord(full, t)) return false;
    if (sp < 0) return true;
    from = sp + 1;
  }
}

/** Whether the sentence at `start` opens like a byline (/^(?:By|Reporting by|…)\s/), read in place. */
function isByline(text: string, start: number, end: number): boolean {
  if (signatureLine(text, start, end)) return true;
  // "(Reporting by X; Editing by Y)": a wire story's closing credit line, in parentheses.
  if (text.charCodeAt(start) === 40) start++;
  // "--With assistance from X.": a business wire's closing credit, after two dashes.
  else if (text.charCodeAt(start) === 45 && text.charCodeAt(start + 1) === 45) start += 2;
  // Dispatch on the first letter: most sentences open with none of these words.
  let w: string;
  switch (text.charCodeAt(start)) {
    case 66:
      w = "By";
      break;
    case 98:
      // "by Oleh Marchenko" on a line of its own under a headline: a byline in lower case.
      if (start > 0 && text.charCodeAt(start - 1) !== 10) return false;
      w = "by";
      break;
    case 82:
      w = "Reporting by";
      break;
    case 69:
      w = "Editing by";
      break;
    case 87:
      w = text.startsWith("Writing", start) ? "Writing by" : text.startsWith("With", start) ? "With assistance from" : "Written by";
      break;
    case 65:
      // "Asked by X (constituency)", "Answered by Y, Minister for …": a written question's authors.
      w = text.startsWith("Additional", start) ? "Additional reporting by" : text.startsWith("Asked", start) ? "Asked by" : text.startsWith("Answered", start) ? "Answered by" : "Author:";
      break;
    case 80:
      w = text.startsWith("Presented", start) ? "Presented by" : "Produced by";
      break;
    case 67:
      w = "Compiled by";
      break;
    case 84:
      // "Tabled by X and Y, on behalf of …" (a motion's tabling line), "Translated by X";
      // "The interview was conducted by X for …", a closing credit about the text itself.
      if (text.startsWith("Tabled", start)) w = "Tabled by";
      else if (text.startsWith("Translated", start)) w = "Translated by";
      else return selfCredit(text, start);
      break;
    default:
      return false;
  }
  return text.startsWith(w, start) && isRegexSpace(text.charCodeAt(start + w.length));
}

/**
 * "Hanna Novik, Director, Vilnius, February 2026": a letter's signature line — under 80
 * characters, ending in a year, at least two commas, and no word in lower case. Read by char codes.
 */
function signatureLine(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last < 48 || last > 57) return false;
  let e = end;
  while (e > start && isRegexSpace(text.charCodeAt(e - 1))) e--;
  if (e - start > 80 || e - start < 12) return false;
  for (let k = 1; k <= 4; k++) {
    const c = text.charCodeAt(e - k);
    if (c < 48 || c > 57) return false;
  }
  let commas = 0;
  for (let i = start; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) commas++;
    else if (c >= 97 && c <= 122 && (i === start || text.charCodeAt(i - 1) === 32)) return false;
  }
  return commas >= 2;
}

/** The nouns by which a text names itself in its closing credit ("The interview was conducted by …"). */
const SELF_NOUN = new Set(["interview", "conversation", "transcript", "article", "translation"]);

/** First letters of SELF_NOUN's words: i, c, t, a. */
const SELF_FIRST = new Set([105, 99, 116, 97]);

/**
 * Whether the sentence at `start` is "The|This interview|article|… was|has been <verb> by …": the
 * text's own credit line. Read in place; the noun's first letter is checked before any slice.
 */
function selfCredit(text: string, start: number): boolean {
  let i: number;
  if (text.startsWith("The ", start)) i = start + 4;
  else if (text.startsWith("This ", start)) i = start + 5;
  else return false;
  if (!SELF_FIRST.has(text.charCodeAt(i))) return false;
  let j = i;
  while (j < text.length && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++;
  if (!SELF_NOUN.has(text.slice(i, j))) return false;
  if (text.startsWith(" was ", j)) j += 5;
  else if (text.startsWith(" has been ", j)) j += 10;
  else return false;
  const v = j;
  while (j < text.length && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++;
  return j > v && text.startsWith(" by ", j);
}

/** The roles that tell a person's state, which an elliptic "Neither have X" repeats. */
const STATE_ROLE = new Set<PersonRole | null>(["prisoner", "released", "pardoned"]);

/** Auxiliaries that open an elliptic clause after "Neither", "Nor", "So" ("Neither have X", "So was Y"). */
const ELLIPSIS_AUX = new Set(["have", "has", "had", "did", "does", "do", "was", "were", "is", "are"]);

/** Whether the sentence at `start` opens "Neither|Nor|So <auxiliary> ": read in place, the first letter first. */
function ellipsisOpens(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  let i: number;
  if (c === 78) {
    if (text.startsWith("Neither ", start)) i = start + 8;
    else if (text.startsWith("Nor ", start)) i = start + 4;
    else return false;
  } else if (c === 83 && text.startsWith("So ", start)) i = start + 3;
  else return false;
  let j = i;
  while (j < text.length && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++;
  return text.charCodeAt(j) === 32 && ELLIPSIS_AUX.has(text.slice(i, j));
}

type Person = { name: string; aliases: Set<string>; role: PersonRole | null; evidence: Evidence[]; note: string };

/** Calls `fn` with each space-separated word of a name, without building an array. */
function eachWord(name: string, fn: (t: string) => void): void {
  let from = 0;
  for (let sp = name.indexOf(" "); sp >= 0; sp = name.indexOf(" ", from)) {
    fn(name.slice(from, sp));
    from = sp + 1;
  }
  fn(from === 0 ? name : name.slice(from));
}

/**
 * The people indexed under any word of a mention's name, in first-seen order without repeats (the
 * order a Set filled word by word would give). When only one word is indexed, returns the
 * index's own list: read it before changing the index.
 */
function candidatesOf(byToken: Map<string, Person[]>, m: Mention): readonly Person[] {
  const words = m.words;
  if (words === null) return byToken.get(m.name) ?? [];
  let only: Person[] | undefined;
  let out: Person[] | undefined;
  for (const t of words) {
    const list = byToken.get(t);
    if (!list) continue;
    if (!only) only = list;
    else {
      out ??= only.slice();
      for (const q of list) if (!out.includes(q)) out.push(q);
    }
  }
  return out ?? only ?? [];
}

/** Adds person `p` under word `t` of the document's name index. */
function indexWord(byToken: Map<string, Person[]>, p: Person, t: string): void {
  const list = byToken.get(t);
  if (!list) byToken.set(t, [p]);
  else if (!list.includes(p)) list.push(p);
}

/** Adds person `p` under every word of `name`. */
function indexName(byToken: Map<string, Person[]>, p: Person, name: string): void {
  eachWord(name, (t) => indexWord(byToken, p, t));
}

/** Indexes a mention's name, with the words read when it was found. */
function indexMention(byToken: Map<string, Person[]>, p: Person, m: Mention): void {
  if (m.words === null) indexWord(byToken, p, m.name);
  else for (const t of m.words) indexWord(byToken, p, t);
}

/**
 * Gathers the people of a document from per-sentence mentions: merges surname-only mentions
 * into the full name they shorten, keeps the strongest role, and drops single words that were
 * never introduced by a full name or a title.
 */
export function collectPersons(
  text: string,
  sentences: Span[],
  prevSentenceRole: (i: number) => PersonRole | null,
  field: Evidence["field"],
): { persons: PersonMention[]; mentions: Mention[] } {
  const people: Person[] = [];
  // Index by name token so matching a mention costs a few lookups, not a scan of everyone seen:
  // a huge document must not turn name merging quadratic.
  const byToken = new Map<string, Person[]>();
  const all: Mention[] = [];
  const MAX_PEOPLE = 2000;
  // The role of the first mention with a role in the last sentence that had mentions, and that
  // sentence's index: what "Neither have X or Y" repeats.
  let firstRole: PersonRole | null = null;
  let firstRoleAt = -2;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const byline = isByline(text, s.start, s.end);
    let prevRole: PersonRole | null | undefined;
    // "X, who has been held since May, never asked for a pardon. Neither have Y or Z.": an elliptic
    // sentence repeats the previous one's predicate, so its names share the state it gave
    // (held, freed, pardoned; not a title such as "official").
    const echo: PersonRole | null = firstRoleAt === i - 1 && STATE_ROLE.has(firstRole) && ellipsisOpens(text, s.start) ? firstRole : null;
    let firstSeen = false;
    for (const m of mentionsIn(text, s, byline, (t) => byToken.has(t) || KNOWN_FULL.has(t))) {
      // "Among them was X" after a sentence about a release: the group's fate outranks a
      // prison word in X's own description ("who had been sentenced to 15 years").
      if (prevRole === undefined) prevRole = prevSentenceRole(i);
      if (prevRole && (m.role === null || ROLE_RANK[prevRole] > ROLE_RANK[m.role])) m.role = prevRole;
      if (echo !== null && m.role === null) m.role = echo;
      if (!firstSeen && m.role !== null) {
        firstSeen = true;
        firstRole = m.role;
        firstRoleAt = i;
      }
      if (all.length < MAX_PEOPLE * 10) all.push(m);
      if (m.akaOf) {
        const aka = m.akaOf;
        const list = byToken.get(aka.slice(aka.lastIndexOf(" ") + 1));
        const q = list?.find((x) => x.name === aka);
        if (q) {
          q.aliases.add(m.name);
          indexMention(byToken, q, m);
        }
        continue;
      }
      const candidates = candidatesOf(byToken, m);
      let p: Person | undefined;
      for (const q of candidates) {
        if (isPartOf(m.name, q.name) || q.aliases.has(m.name)) {
          p = q;
          break;
        }
      }
      if (!p) {
        // A fuller name than one seen before: upgrade the earlier entry.
        for (const q of candidates) {
          if (isPartOf(q.name, m.name)) {
            p = q;
            break;
          }
        }
        if (p) {
          p.aliases.add(p.name);
          p.name = m.name;
          indexMention(byToken, p, m);
        }
      } else if (p.name !== m.name) {
        p.aliases.add(m.name);
      }
      const full = !p && m.single ? KNOWN_FULL.get(m.name) : undefined;
      if (full) {
        p = people.find((q) => q.name === full);
        if (!p && people.length < MAX_PEOPLE) {
          p = { name: full, aliases: new Set([m.name]), role: null, evidence: [], note: "" };
          people.push(p);
          indexName(byToken, p, full);
          indexMention(byToken, p, m);
        }
      }
      if (!p) {
        if (m.single || people.length >= MAX_PEOPLE) continue;
        p = { name: m.name, aliases: new Set(), role: null, evidence: [], note: "" };
        people.push(p);
        indexMention(byToken, p, m);
      }
      if (m.role && (!p.role || ROLE_RANK[m.role] > ROLE_RANK[p.role])) p.role = m.role;
      if (p.evidence.length < 5) p.evidence.push({ field, start: m.start, end: m.end });
      if (!p.note && m.note) p.note = m.note;
    }
  }
  const persons: PersonMention[] = people.map((p) => {
    let role = p.role;
    // A well-known figure keeps the known role unless the text says they were freed or pardoned
    // (a prison word nearby is weaker evidence than who they are).
    const known = knownRole(p.name);
    if (known && (!role || role === "prisoner" || role === "other")) role = known;
    if (!role) role = "other";
    const out: PersonMention = { name: p.name, role, status_note: p.note, evidence: p.evidence };
    // "Daw Aung San Suu Kyi": the Burmese honorific kept in the name, the bare name an alias.
    if (p.name.startsWith("Daw ") && p.name.indexOf(" ", 4) > 0) p.aliases.add(p.name.slice(4));
    if (p.aliases.size) {
      const aliases = [...p.aliases].filter((a) => a !== p.name);
      if (aliases.length) out.aliases = aliases;
    }
    return out;
  });
  return { persons, mentions: all };
}
