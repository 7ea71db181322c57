import type { Task } from '../../../core/task/task';
import type { JiraSubtaskRef } from '../rest/issue-fields';
import { statusCategoryOf } from './issue-to-task';

/**
 * A subtask as the parent's `subtasks` field lists it (summary, status, type only) as a Mops task.
 * What the field leaves out is taken from the parent: the project, and the creation time, which is a
 * lower bound since a subtask cannot predate its parent. Assignee, dates and estimates stay unknown.
 * @example subtaskToTask(dryRunRef, webinar).parentId // webinar.id
 */
export function subtaskToTask(ref: JiraSubtaskRef, parent: Task): Task {
  return {
    id: ref.id,
    key: ref.key,
    title: ref.fields.summary,
    description: '',
    projectId: parent.projectId,
    parentId: parent.id,
    type: 'subtask',
    labels: [],
    components: [],
    status: ref.fields.status.name,
    statusCategory: statusCategoryOf(ref.fields.status.statusCategory.key),
    createdAt: parent.createdAt,
    fields: {},
    ...(parent.teamId ? { teamId: parent.teamId } : {}),
  };
}
