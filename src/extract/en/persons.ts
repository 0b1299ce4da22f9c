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
import type { Span } from "../sentences.js";
import { describe, roleCue, sentenceCues, TITLE_BEFORE, type SentenceCues } from "./roles.js";

const PARTICLE = "(?:von|van|der|de|da|del|di|la|le|bin|al|el|ibn)";

// A capitalised word, hyphenated parts included ("Sharenda-Panasiuk"), in Latin scripts with
// diacritics (Łukasz, Šimonytė). Explicit ranges rather than \p{Lu}: the non-Unicode regex runs
// markedly faster, and names are matched in every sentence.
const UP = "A-ZÀ-ÖØ-Þ\\u0100-\\u017F";

const LO = "a-zß-öø-ÿ\\u0100-\\u017F";

const CAP = `(?:[${UP}][${LO}'’ʼ]*[${LO}](?:-[${UP}]?[${LO}]+)*|[A-Z]\\.|U)`;

// The leading lookahead is redundant for the match (every CAP starts with an [UP] letter) but lets
// the engine skip to capital letters before trying the lookbehind: about twice as fast.
const NAME_RE = new RegExp(`(?=[${UP}])(?<![${UP}${LO}0-9_’ʼ'-])${CAP}(?:\\s+(?:${PARTICLE}\\s+)*${CAP}){0,4}(?![${UP}${LO}0-9_-])`, "g");

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
    "Orthodox Catholic Church Embassy Constituency Lukashenko's Read More Photo Video Source Sources Update Updated Tsikhanouskaya's Coup Military Crackdown Protests Amnesty Decree Verdict Trial Weekly Monthly Report Bulletin Review Summary"
  ).split(/\s+/),
);

interface Mention {
  /** Set when this mention is an "(also known as …)" of the previous one. */
  akaOf?: string;
  name: string;
  start: number;
  end: number;
  role: PersonRole | null;
  single: boolean;
  /** How the text describes the person here ("journalist for RFE/RL", "Foreign Minister"). */
  note: string;
}

const ROLE_RANK: Record<PersonRole, number> = { pardoned: 6, released: 5, official: 4, opposition_leader: 3, prisoner: 2, other: 1 };

// Well-known figures whose role does not change between reports, used only when the text
// itself gives no cue. Facts, not sentences.
/** Full names of figures often named by surname alone in reports ("Lukashenko said …"). */
const KNOWN_FULL: Record<string, string> = {
  Lukashenko: "Alexander Lukashenko",
  Putin: "Vladimir Putin",
  Tsikhanouskaya: "Sviatlana Tsikhanouskaya",
  Zelensky: "Volodymyr Zelensky",
};

const KNOWN_ROLES: [RegExp, PersonRole][] = [
  [/Lukashenk/, "official"],
  [/Putin$/, "official"],
  [/Trump$/, "official"],
  [/Tsikhanouskaya|Tikhanovskaya|Tsikhanovskaya/, "opposition_leader"],
];

/** "Lukashenko's" -> "Lukashenko" (same as replacing /['’ʼ]s$/, without a regex per token). */
function stripPossessive(t: string): string {
  const n = t.length;
  if (n < 2 || t.charCodeAt(n - 1) !== 115) return t;
  const q = t.charCodeAt(n - 2);
  return q === 39 || q === 0x2019 || q === 0x2bc ? t.slice(0, n - 2) : t;
}

function cleanName(raw: string): { name: string; lead: string } | null {
  // One word that cannot be a name ("The", "According"): the common case, decided without splitting.
  if (!/\s/.test(raw)) {
    const t = stripPossessive(raw);
    if (NOT_NAME.has(t) || /^[A-Z]\.$/.test(t)) return null;
  }
  const tokens = raw.split(/\s+/).map(stripPossessive);
  // Split the run at words that cannot be names; the name is the last piece ("Belarusian
  // President Alexander Lukashenko", "U.S. Secretary of State Marco Rubio"), the rest its lead.
  let best: string[] = [];
  let bestAt = 0;
  let cur: string[] = [];
  tokens.forEach((t, i) => {
    if (NOT_NAME.has(t) || /^[A-Z]\.$/.test(t)) {
      if (cur.length) {
        best = cur;
        bestAt = i - cur.length;
      }
      cur = [];
    } else cur.push(t);
  });
  if (cur.length) {
    best = cur;
    bestAt = tokens.length - cur.length;
  }
  if (!best.length) return null;
  if (best.some((t) => t.length > 1 && t === t.toUpperCase())) return null;
  if (best.length === 1 && best[0] === "U") return null;
  return { name: best.join(" "), lead: tokens.slice(0, bestAt).join(" ") };
}

const PLACE_AFTER = /^\s+(?:[Aa]irport|[Pp]rison|[Cc]olony|[Dd]istrict|[Rr]egion|[Pp]rovince|[Oo]blast|[Ss]quare|[Ss]treet|[Aa]venue|[Bb]order|[Cc]heckpoint|[Cc]ourt|[Cc]ity|[Cc]ounty)\b/;

const HAS_LOWER = /[a-z]/;

/** Finds person mentions in one sentence, with the role cue of each. */
export function mentionsIn(text: string, s: Span, bylineLike: boolean, known: (token: string) => boolean = () => true): Mention[] {
  if (bylineLike) return [];
  const sentence = text.slice(s.start, s.end);
  // All-caps headings ("VON DER LEYEN HAILS RELEASE") carry no reliable names.
  // (Any ASCII lower-case letter already rules it out, without upper-casing the sentence.)
  if (sentence.length > 8 && !HAS_LOWER.test(sentence) && sentence === sentence.toUpperCase()) return [];
  const out: Mention[] = [];
  // Shared regex, reset per sentence (see numbers.ts: fresh RegExps stay slow).
  const re = NAME_RE;
  re.lastIndex = 0;
  let cues: SentenceCues | undefined;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    const cleaned = cleanName(m[0]);
    if (!cleaned) continue;
    const offset = m[0].indexOf(cleaned.name.split(" ")[0]!, Math.max(0, cleaned.lead.length - 2));
    const start = s.start + m.index + Math.max(0, offset);
    const end = start + cleaned.name.length;
    const before = text.slice(Math.max(s.start, start - 60), start);
    // 180 characters: a long apposition may stand between a name and its predicate.
    const after0 = text.slice(end, Math.min(s.end, end + 180));
    const q0 = after0.charCodeAt(0);
    const after = q0 === 39 || q0 === 0x2019 || q0 === 0x2bc ? after0.replace(/^['’ʼ]s\b/, "") : after0;
    // "at Abu Dhabi airport", "the Hrodna Prison": a capitalised pair before a place noun is a place.
    if (PLACE_AFTER.test(after)) continue;
    const single = !cleaned.name.includes(" ");
    const titled = TITLE_BEFORE.test(before) || /\b(?:President|Secretary|Minister|Envoy|Deputy|Chancellor|Commissioner|Ambassador|Pope)$/.test(cleaned.lead);
    // A lone capitalised word that names nobody seen so far ("Observers noted …") will be
    // dropped by the caller: skip reading its role.
    const idle = single && !titled && !known(cleaned.name);
    cues ??= sentenceCues(sentence);
    const mention: Mention = {
      name: cleaned.name,
      start,
      end,
      role: idle ? null : roleCue(text, s, start, end, before, after, cleaned.lead, cues),
      single: single && !titled,
      note: idle ? "" : describe(before, after, cleaned.lead),
    };
    const prev = out[out.length - 1];
    if (prev && /^\s*\((?:also known as|aka|a\.k\.a\.|known as|born)\s+$/.test(text.slice(prev.end, start))) mention.akaOf = prev.name;
    out.push(mention);
  }
  return out;
}

/** True when `short` is a later, shorter mention of `full` ("Krieger" of "Rico Krieger"). */
function isPartOf(short: string, full: string): boolean {
  if (short === full) return true;
  const st = short.split(" ");
  const ft = full.split(" ");
  if (st.length >= ft.length) return false;
  return st.every((t) => ft.includes(t));
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
  type Person = { name: string; aliases: Set<string>; role: PersonRole | null; evidence: Evidence[]; note: string };
  const people: Person[] = [];
  // Index by name token so matching a mention costs a few lookups, not a scan of everyone seen:
  // a huge document must not turn name merging quadratic.
  const byToken = new Map<string, Person[]>();
  const index = (p: Person, name: string) => {
    for (const t of name.split(" ")) {
      const list = byToken.get(t) ?? [];
      if (!list.includes(p)) list.push(p);
      byToken.set(t, list);
    }
  };
  const all: Mention[] = [];
  const MAX_PEOPLE = 2000;
  sentences.forEach((s, i) => {
    const byline = /^(?:By|Reporting by|Editing by|Written by|Author:)\s/.test(text.slice(s.start, s.start + 20));
    let prevRole: PersonRole | null | undefined;
    for (const m of mentionsIn(text, s, byline, (t) => byToken.has(t) || t in KNOWN_FULL)) {
      // "Among them was X" after a sentence about a release: the group's fate outranks a
      // prison word in X's own description ("who had been sentenced to 15 years").
      if (prevRole === undefined) prevRole = prevSentenceRole(i);
      if (prevRole && (m.role === null || ROLE_RANK[prevRole] > ROLE_RANK[m.role])) m.role = prevRole;
      if (all.length < MAX_PEOPLE * 10) all.push(m);
      const candidates = new Set<Person>();
      for (const t of m.name.split(" ")) for (const q of byToken.get(t) ?? []) candidates.add(q);
      if (m.akaOf) {
        const q = [...(byToken.get(m.akaOf.split(" ").pop()!) ?? [])].find((x) => x.name === m.akaOf);
        if (q) {
          q.aliases.add(m.name);
          index(q, m.name);
        }
        continue;
      }
      let p = [...candidates].find((q) => isPartOf(m.name, q.name) || q.aliases.has(m.name));
      if (!p) {
        // A fuller name than one seen before: upgrade the earlier entry.
        p = [...candidates].find((q) => isPartOf(q.name, m.name));
        if (p) {
          p.aliases.add(p.name);
          p.name = m.name;
          index(p, m.name);
        }
      } else if (p.name !== m.name) {
        p.aliases.add(m.name);
      }
      if (!p && m.single && KNOWN_FULL[m.name]) {
        const full = KNOWN_FULL[m.name]!;
        p = people.find((q) => q.name === full);
        if (!p && people.length < MAX_PEOPLE) {
          p = { name: full, aliases: new Set([m.name]), role: null, evidence: [], note: "" };
          people.push(p);
          index(p, full);
          index(p, m.name);
        }
      }
      if (!p) {
        if (m.single || people.length >= MAX_PEOPLE) continue;
        p = { name: m.name, aliases: new Set(), role: null, evidence: [], note: "" };
        people.push(p);
        index(p, m.name);
      }
      if (m.role && (!p.role || ROLE_RANK[m.role] > ROLE_RANK[p.role])) p.role = m.role;
      if (p.evidence.length < 5) p.evidence.push({ field, start: m.start, end: m.end });
      if (!p.note && m.note) p.note = m.note;
    }
  });
  const persons: PersonMention[] = people.map((p) => {
    let role = p.role;
    // A well-known figure keeps the known role unless the text says they were freed or pardoned
    // (a prison word nearby is weaker evidence than who they are).
    const known = KNOWN_ROLES.find(([re]) => re.test(p.name))?.[1];
    if (known && (!role || role === "prisoner" || role === "other")) role = known;
    if (!role) role = "other";
    const out: PersonMention = { name: p.name, role, status_note: p.note, evidence: p.evidence };
    const aliases = [...p.aliases].filter((a) => a !== p.name);
    if (aliases.length) out.aliases = aliases;
    return out;
  });
  return { persons, mentions: all };
}
