import { newStemmer, type Stemmer } from 'snowball-stemmers';
import type { Language } from './language';
import { stemPolish } from './polish-stemmer';

const english: Stemmer = newStemmer('english');
const russian: Stemmer = newStemmer('russian');
const german: Stemmer = newStemmer('german');

/**
 * Reduces a folded word to its stem with the rules of its language: Snowball for English, Russian and German,
 * the light suffix stripper for Polish. Words with digits ("q1", "2.53") are kept whole.
 *
 * @example
 * stemWord('photographers', 'en') // 'photograph'
 * stemWord('фотосессию', 'ru') // 'фотосесс'
 * stemWord('kampanii', 'pl') // 'kampan'
 * stemWord('lesezeichen', 'de') // 'lesezeich'
 */
export function stemWord(foldedWord: string, language: Language): string {
  if (/\d/.test(foldedWord)) return foldedWord;
  const cache = STEMS[language];
  const cached = cache.get(foldedWord);
  if (cached !== undefined) return cached;
  const stem = language === 'ru' ? russian.stem(foldedWord) : language === 'pl' ? stemPolish(foldedWord) : language === 'de' ? german.stem(foldedWord) : english.stem(foldedWord);
  // A bounded memo: an organisation's vocabulary repeats, and Snowball is most of the cost of indexing.
  if (cache.size >= MAX_CACHED_STEMS) cache.clear();
  cache.set(foldedWord, stem);
  return stem;
}

const MAX_CACHED_STEMS = 200_000;
const STEMS: Record<Language, Map<string, string>> = { en: new Map(), ru: new Map(), pl: new Map(), de: new Map() };
