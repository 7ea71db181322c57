import { cleanText } from './clean-text';
import { type Language, type LatinLanguage, languageOfWord, latinLanguageOf } from './language';
import { stemWord } from './stem';
import { isStopWord } from './stop-words';

/** One meaningful word of a text: how it was written, its folded form, its language and its stem. */
export interface Token {
  surface: string;
  folded: string;
  language: Language;
  term: string;
}

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** Scripts written without spaces, which need the dictionary-based segmenter. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Letters, marks, digits and underscores, joined by an apostrophe or a dot between them: what the
 * Unicode word-boundary rules (UAX #29) give for alphabetic scripts, at a fraction of the cost.
 */
const ALPHABETIC_WORD = /[\p{L}\p{M}\p{N}_]+(?:['’.][\p{L}\p{M}\p{N}_]+)*/gu;

/**
 * Words of a text by Unicode segmentation. Intl.Segmenter is the reference, but it costs several times
 * more than a regular expression; it is used only for scripts written without spaces.
 */
function wordsOf(text: string): string[] {
  if (UNSPACED_SCRIPT.test(text)) {
    return [...segmenter.segment(text)].filter((segment) => segment.isWordLike === true).map((segment) => segment.segment);
  }
  return text.match(ALPHABETIC_WORD) ?? [];
}

/**
 * Long digit runs are ids, build numbers and phone numbers; dotted numbers are versions ("2.53.17") that
 * every report of a period shares. Neither describes the work. Short numbers ("2026", "q1") stay.
 */
const ID_LIKE = /^\d{5,}$|^\d+([.,]\d+)+$|^0x[0-9a-f]+$|^[0-9a-f]{12,}$/;

/**
 * Lower-cases a word, folds ё into е (Russian writers use them interchangeably) and unifies apostrophes.
 * Polish letters are kept: "łączyć" and "laczyc" stay apart, as the issue asks until measured otherwise.
 *
 * @example
 * foldWord('Ёлка') // 'елка'
 * foldWord('Doesn’t') // "doesn't"
 */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ`]/g, "'");
}

/**
 * Splits cleaned text into words with Unicode word segmentation (so Cyrillic, Polish letters and
 * hyphenated words are handled as people read them) and breaks code-like words ("snake_case",
 * "a.b") into their parts.
 *
 * @example
 * segmentWords('Zdjęcia do kampanii: e-mail_banner') // ['Zdjęcia', 'do', 'kampanii', 'e', 'mail', 'banner']
 */
export function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const word of wordsOf(text)) {
    if (/^[\d.]+$/.test(word) || !/[._]/.test(word)) {
      words.push(word);
      continue;
    }
    for (const part of word.split(/[._]+/)) if (part.length > 0) words.push(part);
  }
  return words;
}

/**
 * Turns a title or description into the tokens the engine compares: cleaned of markup and boilerplate,
 * segmented, folded, stop words and id-like numbers dropped, each word stemmed in its own language.
 * The language of Latin-script words is guessed from the whole text unless `latinLanguage` says it.
 *
 * @example
 * tokenise('Book a photographer for the Q1 product shoot').map((token) => token.term)
 * // ['book', 'photograph', 'q1', 'product', 'shoot']
 */
export function tokenise(text: string, latinLanguage?: LatinLanguage): Token[] {
  const words = segmentWords(cleanText(text));
  const folded = words.map(foldWord);
  const language = latinLanguage ?? latinLanguageOf(folded);
  const tokens: Token[] = [];
  words.forEach((surface, position) => {
    const word = folded[position] ?? '';
    if (word.length < 2 && !/\d/.test(word)) return;
    if (ID_LIKE.test(word)) return;
    const wordLanguage = languageOfWord(word, language);
    if (isStopWord(word, wordLanguage)) return;
    tokens.push({ surface, folded: word, language: wordLanguage, term: stemWord(word, wordLanguage) });
  });
  return tokens;
}
