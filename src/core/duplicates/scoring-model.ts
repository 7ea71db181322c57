/**
 * The scoring model's constants and weights in one place, so that the index, the serialised form and the
 * pure pair score agree. Every component is a cosine of TF-IDF vectors, so each lies in [0,1], is
 * symmetric, and is 1 for identical texts; their weighted mean keeps those properties and means the same
 * on a corpus of 1,000 tasks as on one of 100,000, which lets thresholds be engine defaults.
 */
export const SCORING_MODEL = {
  /** A title word counts as this many description words: titles say what the work is. */
  titleBoost: 3,
  /** Share of the final score from the whole-task cosine, the title-only cosine and title trigrams. */
  weights: { text: 0.4, title: 0.3, trigrams: 0.3 },
  /** Candidates re-scored exactly after the fast pass over the postings. */
  rerankPool: 100,
  /** Best candidates of a query whose own background is looked up to judge whether they stand out (see `standOutOf`). */
  candidatesWithBackground: 5,
  /** Candidates re-scored exactly when looking up a task's own background: enough to find its 9 best. */
  backgroundPool: 30,
  /** Share of tasks above which a term no longer nominates candidates in the fast pass (see DuplicateIndex). */
  commonTermShare: 0.02,
} as const;

/**
 * Sub-linear term weight: the fifth mention of "banner" says less than the first.
 *
 * @example
 * termWeight(1, 0) // 1 + ln 3 ≈ 2.10
 * termWeight(0, 1) // 1
 */
export function termWeight(titleCount: number, bodyCount: number): number {
  const raw = SCORING_MODEL.titleBoost * titleCount + bodyCount;
  return raw > 0 ? 1 + Math.log(raw) : 0;
}

/**
 * Sub-linear count weight for one field (title terms, trigrams).
 *
 * @example
 * countWeight(1) // 1
 */
export function countWeight(count: number): number {
  return count > 0 ? 1 + Math.log(count) : 0;
}

/**
 * Inverse document frequency, smoothed so that it stays positive for a term every task has and finite
 * for a term none has yet (a new task's own words).
 *
 * @example
 * inverseDocumentFrequency(0, 1000) // ln(1001 / 0.5) ≈ 7.60
 * inverseDocumentFrequency(1000, 1000) // ≈ 0.0005
 */
export function inverseDocumentFrequency(documentFrequency: number, documentCount: number): number {
  return Math.log((documentCount + 1) / (documentFrequency + 0.5));
}

/**
 * Combines the three cosines into the score shown to users.
 *
 * @example
 * combineScores({ text: 1, title: 1, trigrams: 1 }) // 1
 */
export function combineScores(components: { text: number; title: number; trigrams: number }): number {
  const { weights } = SCORING_MODEL;
  const score = weights.text * components.text + weights.title * components.title + weights.trigrams * components.trigrams;
  return Math.min(1, Math.max(0, score));
}
