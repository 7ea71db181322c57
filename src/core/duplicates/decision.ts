import { z } from 'zod';

/** What the engine tells the author about one candidate. */
export const DuplicateDecision = z.enum(['likely-duplicate', 'related']);
export type DuplicateDecision = z.infer<typeof DuplicateDecision>;

export const DuplicateThresholds = z
  .object({
    /** Score at which a candidate is a likely duplicate whatever else the query resembles (near-identity). */
    likelyDuplicate: z.number().min(0).max(1),
    /** Score at which a candidate is shown as related; also the floor for a likely duplicate by stand-out. */
    related: z.number().min(0).max(1),
    /**
     * How far above the query's background (see `standOutOf`) a candidate scoring at least `related` must
     * be to count as a likely duplicate. Left out, the engine default applies; 1 turns the rule off.
     */
    standOut: z.number().min(0).max(1).optional(),
  })
  .refine((thresholds) => thresholds.related <= thresholds.likelyDuplicate, {
    error: (issue) => `thresholds.related must not exceed thresholds.likelyDuplicate, got ${JSON.stringify(issue.input)}`,
  });
export type DuplicateThresholds = z.infer<typeof DuplicateThresholds>;

/** How many of the query's other best candidates make its background, and which of them is the median. */
export const BACKGROUND_SIZE = 9;

/**
 * Engine defaults, set by the false-alarm rate on tasks known to have no duplicate rather than by
 * maximising hits on the few labelled pairs, so that they carry over to other organisations. On SeaMonkey
 * (scripts/eval-duplicates.ts, "decision rule" lines), the best candidate of 5 % of such tasks reaches 0.54
 * and of 25 % reaches 0.35: rounded up to a multiple of 0.05 these give `likelyDuplicate` 0.55 and `related`
 * 0.35. `standOut` 0.33 is the smallest multiple of 0.01 that keeps the tasks flagged as likely duplicates
 * at or under 8 % (7.8 % there), leaving room under 10 % for drift: with the rule chosen on the earlier half of
 * the data, 8.7 % of the later half were flagged, where one score threshold chosen the same way flagged 11.8 %.
 */
export const DEFAULT_THRESHOLDS = { likelyDuplicate: 0.55, related: 0.35, standOut: 0.33 } as const satisfies DuplicateThresholds;

/**
 * How far a candidate's score stands above the query's background: the median score of the query's
 * `BACKGROUND_SIZE` best other candidates. Vocabulary shared by a whole corpus (a product name, a
 * template) lifts every candidate of a query alike, so a real duplicate shows as the one that stands out,
 * which is a surer sign than its raw score. `null` when the query has too few other candidates to tell.
 *
 * @example
 * standOutOf(0.3, [0.3, 0.07, 0.05, 0.05, 0.04, 0.04, 0.03, 0.03, 0.03, 0.02], 0) // 0.3 − 0.04 = 0.26
 * standOutOf(0.3, [0.3, 0.28], 0) // null
 */
export function standOutOf(score: number, scoresBestFirst: readonly number[], position: number): number | null {
  const others: number[] = [];
  for (let at = 0; at < scoresBestFirst.length && others.length < BACKGROUND_SIZE; at += 1) {
    if (at !== position) others.push(scoresBestFirst[at] ?? 0);
  }
  if (others.length < BACKGROUND_SIZE) return null;
  const median = others[Math.floor(BACKGROUND_SIZE / 2)] ?? 0;
  return score - median;
}

/**
 * The decision for a candidate: a likely duplicate when its score reaches `likelyDuplicate`, or reaches
 * `related` while standing out from the query's background by `standOut`; related when it reaches
 * `related` or shares an asset. Without a stand-out (older callers, tiny indexes) only the scores count.
 *
 * @example
 * decide(0.72, false) // 'likely-duplicate'
 * decide(0.4, false, DEFAULT_THRESHOLDS, 0.35) // 'likely-duplicate': far above the query's other candidates
 * decide(0.4, false, DEFAULT_THRESHOLDS, 0.1) // 'related'
 * decide(0.05, true) // 'related'
 * decide(0.05, false) // null
 */
export function decide(
  score: number,
  sharesAsset: boolean,
  thresholds: DuplicateThresholds = DEFAULT_THRESHOLDS,
  standOut: number | null = null,
): DuplicateDecision | null {
  if (score >= thresholds.likelyDuplicate) return 'likely-duplicate';
  const standOutThreshold = thresholds.standOut ?? DEFAULT_THRESHOLDS.standOut;
  if (score >= thresholds.related && standOut !== null && standOut >= standOutThreshold) return 'likely-duplicate';
  if (score >= thresholds.related || sharesAsset) return 'related';
  return null;
}
