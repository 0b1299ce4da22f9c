/**
 * @module extract/topic
 * An "other count" must be about the topic (arrests, sentences, releases, repression), not any
 * number of people a report happens to mention: "more than 500 people were evacuated after the
 * floods", "the stadium holds 30,000", «в ДТП погибли 12 человек» in a news digest or a TV script.
 * The count rules read the words around a number; this check reads its sentence and the one
 * before, and keeps the count when either names the topic in English, Russian or Belarusian, or
 * when the count refers back to a group ("of them", «из них»). The cue list is wide on purpose:
 * on the dev and own corpora it drops no expected count.
 */

/** Word stems of the topic (matched anywhere in a word, case aside). */
const TOPIC = /arrest|detain|detention|jail|prison|convict|sentenc|charg|prosecut|releas|freed|free\b|pardon|amnest|clemency|politic|repress|search|raid|extremis|terror|protest|custody|colon(?:y|ies)|exile|deport|expel|interrogat|fine[ds]?\b|court|trial|tortur|behind bars|held|hostage|exchang|swap|recogni|case|verdict|crim|law|police|KGB|persecut|dissident|journalist|activist|opposition|lawyer|blogger|inmate|detainee|victim|wanted|flee|fled|emigr|status|list|named|decree|задерж|арест|осужд|приговор|суд|колони|тюрьм|заключ|освобо|помил|амнист|уголовн|обыск|экстремист|террор|репресс|преслед|штраф|протест|полит|этап|СИЗО|ИВС|изолятор|сутк|выслан|депорт|обмен|признан|журналист|активист|адвокат|указ|список|статус|затрыман|арышт|асуджан|прысуд|калоні|турм|зняволен|вызвал|памілав|крымінал|вобшук|экстрэміст|рэпрэс|пераслед|пратэст|палітв|спіс|вы[йш]л|выход|на волю|на свобод|решётк|решетк|посад|груп|rights|правозащ|праваабарон|Viasna|Вясн|Весн|Memorial|Мемориал|OVD|ОВД|AAPP|Amnesty|junta|coup|regime|kill|хунт|режим/i;

/** A count that refers back to a group named before ("two of them", "the group is made up of", «в списке», «из них трое»). */
const BACK_REFERENCE = /\b(?:of them|of these|of those|among|includ\w*|of whom|group|made up of|consist\w*)\b|\bof the \S+ (?:are|were|have|had)\b|из них|в их числе|в числе|у іх ліку|среди|в том числе|спис|состав|входя|з іх|сярод|у тым ліку|спіс|склад/i;

/**
 * Reads whether counts of one text are on the topic (see the module comment). Counts come in text
 * order and often several to a sentence ("8 women and 24 men; 17 …"), so the last sentence's
 * answer is kept.
 */
export class TopicReader {
  private sentenceFrom = -1;
  private sentenceTo = -1;
  private answer = false;

  constructor(private readonly text: string) {}

  /** Whether the count at `at` is on the topic. */
  countOnTopic(at: number): boolean {
    if (at >= this.sentenceFrom && at < this.sentenceTo) return this.answer;
    const text = this.text;
    // Its own sentence first: that is where the topic is named almost always, and it is half the reading.
    const start = sentenceStart(text, at, at - REACH);
    const limit = Math.min(text.length, at + REACH);
    let end = at;
    while (end < limit && !isBoundary(text.charCodeAt(end))) end++;
    let answer = namesTopic(text.slice(start, end));
    if (!answer) {
      const before = sentenceStart(text, start - 1, at - 2 * REACH);
      answer = before < start && namesTopic(text.slice(before, start));
    }
    this.sentenceFrom = start;
    this.sentenceTo = end;
    this.answer = answer;
    return answer;
  }
}

/**
 * What the extractors say a count counts, when that alone places it on the topic: a group of a
 * breakdown (women, men, over 50, with children, ill …), or people the words of the topic name.
 * Such counts need no reading of their sentence (most counts of a report are of this kind).
 */
const TOPICAL_WHAT = /journalist|prisoner|detain|arrest|convict|sentenc|releas|pardon|recogni|women|men|over 50|under 25|chronic|child|minor|disab|pension|ill|illness/i;

/** Whether a count of `what` is on the topic by what it counts alone. */
export function topicalWhat(what: string): boolean {
  return TOPICAL_WHAT.test(what);
}

/** Whether the count at `at` in `text` is on the topic (one count; TopicReader for many). */
export function countOnTopic(text: string, at: number): boolean {
  return new TopicReader(text).countOnTopic(at);
}

function namesTopic(words: string): boolean {
  return TOPIC.test(words) || BACK_REFERENCE.test(words);
}

/** How far the window reaches from the count at most: a text with no full stops must not make every count read all of it. */
const REACH = 400;

/** The start of the sentence (or line) that holds `at`, but not before `floor`. */
function sentenceStart(text: string, at: number, floor: number): number {
  const stop = Math.max(0, floor);
  let s = Math.max(stop, at);
  while (s > stop && !isBoundary(text.charCodeAt(s - 1))) s--;
  return s;
}

/** . ! ? and line breaks end a sentence here (an abbreviation's dot too: the window of two sentences absorbs it). */
function isBoundary(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10;
}
