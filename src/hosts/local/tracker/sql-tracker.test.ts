import { collect } from '../../../app/collect';
import { TaskNotVisibleError } from '../../../app/duplicate-actions';
import { onTaskCreated } from '../../../app/on-task-created';
import { fixedClock } from '../../../app/ports/clock';
import { EMPTY_TASK_STATE, type TaskState } from '../../../app/ports/task-state';
import { Settings } from '../../../core/settings/settings';
import { DEMO_PEOPLE } from '../../../demo/people';
import { demoSettings } from '../../../demo/settings';
import { InMemoryDuplicateStore, InMemoryLocks, InMemoryTracker } from '../../../../test/support/in-memory-tracker';
import { emptyDatabase, loadSmallOrganisation, databaseForThisFile } from '../../../../test/support/local-database';
import { makeTask } from '../../../../test/support/tasks';
import type { SqlClient } from '../database/sql-client';
import { CorruptRowError } from '../database/stored-row';
import { SqlDuplicateIndexStore } from '../stores/sql-duplicate-index-store';
import { SqlLocks } from '../stores/sql-locks';
import { APP, asPerson } from './principal';
import { SqlTracker } from './sql-tracker';

const clock = fixedClock('2026-11-23T10:00:00Z');

const newsletter = makeTask({
  id: 'brd-1',
  key: 'BRD-1',
  title: 'Write the December newsletter',
  description: 'Three stories and the Black Friday recap.',
  projectId: 'prj-brand',
  teamId: 'team-brand',
  assigneeId: 'p-zofia-lewandowska',
  startDate: '2026-12-01',
  dueDate: '2026-12-10',
  estimateMinutes: 480,
  budget: { planned: 120000, committed: 0, actual: 0, currency: 'PLN', category: 'production' },
  fields: { kpi: '30 % open rate' },
});
const paidSocial = makeTask({ id: 'grw-1', key: 'GRW-1', title: 'Plan Black Friday paid social', projectId: 'prj-growth', teamId: 'team-growth' });
const banners = makeTask({ id: 'grw-2', key: 'GRW-2', title: 'Black Friday banners', projectId: 'prj-growth', teamId: 'team-wrzos' });
const launchVideo = makeTask({ id: 'atl-1', key: 'ATL-1', title: 'Atlas 3 launch video', projectId: 'prj-atlas', teamId: 'team-brand' });
const fairStand = makeTask({ id: 'evt-1', key: 'EVT-1', title: 'Trade fair stand', projectId: 'prj-events', teamId: 'team-events', status: 'Done', statusCategory: 'done' });
const everything = [newsletter, paidSocial, banners, launchVideo, fairStand];

const database = databaseForThisFile();
let db: SqlClient;
beforeEach(() => {
  db = database();
});
beforeEach(async () => {
  await emptyDatabase(db);
  await loadSmallOrganisation(db, everything);
});

const trackerOf = (principal = APP, pageSize?: number) => new SqlTracker({ db, principal, clock, ...(pageSize ? { pageSize } : {}) });
const idsSeenBy = async (personId: string) => (await collect(trackerOf(asPerson(personId)).searchTasks({}))).map((task) => task.id).sort();

describe('SqlTracker', () => {
  it('reads a task back exactly as it was written, dates, budget and fields included', async () => {
    const context = await trackerOf().loadTaskContext('brd-1');
    expect(context?.task).toEqual(newsletter);
    expect(context?.updatedAt).toBe('2026-11-20T09:00:00Z');
    expect(context?.state).toBeUndefined();
  });

  it('keeps Mops state beside the task and counts each port call as one host call', async () => {
    const tracker = trackerOf();
    const state: TaskState = { ...EMPTY_TASK_STATE, duplicates: [{ taskId: 'grw-1', score: 0.61, decision: 'likely-duplicate', matchedTerms: ['Black Friday'], sharedAssets: [] }], dismissedDuplicateIds: ['atl-1'] };
    await tracker.saveTaskState('brd-1', state);
    await tracker.saveTaskState('brd-1', { ...state, commentedDuplicateIds: ['grw-1'] });
    const context = await tracker.loadTaskContext('brd-1');
    expect(context?.state).toEqual({ ...state, commentedDuplicateIds: ['grw-1'] });
    expect(tracker.hostCalls()).toBe(3);
  });

  it('searches a page at a time, one host call per page, with the filters of the query', async () => {
    const tracker = trackerOf(APP, 2);
    const pages: string[][] = [];
    for await (const page of tracker.searchTasks({})) pages.push(page.map((task) => task.id));
    expect(pages).toEqual([['atl-1', 'brd-1'], ['evt-1', 'grw-1'], ['grw-2']]);
    expect(tracker.hostCalls()).toBe(3);

    expect((await collect(trackerOf().searchTasks({ openOnly: true }))).map((task) => task.id)).not.toContain('evt-1');
    expect((await collect(trackerOf().searchTasks({ projectIds: ['prj-growth'] }))).map((task) => task.id)).toEqual(['grw-1', 'grw-2']);
    expect((await collect(trackerOf().searchTasks({ taskIds: ['atl-1', 'nope'] }))).map((task) => task.id)).toEqual(['atl-1']);
    expect(await collect(trackerOf().searchTasks({ updatedSince: '2026-11-21T00:00:00Z' }))).toEqual([]);
  });

  it("shows people their team's projects, shared projects and projects their team works in; agencies only where they work", async () => {
    // Agnieszka (Brand): BRD is her team's, ATL belongs to no team; Growth and Events are not hers.
    expect(await idsSeenBy('p-agnieszka-nowak')).toEqual(['atl-1', 'brd-1']);
    // Harry (Growth): GRW, and the shared ATL.
    expect(await idsSeenBy('p-harry-patel')).toEqual(['atl-1', 'grw-1', 'grw-2']);
    // Jakub (Studio Wrzos, an agency): only Growth, where the agency has the banners; not the shared ATL.
    expect(await idsSeenBy('p-jakub-mazur')).toEqual(['grw-1', 'grw-2']);
    // Brightwave Media has no work anywhere yet, so it sees nothing; the app sees all.
    expect(await idsSeenBy('p-sophie-turner')).toEqual([]);
    expect((await collect(trackerOf().searchTasks({}))).length).toBe(5);
  });

  it('treats a task the principal may not see as a task that does not exist', async () => {
    const jakub = trackerOf(asPerson('p-jakub-mazur'));
    expect(await jakub.loadTaskContext('brd-1')).toBeUndefined();
    expect(await jakub.visibleTaskIds(['brd-1', 'grw-2', 'missing'])).toEqual(new Set(['grw-2']));
    await expect(jakub.updateTask('brd-1', { addLabels: ['hijacked'] })).rejects.toThrow(TaskNotVisibleError);
    await expect(jakub.addComment('brd-1', { paragraphs: [[{ text: 'Hello' }]] })).rejects.toThrow(TaskNotVisibleError);
    await expect(jakub.linkTasks('grw-2', 'brd-1', 'relates')).rejects.toThrow('Task brd-1 does not exist or you do not have permission to see it');
    expect((await trackerOf().loadTaskContext('brd-1'))?.task.labels).toEqual([]);
  });

  it("creates subtasks under the parent's project with the project's next keys, and returns step → task id", async () => {
    const tracker = trackerOf();
    const created = await tracker.createSubtasks(newsletter, [
      { parentId: 'brd-1', templateStepId: 'copy', title: 'Write the copy', role: 'copywriter', dueDate: '2026-12-04', estimateMinutes: 240 },
      { parentId: 'brd-1', templateStepId: 'review', title: 'Review the copy', role: 'editor' },
    ]);
    expect(created).toEqual({ copy: '10001', review: '10002' });
    const context = await tracker.loadTaskContext('brd-1');
    expect(context?.subtasks.map((task) => [task.key, task.title, task.type, task.templateStepId, task.dueDate ?? null])).toEqual([
      ['BRD-2', 'Write the copy', 'subtask', 'copy', '2026-12-04'],
      ['BRD-3', 'Review the copy', 'subtask', 'review', null],
    ]);
    expect(tracker.hostCalls()).toBe(2);
  });

  it('creates all subtasks or none: one that cannot be made leaves no others behind and no key used', async () => {
    const tracker = trackerOf();
    await expect(
      tracker.createSubtasks(newsletter, [
        { parentId: 'brd-1', templateStepId: 'copy', title: 'Write the copy', role: 'copywriter' },
        { parentId: 'brd-1', templateStepId: 'review', title: 'Review the copy', role: 'editor', estimateMinutes: -30 },
      ]),
    ).rejects.toThrow('estimateMinutes');
    expect((await tracker.loadTaskContext('brd-1'))?.subtasks).toEqual([]);
    expect(await tracker.createSubtasks(newsletter, [{ parentId: 'brd-1', templateStepId: 'copy', title: 'Write the copy', role: 'copywriter' }])).toEqual({ copy: '10003' });
    expect((await tracker.loadTaskContext('brd-1'))?.subtasks.map((task) => task.key)).toEqual(['BRD-2']);
  });

  it('adds labels, components and fields to what the task has, and replaces its budget', async () => {
    await trackerOf().updateTask('brd-1', {
      addLabels: ['newsletter', 'newsletter'],
      addComponents: ['email'],
      fields: { channel: 'email' },
      budget: { planned: 150000, committed: 20000, actual: 0, currency: 'PLN', category: 'production' },
    });
    const context = await trackerOf().loadTaskContext('brd-1');
    expect(context?.task).toMatchObject({ labels: ['newsletter'], components: ['email'], fields: { kpi: '30 % open rate', channel: 'email' }, budget: { planned: 150000, committed: 20000 } });
    expect(context?.updatedAt).toBe('2026-11-23T10:00:00Z');
  });

  it('links a pair once however often it is asked, recording who linked it', async () => {
    const harry = trackerOf(asPerson('p-harry-patel'));
    await harry.linkTasks('grw-1', 'atl-1', 'duplicate');
    await harry.linkTasks('grw-1', 'atl-1', 'duplicate');
    expect(await db.query('SELECT from_task_id, to_task_id, kind, created_by FROM links')).toEqual([{ from_task_id: 'grw-1', to_task_id: 'atl-1', kind: 'duplicate', created_by: 'p-harry-patel' }]);
  });

  it('reports a row edited into an invalid shape by table and id instead of returning half a task', async () => {
    await db.query(`UPDATE tasks SET budget = '{"planned": "a lot"}' WHERE id = 'grw-1'`);
    await expect(trackerOf().loadTaskContext('grw-1')).rejects.toThrow(CorruptRowError);
    await expect(trackerOf().loadTaskContext('grw-1')).rejects.toThrow(/Stored row grw-1 in table "tasks" is not valid: budget\.planned/);
    await db.query(`INSERT INTO task_state (task_id, state, updated_at) VALUES ('brd-1', '{"schemaVersion": 7}', now())`);
    await expect(trackerOf().loadTaskContext('brd-1')).rejects.toThrow(/Stored row brd-1 in table "task_state" is not valid: schemaVersion/);
  });
});

describe('onTaskCreated through SqlTracker', () => {
  const webinar = makeTask({
    id: 'brd-9',
    key: 'BRD-9',
    title: 'Webinar: budgeting campaigns in one currency',
    projectId: 'prj-brand',
    teamId: 'team-brand',
    type: 'webinar',
    ownerId: 'p-agnieszka-nowak',
    dueDate: '2027-01-28',
    fields: { kpi: '200 registrations' },
    createdAt: '2026-11-23T09:30:00Z',
  });
  const twin = makeTask({ id: 'grw-9', key: 'GRW-9', title: 'Webinar about budgeting campaigns in one currency', projectId: 'prj-growth', teamId: 'team-growth', createdAt: '2026-11-10T09:00:00Z' });

  it('applies the template once and comments once, however often the event comes, as the in-memory tracker does', async () => {
    await emptyDatabase(db);
    await loadSmallOrganisation(db, [twin, webinar]);
    const duplicates = new SqlDuplicateIndexStore(db);
    await duplicates.put({ ...twin });
    const settings = Settings.parse(demoSettings());
    const deps = { settings, people: DEMO_PEOPLE, duplicates, locks: new SqlLocks(db, clock), clock };

    const first = await onTaskCreated('brd-9', { ...deps, tracker: trackerOf() });
    const again = await onTaskCreated('brd-9', { ...deps, tracker: trackerOf() });

    expect(first).toMatchObject({ outcome: 'processed', templateId: 'webinar', createdSubtasks: 9, setDefaults: true, commented: true });
    expect(again).toMatchObject({ outcome: 'processed', createdSubtasks: 0, commented: false });
    const subtasks = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM tasks WHERE parent_id = 'brd-9'`);
    const comments = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM comments WHERE task_id = 'brd-9'`);
    expect([subtasks[0]?.count, comments[0]?.count]).toEqual([9, 1]);

    const memory = new InMemoryTracker([twin, webinar]);
    const inMemory = await onTaskCreated('brd-9', { ...deps, tracker: memory, duplicates: new InMemoryDuplicateStore([twin]), locks: new InMemoryLocks() });
    expect(first).toMatchObject({ createdSubtasks: inMemory.outcome === 'processed' ? inMemory.createdSubtasks : -1, hostCalls: inMemory.hostCalls });
    const context = await trackerOf().loadTaskContext('brd-9');
    expect(Object.keys(context?.state?.stepSubtasks ?? {}).sort()).toEqual(Object.keys(memory.states.get('brd-9')?.stepSubtasks ?? {}).sort());
    expect(context?.state?.duplicates.map((found) => [found.taskId, found.decision])).toEqual(memory.states.get('brd-9')?.duplicates.map((found) => [found.taskId, found.decision]));
    expect(context?.task.labels).toEqual(memory.tasks.get('brd-9')?.labels);
  });
});
