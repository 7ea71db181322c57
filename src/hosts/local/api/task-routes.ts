import type { Hono } from 'hono';
import { z } from 'zod';
import { collect } from '../../../app/collect';
import { onTaskCreated } from '../../../app/on-task-created';
import { TaskNotVisibleError } from '../../../app/duplicate-actions';
import type { Task } from '../../../core/task/task';
import type { LocalMops } from '../local-mops';
import { createTask } from '../tracker/create-task';
import { NewTask } from '../tracker/new-task';
import { loadTaskPage } from '../tracker/task-page';
import { parseOrRefuse, readJsonBody } from './read-json-body';
import type { ViewerOf } from './viewer-of';

const TaskListQuery = z.object({
  projectId: z.array(z.string().min(1)).optional(),
  openOnly: z.enum(['true', 'false'], { message: 'openOnly must be "true" or "false"' }).optional(),
});

/** 'BRD-9' before 'BRD-10': by project key, then by number. */
function byKey(a: Task, b: Task): number {
  return a.key.localeCompare(b.key, 'en', { numeric: true });
}

/**
 * The tracker frame's own API: list tasks, open one, and create one. Creating runs the same automation
 * as Jira's issue-created trigger, acting as the app, and answers with what it did.
 */
export function registerTaskRoutes(app: Hono, mops: LocalMops, viewerOf: ViewerOf): void {
  app.get('/api/tasks', async (c) => {
    const viewer = await viewerOf(c);
    const query = parseOrRefuse(TaskListQuery, { projectId: c.req.queries('projectId'), openOnly: c.req.query('openOnly') }, 'Task list query not accepted');
    const tasks = await collect(
      mops.tracker(viewer.principal).searchTasks({ ...(query.projectId ? { projectIds: query.projectId } : {}), openOnly: query.openOnly === 'true' }),
    );
    return c.json({ ok: true, data: { tasks: tasks.sort(byKey) } });
  });

  app.get('/api/tasks/:id', async (c) => {
    const viewer = await viewerOf(c);
    const taskId = c.req.param('id');
    const page = await loadTaskPage(mops.db, mops.tracker(viewer.principal), viewer.principal, taskId);
    if (!page) throw new TaskNotVisibleError(taskId);
    return c.json({ ok: true, data: page });
  });

  app.post('/api/tasks', async (c) => {
    const viewer = await viewerOf(c);
    const draft = parseOrRefuse(NewTask, await readJsonBody(c), 'Task not created');
    const [settings, people] = await Promise.all([mops.settings(), mops.people()]);
    const task = await createTask(mops.db, viewer.principal, draft, { now: mops.clock.now().toISOString(), costCategories: settings.costCategories });
    // What Jira's `avi:jira:created:issue` trigger does, run here as soon as the task exists.
    const automation = await onTaskCreated(task.id, { tracker: mops.appTracker(), settings, people, duplicates: mops.duplicates, locks: mops.locks, clock: mops.clock });
    mops.log('info', `Task ${task.key} created by ${viewer.person.id}: ${automation.outcome}`, { ...automation });
    const after = await mops.tracker(viewer.principal).loadTaskContext(task.id);
    return c.json({ ok: true, data: { task: after?.task ?? task, automation } }, 201);
  });
}
