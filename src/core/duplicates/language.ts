import { ENGLISH_STOP_WORDS, POLISH_STOP_WORDS } from './stop-words';

/** The languages the engine stems; anything else is treated with the English rules (no harm for names). */
export type Language = 'en' | 'ru' | 'pl';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const POLISH_LETTER = /[ąćęłńóśźż]/u;

/**
 * Decides which language the Latin-script words of a text are in. Polish letters or more Polish than
 * English function words mean Polish; the decision is per text because short Polish words ("jest",
 * "nie") carry no diacritics and a per-word guess would stem them as English.
 *
 * @example
 * latinLanguageOf(['zdjęcia', 'do', 'kampanii']) // 'pl'
 * latinLanguageOf(['book', 'a', 'photographer']) // 'en'
 */
export function latinLanguageOf(foldedWords: readonly string[]): 'en' | 'pl' {
  let polish = 0;
  let english = 0;
  for (const word of foldedWords) {
    if (CYRILLIC.test(word)) continue;
    if (POLISH_LETTER.test(word)) polish += 2;
    const isPolishStop = POLISH_STOP_WORDS.has(word);
    const isEnglishStop = ENGLISH_STOP_WORDS.has(word);
    if (isPolishStop && !isEnglishStop) polish += 1;
    if (isEnglishStop && !isPolishStop) english += 1;
  }
  return polish > english ? 'pl' : 'en';
}

/**
 * The language of one folded word given the language of the text's Latin words: Cyrillic is Russian,
 * a word with Polish letters is Polish, other Latin words follow the text.
 *
 * @example
 * languageOfWord('фотосессия', 'en') // 'ru'
 * languageOfWord('zdjęcie', 'en') // 'pl'
 * languageOfWord('kampania', 'pl') // 'pl'
 */
export function languageOfWord(foldedWord: string, latinLanguage: 'en' | 'pl'): Language {
  if (CYRILLIC.test(foldedWord)) return 'ru';
  if (POLISH_LETTER.test(foldedWord)) return 'pl';
  return latinLanguage;
}
