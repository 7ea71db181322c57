import { generateDemoOrganisation } from '../demo';
import { InMemoryDuplicateStore, InMemoryLocks, InMemoryTracker } from '../../test/support/in-memory-tracker';
import { makeTask } from '../../test/support/tasks';
import { checkTaskTransition } from './check-task-transition';
import { dismissSuggestedTask, linkSuggestedTask, TaskNotVisibleError } from './duplicate-actions';
import { onTaskDeleted, onTaskUpdated } from './keep-index-fresh';
import { onTaskCreated } from './on-task-created';
import { fixedClock } from './ports/clock';
import { trackerCapacityReport } from './capacity-report';

const organisation = generateDemoOrganisation(1);
const { settings } = organisation;
const owner = organisation.people[0];

const webinar = makeTask({
  id: '1',
  key: 'GRW-1',
  title: 'Webinar: budgeting for 2027',
  type: 'webinar',
  dueDate: '2027-01-21',
  ownerId: owner?.id,
  fields: { kpi: '300 registrations' },
  budget: { planned: 400_000, committed: 0, actual: 0, currency: 'EUR', category: 'events' },
});

describe('checkTaskTransition (the workflow gate)', () => {
  it('blocks Done while the template’s closing steps are open, and names them; allows it once they are done', async () => {
    const tracker = new InMemoryTracker([webinar]);
    await onTaskCreated(webinar.id, { tracker, settings, people: organisation.people, duplicates: new InMemoryDuplicateStore(), locks: new InMemoryLocks(), clock: fixedClock('2026-11-23T10:00:00Z') });

    const blocked = await checkTaskTransition(webinar.id, { status: 'Done', statusCategory: 'done' }, { tracker, settings });
    expect(blocked.allowed).toBe(false);
    expect(!blocked.allowed && blocked.reasons.join('\n')).toMatch(/is not done; it must be done before/);

    for (const task of tracker.tasks.values()) if (task.parentId === webinar.id) tracker.tasks.set(task.id, { ...task, status: 'Done', statusCategory: 'done' });
    expect(await checkTaskTransition(webinar.id, { status: 'Done', statusCategory: 'done' }, { tracker, settings })).toEqual({ allowed: true });
  });

  it('never blocks a task without a template or one that no longer exists', async () => {
    const plain = makeTask({ id: '2', key: 'GRW-2', title: 'Refresh the pricing page' });
    const tracker = new InMemoryTracker([plain]);
    expect(await checkTaskTransition('2', { status: 'Done', statusCategory: 'done' }, { tracker, settings })).toEqual({ allowed: true });
    expect(await checkTaskTransition('404', { status: 'Done', statusCategory: 'done' }, { tracker, settings })).toEqual({ allowed: true });
  });
});

describe('keeping the duplicate index fresh', () => {
  it('re-indexes an edited task, marks done work closed, and drops deleted or vanished tasks', async () => {
    const task = makeTask({ id: '7', key: 'GRW-7', title: 'Design banner set for the spring campaign' });
    const tracker = new InMemoryTracker([task]);
    const duplicates = new InMemoryDuplicateStore();

    expect(await onTaskUpdated('7', { tracker, duplicates })).toBe('indexed');
    expect(duplicates.index.has('7')).toBe(true);

    await onTaskDeleted('7', { duplicates });
    expect(duplicates.index.has('7')).toBe(false);

    await duplicates.put({ id: '8', title: 'Old task', description: '', projectId: 'growth', statusCategory: 'todo', createdAt: '2026-01-01T00:00:00Z' });
    expect(await onTaskUpdated('8', { tracker, duplicates })).toBe('removed');
    expect(duplicates.index.has('8')).toBe(false);
  });
});

describe('acting on suggestions from the panel', () => {
  const mine = makeTask({ id: '1', key: 'GRW-1', title: 'Hire a photographer' });
  const theirs = makeTask({ id: '2', key: 'BRD-2', title: 'Book a photographer', projectId: 'brand' });
  const hidden = makeTask({ id: '3', key: 'HR-3', title: 'Photographer', projectId: 'secret' });

  function trackers() {
    const app = new InMemoryTracker([mine, theirs, hidden]);
    const viewer = new InMemoryTracker([mine, theirs, hidden], (task) => task.projectId !== 'secret');
    return { app, viewer };
  }

  it('links as duplicate as the viewer and stops suggesting the other task', async () => {
    const { app, viewer } = trackers();
    await linkSuggestedTask('1', '2', 'duplicate', { viewer, app });
    expect(viewer.links).toEqual([{ fromTaskId: '1', toTaskId: '2', kind: 'duplicate' }]);
    expect(app.states.get('1')?.dismissedDuplicateIds).toEqual(['2']);
  });

  it('refuses to link to a task the viewer may not see, and writes nothing', async () => {
    const { app, viewer } = trackers();
    await expect(linkSuggestedTask('1', '3', 'relates', { viewer, app })).rejects.toThrow(TaskNotVisibleError);
    expect(viewer.links).toEqual([]);
    expect(app.states.size).toBe(0);
  });

  it('remembers a dismissal once, however often it is clicked', async () => {
    const { app, viewer } = trackers();
    await dismissSuggestedTask('1', '2', { viewer, app });
    await dismissSuggestedTask('1', '2', { viewer, app });
    expect(app.states.get('1')?.dismissedDuplicateIds).toEqual(['2']);
    expect(app.calls.filter((call) => call === 'saveTaskState')).toHaveLength(1);
  });
});

describe('trackerCapacityReport', () => {
  it('reads the work with searches only, never one call per task', async () => {
    const tracker = new InMemoryTracker(organisation.tasks);
    const report = await trackerCapacityReport({ start: '2026-11-23', weeks: 8 }, { tracker, people: organisation.people, settings });
    expect(new Set(tracker.calls)).toEqual(new Set(['searchTasks']));
    expect(report.doubleBookings.map((booking) => booking.personId)).toContain('p-piotr-zielinski');
  });
});
