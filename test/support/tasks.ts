import type { Task } from '../../src/core/task/task';

/** A plain task with only what a test names; the rest are a tracker's usual defaults. */
export function makeTask(overrides: Partial<Task> & Pick<Task, 'id' | 'key' | 'title'>): Task {
  return {
    description: '',
    projectId: 'growth',
    type: 'task',
    labels: [],
    components: [],
    status: 'To Do',
    statusCategory: 'todo',
    createdAt: '2026-11-20T09:00:00Z',
    fields: {},
    ...overrides,
  };
}
