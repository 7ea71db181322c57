import type { WorkingCalendar } from '../capacity/calendar';
import { Task, type TaskInput } from '../task/task';
import type { SubtaskFactory } from './apply';

/* Tasks and calendars the template tests tell their stories with. Not exported from the module. */

export const mondayToFriday: WorkingCalendar = {
  timeZone: 'Europe/London',
  minutesPerWeekday: [480, 480, 480, 480, 480, 0, 0],
  timeOff: [],
};

/** A task with the fields every tracker fills in, plus whatever the story needs. */
export function aTask(overrides: Partial<TaskInput> & Pick<TaskInput, 'id'>): Task {
  return Task.parse({
    key: overrides.id.toUpperCase(),
    title: 'Untitled',
    projectId: 'MKT',
    type: 'task',
    status: 'To Do',
    statusCategory: 'todo',
    createdAt: '2026-11-02T09:00:00Z',
    ...overrides,
  });
}

/** Subtask ids and keys as a tracker would hand them out: "<parent>-s1", "WEB-13"… */
export function numberedSubtasks(prefix: string, firstNumber: number): SubtaskFactory {
  return {
    createdAt: '2026-11-02T09:05:00Z',
    identify: (planned, index) => ({ id: `${planned.parentId}-${planned.templateStepId}-${firstNumber + index}`, key: `${prefix}-${firstNumber + index}` }),
  };
}

/** The same subtasks, moved to a status. */
export function withStatus(subtasks: readonly Task[], stepIds: readonly string[], status: string, statusCategory: Task['statusCategory']): Task[] {
  return subtasks.map((subtask) => (subtask.templateStepId !== undefined && stepIds.includes(subtask.templateStepId) ? { ...subtask, status, statusCategory } : subtask));
}
