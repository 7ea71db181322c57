import { ENGLISH_STOP_WORDS, GERMAN_STOP_WORDS, POLISH_STOP_WORDS } from './stop-words';

/** The languages the engine stems; anything else is treated with the English rules (no harm for names). */
export type Language = 'en' | 'ru' | 'pl' | 'de';

/** The languages written in Latin script that the engine tells apart. */
export type LatinLanguage = 'en' | 'pl' | 'de';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const POLISH_LETTER = /[ąćęłńóśźż]/u;
/** Umlauts and ß: German (and a few other languages), never Polish or English. */
const GERMAN_LETTER = /[äöüß]/u;

/**
 * Decides which language the Latin-script words of a text are in, by its letters and its function words:
 * Polish letters or Polish-only function words count for Polish, umlauts or German-only function words for
 * German (two votes at least), English-only function words for English; the most votes win and ties go
 * to English. The
 * decision is per text because short words ("jest", "nicht") carry no diacritics and a per-word guess would
 * stem them as English. German is not one of the languages Mops promises, but German reports exist in
 * every European organisation, and without this their "der", "nicht", "wird" would be rare, telling words.
 *
 * @example
 * latinLanguageOf(['zdjęcia', 'do', 'kampanii']) // 'pl'
 * latinLanguageOf(['book', 'a', 'photographer']) // 'en'
 * latinLanguageOf(['seite', 'wird', 'nicht', 'geladen']) // 'de'
 */
export function latinLanguageOf(foldedWords: readonly string[]): LatinLanguage {
  let polish = 0;
  let german = 0;
  let english = 0;
  for (const word of foldedWords) {
    if (CYRILLIC.test(word)) continue;
    if (POLISH_LETTER.test(word)) polish += 2;
    if (GERMAN_LETTER.test(word)) german += 2;
    const isPolishStop = POLISH_STOP_WORDS.has(word);
    const isGermanStop = GERMAN_STOP_WORDS.has(word);
    const isEnglishStop = ENGLISH_STOP_WORDS.has(word);
    // A word both Polish and German use ("na", "to") counts for both: ties go to Polish, the promised language.
    if (isPolishStop && !isEnglishStop) polish += 1;
    // German lists carry single letters ("v", "e"), which abbreviations in English text ("v. 2.53") would hit.
    if (isGermanStop && !isEnglishStop && word.length > 1) german += 1;
    // Words English shares with German ("in", "was") still count for English: most texts here are English.
    if (isEnglishStop && !isPolishStop) english += 1;
  }
  if (polish > english && polish >= german) return 'pl';
  // One German-looking word is not enough: English titles borrow a name or a word ("Bitte", "über").
  if (german > english && german > polish && german >= 2) return 'de';
  return 'en';
}

/**
 * The language of one folded word given the language of the text's Latin words: Cyrillic is Russian,
 * a word with Polish letters is Polish, one with umlauts German, other Latin words follow the text.
 *
 * @example
 * languageOfWord('фотосессия', 'en') // 'ru'
 * languageOfWord('zdjęcie', 'en') // 'pl'
 * languageOfWord('kampania', 'pl') // 'pl'
 * languageOfWord('für', 'en') // 'de'
 */
export function languageOfWord(foldedWord: string, latinLanguage: LatinLanguage): Language {
  if (CYRILLIC.test(foldedWord)) return 'ru';
  if (POLISH_LETTER.test(foldedWord)) return 'pl';
  if (GERMAN_LETTER.test(foldedWord)) return 'de';
  return latinLanguage;
}
