import { DEFAULT_THRESHOLDS, type DuplicateCandidate, type DuplicateIndex } from '../core/duplicates';
import type { DuplicateDetectionSettings } from '../core/settings/settings';
import type { Task } from '../core/task/task';
import type { DuplicateFinding } from './ports/task-state';

/** The part of a task the duplicate index keeps. */
export function duplicateCandidateOf(task: Task, closedAt?: string): DuplicateCandidate {
  const { id, title, description, projectId, teamId, statusCategory, createdAt, budget, templateStepId } = task;
  return { id, title, description, projectId, teamId, statusCategory, createdAt, budget, templateStepId, ...(closedAt ? { closedAt } : {}) };
}

/**
 * Tasks that look like the same work as `task`, at the `related` level or above, leaving out those a
 * person already dismissed. Who may see which finding is decided later, by the viewer's permissions.
 * @example findDuplicateWork(index, task, settings.duplicateDetection, clock.now(), [])[0]?.decision // 'likely-duplicate'
 */
export function findDuplicateWork(
  index: DuplicateIndex,
  task: Task,
  settings: DuplicateDetectionSettings,
  now: Date,
  dismissedTaskIds: readonly string[],
  /** A stand-out threshold the caller fixed (a replay that calibrated once); left out, the index's own. */
  standOut?: number,
): DuplicateFinding[] {
  const matches = index.findDuplicates(
    { id: task.id, title: task.title, description: task.description, projectId: task.projectId, teamId: task.teamId, templateStepId: task.templateStepId },
    {
      topK: settings.topK + dismissedTaskIds.length,
      scope: {
        excludeTaskIds: [task.id, ...dismissedTaskIds],
        sameProject: settings.sameProject,
        sameTeam: settings.sameTeam,
        closedWithinDays: settings.closedWithinDays,
        asOf: now.toISOString(),
      },
      ...(standOut === undefined ? {} : { thresholds: { ...DEFAULT_THRESHOLDS, standOut } }),
    },
  );
  const findings: DuplicateFinding[] = [];
  for (const match of matches) {
    if (match.decision === null) continue;
    findings.push({ taskId: match.id, score: match.score, decision: match.decision, matchedTerms: match.matchedTerms, sharedAssets: match.sharedAssets });
  }
  return findings.slice(0, settings.topK);
}
