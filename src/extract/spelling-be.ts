/**
 * @module extract/spelling-be
 * Belarusian is written in two spellings. Radio Svaboda, Nasha Niva and many exiled outlets use the
 * classical one (taraškievica), which marks a soft consonant before another with a soft sign:
 * «палітвязьняў» (official «палітвязняў»), «вызваленьне» («вызваленне»), «памілаваньня»,
 * «большасьці», «зь іх». The Russian/Belarusian rules are written in the official spelling, so a
 * Radio Svaboda report lost its round, its stock and its release (o192). These are the soft signs
 * to drop (a cut, so evidence offsets still map back): after з/с before a consonant other than м
 * (the official spelling keeps «васьмёра», «восьмы», «пісьмо»), between two н or two л, and in the
 * preposition «зь» before a vowel.
 */

const SOFT_SIGNS = /(?<=[зсЗС])ь(?=[бвгджзклнпрстфхцчшщ])|(?<=[нН])ь(?=н)|(?<=[лЛ])ь(?=л)|(?<=(?:^|[^а-яёіўА-ЯЁІЎ])[зЗ])ь(?= [аеёіоуыэюяў])/g;

/** The soft signs of the classical spelling in `text` (one-character ranges, in order). */
export function classicalSoftSigns(text: string): [number, number][] {
  const out: [number, number][] = [];
  SOFT_SIGNS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SOFT_SIGNS.exec(text)) !== null) out.push([m.index, m.index + 1]);
  return out;
}
