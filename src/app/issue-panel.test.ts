import { generateDemoOrganisation } from '../demo';
import { makeTask } from '../../test/support/tasks';
import { InMemoryTracker } from '../../test/support/in-memory-tracker';
import { issuePanel } from './issue-panel';
import { fixedClock } from './ports/clock';
import type { TaskState } from './ports/task-state';

const { settings } = generateDemoOrganisation(1);
const clock = fixedClock('2026-11-23T10:00:00Z');

const mine = makeTask({
  id: '1',
  key: 'GRW-1',
  title: 'Hire a photographer for the Q1 product photoshoot',
  budget: { planned: 300_000, committed: 120_000, actual: 0, currency: 'PLN', category: 'production' },
});
const visibleTwin = makeTask({ id: '2', key: 'BRD-7', title: 'Book photographer for Q1 product shoot', projectId: 'brand', ownerId: 'ana' });
const secretTwin = makeTask({ id: '3', key: 'HR-9', title: 'Photographer for Q1 shoot (confidential launch)', projectId: 'secret' });
const state: TaskState = {
  schemaVersion: 1,
  stepSubtasks: {},
  duplicates: [
    { taskId: '3', score: 0.9, decision: 'likely-duplicate', matchedTerms: ['photographer'], sharedAssets: [] },
    { taskId: '2', score: 0.8, decision: 'likely-duplicate', matchedTerms: ['photographer', 'Q1'], sharedAssets: [] },
  ],
  dismissedDuplicateIds: [],
  commentedDuplicateIds: ['2', '3'],
};

function viewerTracker() {
  const tracker = new InMemoryTracker([mine, visibleTwin, secretTwin], (task) => task.projectId !== 'secret');
  tracker.states.set(mine.id, state);
  return tracker;
}

describe('issuePanel', () => {
  it('shows only the duplicates the viewer may open, within 3 host calls', async () => {
    const tracker = viewerTracker();
    const view = await issuePanel(mine.id, { tracker, settings, clock });
    expect(view?.duplicates.map((duplicate) => duplicate.key)).toEqual(['BRD-7']);
    expect(view?.duplicates[0]).toMatchObject({ title: visibleTwin.title, ownerId: 'ana', matchedTerms: ['photographer', 'Q1'] });
    expect(JSON.stringify(view)).not.toContain('confidential');
    expect(tracker.hostCalls()).toBeLessThanOrEqual(3);
  });

  it('shows the budget in its own currency and in the base currency', async () => {
    const view = await issuePanel(mine.id, { tracker: viewerTracker(), settings, clock });
    expect(view?.budget?.line).toEqual(mine.budget);
    expect(view?.budget?.inBase).toMatchObject({ ok: true, currency: 'EUR' });
    const inBase = view?.budget?.inBase;
    expect(inBase?.ok && inBase.planned).toBeGreaterThan(60_000);
    expect(inBase?.ok && inBase.planned).toBeLessThan(80_000);
  });

  it('leaves out what the viewer dismissed', async () => {
    const tracker = viewerTracker();
    tracker.states.set(mine.id, { ...state, dismissedDuplicateIds: ['2'] });
    const view = await issuePanel(mine.id, { tracker, settings, clock });
    expect(view?.duplicates).toEqual([]);
    expect(tracker.hostCalls()).toBe(2);
  });

  it('reports a task that matches a template but never had it applied', async () => {
    const webinar = makeTask({ id: '5', key: 'GRW-5', title: 'Webinar on budgeting', type: 'webinar' });
    const view = await issuePanel('5', { tracker: new InMemoryTracker([webinar]), settings, clock });
    expect(view?.template).toMatchObject({ id: 'webinar', applied: false, compliant: false });
    expect(view?.template?.findings.map((finding) => finding.kind)).toContain('template-not-applied');
  });

  it('names the duplicate’s project, team and owner where the host knows them, and never names the hidden one', async () => {
    const tracker = new InMemoryTracker([mine, { ...visibleTwin, teamId: 'brand-studio' }, secretTwin], (task) => task.projectId !== 'secret');
    tracker.states.set(mine.id, state);
    const directory = {
      people: [{ id: 'ana', name: 'Ana Kowalska' }],
      teams: [{ id: 'brand-studio', name: 'Brand Studio (Warsaw)' }],
      projects: [
        { id: 'brand', key: 'BRD', name: 'Brand & Content' },
        { id: 'secret', key: 'HR', name: 'Confidential launch' },
      ],
    };
    const view = await issuePanel(mine.id, { tracker, settings, clock, directory });
    expect(view?.duplicates).toEqual([
      expect.objectContaining({ key: 'BRD-7', projectName: 'Brand & Content', teamId: 'brand-studio', teamName: 'Brand Studio (Warsaw)', ownerId: 'ana', ownerName: 'Ana Kowalska' }),
    ]);
    expect(JSON.stringify(view)).not.toContain('Confidential');

    // Jira knows projects only by key: the key stands in for the name, and unknown people stay unnamed.
    const bare = await issuePanel(mine.id, { tracker: viewerTracker(), settings, clock });
    expect(bare?.duplicates[0]).toMatchObject({ projectName: 'BRD', ownerId: 'ana' });
    expect(bare?.duplicates[0]?.ownerName).toBeUndefined();
  });

  it('returns nothing for a task the viewer may not see', async () => {
    expect(await issuePanel(secretTwin.id, { tracker: viewerTracker(), settings, clock })).toBeUndefined();
  });

  it('says whether the viewer may edit the budget when the host can tell, and stays silent where it cannot', async () => {
    const editors = (...taskIds: string[]) => ({ canEditTask: async (taskId: string) => taskIds.includes(taskId) });
    expect((await issuePanel(mine.id, { tracker: viewerTracker(), settings, clock, editPermission: editors(mine.id) }))?.canEditBudget).toBe(true);
    expect((await issuePanel(mine.id, { tracker: viewerTracker(), settings, clock, editPermission: editors() }))?.canEditBudget).toBe(false);
    expect(await issuePanel(mine.id, { tracker: viewerTracker(), settings, clock })).not.toHaveProperty('canEditBudget');
  });
});
