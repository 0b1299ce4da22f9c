/**
 * @module extract/ru/document-ru
 * What a Russian or Belarusian report says as a whole, read once before its sentences: the
 * country it is about, its kind (an exchange, letters to prisons, a fact-check, a chronology of
 * pardons), the publisher named in its first line, its dateline and the years it writes. Builds
 * the pass's context (`RuCtx`) and the list of sentences, title first.
 */
import { parsePublished } from "../dates.js";
import { emptyFacts, type ExtractInput } from "../facts.js";
import { splitSentences } from "../sentences.js";
import { sourceOf } from "./claims-ru.js";
import type { RuCtx, Sentence } from "./context-ru.js";
import { findRuDates } from "./dates-ru.js";
import { PARDON } from "./lexicon-ru.js";
import { yearScan } from "./sentence-ru.js";

/**
 * A fact-check's verdict that the claim is false ("Вердикт: неправда", "Оценка — фейк", or a line or
 * headline ending in a bare «Неправда»).
 */
const FALSE_VERDICT = /(?:вердикт|оценка|вывод|вэрдыкт|ацэнка|выснова)\s*[:—–-]?\s*(?:неправда|ложь|фейк|манипуляция|неверно|не соответствует|няпраўда|хлусня|фэйк)|[?!.»]\s*(?:неправда|фейк|няпраўда|фэйк)[.!]?\s*(?:\n|$)/i;

/**
 * A chronology: lines holding only a date ("16 жніўня", "Конец декабря") head the entries below
 * them. Three such lines make the document a chronology.
 */
const HEADING_SRC = "^[ \\t]*(?:\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?:,?[ \\t]+\\d{1,2}:\\d{2})?|\\d{1,2}[ \\t]+[а-яёіў]+(?:[ \\t]+\\d{4}(?:[ \\t]*(?:года|г\\.))?)?|(?:конец|начало|середина|канец|пачатак|сярэдзіна)[ \\t]+[а-яёіў]+)[ \\t]*$";
const HEADING_DATE = new RegExp(HEADING_SRC, "gimu");
const HEADING_DATE_FIRST = new RegExp(HEADING_SRC, "imu");
/** How many heading lines the text has, up to three. */
function headingCount(text: string): number {
  if (!text.includes("\n")) return 0;
  HEADING_DATE.lastIndex = 0;
  let k = 0;
  while (HEADING_DATE.exec(text) !== null && k < 3) k++;
  return k;
}

/** The verbs of a publisher presenting its own bulletin: "«Весна» публикует ежемесячную сводку". */
const PRESENTS = /публику|представля|подводит итоги|публікуе|прадстаўля|падводзіць вынікі|признал[аи]? политзаключ|прызнал[іа]? палітвязн/i;

/** "Минск, 9 декабря. Президент подписал…": a dateline dates the story it opens. */
const DATELINE = /^\s*[А-ЯЁІЎ](?:[а-яёіў-]+|[А-ЯЁІЎ-]+)(?:\s[А-ЯЁІЎ](?:[а-яёіў-]+|[А-ЯЁІЎ-]+))?,\s*(\d{1,2}\s+[а-яёіў]+(?:\s+\d{4}(?:\s*года?)?)?)\s*(?:[.—–-]|\n)/u;

/** The sentences of the title, then those of the text. */
export function sentencesOf(title: string, text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const [field, src] of [["title", title], ["text", text]] as const) {
    for (const sp of splitSentences(src)) sentences.push({ field, src, start: sp.start, end: sp.end });
  }
  return sentences;
}

/** The context of a pass over `input`, before its first sentence is read. */
export function documentContext(input: ExtractInput): RuCtx {
  const title = input.title ?? "";
  const text = input.text ?? "";
  const published = parsePublished(input.published);
  const all = `${title}\n${text}`;
  const viasnaInDoc = /вясн|«весн|viasna/i.test(all);
  // A chronology of pardons ("Храналогія: як памілоўвалі"): each dated entry is about a round even
  // when its own sentence ("Яшчэ 30 чалавек…", "Шостая група — 32 чалавекі") has no pardon word.
  const chronicle = headingCount(text) >= 3;
  // An NGO bulletin names its publisher in its first line ("Правозащитный центр «Вясна»"):
  // its own figures need no "по данным" in every sentence.
  const firstLine = /^[^\n]{0,80}\n/.exec(text)?.[0] ?? "";
  // "Правозащитный центр «Весна» публикует ежемесячную сводку.": a first sentence presenting the publication.
  const firstSentence = /^[^.!?\n]{0,160}[.!?]/.exec(text)?.[0] ?? "";
  const presents = firstSentence !== "" && PRESENTS.test(firstSentence) ? sourceOf(firstSentence, viasnaInDoc) : null;
  const dateline = DATELINE.exec(text);
  return {
    facts: emptyFacts(),
    published,
    viasnaInDoc,
    country: /беларус|белорус|минск|лукашенк|лукашэнк/i.test(all) ? "Belarus" : /росси|кремл|москв/i.test(all) ? "Russia" : null,
    // An exchange report says "передала 16 человек" for people freed.
    exchangeDoc: /обмен|абмен/i.test(all),
    lettersDoc: /письм(?!енн)|открытк|паштоўк|лісты|лістоў/i.test(all) && /колони|сизо|тюрьм|калоні|сізо|турм|за решётк|за решетк|за кратамі/i.test(all),
    // A fact-check that rules a claim false: the figures of the quoted claim are not facts.
    falseClaimDoc: FALSE_VERDICT.test(all),
    chronicle,
    chronicleTopic: chronicle && (PARDON.test(title) || PARDON.test(text.slice(0, Math.max(0, text.search(HEADING_DATE_FIRST))))),
    headerSource: (firstLine ? sourceOf(firstLine, viasnaInDoc) : null) ?? presents,
    datelineIso: dateline ? findRuDates(text, dateline.index, dateline.index + dateline[0].length, published, null).find((d) => d.precision === "day")?.iso ?? null : null,
    datelineEnd: dateline ? dateline.index + dateline[0].length : -1,
    textYears: yearScan(text),
    entryDate: null,
    current: null,
    sinceEvent: 99,
    lastRelease: null,
    sinceRelease: 99,
    sinceReleaseTalk: 99,
    lastTalkDate: null,
    previous: null,
    previousDay: null,
    listHeading: null,
    beforePrevious: null,
    known: null,
    pardonAnnounced: false,
    announcedDate: null,
    breakdownAt: -99,
    releaseList: false,
    pardonList: false,
    itemNoPardon: false,
    si: 0,
    looseReleases: [],
    heldDates: new Map(),
    sentencesSinceDateline: 99,
    speakers: [],
    narrative: null,
    paraDated: false,
  };
}
