/**
 * @module extract/en/sources
 * Who says so: finds the source a figure is attributed to ("according to Viasna", "rights
 * groups estimate", "AAPP has verified these figures", "..., Viasna says").
 */

// Known publishers of prisoner counts, with the name used in facts. Facts, not sentences.
const KNOWN: [RegExp, string][] = [
  [/\bViasna\b|\bВясна\b/i, "Viasna"],
  [/\bAAPP\b|Assistance Association for Political Prisoners/, "AAPP"],
  [/\bMemorial\b/, "Memorial"],
  [/\bOVD-Info\b/i, "OVD-Info"],
  [/\bAmnesty International\b/, "Amnesty International"],
  [/\bHuman Rights Watch\b/, "Human Rights Watch"],
  [/\bBelta\b|\bBelTA\b/, "Belta"],
  [/\bUnited Nations\b|\bUN\b/, "United Nations"],
  [/\bDissidentby\b|\bDissident\.by\b/i, "Dissidentby"],
];
// Any of them, in one scan (case-insensitive, so it also lets through what only the
// case-sensitive ones would reject): most texts name none, and nine scans cost twice as much.
const ANY_KNOWN = new RegExp(KNOWN.map(([re]) => `(?:${re.source})`).join("|"), "i");

/** The first known publisher named in `s`, in the order of KNOWN. */
function knownIn(s: string): string | null {
  if (!ANY_KNOWN.test(s)) return null;
  for (const [re, name] of KNOWN) if (re.test(s)) return name;
  return null;
}

const GENERIC =
  /\b((?:(?:Belarusian|local|international|independent) )?(?:human )?rights? (?:groups?|defenders?|organi[sz]ations?|activists?|community|advocates?)|(?:the )?(?:Belarusian )?opposition|activists|the authorities|state media|officials)\b/i;

const ORG_SUBJECT =
  /(?:^|[,;]\s+|\bthe\s+)((?:[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|of|for|and|the|in)){0,9})\s+(?:says|said|puts|put|estimates|estimated|counts|counted|reports|reported|recorded|documented|believes|lists|listed)\b/;
const ORG_WORD = /\b(?:Union|Centre|Center|Committee|Association|Watch|Group|Foundation|Society|Network|Council|Institute|Initiative|Movement|Project|Office|Commission|Coalition|Alliance|Fund)\b|^[A-Z]{3,}$/;

const SAY_AFTER = /^[^.]{0,60}\b(?:said|says|added|urged|told|wrote|stated|estimated?|noted|claimed|called)\b/;

/**
 * The generic source GENERIC matched, lower-cased, "the" dropped; a nationality written right before
 * it stays part of it ("Azerbaijani human rights defenders", "Georgian rights groups"): a capitalised
 * word ending in -ian, -ani or -ese, read by char codes (only when a group was found).
 */
function groupName(scope: string, g: RegExpExecArray): string {
  const name = g[1]!.toLowerCase().replace(/^the /, "");
  const end = g.index - 1;
  if (end < 4 || scope.charCodeAt(end) !== 32 || !name.startsWith("human") && !name.startsWith("right")) return name;
  let st = end;
  while (st > 0 && ((scope.charCodeAt(st - 1) | 32) >= 97 && (scope.charCodeAt(st - 1) | 32) <= 122)) st--;
  const c = scope.charCodeAt(st);
  const word = scope.slice(st, end);
  return c >= 65 && c <= 90 && (word.endsWith("ian") || word.endsWith("ani") || word.endsWith("ese")) ? `${word.toLowerCase()} ${name}` : name;
}

/** The source named in `s` (a sentence), or null. Persons are passed as candidates. */
export function sourceIn(s: string, personNames: string[]): string | null {
  // "according to X" / "X says" / "X estimate(s)" / "X's data"; a named source is checked first.
  const acc = /\baccording to ([^,.;]{2,80})/i.exec(s);
  const scope = acc ? acc[1]! : s;
  const known = knownIn(scope);
  if (known) return known;
  const g = GENERIC.exec(scope);
  if (acc && g) return groupName(scope, g);
  for (const p of personNames) {
    const space = p.lastIndexOf(" ");
    if (p.length - space - 1 <= 2) continue; // a last name of one or two letters is not looked for
    const last = p.slice(space + 1);
    if (scope.includes(last)) {
      const at = s.indexOf(last);
      if (acc || SAY_AFTER.test(s.slice(at + last.length, at + last.length + 80))) return p;
    }
  }
  // A generic group that opens the sentence is its subject ("Rights defenders have recognised …").
  if (g && g.index < 30 && !acc) return groupName(scope, g);
  if (g && /\b(?:say|says|said|estimate[sd]?|count|counts|report(?:s|ed)?|believe|note[sd]?)\b/i.test(s)) return groupName(scope, g);
  if (acc) return acc[1]!.trim().replace(/^the /i, "");
  // An organisation as the subject: "The Union for Freedom of Political Prisoners puts the number …".
  const org = ORG_SUBJECT.exec(s);
  if (org && ORG_WORD.test(org[1]!)) return org[1]!.replace(/^The\s+/, "");
  return null;
}

// What names the source of a document's figures, anywhere in its text: "the figures come from …",
// "according to …", "Viasna has verified these figures". (Pre-checks for each alternative cost
// more than this one scan: V8 runs it at about a nanosecond per char.)
// ("Figures for political prisoners are those of the Viasna centre" too.)
const VERIFIED =
  /(?:[Ff]igures|[Dd]ata|[Nn]umbers|[Ss]tatistics)(?: (?:for|on|of) [\w -]{1,40}?)? (?:come|comes|are) (?:from|those of) [^.]{0,80}|according to [^.,]{0,60}|\b[A-Z][\w-]+ (?:has|have) (?:verified|confirmed|documented|recorded) (?:these|the) (?:figures|numbers|data)/g;
const TITLE_SAID = /,\s*([A-Z][\w-]+(?: [A-Z][\w-]+)*) (?:says|said|reports)\s*$/;

/** A document-level source: a known publisher named as the origin of figures anywhere in the document. */
export function documentSource(title: string, text: string): string | null {
  const said = title.includes(",") ? TITLE_SAID.exec(title) : null;
  if (said) return knownIn(said[1]!) ?? said[1]!;
  // "Rights Centre Viasna: quarterly figures", "Viasna: 1,244 political prisoners": the headline's label names the publisher.
  const colon = title.indexOf(": ");
  const label = colon > 0 && colon < 60 ? knownIn(title.slice(0, colon)) : null;
  if (label) return label;
  // A masthead ("Human Rights Centre “Viasna”") opening the text names the publisher of its figures.
  // Read up to the first line break without splitting the first 200 chars.
  const top = text.slice(0, 200);
  const nl = top.indexOf("\n");
  const masthead = nl < 0 ? top : top.slice(0, nl);
  const known = masthead.length < 80 ? knownIn(masthead) : null;
  if (known) return known;
  const head = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const verified = VERIFIED;
  verified.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = verified.exec(head)) !== null) {
    const named = knownIn(m[0]);
    if (named) return named;
  }
  return null;
}

/**
 * "our list had 1,317 names", "since 2020 we have recognised …": in an interview or a statement in
 * the first person, the known publisher its opening paragraph introduces the speaker with ("a lawyer
 * who has worked with the Viasna Human Rights Centre"). Null when it names none.
 */
export function speakerOrg(text: string): string | null {
  const nl = text.indexOf("\n");
  return knownIn(text.slice(0, nl < 0 || nl > 600 ? 600 : nl));
}

/** Whether a sentence speaks in the first person plural ("our list", "we have recognised"). */
export function firstPersonPlural(sentence: string): boolean {
  return sentence.includes("our ") || sentence.includes("we ") || sentence.includes("We ") || sentence.includes("Our ");
}
