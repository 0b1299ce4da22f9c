/**
 * @module extract/ru/pronouns-ru
 * People a sentence points back to without naming them: "Его вернули в колонию", "семидесятилетнего
 * политика вернули в колонию", "она по-прежнему в колонии" mean the last person of that gender named,
 * who is a prisoner. Keeps the list of the people named so far (the speakers) that they point to.
 */
import { evidenceAt, type RuCtx, type SentCtx } from "./context-ru.js";
import { PRISONER_AFTER } from "./lexicon-ru.js";
import { addPerson, isFeminineGiven } from "./persons-ru.js";

/** "его вернули в колонию", "семидесятилетнего политика вернули в колонию": the person just named. */
const RETURNED_OBJECT = /(?:^|[^а-яёіў])(его|её|ее|яго|яе|(?:[а-яёіў]+(?:ого|его|ага)\s+)?[а-яёіў]+[ауюя])\s+(?:снова\s+|обратно\s+|зноў\s+)?(?:вернули|этапировали|перевели|поместили|вярнулі|этапавалі|перавялі|увезли|отвезли|адвезлі|павезлі)\s+(?:[а-яёіў]+\s+)?(?:в колони|в тюрьм|в сизо|[уў] калоні|[уў] турм|[уў] сізо)/i;
/** "она по-прежнему в колонии", "ён дагэтуль за кратамі": the person named in the sentence is held. */
const STILL_HELD_PRONOUN = /(?:^|[^а-яёіў])(он|она|ён|яна)\s+(?:по-прежнему|всё ещё|все еще|до сих пор|па-ранейшаму|дагэтуль|усё яшчэ|остаётся|остается|застаецца|находится|знаходзіцца)\s+(?:[а-яёіў]+\s+)?(?:(?:в|[уў])\s+(?:[а-яёіў-]+(?:ой|ай|ей|ом|ым|ім)\s+)?(?:колони|тюрьм|сизо|калоні|турм|сізо)|в заключении|за решётк|за решетк|[уў] зняволенні|за кратамі)/i;

/** "Все четверо остаются в колониях", "усе трое застаюцца за кратамі": a counted group still held. */
const ALL_HELD = /(?:^|[^а-яёіў])(?:все|всё|усе|ўсе)\s+(?:[а-яёіў]+(?:ро|ра)|двое|трое|обое|оба|обе|абодва|абедзве)\s+(?:по-прежнему\s+|па-ранейшаму\s+)?(?:оста[её]тся|остаются|находятся|застаюцца|знаходзяцца)\s+(?:в колони|в тюрьм|в сизо|в заключении|за решётк|за решетк|[уў] калоні|[уў] турм|[уў] зняволенні|за кратамі)/i;

/** Adds the prisoners sentence `sc` points back to by a pronoun or a noun object. */
export function pronounPersons(ctx: RuCtx, sc: SentCtx): void {
  returnedPerson(ctx, sc);
  stillHeldPerson(ctx, sc);
  if (sc.names.length === 0 && sc.numbers.length > 0 && ctx.speakers.length > 0) heldGroup(ctx, sc);
}

/**
 * "О Викторе Бабарико, Максиме Знаке, Николае Статкевиче и Сергее Тихановском ничего не известно. Все
 * четверо остаются в колониях": the group is the last people of that number named, who are prisoners
 * (the statement beats a role only presumed, such as a known opposition figure's).
 */
function heldGroup(ctx: RuCtx, sc: SentCtx): void {
  const n = sc.numbers.find((x) => x.collective);
  if (!n || n.value < 2 || !ALL_HELD.test(sc.sentence)) return;
  const group: string[] = [];
  for (let i = ctx.speakers.length - 1; i >= 0 && group.length < n.value; i--) if (!group.includes(ctx.speakers[i]!)) group.push(ctx.speakers[i]!);
  if (group.length < n.value) return;
  for (const name of group) {
    const p = ctx.facts.persons.find((q) => q.name === name);
    if (p && (p.role === "other" || p.role === "opposition_leader")) {
      p.role = "prisoner";
      p.evidence.push(evidenceAt(sc.s.field, n.start, n.end));
    }
  }
}

/**
 * "Николай Статкевич отказался уезжать. Его вернули в колонию": the pronoun is the last person
 * of that gender named, who is a prisoner.
 */
function returnedPerson(ctx: RuCtx, sc: SentCtx): void {
  const { s, sentence, names } = sc;
  const speakers = ctx.speakers;
  const pronoun = names.length === 0 ? /^[\s«"]*(его|её|ее|яго|яе)\s+(.{0,60})/i.exec(sentence) : null;
  if (pronoun && PRISONER_AFTER.test(` ${pronoun[2]}`)) {
    const fem = !/^(?:его|яго)$/i.test(pronoun[1]!);
    const who = [...speakers].reverse().find((name) => isFeminineGiven(name.split(" ")[0]!) === fem);
    if (who) addPerson(ctx.facts.persons, who, "prisoner", sentence.slice(0, 120), evidenceAt(s.field, s.start, s.start + pronoun[1]!.length));
  } else if (names.length === 0 && speakers.length > 0 && /колони|тюрьм|сизо|калоні|турм|сізо/i.test(sentence)) {
    // "Правозащитники опасаются, что семидесятилетнего политика вернули в колонию": a pronoun or a
    // noun object is the last person of that gender named (a noun in -у/-ю is feminine).
    const back = RETURNED_OBJECT.exec(sentence);
    if (back) {
      const fem = /^(?:её|ее|яе)$/i.test(back[1]!) || /[ую]$/i.test(back[1]!);
      const who = [...speakers].reverse().find((name) => isFeminineGiven(name.split(" ")[0]!) === fem);
      if (who) addPerson(ctx.facts.persons, who, "prisoner", sentence.slice(0, 120), evidenceAt(s.field, s.start + back.index, s.start + back.index + back[0].length));
    }
  }
}

/**
 * "Марии Колесниковой … разрешили свидание с отцом, но она по-прежнему в колонии": the pronoun is the
 * person of that gender named in the sentence (or, with none, the last one named before).
 */
function stillHeldPerson(ctx: RuCtx, sc: SentCtx): void {
  const { s, sentence, names, roles } = sc;
  if (/по-прежнему|всё ещё|все еще|до сих пор|па-ранейшаму|дагэтуль|усё яшчэ|остаётся|остается|застаецца|находится|знаходзіцца/i.test(sentence)) {
    const held = STILL_HELD_PRONOUN.exec(sentence);
    if (held) {
      const fem = /^(?:она|яна)$/i.test(held[1]!);
      const at = s.start + held.index;
      const hit = names.filter((h, i) => h.end <= at && roles[i] !== "official" && isFeminineGiven(h.name.split(" ")[0]!) === fem).at(-1);
      const who = hit?.name ?? (names.length === 0 ? [...ctx.speakers].reverse().find((name) => isFeminineGiven(name.split(" ")[0]!) === fem) : undefined);
      if (who) addPerson(ctx.facts.persons, who, "prisoner", sentence.slice(0, 120), evidenceAt(s.field, at, at + held[0].length));
    }
  }
}

/** Remembers the people sentence `sc` names in full who are not officials, for the pronouns of later sentences. */
export function rememberSpeakers(ctx: RuCtx, sc: SentCtx): void {
  const roles = sc.roles;
  sc.names.forEach((h, i) => {
    if (roles[i] !== "official" && h.name.includes(" ")) ctx.speakers.push(h.name);
  });
}
