/**
 * Polish has no Snowball stemmer. This light stemmer strips the commonest inflectional endings of nouns,
 * adjectives and verbs (longest first) and keeps at least four letters, so "kampanii", "kampanię" and
 * "kampania" meet at "kampan". It under-stems rather than over-stems: a missed merge costs a little recall,
 * a wrong merge makes unrelated tasks look alike. Character n-grams catch part of what it misses.
 */
const SUFFIXES: readonly string[] = [
  // verbal nouns of -ować verbs, and abstract nouns
  'owaniami', 'owaniach', 'owaniem', 'owania', 'owaniu', 'owanie', 'ościami', 'ościach', 'ością', 'ości', 'ość',
  // adjectives
  'owego', 'owemu', 'owych', 'owymi', 'owej', 'owym', 'ową', 'owa', 'owe', 'owy', 'ego', 'emu', 'ych', 'ymi', 'ich', 'imi', 'ej', 'ym', 'im',
  // verbs
  'owaliśmy', 'owałem', 'owałam', 'owali', 'owała', 'owało', 'ować', 'ujemy', 'ujecie', 'ują', 'uje', 'ałem', 'ałam', 'ali', 'ały', 'ała', 'ało',
  'iliśmy', 'ili', 'iła', 'iło', 'yli', 'yła', 'ać', 'eć', 'ić', 'yć', 'amy', 'emy', 'imy',
  // nouns, the soft-stem endings (-ia, -ie, -iu: kampania, zdjęcie, spotkaniu) before the plain ones
  'iami', 'iach', 'iom', 'iem', 'ia', 'ie', 'iu', 'ii', 'ią', 'ię',
  'ami', 'ach', 'om', 'ów', 'owi', 'em', 'ę', 'ą', 'a', 'o', 'u', 'y', 'i', 'e',
].sort((left, right) => right.length - left.length);

const MINIMUM_STEM = 4;

/**
 * Strips one inflectional ending from a lower-case Polish word.
 *
 * @example
 * stemPolish('kampanii') // 'kampan'
 * stemPolish('zdjęcia') // 'zdjęc'
 * stemPolish('zdjęciem') // 'zdjęc'
 * stemPolish('sesja') // 'sesj'
 */
export function stemPolish(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= MINIMUM_STEM && word.endsWith(suffix)) {
      return word.slice(0, word.length - suffix.length);
    }
  }
  return word;
}
