import { deu, eng, pol, rus } from 'stopword';


/**
 * Function words per language, from the `stopword` package's lists plus the words every task or bug
 * report uses and that therefore tell tasks apart no better than "the" does.
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set([
  ...eng,
  ...['not', 'no', 'nor', 'its', 'it\'s', 'don\'t', 'doesn\'t', 'didn\'t', 'can\'t', 'cannot', 'isn\'t', 'won\'t', 'i\'m', 'i\'ve'],
  ...['does', 'doing', 'done', 'will', 'shall', 'may', 'also', 'just', 'etc', 'e.g', 'i.e', 'via', 'per', 'please', 'thanks', 'hi', 'hello'],
]);

export const RUSSIAN_STOP_WORDS: ReadonlySet<string> = new Set([
  ...rus.map((word) => word.replace(/ё/g, 'е')),
  ...['это', 'этот', 'эта', 'эти', 'также', 'просто', 'пожалуйста', 'спасибо', 'привет', 'здравствуйте'],
]);

export const POLISH_STOP_WORDS: ReadonlySet<string> = new Set([
  ...pol,
  ...['proszę', 'dziękuję', 'dzięki', 'cześć', 'witam'],
]);

export const GERMAN_STOP_WORDS: ReadonlySet<string> = new Set([...deu, ...['bitte', 'danke', 'hallo']]);

/**
 * Whether a folded word is a function word in the given language. Polish and German texts often quote
 * English (product names, UI labels), so English function words are dropped from them too.
 *
 * @example
 * isStopWord('the', 'en') // true
 * isStopWord('для', 'ru') // true
 * isStopWord('kampania', 'pl') // false
 * isStopWord('nicht', 'de') // true
 */
export function isStopWord(foldedWord: string, language: 'en' | 'ru' | 'pl' | 'de'): boolean {
  if (language === 'ru') return RUSSIAN_STOP_WORDS.has(foldedWord);
  if (language === 'pl') return POLISH_STOP_WORDS.has(foldedWord) || ENGLISH_STOP_WORDS.has(foldedWord);
  if (language === 'de') return GERMAN_STOP_WORDS.has(foldedWord) || ENGLISH_STOP_WORDS.has(foldedWord);
  return ENGLISH_STOP_WORDS.has(foldedWord);
}
