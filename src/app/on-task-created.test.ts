import { DEMO_TODAY, generateDemoOrganisation } from '../demo';
import type { Task } from '../core/task/task';
import { makeTask } from '../../test/support/tasks';
import { InMemoryDuplicateStore, InMemoryLocks, InMemoryTracker } from '../../test/support/in-memory-tracker';
import { onTaskCreated, type OnTaskCreatedDeps } from './on-task-created';
import { duplicateCandidateOf } from './duplicate-findings';
import { fixedClock } from './ports/clock';

const organisation = generateDemoOrganisation(1);
const designer = organisation.people.find((person) => person.roles.includes('designer'));

const webinar = makeTask({
  id: '10001',
  key: 'GRW-501',
  title: 'Webinar: budgeting for 2027 campaigns',
  type: 'webinar',
  dueDate: '2027-01-21',
  ownerId: designer?.id,
  fields: { kpi: '300 registrations' },
  budget: { planned: 400_000, committed: 0, actual: 0, currency: 'EUR', category: 'events' },
});

const photographerElsewhere = makeTask({
  id: '20001',
  key: 'BRD-77',
  title: 'Book photographer for Q1 product shoot',
  description: 'Studio photographer for the new product range, half-day shoot in January.',
  projectId: 'proj-brand',
  teamId: 'team-brand',
  createdAt: '2026-11-02T10:00:00Z',
});
const photographerHere = makeTask({
  id: '10002',
  key: 'GRW-502',
  title: 'Hire a photographer for the Q1 product photoshoot',
  description: 'We need a photographer for a half-day product shoot in January.',
  teamId: 'team-growth',
});

function setUp(tasks: Task[], existing: Task[] = []) {
  const tracker = new InMemoryTracker([...tasks, ...existing]);
  const duplicates = new InMemoryDuplicateStore(existing.map((existingTask) => duplicateCandidateOf(existingTask)));
  const deps: OnTaskCreatedDeps = {
    tracker,
    settings: organisation.settings,
    people: organisation.people,
    duplicates,
    locks: new InMemoryLocks(),
    clock: fixedClock(`${DEMO_TODAY}T10:00:00Z`),
  };
  return { tracker, duplicates, deps };
}

const subtasksOf = (tracker: InMemoryTracker, parentId: string) => [...tracker.tasks.values()].filter((candidate) => candidate.parentId === parentId);

describe('onTaskCreated', () => {
  it('applies the webinar template: every step becomes one subtask, in one bulk call, within 5 host calls', async () => {
    const { tracker, deps } = setUp([webinar]);
    const result = await onTaskCreated(webinar.id, deps);

    const steps = organisation.settings.templates.find((template) => template.id === 'webinar')?.steps ?? [];
    expect(result).toMatchObject({ outcome: 'processed', templateId: 'webinar', createdSubtasks: steps.length, commented: false });
    expect(subtasksOf(tracker, webinar.id).map((subtask) => subtask.title).sort()).toEqual(steps.map((step) => step.title).sort());
    expect(tracker.calls.filter((call) => call === 'createSubtasks')).toHaveLength(1);
    expect(result.hostCalls).toBeLessThanOrEqual(5);
    expect(tracker.states.get(webinar.id)?.template).toEqual({ templateId: 'webinar', version: 1 });
  });

  it('creates nothing the second time the same event arrives, and makes a single read', async () => {
    const { tracker, deps } = setUp([webinar]);
    await onTaskCreated(webinar.id, deps);
    const before = tracker.tasks.size;

    const again = await onTaskCreated(webinar.id, deps);

    expect(again).toMatchObject({ outcome: 'processed', createdSubtasks: 0, setDefaults: false, commented: false, hostCalls: 1 });
    expect(tracker.tasks.size).toBe(before);
  });

  it('lets only one of two simultaneous deliveries act', async () => {
    const { tracker, deps } = setUp([webinar]);
    const results = await Promise.all([onTaskCreated(webinar.id, deps), onTaskCreated(webinar.id, deps)]);
    expect(results.map((result) => result.outcome).sort()).toEqual(['busy', 'processed']);
    expect(tracker.calls.filter((call) => call === 'createSubtasks')).toHaveLength(1);
  });

  it('adopts the subtasks of a run that stopped before recording them, instead of creating them again', async () => {
    const { tracker, deps } = setUp([webinar]);
    tracker.failNext('saveTaskState');
    await expect(onTaskCreated(webinar.id, deps)).rejects.toThrow('saveTaskState failed');
    const created = subtasksOf(tracker, webinar.id).length;

    const retry = await onTaskCreated(webinar.id, deps);

    expect(retry).toMatchObject({ outcome: 'processed', createdSubtasks: 0 });
    expect(subtasksOf(tracker, webinar.id)).toHaveLength(created);
    expect(Object.keys(tracker.states.get(webinar.id)?.stepSubtasks ?? {})).toHaveLength(created);
  });

  it('records the subtasks a tracker did create when it refuses some, and creates only the rest next time', async () => {
    const { tracker, deps } = setUp([webinar]);
    tracker.refusedSteps.add('dry-run');
    const first = await onTaskCreated(webinar.id, deps);
    const steps = organisation.settings.templates.find((template) => template.id === 'webinar')?.steps.length ?? 0;
    expect(first).toMatchObject({ outcome: 'processed', createdSubtasks: steps - 1 });
    expect(first.outcome === 'processed' && first.warnings.join('\n')).toMatch(/Created \d+ of \d+ subtasks under GRW-501; failed: .*step dry-run/);
    expect(tracker.states.get(webinar.id)?.stepSubtasks['dry-run']).toBeUndefined();

    tracker.refusedSteps.clear();
    const second = await onTaskCreated(webinar.id, deps);
    expect(second).toMatchObject({ outcome: 'processed', createdSubtasks: 1 });
    expect(subtasksOf(tracker, webinar.id)).toHaveLength(steps);
  });

  it('flags the same work in another team, comments once without naming the other task', async () => {
    const { tracker, deps } = setUp([photographerHere], [...organisation.tasks, photographerElsewhere]);
    const first = await onTaskCreated(photographerHere.id, deps);
    await onTaskCreated(photographerHere.id, deps);

    const found = first.outcome === 'processed' ? first.duplicates : [];
    expect(found).toContainEqual(expect.objectContaining({ taskId: photographerElsewhere.id, decision: 'likely-duplicate' }));
    expect(found.find((finding) => finding.taskId === photographerElsewhere.id)?.matchedTerms).toEqual(expect.arrayContaining(['photographer']));
    expect(tracker.comments).toHaveLength(1);
    const commentText = JSON.stringify(tracker.comments[0]?.comment);
    expect(commentText).not.toContain(photographerElsewhere.key);
    expect(commentText).not.toContain(photographerElsewhere.title);
  });

  it('never comments a second time, even when a redelivery finds another likely duplicate', async () => {
    const { tracker, duplicates, deps } = setUp([photographerHere], [...organisation.tasks, photographerElsewhere]);
    await onTaskCreated(photographerHere.id, deps);
    const agencyTwin = { ...photographerElsewhere, id: '20003', key: 'AGY-9', projectId: 'proj-agency', teamId: 'team-agency' };
    await duplicates.put(duplicateCandidateOf(agencyTwin));

    const again = await onTaskCreated(photographerHere.id, deps);

    expect(again.outcome === 'processed' ? again.duplicates : []).toContainEqual(expect.objectContaining({ taskId: agencyTwin.id, decision: 'likely-duplicate' }));
    expect(tracker.comments).toHaveLength(1);
    expect(again).toMatchObject({ commented: false });
  });

  it('leaves the team’s own similar tasks alone by default: it is other teams’ work nobody else sees', async () => {
    const sameTeamTwin = { ...photographerElsewhere, id: '20002', key: 'GRW-77', projectId: 'proj-growth', teamId: 'team-growth' };
    const { deps } = setUp([photographerHere], [...organisation.tasks, sameTeamTwin]);
    const result = await onTaskCreated(photographerHere.id, deps);
    const found = result.outcome === 'processed' ? result.duplicates.map((finding) => finding.taskId) : [];
    expect(found).not.toContain(sameTeamTwin.id);

    const everyTeam = { ...organisation.settings, duplicateDetection: { ...organisation.settings.duplicateDetection, sameTeam: 'include' as const } };
    const { deps: again } = setUp([photographerHere], [...organisation.tasks, sameTeamTwin]);
    const widened = await onTaskCreated(photographerHere.id, { ...again, settings: everyTeam });
    expect(widened.outcome === 'processed' ? widened.duplicates.map((finding) => finding.taskId) : []).toContain(sameTeamTwin.id);
  });

  it('does not suggest a task again once it was dismissed', async () => {
    const { tracker, deps } = setUp([photographerHere], [...organisation.tasks, photographerElsewhere]);
    tracker.states.set(photographerHere.id, {
      schemaVersion: 1,
      stepSubtasks: {},
      duplicates: [],
      dismissedDuplicateIds: [photographerElsewhere.id],
      commentedDuplicateIds: [],
    });
    const result = await onTaskCreated(photographerHere.id, deps);
    const found = result.outcome === 'processed' ? result.duplicates.map((finding) => finding.taskId) : [];
    expect(found.length).toBeGreaterThan(0);
    expect(found).not.toContain(photographerElsewhere.id);
  });

  it('indexes the new task so that the next one finds it', async () => {
    const { duplicates, deps } = setUp([photographerHere]);
    await onTaskCreated(photographerHere.id, deps);
    expect(duplicates.index.has(photographerHere.id)).toBe(true);
  });

  it('says so when the task no longer exists', async () => {
    const { deps } = setUp([]);
    expect(await onTaskCreated('404', deps)).toEqual({ outcome: 'gone', hostCalls: 1 });
  });
});
