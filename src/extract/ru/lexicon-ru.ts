/**
 * @module extract/ru/lexicon-ru
 * The words of Russian and Belarusian reports on pardons and political prisoners, as stems
 * (Russian inflects: помиловал, помилованы, помилование, помилованных share "помилова").
 */

/** A pardon act or round. */
export const PARDON = /помилова|памілава|помиловани|помилуван/i;
/** People actually leaving custody. */
export const RELEASE = /вышл[иао]? на свободу|вышел на свободу|на свободу вышл|на свободу вышел|выйшл[іа]? на (?:волю|свабоду)|на (?:волю|свабоду) выйш(?:л|аў)|выйшаў на (?:волю|свабоду)|вышл[иао]? из (?:[а-яё]+\s+)?(?:колони|тюрьм|тюрем|сизо|заключени|мест лишения)|из (?:[а-яё]+\s+)?(?:колони|тюрьм|тюрем|сизо)[а-яё]* вышл|на свободу(?:\s+[а-яё]+){1,3}\s+вышл|выйдут на свободу|освобожден|освобождён|освободил|освободят|отпустил|вызвален|вызвалі(?:лі|ў|ла)(?![а-яёіў])|вывезен|выдворен|депортирован|выслан[ыао]?|вывезл[иі]|выслали|депортировали/i;
/** Political prisoners as a noun. */
export const POLITICAL = /политзаключ|политзэк|політвязн|палітвязн|политических заключ|узник[а-я]* совести/i;
/** Nouns that make a number a count of people. */
export const PEOPLE_NOUN =
  /^[\s«"]*(?:[а-яё]+ски\s+)?(?:[а-яё-]+(?:ых|их|ой|ые|ие|ым|им)\s+){0,2}(человек|белорус|россиян|людей|люд[иь]|осужд[её]нн|заключ[её]нн|политзаключ[её]нн|политзэк|узник|женщин|мужчин|граждан|помилованн|освобожд[её]нн|пенсионер|задержанн|арестованн|активист|журналист|фигурант|несовершеннолетн|иностран|подростк|студент|человека|лиц(?![а-яё])|лица|чалавек|людзей|асуджан|палітвязн|вязн|жанчын|мужчын|зняволен)/i;
/** Nouns that make a number a count of events on the topic (detentions, searches, cases). */
export const EVENT_NOUN = /^[\s«"]*(?:[а-яё]+ски\s+)?(?:[а-яё-]+(?:ых|их|ой|ые|ие|ом|ым)\s+){0,2}(задержани|арест(?:ов|а)?(?![а-яё])|обыск|случа[ея]в|уголовн[а-я]+ дел|затрыман|приговор(?:ов|ах|а)?(?![а-яё])|обвинительн[а-я]+ приговор)/i;
/** A stock of prisoners now held (as opposed to a flow: released, recognised, detained). */
export const STOCK = /оста[её]тся|остаются|оставал[иао]сь|оставался|находятся|находится|содержатся|за решеткой|за решёткой|в местах лишения свободы|в заключении|насчитыва|составляет|составило|сейчас|на сегодня|по состоянию на|в тюрьмах|в колониях|всего|находил|тюрьмах|колониях|застаюцца|заставал[іи]ся|заставаўся|за кратамі|у зняволенні|утрымліваюцца|знаходзяцца|па стане на/i;
/** "в Беларуси 1 234 политзаключённых": a country right before the number states the stock. */
export const IN_COUNTRY = /(?:в|ў|у)\s+(?:беларуси|белоруссии|беларусі|россии|стране|мьянме|азербайджане)\s*[:—-]?\s*$/i;
/** Recognitions counted from the start ("с 2020 года признаны"): a cumulative stock, not a flow. */
export const RECOGNISED = /признан|признал[аи]?(?![а-яё])|прызнан|статус политзаключ|статус палітвязн/i;
export const SINCE_START = /с 2020|з 2020|с лета 2020|всего|агулам|за все время|за ўвесь час/i;
/** A part of a larger group: its numbers are sub-counts, never the stock. */
export const SUBGROUP = /из них|среди них|в том числе|в группе|особого риска|из числа|з іх|сярод іх/i;
/** A subgroup marker that stands before the number it qualifies ("…, среди них 169 женщин"). */
export const SUBGROUP_BEFORE = /(?:из них|среди них|в том числе|в их числе|из числа|з іх|сярод іх)[^.;]{0,40}$/i;
/** Subgroup markers anywhere in the sentence ("находятся … в группе особого риска"). */
export const SUBGROUP_ANY = /в группе|особого риска/i;
/** Flows over a period: recognised, detained, convicted "за год". */
export const FLOW = /признан|задержан|осужден|осуждён|приговорен|приговорён|за год|за весь|с начала года|с 20\d\d/i;

/** Breakdown categories of a pardoned group. */
export const BREAKDOWN: { field: "women" | "men" | "chronic_illness" | "disabled" | "over_50" | "with_children" | "minors"; re: RegExp }[] = [
  { field: "women", re: /^\s*(?:—\s*)?(?:женщин|женщины|женщина|жанчын)/i },
  { field: "men", re: /^\s*(?:—\s*)?(?:мужчин|мужчины|мужчина|мужчын)/i },
];

/** Category cues that may stand anywhere in the clause of a number. */
export const CLAUSE_CATEGORY: { field: "chronic_illness" | "disabled" | "over_50" | "with_children" | "minors"; re: RegExp }[] = [
  { field: "chronic_illness", re: /хроническ|хранічн|тяжел[а-я]* болезн|тяжёл[а-я]* болезн|заболевани/i },
  { field: "disabled", re: /инвалид|інвалід/i },
  { field: "over_50", re: /(?:больше|более|болей) 50 (?:лет|гадоў)|старэйш[а-я]* за 50|старше 50|старше пятидесяти|старше 50-ти|за 50/i },
  { field: "with_children", re: /воспитывают (?:несовершеннолетних )?детей|имеют (?:несовершеннолетних )?детей|родител|матер[иья] (?:несовершеннолетних|малолетних)|отц[ыаов]* (?:несовершеннолетних|малолетних)|есть (?:несовершеннолетние |малолетние )?дети|есть дети|воспитывают детей|маюць (?:непаўналетніх )?дзяцей|выхоўваюць дзяцей/i },
  { field: "minors", re: /несовершеннолетн/i },
];

/** Other sub-groups worth a count ("what" in other_counts). */
export const OTHER_CATEGORY: { what: string; re: RegExp }[] = [
  { what: "pensioners", re: /пенсионер/i },
  { what: "younger than 25", re: /моложе 25|младше 25|до 25 лет/i },
  { what: "under 40", re: /нет 40|моложе 40|младше 40|до 40 лет/i },
  { what: "mothers of many children", re: /многодетн/i },
  { what: "aged 60+", re: /60\+|старше 60|пожил/i },
  { what: "with mental disorders", re: /психическ/i },
  { what: "with serious health problems", re: /здоровь/i },
  { what: "with disabilities", re: /инвалид/i },
  { what: "forcibly taken abroad", re: /вывезен|выдворен|депортир|выслан/i },
  { what: "recognised as political prisoners", re: /признан/i },
  { what: "at special risk", re: /особого риска/i },
  { what: "detained", re: /задержан/i },
  { what: "convicted", re: /осужден|осуждён|приговорен|приговорён/i },
  { what: "released", re: /освобожден|освобождён|вышл[иао]? на свободу/i },
];

/** Ordinal words (feminine, masculine and neuter stems): "шестая волна", "шестой раз". */
export const ORDINAL_STEMS: [RegExp, number][] = [
  [/^перв/, 1], [/^втор/, 2], [/^трет/, 3], [/^четв[её]рт/, 4], [/^пят(?!н|ь|и|ер)/, 5], [/^шест(?!н|ь|и|ер)/, 6], [/^седьм/, 7], [/^восьм(?!и|ер)/, 8],
  [/^девят(?!н|ь|и|ер)/, 9], [/^десят(?!ь|и|ер)/, 10], [/^одиннадцат(?!ь|и)/, 11], [/^двенадцат(?!ь|и)/, 12],
  // Belarusian: першае, другое, трэцяе, чацвёртае, шостае, сёмае.
  [/^перш/, 1], [/^трэц/, 3], [/^чацв[её]рт/, 4], [/^шост/, 6], [/^сём/, 7],
];
/** Nouns an ordinal must refer to for it to number a pardon round. */
export const ROUND_NOUN = /памілаван|хвал|груп|волн|групп|партии|партия|раз(?![а-яё])|раз |помиловани|указ|этап|список|списк/i;

/** Sources of counts, mapped to the names the corpus uses. */
export const SOURCES: [RegExp, string][] = [
  [/вясн|весн[аыеу]|viasna/i, "Viasna"],
  [/правозащитник|правозащитн[а-я]+ (?:организац|сообществ|центр)|праваабаронц/i, "human rights groups"],
  [/белта/i, "BelTA"],
  [/пресс-служб[а-я]* (?:президента|лукашенко|главы)/i, "Lukashenko's press service"],
  [/оон(?![а-яё])|спецдокладчик/i, "UN"],
  [/мемориал/i, "Memorial"],
  [/овд-инфо|овд инфо/i, "OVD-Info"],
];

/** Known officials named by surname alone, with their full nominative names. */
export const KNOWN_OFFICIALS: Record<string, string> = {
  лукашенко: "Александр Лукашенко",
  лукашэнка: "Аляксандр Лукашэнка",
  путин: "Владимир Путин",
  трамп: "Дональд Трамп",
};

/**
 * Opposition leaders whose role is rarely restated in a sentence: the stem of the surname in any
 * case and script. A lexicon like KNOWN_OFFICIALS, for the default role only.
 */
export const KNOWN_OPPOSITION = /^(?:тихановск|ціханоўск|латушк|лату[шщ]к)/i;

/** Words after a name that make the person a prisoner: "Статкевича вернули в колонию". */
export const PRISONER_AFTER = /^\s*(?:,\s*(?:который|которая|которого|которую|якога|якую|які|якая)[^,.]{0,80},\s*)?(?:—\s*)?(?:вернули|этапировали|перевели|доставили|поместили|приговорили|осудили|задержали|арестовали)\s+(?:[а-яё]+\s+)?(?:в колони|в тюрьм|в сизо|в ик|к \d|к [а-яё]+ год)/i;

/** Words before a name that give a role. */
export const ROLE_CUES: [RegExp, "official" | "opposition_leader" | "prisoner" | "released" | "pardoned"][] = [
  [/помилован|помиловал[иа]? |получил[аи]? помилование/i, "pardoned"],
  [/вышл?[аи]? на свободу|вышел на свободу|на свободу (?:вышл[аио]?|вышел)|выйшл[аі]? на (?:волю|свабоду)|на (?:волю|свабоду) выйш(?:л|аў)|выйшаў на (?:волю|свабоду)|вышедш[а-я]* на свободу|вышл?[аи]? из (?:[а-яё]+ )?(?:колони|тюрьм|тюрем|сизо|заключени)|(?:колони|тюрьм|тюрем|сизо)[а-яё]* вышл?[аи]? |обменял[аи]? |обменян[аы]? |освобожден|освобождён|освободил[иа]? |вызвален|вызвалілі |выпустил[иа]? /i, "released"],
  [/лидер[а-я]* (?:белорусской )?(?:оппозиц|демократическ)|оппозиционн[а-я]+ политик/i, "opposition_leader"],
  [/политзаключ|осужден|осуждён|приговор|задержан|арестован|в колонии|отбывает|за решетк|за решётк|в заключении|за кратамі|у зняволенні|палітвязн/i, "prisoner"],
  [/президент|глава (?:беларуси|государства|мвд|кгб)|министр|пресс-секретар|генпрокурор|прокурор|судья|спикер|губернатор|председател|посол|посланник|посланнік|дипломат|дыпламат|генсек|госсекретар|канцлер|премьер/i, "official"],
];
