import { extractAssetReferences } from './asset-references';
import { withConcepts } from './concepts';
import { subjectsNamedIn } from './named-subjects';
import { tokenise } from './tokenise';

/** How often a term occurs in the title and in the description, and how the author first wrote it. */
export interface TermCount {
  term: string;
  title: number;
  body: number;
  surface: string;
}

/**
 * A task reduced to what the engine compares: stemmed terms (with the marketing lexicon's words and
 * phrases as language-neutral concepts, see `concepts.ts`), title character trigrams, assets and the
 * websites, files and tickets the title names.
 */
export interface AnalysedText {
  terms: TermCount[];
  titleTrigrams: Map<string, number>;
  assets: string[];
  /** Websites, files and tickets the title names, prefixed with their kind (see `named-subjects.ts`). */
  subjects: string[];
}

/**
 * Character trigrams of a word padded with spaces, so that words sharing a root but not an ending
 * ("kampania", "kampanii") still overlap where a stemmer does not merge them.
 *
 * @example
 * wordTrigrams('sesja') // [' se', 'ses', 'esj', 'sja', 'ja ']
 */
export function wordTrigrams(foldedWord: string): string[] {
  const padded = ` ${foldedWord} `;
  const grams: string[] = [];
  for (let start = 0; start + 3 <= padded.length; start += 1) grams.push(padded.slice(start, start + 3));
  return grams;
}

/**
 * Analyses a task's title and description into term counts per field, title trigrams and asset
 * references (taken from both fields before URLs are stripped from the words).
 *
 * @example
 * const analysed = analyseText('Hero photo for spring', 'Use shutterstock_1234567');
 * analysed.terms.map((count) => count.term) // ['hero', 'photo', 'spring', 'shutterstock']
 * analysed.assets // ['stock:shutterstock:1234567']
 */
export function analyseText(title: string, description: string): AnalysedText {
  const counts = new Map<string, TermCount>();
  const titleTrigrams = new Map<string, number>();
  const titleTokens = tokenise(title);
  for (const token of withConcepts(titleTokens)) {
    const count = counts.get(token.term);
    if (count === undefined) counts.set(token.term, { term: token.term, title: 1, body: 0, surface: token.surface });
    else count.title += 1;
  }
  // Trigrams stay on the words as written: they catch spelling variants, which concepts do not.
  for (const token of titleTokens) {
    for (const gram of wordTrigrams(token.folded)) titleTrigrams.set(gram, (titleTrigrams.get(gram) ?? 0) + 1);
  }
  for (const token of withConcepts(tokenise(description))) {
    const count = counts.get(token.term);
    if (count === undefined) counts.set(token.term, { term: token.term, title: 0, body: 1, surface: token.surface });
    else count.body += 1;
  }
  return {
    terms: [...counts.values()],
    titleTrigrams,
    assets: extractAssetReferences(`${title}\n${description}`),
    subjects: subjectsNamedIn(title),
  };
}
