import type { TaskState } from './ports/task-state';

/**
 * Pairs people already dealt with, which the duplicates report leaves out: a suggestion dismissed from
 * the panel (linking from the panel dismisses too), or two tasks linked in the tracker by any means.
 * Hosts answer from their own store in one or a few paged calls, or from what the report's searches
 * already brought (Jira), never one call per task: the Tracker port reads a task's state one task at a
 * time only.
 */
export interface ReviewedPairs {
  /** Among these tasks, the pairs dismissed or linked, each as its two task ids in any order. */
  reviewedAmong(taskIds: readonly string[]): Promise<ReadonlyArray<readonly [string, string]>>;
  /** Host calls made so far, counted with the tracker's in the report's call budget. */
  hostCalls(): number;
}

/**
 * One key for a pair, whichever way round it is named.
 * @example pairKey('t-9', 't-1') === pairKey('t-1', 't-9') // true: 't-1\u0000t-9'
 */
export function pairKey(left: string, right: string): string {
  return left < right ? `${left}\u0000${right}` : `${right}\u0000${left}`;
}

/**
 * The pairs a set of task states dismissed, for hosts that read states in bulk.
 * @example dismissedPairsOf([['t-1', { …EMPTY_TASK_STATE, dismissedDuplicateIds: ['t-9'] }]]) // [['t-1', 't-9']]
 */
export function dismissedPairsOf(states: Iterable<readonly [string, Pick<TaskState, 'dismissedDuplicateIds'>]>): Array<readonly [string, string]> {
  const pairs: Array<readonly [string, string]> = [];
  for (const [taskId, state] of states) for (const otherId of state.dismissedDuplicateIds) pairs.push([taskId, otherId] as const);
  return pairs;
}
