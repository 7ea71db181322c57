import { z } from 'zod';
import { DEFAULT_THRESHOLDS, UNCALIBRATED_STAND_OUT } from './decision';

/**
 * How an index sets its own stand-out threshold. A fixed threshold means different things in different
 * organisations: where every report follows one template, or one product name is in every title, many
 * unrelated tasks stand out a little, and where tasks are varied few do. So the index asks itself how its
 * own tasks would have fared when they were created, and flags a new task as a likely duplicate only when
 * it stands out more than all but `budget` of them did. The budget is a product rule (flag at most 9 % of
 * new tasks, under the 10 % of false alarms a team tolerates, since some of those tasks really were
 * duplicates), not a figure fitted to labelled pairs, so it carries over to organisations nobody labelled.
 */
export const FLAG_CALIBRATION = {
  /** Share of the organisation's tasks that may be called likely duplicates when they are created. */
  budget: 0.09,
  /** Tasks asked about to calibrate; a 91st percentile of 500 rests on the 45 above it. */
  sampleSize: 500,
  /** Below this many sampled tasks, the uncalibrated default applies: a percentile of fewer says little. */
  minimumSample: 100,
  /**
   * The calibrated threshold never goes below this stand-out. Under it, pairs of short titles that share a
   * word or two ("Launch content" and "Webinar content" in the demo organisation) stand out as much as real
   * duplicates do; where few tasks stand out at all, the budget would otherwise let such pairs through.
   */
  floor: 0.25,
  /**
   * Nor above this one, the related score itself: a candidate whose score is that far above both tasks'
   * usual neighbours is flagged even where many tasks are flagged by their scores alone (recurring work,
   * re-reported bugs), which would otherwise use up the budget and switch the rule off.
   */
  ceiling: DEFAULT_THRESHOLDS.related,
  /** The calibration is redone once tasks added, updated or removed since the last one reach this share of the index then. */
  refreshAfterChange: 0.05,
} as const;

/** A sampled task's statistic when a candidate reached the likely-duplicate score by itself: always flagged. */
export const FLAGGED_BY_SCORE = 1;
/** A sampled task's statistic when no candidate could be judged by stand-out: never flagged by it. */
export const NOT_FLAGGABLE = -1;

/** What a sampled task's best candidate needs for its statistic (a subset of `DuplicateMatch`). */
export interface JudgedCandidate {
  score: number;
  standOut: number | null;
  namesOtherSubject: boolean;
  sameTemplateStep?: boolean;
}

/**
 * The highest stand-out threshold at which a task would have been flagged when it was created, given its
 * candidates then: `FLAGGED_BY_SCORE` when one reached `likelyDuplicate` alone, `NOT_FLAGGABLE` when none
 * could be flagged at all, else its best stand-out among candidates at the related level. Candidates that
 * can only be related (another named subject, the same template step) do not count.
 *
 * @example
 * flagStatistic([{ score: 0.6, standOut: null, namesOtherSubject: false }], 0.55, 0.35) // 1
 * flagStatistic([{ score: 0.42, standOut: 0.27, namesOtherSubject: false }], 0.55, 0.35) // 0.27
 * flagStatistic([{ score: 0.3, standOut: null, namesOtherSubject: false }], 0.55, 0.35) // -1
 */
export function flagStatistic(candidates: readonly JudgedCandidate[], likelyDuplicate: number, related: number): number {
  let best = NOT_FLAGGABLE;
  for (const candidate of candidates) {
    if (candidate.namesOtherSubject || candidate.sameTemplateStep === true) continue;
    if (candidate.score >= likelyDuplicate) return FLAGGED_BY_SCORE;
    if (candidate.score >= related && candidate.standOut !== null) best = Math.max(best, Math.min(candidate.standOut, FLAGGED_BY_SCORE));
  }
  return best;
}

/**
 * The smallest multiple of 0.01 at which no more than `budget` of the sampled tasks would have been
 * flagged, kept within [`FLAG_CALIBRATION.floor`, `FLAG_CALIBRATION.ceiling`]; null when fewer than
 * `FLAG_CALIBRATION.minimumSample` tasks were sampled.
 *
 * @example
 * // 100 tasks, 9 of which stood out by 0.3 or more and the 10th by 0.262: 0.27 flags those 9.
 * standOutForBudget([...Array(90).fill(-1), 0.262, ...Array(9).fill(0.3)], 0.09) // 0.27
 */
export function standOutForBudget(statistics: readonly number[], budget: number = FLAG_CALIBRATION.budget): number | null {
  if (statistics.length < FLAG_CALIBRATION.minimumSample) return null;
  const descending = [...statistics].sort((left, right) => right - left);
  const allowed = Math.floor(budget * descending.length + 1e-9);
  const firstNotFlagged = descending[allowed];
  if (firstNotFlagged === undefined) return FLAG_CALIBRATION.floor;
  const threshold = (Math.floor(firstNotFlagged * 100 + 1e-9) + 1) / 100;
  return Math.min(FLAG_CALIBRATION.ceiling, Math.max(FLAG_CALIBRATION.floor, threshold));
}

/**
 * The ids to calibrate on: the `size` with the lowest hash, so that the sample depends only on which tasks
 * the index holds, not on the order they came in, and stays mostly the same as tasks come and go.
 *
 * @example
 * calibrationSample(['a', 'b', 'c'], 2) // two of them, the same two whatever the order given
 */
export function calibrationSample(ids: Iterable<string>, size: number = FLAG_CALIBRATION.sampleSize): string[] {
  const hashed: Array<{ id: string; hash: number }> = [];
  for (const id of ids) hashed.push({ id, hash: fnv1a(id) });
  hashed.sort((left, right) => left.hash - right.hash || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
  return hashed.slice(0, size).map((entry) => entry.id);
}

/**
 * Whether a calibration made when the index held `calibratedSize` tasks is due again after `changes`
 * additions, updates and removals.
 *
 * @example
 * calibrationIsStale(1000, 49) // false
 * calibrationIsStale(1000, 50) // true
 */
export function calibrationIsStale(calibratedSize: number, changes: number): boolean {
  return changes >= FLAG_CALIBRATION.refreshAfterChange * Math.max(calibratedSize, 1);
}

/** 32-bit FNV-1a over UTF-16 code units: a fast, stable spread of ids, not a security hash. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at += 1) {
    hash ^= text.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * What a calibration is for: the same-project, same-team and recently-closed rules of the queries it
 * serves, since what an organisation leaves out (its teams' own recurring work, work finished long ago) is
 * never flagged, and the score thresholds they judge by.
 */
export const CalibrationScope = z.object({
  sameProject: z.enum(['include', 'exclude']).default('include'),
  sameTeam: z.enum(['include', 'exclude']).default('include'),
  closedWithinDays: z.number().int().nonnegative().optional(),
  likelyDuplicate: z.number().min(0).max(1).default(DEFAULT_THRESHOLDS.likelyDuplicate),
  related: z.number().min(0).max(1).default(DEFAULT_THRESHOLDS.related),
});
export type CalibrationScope = z.infer<typeof CalibrationScope>;

/**
 * The stand-out threshold an index set itself for one scope, the index size it was set at and the sampled
 * tasks' flag statistics. Read back from storage, the threshold must be the one its statistics give.
 */
export const FlagCalibration = z
  .object({
    scope: CalibrationScope,
    size: z.number().int().nonnegative(),
    standOut: z.number().min(0).max(1),
    statistics: z.array(z.number().min(NOT_FLAGGABLE).max(FLAGGED_BY_SCORE)).max(FLAG_CALIBRATION.sampleSize),
  })
  .refine((calibration) => calibration.standOut === (standOutForBudget(calibration.statistics) ?? UNCALIBRATED_STAND_OUT), {
    path: ['standOut'],
    error: (issue) => {
      const calibration = issue.input as { standOut?: unknown; statistics?: readonly number[] };
      const expected = standOutForBudget(calibration.statistics ?? []) ?? UNCALIBRATED_STAND_OUT;
      return `standOut ${String(calibration.standOut)} is not what its ${calibration.statistics?.length ?? 0} statistics give (${expected})`;
    },
  });
export type FlagCalibration = z.infer<typeof FlagCalibration>;
