import type { Task } from '../../../core/task/task';
import type { PlannedSubtask } from '../../../core/templates';

export interface SubtaskPayloadSettings {
  subtaskIssueTypeId: string;
  stepLabels: readonly string[];
}

/**
 * One element of `POST /rest/api/3/issue/bulk` for a template step: a sub-task of the parent in its
 * project, labelled as a Mops step, with the step's due date and estimate when it has them.
 * @example subtaskPayload(webinar, { parentId: '10042', templateStepId: 'dry-run', title: 'Dry run with speakers', role: 'host', estimateMinutes: 90 }, settings).fields.timetracking // { originalEstimate: '90m' }
 */
export function subtaskPayload(parent: Task, planned: PlannedSubtask, settings: SubtaskPayloadSettings): { fields: Record<string, unknown> } {
  return {
    fields: {
      project: { id: parent.projectId },
      parent: { id: planned.parentId || parent.id },
      issuetype: { id: settings.subtaskIssueTypeId },
      summary: planned.title,
      labels: [...settings.stepLabels],
      ...(planned.dueDate ? { duedate: planned.dueDate } : {}),
      ...(planned.estimateMinutes !== undefined ? { timetracking: { originalEstimate: `${planned.estimateMinutes}m` } } : {}),
    },
  };
}
