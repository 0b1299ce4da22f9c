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

const PARTICLE = "(?:von|van|der|de|da|del|di|la|le|bin|al|el|ibn)";
// A capitalised word, hyphenated parts included ("Sharenda-Panasiuk"), in Latin scripts with
// diacritics (Łukasz, Šimonytė). Explicit ranges rather than \p{Lu}: the non-Unicode regex runs
// markedly faster, and names are matched in every sentence.
const UP = "A-ZÀ-ÖØ-Þ\\u0100-\\u017F";
const LO = "a-zß-öø-ÿ\\u0100-\\u017F";
const CAP = `(?:[${UP}][${LO}'’ʼ]*[${LO}](?:-[${UP}]?[${LO}]+)*|[A-Z]\\.|U)`;
const NAME_RE = new RegExp(`(?<![${UP}${LO}0-9_’ʼ'-])${CAP}(?:\\s+(?:${PARTICLE}\\s+)*${CAP}){0,4}(?![${UP}${LO}0-9_-])`, "g");

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
    "Orthodox Catholic Church Embassy Constituency Lukashenko's Read More Photo Video Source Sources Update Updated Tsikhanouskaya's"
  ).split(/\s+/),
);
// A single-word name is accepted only after one of these titles.
const TITLE_BEFORE =
  /\b(?:President|Secretary of State|Prime Minister|Foreign Minister|Minister|[Ee]nvoy|[Ss]pokes(?:wo)?(?:man|person)|[Dd]eputy|Chancellor|Commissioner|Ambassador|[Aa]mbassador|Governor|Senator|Pope|leader|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+$/;
const OFFICIAL_BEFORE =
  /\b(?:President|Secretary of State|Prime Minister|Foreign Minister|Minister|[Ee]nvoy|[Ss]pokes(?:wo)?(?:man|person)|[Dd]eputy|Chancellor|Commissioner|Ambassador|[Aa]mbassador|Governor|Senator|Pope|[Oo]fficial|[Jj]udge|[Pp]rosecutor)\s+$/;
const OFFICIAL_AFTER =
  /^,?\s*(?:who (?:calls|styles) (?:himself|herself) |the (?:self-(?:declared|proclaimed|styled) )?|an? |(?:\w+ )?)?(?:(?:\w+ ){0,2})?(?:president|prime minister|minister|foreign minister|spokes(?:wo)?(?:man|person)|envoy|ambassador|governor|head of state|dictator|ruler|official|judge|prosecutor)(?: of (?:the )?[A-Z])/;
const OPPOSITION_BEFORE = /\bopposition (?:leader|politician|figure|figurehead)\s+$/i;
const OPPOSITION_AFTER = /^,?\s*(?:the|a|an|who is (?:the|a)) (?:\w+ )?(?:leader|head|figurehead) of the (?:\w+ )?opposition/i;
// Passive only ("X was freed"): in "Lukashenko freed 30 people" the name is the one who frees.
const FREED_AFTER =
  /^(?:,[^,]{1,80},)?\s*(?:(?:(?:has|have|had) been|was|were|is|are|who was|who were|who had been|who has been)\s+(?:(?:also|now|finally|later|already|recently|eventually)\s+)*(?:freed|released|set free|among (?:those|the people|the prisoners) (?:freed|released|pardoned|handed over)|handed over)|(?:(?:has|have|had|also|later|finally)\s+)*walked (?:free|out of (?:a |the |his |her )?(?:[A-Z]?[\w-]+ )?(?:prison|jail|colony|penal colony))|(?:was|were|is|are)\s+(?:also\s+)?among (?:those|the people|the prisoners) (?:freed|released|pardoned|handed over))/;
const FREED_BEFORE =
  /(?:\b(?:of|among) those (?:freed|released|pardoned|set free)(?: (?:was|were|is|are|included))?:?\s+(?:[a-z][\w-]*\s+){0,4}|\b(?:freed|released|pardoned)\s+(?:(?:the|a|an)\s+)?(?:[A-Z][a-z]+\s+(?=[a-z]))?(?:(?:[a-z][\w-]*|RFE\/RL)\s+){0,3})$/;
const PARDONED_NEAR = /\bpardon(?:ed|ing)?\s+(?:(?:the|a|an|[a-z-]+|[A-Z][a-z]+(?:an|ish|ese|i))\s+){0,3}$|^(?:,[^,]{1,80},)?\s*(?:(?:has|had|have) been|was|were|is|are)\s+(?:\w+\s+)?pardoned/;
const PRISON_WORDS =
  /\b(?:political prisoners?|prisoners?|serving (?:their |his |her |a )?(?:sentences?|terms?)|incommunicado|behind bars|jailed|imprisoned|in custody|detained|arrested|sentenced|convicted|died (?:in|behind) (?:custody|bars|prison)|in prison|penal colon(?:y|ies)|held)\b/i;

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

function cleanName(raw: string): { name: string; lead: string } | null {
  const tokens = raw.split(/\s+/).map((t) => t.replace(/(?:['’ʼ]s)$/, ""));
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

/** Finds person mentions in one sentence, with the role cue of each. */
export function mentionsIn(text: string, s: Span, bylineLike: boolean, known: (token: string) => boolean = () => true): Mention[] {
  if (bylineLike) return [];
  const sentence = text.slice(s.start, s.end);
  // All-caps headings ("VON DER LEYEN HAILS RELEASE") carry no reliable names.
  if (sentence.length > 8 && sentence === sentence.toUpperCase()) return [];
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
    const after = text.slice(end, Math.min(s.end, end + 120)).replace(/^['’ʼ]s\b/, "");
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

const PARDON_LIST = /\bpardon(?:ed|ing|s)?\b[^;]{0,160}?\b(?:among them|including|among whom|such as)\b|\b(?:among|of) those pardoned\b(?: (?:\w+ )?(?:was|were|are|is|included))?/gi;
const FREED_LIST =
  /\b(?:also )?(?:freed|released) (?:were|was|are)\b|\b(?:freed|released|set free|handed over|walked free)\b[^;]{0,160}?\b(?:among them|including|among whom|such as)\b|\b(?:among|of) those (?:freed|released|set free|handed over|exchanged)\b(?: (?:\w+ )?(?:was|were|are|is|included))?|\b(?:swap|exchange)\b[^;]{0,80}?\b(?:included|including|involved)\b/gi;
// Words that end a list of names: a relative clause, a source, a new predicate.
const LIST_BREAK = /\b(?:who|whom|which|that|according|from|by|said|says|told|thanked|welcomed|confirmed|announced|with|for|after|before|when)\b|[;:]/;

/**
 * A role given to a list of names by the words that open it: "freed 16 people, among them X,
 * Y and the journalist Z"; "Among those pardoned was X". The name must still be inside the list.
 */
function listTrigger(clause: string): PersonRole | null {
  for (const [re, role] of [
    [PARDON_LIST, "pardoned"],
    [FREED_LIST, "released"],
  ] as const) {
    re.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    let m: RegExpExecArray | null;
    while ((m = re.exec(clause)) !== null) last = m;
    // Appositions (", the former banker who …,") describe the previous name; they do not end the list.
    const tail = clause.slice(last ? last.index + last[0].length : 0).replace(/,\s(?:the|a|an)\s[^,]*,/g, ",");
    if (last && !LIST_BREAK.test(tail)) return role;
  }
  return null;
}

// The name's own predicate: "X was arrested", "X, jailed in March, faces up to 15 years",
// "X … was taken back to his penal colony".
const PRISONER_OWN =
  /^(?:\s*\([^)]*\))?(?:,\s*\d+,)?(?:,\s*(?:who (?:was|is|had been) )?(?:jailed|arrested|detained|imprisoned|sentenced|convicted)\b[^,]{0,40},)?\s*(?:who\s+)?(?:(?:was|were|had been|has been|is being|is) (?:\w+ )?(?:arrested|detained|jailed|sentenced|convicted|imprisoned|charged|taken back to (?:his|her) (?:penal colony|prison|cell|colony))|faces? (?:up to )?[\w-]+ years)|^,\s*(?:\d+,\s*)?(?:jailed|arrested|detained|imprisoned) (?:in|on|since|last)\b/;

/** Which kinds of cue a sentence can hold at all: read once, so each name skips rules that cannot fire. */
interface SentenceCues {
  pardon: boolean;
  freed: boolean;
}

function sentenceCues(sentence: string): SentenceCues {
  return {
    pardon: /pardon/i.test(sentence),
    freed: /\b(?:freed|released|set free|walked|handed over|swap|exchange|let out)\b/i.test(sentence),
  };
}

function roleCue(text: string, s: Span, start: number, end: number, before: string, after: string, lead: string, cues: SentenceCues): PersonRole | null {
  if (cues.pardon && (PARDONED_NEAR.test(before) || PARDONED_NEAR.test(after.slice(0, 100)))) {
    return "pardoned";
  }
  if (cues.freed || cues.pardon) {
    const released = releasedCue(text, s, start, end, before, after);
    if (released) return released;
  }
  return otherCue(text, s, start, end, before, after, lead);
}

/** Released (or pardoned, through a list after "pardoned … among them"). */
function releasedCue(text: string, s: Span, start: number, end: number, before: string, after: string): PersonRole | null {
  if (FREED_AFTER.test(after) || FREED_BEFORE.test(before)) return "released";
  // A list after a release or pardon in the same clause: "freed 16 people, among them X and Y",
  // "Among those freed then were X and the lawyer Y", "The swap also included X".
  const head0 = text.slice(s.start, start);
  const clause0 = head0.slice(Math.max(head0.lastIndexOf(";"), head0.lastIndexOf(" but "), 0));
  const listRole = listTrigger(clause0);
  if (listRole) return listRole;
  // "X and Y, a journalist, were also among those freed": the predicate after a list of names.
  const rest = text.slice(end, s.end);
  const listFreed = /^(?:\s*(?:,|and)\s*[^.;]{0,120}?)\s(?:were|have been|had been)\s+(?:also\s+)?(?:among those\s+)?(?:freed|released|set free)/.exec(rest);
  if (listFreed && !/\b(?:said|says|that|who|told|confirmed|announced)\b/.test(listFreed[0]) && !/^\s*,\s*(?:the|a|an)\s/.test(listFreed[0])) return "released";
  return null;
}

/** Prisoner, official, opposition leader: the cues that do not depend on a release. */
function otherCue(text: string, s: Span, start: number, end: number, before: string, after: string, lead: string): PersonRole | null {
  const rest = text.slice(end, s.end);
  // "X, Y and Z remain behind bars": the predicate after a list of names.
  const listHeld = /^(?:\s*(?:,|and)\s*[^.;]{0,120}?)\s(?:remain|are still|were still|are|were)\s+(?:still\s+)?(?:behind bars|in prison|in custody|jailed|imprisoned|held|in jail)\b/.exec(rest);
  if (listHeld && !/\b(?:said|says|that|who|told)\b/.test(listHeld[0])) return "prisoner";
  // The person's own arrest, detention or sentence outweighs a title ("opposition politician X
  // was detained"): checked before the title cues.
  if (PRISONER_OWN.test(after) || /\b(?:[Aa]mong|[Oo]f) those (?:detained|arrested|jailed|sentenced|convicted)\b(?: (?:\w+ )?(?:was|were|is|are))?\s+(?:[a-z][\w-]*\s+){0,4}$/.test(before)) return "prisoner";
  if (OFFICIAL_BEFORE.test(before) || /\b(?:President|Secretary|Minister|Envoy|Deputy|Chancellor|Commissioner|Ambassador|General|Marshal|Admiral|Governor|Senator|Mayor)$/.test(lead)) return "official";
  if (OFFICIAL_AFTER.test(after) && !/^,?\s*(?:the|its) \w+['’]s president/.test(after)) return "official";
  if (OPPOSITION_BEFORE.test(before) || OPPOSITION_AFTER.test(after)) return "opposition_leader";
  // Prison words earlier in the same sentence (a list "among them X, Y"), or in the
  // previous sentence when this one opens with "Among them".
  const head = text.slice(s.start, start);
  const clauseHead = head.slice(Math.max(head.lastIndexOf(" that "), head.lastIndexOf(";"), 0));
  if (PRISON_WORDS.test(clauseHead) && !/\b(?:said|says|told|thanked|gratitude|urged)\b/.test(clauseHead)) return "prisoner";
  // Sentenced: "X, the director, and Y each received nine years"; "X was given 14 years".
  if (/^(?:,[^,]{1,80},)?[^.;]{0,80}?\b(?:received|was given|were given|got|was handed|were handed)\s+(?:a\s+)?(?:[\w-]+\s+){0,3}(?:years?|sentences?|prison terms?|terms?)\b/.test(after) && !/\b(?:said|says)\b/.test(after.slice(0, 40))) return "prisoner";
  // The name's own predicate (not a relative clause about someone else).
  if (/^(?:\s*\([^)]*\))?(?:,[^,]{1,80},)?\s*(?:who\s+)?(?:was|were|had been|has been|is being|is) (?:\w+ )?(?:arrested|detained|jailed|sentenced|convicted|imprisoned|charged)/.test(after)) return "prisoner";
  if (/^(?:\s*\([^)]*\))?(?:,[^,]{1,80},)?\s*(?:who\s+)?(?:died (?:in|behind)|is serving|was serving|has been serving|remains? (?:in|behind)|(?:has been|is|was) (?:still )?(?:in prison|in jail|behind bars|in custody|held))/.test(after)) return "prisoner";
  return null;
}

const APPOSITION = /^,\s*(?:who is |who was )?((?:a|an|the)\s+[^,;()]{3,70}?)(?:,|;|\)|\.?$)/;
// Words that can end a description written before a name: "exiled opposition leader X".
const ROLE_NOUN =
  "journalist|reporter|activist|leader|politician|envoy|minister|president|adviser|advisor|deputy|lawyer|blogger|teacher|student|spokesperson|spokesman|spokeswoman|founder|head|laureate|worker|citizen|national|economist|artist|musician|priest|defender|volunteer|chairman|chief|director|editor|official|ambassador|secretary|senator|governor|banker|candidate|philosopher|writer|poet|photographer|analyst|coordinator|member|wife|husband|son|daughter|mother|father";
// Modifiers allowed inside such a title: "exiled opposition leader", "U.S. special envoy".
const TITLE_MOD = "exiled|opposition|special|former|deputy|vice|foreign|prime|senior|human|rights|jailed|imprisoned|detained|veteran|prominent|independent|chief|state|press|political|civic|pro-democracy|[A-Z][\\w.-]*";
const TITLE_BEFORE_NAME = new RegExp(`(?:^|\\s)((?:(?:${TITLE_MOD})\\s+){0,3}(?:${ROLE_NOUN}))\\s+$`);
const LEADING_NOISE = /^(?:(?:the|a|an|and|of|by|to|with|from|that|as|was|were|is|are|said|among|them|including|on|in|at|for)\s+)+/i;

/** A short description for the reviewer: the apposition after the name or the title before it. */
function describe(before: string, after: string, lead: string): string {
  const ap = APPOSITION.exec(after);
  if (ap && !/\b(?:said|says|told|who)\b/.test(ap[1]!)) return ap[1]!.replace(/^(?:a|an|the)\s+/i, "").trim();
  const title = TITLE_BEFORE_NAME.exec(before)?.[1]?.replace(LEADING_NOISE, "").trim() ?? "";
  if (title) return title;
  return /\b(?:President|Minister|Secretary|Envoy|Deputy|General|Governor|Senator|Mayor|Chancellor|Commissioner|Ambassador)$/.test(lead) ? lead : "";
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
