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
     * How far above the backgrounds of the query and of itself (see `standOutOf`) a candidate scoring at
     * least `related` must be to count as a likely duplicate. Left out, the index's own calibrated threshold
     * applies (see `flag-calibration.ts`), or `UNCALIBRATED_STAND_OUT` where there is none; 1 turns the rule off.
     */
    standOut: z.number().min(0).max(1).optional(),
  })
  .refine((thresholds) => thresholds.related <= thresholds.likelyDuplicate, {
    error: (issue) => `thresholds.related must not exceed thresholds.likelyDuplicate, got ${JSON.stringify(issue.input)}`,
  });
export type DuplicateThresholds = z.infer<typeof DuplicateThresholds>;

/** How many best matches make a task's background, the median of which is its background level. */
export const BACKGROUND_SIZE = 9;

/**
 * Engine defaults for the scores, set by the false-alarm rate on tasks known to have no duplicate rather
 * than by maximising hits on the few labelled pairs, so that they carry over to other organisations. On
 * SeaMonkey (scripts/eval-duplicates.ts), the best candidate of 5 % of such tasks reaches 0.54 and of 25 %
 * reaches 0.35: rounded up to a multiple of 0.05 these give `likelyDuplicate` 0.55 and `related` 0.35. The
 * stand-out threshold is left out: each index calibrates its own (see `flag-calibration.ts`).
 */
export const DEFAULT_THRESHOLDS = { likelyDuplicate: 0.55, related: 0.35 } as const satisfies DuplicateThresholds;

/**
 * The stand-out threshold while an index holds too few tasks to calibrate one (see `flag-calibration.ts`):
 * the smallest multiple of 0.01 that kept SeaMonkey's tasks with no duplicate flagged at or under 8 %
 * (7.9 % there), before calibration replaced it.
 */
export const UNCALIBRATED_STAND_OUT = 0.29;

/**
 * A task's background level: the median of its `BACKGROUND_SIZE` best scores against other tasks, leaving
 * out the one at `skip` (the candidate being judged). Tasks that share no word score 0, so when fewer
 * matches are known but `population` says enough tasks exist, the missing ones count as 0. `null` when
 * fewer than `BACKGROUND_SIZE` other tasks exist at all.
 *
 * @example
 * backgroundLevel([0.3, 0.07, 0.05, 0.05, 0.04, 0.04, 0.03, 0.03, 0.03, 0.02], 0) // 0.04
 * backgroundLevel([0.3, 0.28], 0) // null
 * backgroundLevel([0.3, 0.28], 0, 1000) // 0: the other 997 tasks share no word
 */
export function backgroundLevel(scoresBestFirst: readonly number[], skip = -1, population = scoresBestFirst.length): number | null {
  const others: number[] = [];
  for (let at = 0; at < scoresBestFirst.length && others.length < BACKGROUND_SIZE; at += 1) {
    if (at !== skip) others.push(scoresBestFirst[at] ?? 0);
  }
  const available = population - (skip >= 0 && skip < population ? 1 : 0);
  if (available < BACKGROUND_SIZE) return null;
  while (others.length < BACKGROUND_SIZE) others.push(0);
  return others[Math.floor(BACKGROUND_SIZE / 2)] ?? 0;
}

/**
 * How far a candidate's score stands above the backgrounds of the two tasks it links: the mean of the
 * query's background level and the candidate's own. This is cross-domain similarity local scaling (CSLS,
 * Conneau et al. 2018): vocabulary a whole corpus shares (a product name, an issue template) lifts every
 * score of a query alike, and a "hub" task written in that vocabulary resembles every query a little; a
 * real duplicate is a pair that stands out from both neighbourhoods. Without the candidate's background
 * (tiny indexes) the query's alone is used; `null` when the query's is unknown.
 *
 * @example
 * standOutOf(0.45, 0.1, 0.14) // 0.45 − 0.12 = 0.33
 * standOutOf(0.45, 0.1, null) // 0.35
 * standOutOf(0.45, null, 0.14) // null
 */
export function standOutOf(score: number, queryBackground: number | null, candidateBackground: number | null): number | null {
  if (queryBackground === null) return null;
  if (candidateBackground === null) return score - queryBackground;
  return score - (queryBackground + candidateBackground) / 2;
}

/**
 * The decision for a candidate: a likely duplicate when its score reaches `likelyDuplicate`, or reaches
 * `related` while standing out from the backgrounds of both tasks by `standOut`; related when it reaches
 * `related` or shares an asset. Without a stand-out (older callers, tiny indexes) only the scores count.
 * Some pairs are at most related (`atMostRelated`) whatever their score: titles naming different
 * subjects (websites, files or tickets, see `named-subjects.ts`), since the same symptom on two sites, the
 * same fix in two files, or the same deliverable for two clients, is two pieces of work; and two instances
 * of one process-template step, since every webinar has its own dry run.
 *
 * @example
 * decide(0.72, false) // 'likely-duplicate'
 * decide(0.4, false, DEFAULT_THRESHOLDS, 0.3) // 'likely-duplicate': far above both tasks' other matches (0.29 uncalibrated)
 * decide(0.4, false, DEFAULT_THRESHOLDS, 0.1) // 'related'
 * decide(0.05, true) // 'related'
 * decide(0.05, false) // null
 * decide(0.72, false, DEFAULT_THRESHOLDS, 0.5, true) // 'related': golem.de and digitalfernsehen.de
 */
export function decide(
  score: number,
  sharesAsset: boolean,
  thresholds: DuplicateThresholds = DEFAULT_THRESHOLDS,
  standOut: number | null = null,
  atMostRelated = false,
): DuplicateDecision | null {
  if (atMostRelated) return score >= thresholds.related || sharesAsset ? 'related' : null;
  if (score >= thresholds.likelyDuplicate) return 'likely-duplicate';
  const standOutThreshold = thresholds.standOut ?? UNCALIBRATED_STAND_OUT;
  if (score >= thresholds.related && standOut !== null && standOut >= standOutThreshold) return 'likely-duplicate';
  if (score >= thresholds.related || sharesAsset) return 'related';
  return null;
}
