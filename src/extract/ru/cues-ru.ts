/**
 * @module extract/ru/cues-ru
 * Cues that more than one rule of the Russian extractor reads: numbers that are not counts of
 * people, totals over a period, a part of a group ("из них"), and the openers of a list of the
 * members of a round.
 */

/** Numbers that are ages, durations, years or article numbers rather than counts. */
export const NOT_A_COUNT = /^\s*(?:лет|года?(?![а-яё])|годам|годы|гадоў|гады|гадам|г\.|%|процент|раз[а]?(?![а-яё])|месяц|дн|час|минут|суток|рубл|евро|доллар|статья|стат|ст\.|колони|-[а-я]{1,2}(?![а-яё]))/i;
/** Totals over a period inside a pardon report: "с июля на свободу вышли более 200 человек". */
export const SINCE_PERIOD = /(?:^|[^а-яё])(?:с|з)\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|лета|начала|20\d\d|ліпеня)|за (?:год|весь|месяц|полгода|паўгода|20\d\d|(?:первую |вторую |другую |першую )?(?:половину|палову|палавіну)|(?:первое |второе |першае |другое )?(?:полугодие|паўгоддзе))|(?:в|у) 20\d\d (?:году|годзе)|всего|агулам/i;
/** "из них восьмеро", "з іх пяцёра": a part of the group just counted. */
export const OF_THEM_BEFORE = /(?:^|[^а-яёіў])(?:из них|из которых|из их числа|з іх|з якіх|среди них|сярод іх)\s*(?:[—–:]\s*)?$/i;
/** Sentences that list the members of the round just described. */
// ("Среди вышедших на свободу — X", "Сярод вызваленых — X" right after a pardon: X is one of the round.)
export const MEMBERS = /^(?:в их числе|в том числе|среди них|среди помилованных|среди освобожденных|среди освобождённых|среди вышедших|сярод (?:іх|памілаваных|вызваленых)|помилованы|это)/i;
