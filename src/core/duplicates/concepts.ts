import { MARKETING_LEXICON } from './marketing-lexicon';
import { type Token, tokenise } from './tokenise';

/** Concept terms start with a character no word token can contain, so they never meet a real word. */
export const CONCEPT_PREFIX = '~';

/** The longest lexicon phrase, in words. */
const MAX_PHRASE_WORDS = 3;

/**
 * Stemmed word sequence ("strona docel") → concept term ("~landing-page"), built once from the lexicon.
 * Latin-script forms are stemmed both as English and as Polish, because a short task's language guess
 * can go either way and a loanword ("newsletter", "webinar") is written the same in both.
 */
function compileLexicon(lexicon: typeof MARKETING_LEXICON): Map<string, string> {
  const phrases = new Map<string, string>();
  const clashes: string[] = [];
  for (const [id, ...columns] of lexicon) {
    const term = `${CONCEPT_PREFIX}${id}`;
    for (const form of columns.flatMap((column) => column.split('|')).filter((form) => form.trim() !== '')) {
      for (const latinLanguage of ['en', 'pl'] as const) {
        const stems = tokenise(form, latinLanguage).map((token) => token.term);
        if (stems.length === 0 || stems.length > MAX_PHRASE_WORDS) continue;
        const key = stems.join(' ');
        const known = phrases.get(key);
        if (known !== undefined && known !== term) clashes.push(`form "${form}" of concept "${id}" stems to "${key}", which concept "${known.slice(CONCEPT_PREFIX.length)}" already uses`);
        else phrases.set(key, term);
      }
    }
  }
  if (clashes.length > 0) throw new Error(`Marketing lexicon: ${clashes.join('; ')}; give each form to one concept only`);
  return phrases;
}

const PHRASES = compileLexicon(MARKETING_LEXICON);

/** A word or phrase of a text that the lexicon knows, and the concept it stands for. */
export interface ConceptMatch {
  /** Position of the first token and number of tokens the match covers. */
  start: number;
  length: number;
  term: string;
}

/**
 * Finds the lexicon's concepts in a tokenised text, longest phrase first, so that "press release"
 * is one concept and not "press" plus a "release".
 *
 * @example
 * findConcepts(tokenise('Prepare the press release')).map((match) => match.term) // ['~prepare', '~press-release']
 * findConcepts(tokenise('Подготовить пресс-релиз')).map((match) => match.term) // ['~prepare', '~press-release']
 */
export function findConcepts(tokens: readonly Token[]): ConceptMatch[] {
  const matches: ConceptMatch[] = [];
  let start = 0;
  while (start < tokens.length) {
    let found: ConceptMatch | undefined;
    for (let length = Math.min(MAX_PHRASE_WORDS, tokens.length - start); length >= 1 && found === undefined; length -= 1) {
      const key = tokens.slice(start, start + length).map((token) => token.term).join(' ');
      const term = PHRASES.get(key);
      if (term !== undefined) found = { start, length, term };
    }
    if (found !== undefined) {
      matches.push(found);
      start += found.length;
    } else start += 1;
  }
  return matches;
}

/**
 * The tokens of a text with every lexicon word or phrase replaced by its concept: one token whose term
 * is the concept and whose surface is the words as written. A Russian and an English task about the
 * same newsletter then share "~newsletter" where they share no word; words outside the lexicon stay.
 *
 * @example
 * withConcepts(tokenise('Рассылка для клиентов')).map((token) => token.term) // ['~newsletter', '~customer']
 * withConcepts(tokenise('Customer newsletter')).map((token) => token.term) // ['~customer', '~newsletter']
 */
export function withConcepts(tokens: readonly Token[]): Token[] {
  const result: Token[] = [];
  let next = 0;
  for (const match of findConcepts(tokens)) {
    result.push(...tokens.slice(next, match.start));
    const covered = tokens.slice(match.start, match.start + match.length);
    const first = covered[0];
    if (first !== undefined) {
      result.push({
        surface: covered.map((token) => token.surface).join(' '),
        folded: covered.map((token) => token.folded).join(' '),
        language: first.language,
        term: match.term,
      });
    }
    next = match.start + match.length;
  }
  result.push(...tokens.slice(next));
  return result;
}
