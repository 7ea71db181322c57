import { DEMO_PLANTED, PROJECT, TEAM, generateDemoOrganisation } from '../demo';
import type { Task } from '../core/task/task';
import { InMemoryDuplicateStore, InMemoryTracker } from '../../test/support/in-memory-tracker';
import { makeTask } from '../../test/support/tasks';
import { duplicateCandidateOf } from './duplicate-findings';
import { duplicatesReport, type DuplicatesReportDeps } from './duplicates-report';
import { dismissedPairsOf, type ReviewedPairs } from './duplicates-report-reviews';
import { DuplicatesReportView } from './duplicates-report-view';
import { fixedClock } from './ports/clock';
import { EMPTY_TASK_STATE } from './ports/task-state';

const organisation = generateDemoOrganisation(1);
const clock = fixedClock(`${DEMO_PLANTED.today}T09:00:00Z`);
const [photographerBrand, photographerAgency] = DEMO_PLANTED.duplicatePairs[0].taskIds;

/** What a host's store would answer: dismissals kept in task state, and links, in one call. */
function reviewsOf(tracker: InMemoryTracker): ReviewedPairs & { calls: number } {
  return {
    calls: 0,
    async reviewedAmong(taskIds) {
      this.calls += 1;
      const asked = new Set(taskIds);
      const dismissed = dismissedPairsOf([...tracker.states].filter(([taskId]) => asked.has(taskId)));
      const linked = tracker.links.filter((link) => asked.has(link.fromTaskId) || asked.has(link.toTaskId)).map((link) => [link.fromTaskId, link.toTaskId] as const);
      return [...dismissed, ...linked];
    },
    hostCalls() {
      return this.calls;
    },
  };
}

function demoDeps(visibleTo?: (task: Task) => boolean, tasks: readonly Task[] = organisation.tasks): DuplicatesReportDeps & { tracker: InMemoryTracker; duplicates: InMemoryDuplicateStore; reviews: ReturnType<typeof reviewsOf> } {
  const tracker = new InMemoryTracker(tasks, visibleTo);
  return {
    tracker,
    duplicates: new InMemoryDuplicateStore(tasks.map((task) => duplicateCandidateOf(task))),
    reviews: reviewsOf(tracker),
    settings: organisation.settings,
    clock,
    directory: organisation,
  };
}

const clusterWith = (report: DuplicatesReportView, taskId: string) => report.clusters.find((cluster) => cluster.tasks.some((task) => task.id === taskId));

describe('duplicatesReport on the demo organisation', () => {
  it('puts the photoshoot booked by Brand and by the agency first, with the smaller budget as the money at stake', async () => {
    const deps = demoDeps();
    const report = DuplicatesReportView.parse(await duplicatesReport({}, deps));

    const first = report.clusters[0];
    expect(first?.tier).toBe('likely-duplicate');
    expect(first?.tasks.map((task) => task.id).sort()).toEqual([photographerAgency, photographerBrand].sort());
    expect(first?.teamNames.sort()).toEqual(['Brand & Content (Warsaw)', 'Studio Wrzos']);
    expect(first?.matchedTerms).toContain('photographer');
    // PLN 9 350.00 and PLN 11 050.00 at 0.2360 EUR: keep the agency's, the Brand booking's EUR 2 206.60 is at stake.
    const brand = first?.tasks.find((task) => task.id === photographerBrand);
    expect(brand).toMatchObject({ planned: { amount: 935000, currency: 'PLN' }, plannedInBase: 220660, ownerName: 'Agnieszka Nowak', projectKey: 'BRD' });
    expect(first?.largestTaskId).toBe(photographerAgency);
    expect(first?.moneyAtStake).toBe(220660);
    expect(report.baseCurrency).toBe('EUR');
  });

  it('finds the other planted pairs: the Polish social posts, the one-pager, and the Russian/English email in Moscow and London', async () => {
    const report = await duplicatesReport({}, demoDeps());
    expect(clusterWith(report, 'dup-bf-social-brand')).toMatchObject({ tier: 'likely-duplicate', moneyAtStake: 50268 });
    expect(clusterWith(report, 'dup-one-pager-atl')?.tier).toBe('likely-duplicate');
    const email = clusterWith(report, 'dup-tariff-email-ru');
    // Its tier is the engine's call across two languages; that the pair is found across teams is the report's.
    expect(email?.tasks.map((task) => task.id)).toEqual(expect.arrayContaining(['dup-tariff-email-en', 'dup-tariff-email-ru']));
    expect(email?.teamNames).toEqual(expect.arrayContaining(['Growth Marketing (London)', 'Events & Field (Berlin, Moscow)']));
  });

  it('sorts each tier by money at stake and totals only the likely duplicates', async () => {
    const report = await duplicatesReport({}, demoDeps());
    const likely = report.clusters.filter((cluster) => cluster.tier === 'likely-duplicate');
    const related = report.clusters.filter((cluster) => cluster.tier === 'related');
    expect(report.clusters).toEqual([...likely, ...related]);
    for (const tier of [likely, related]) {
      const money = tier.map((cluster) => cluster.moneyAtStake);
      expect(money).toEqual([...money].sort((left, right) => right - left));
    }
    expect(report.totals.moneyAtStake).toBe(likely.reduce((sum, cluster) => sum + cluster.moneyAtStake, 0));
    expect(report.totals.likelyClusters).toBe(likely.length);
  });

  it('never pairs work within one team, a task with its own parent, or one template step in two instances', async () => {
    const report = await duplicatesReport({}, demoDeps());
    const byId = new Map(organisation.tasks.map((task) => [task.id, task]));
    for (const pair of report.clusters.flatMap((cluster) => cluster.pairs)) {
      const [left, right] = pair.taskIds.map((id) => byId.get(id));
      expect(left?.teamId).not.toBe(right?.teamId);
      expect(left?.parentId).not.toBe(right?.id);
      expect(right?.parentId).not.toBe(left?.id);
      if (left?.templateStepId !== undefined) expect(left.templateStepId).not.toBe(right?.templateStepId);
    }
  });

  it('reads the tracker in two paged searches and asks for reviewed pairs once, whatever the number of tasks', async () => {
    const deps = demoDeps();
    await duplicatesReport({}, deps);
    expect(deps.tracker.calls).toEqual(['searchTasks', 'searchTasks']);
    expect(deps.reviews.hostCalls()).toBe(1);
  });

  it('leaves out a pair someone dismissed from the panel', async () => {
    const deps = demoDeps();
    deps.tracker.states.set(photographerBrand, { ...EMPTY_TASK_STATE, dismissedDuplicateIds: [photographerAgency] });
    const report = await duplicatesReport({}, deps);
    expect(clusterWith(report, photographerBrand)).toBeUndefined();
    expect(clusterWith(report, photographerAgency)).toBeUndefined();
  });

  it('leaves out a pair already linked, whichever way round', async () => {
    const deps = demoDeps();
    deps.tracker.links.push({ fromTaskId: 'dup-bf-social-agency', toTaskId: 'dup-bf-social-brand', kind: 'duplicate' });
    const report = await duplicatesReport({}, deps);
    expect(clusterWith(report, 'dup-bf-social-brand')).toBeUndefined();
  });
});

describe('duplicatesReport and permissions', () => {
  it("shows an agency's viewer no task of a project they cannot see, not even as the other half of a cluster", async () => {
    const hidden = new Set<string>([PROJECT.brand]);
    const report = await duplicatesReport({}, demoDeps((task) => !hidden.has(task.projectId)));
    const shown = report.clusters.flatMap((cluster) => cluster.tasks);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((task) => task.projectId === PROJECT.brand)).toEqual([]);
    // The photoshoot's other booking is in the hidden project: the agency's task stands alone, so no cluster.
    expect(clusterWith(report, photographerAgency)).toBeUndefined();
    expect(JSON.stringify(report)).not.toContain(photographerBrand);
  });

  it('narrowed to a project, fetches the visible other halves in one search by id', async () => {
    const deps = demoDeps();
    const report = await duplicatesReport({ projectId: PROJECT.launch }, deps);
    expect(clusterWith(report, photographerAgency)?.tasks.map((task) => task.id)).toContain(photographerBrand);
    expect(report.clusters.every((cluster) => cluster.tasks.some((task) => task.projectId === PROJECT.launch))).toBe(true);
    expect(deps.tracker.calls).toEqual(['searchTasks', 'searchTasks', 'searchTasks']);
    expect(report.projectId).toBe(PROJECT.launch);
  });
});

describe('duplicatesReport money and time window', () => {
  const budget = (planned: number, currency: string) => ({ planned, committed: 0, actual: 0, currency, category: 'production' });
  const banner = (id: string, teamId: string, overrides: Partial<Task> = {}): Task =>
    makeTask({ id, key: `${id.toUpperCase()}-1`, title: 'Print roll-up banners for the Zurich partner meetup', description: 'Two roll-ups, 85 × 200 cm, with the new logo.', teamId, ...overrides });

  it('lists a budget in a currency with no rate instead of counting it', async () => {
    const tasks = [
      banner('brand', TEAM.brand, { budget: budget(50000, 'EUR') }),
      banner('events', TEAM.events, { budget: budget(120000, 'CHF') }),
      banner('agency', TEAM.creativeAgency, { budget: budget(80000, 'EUR') }),
    ];
    const report = await duplicatesReport({}, demoDeps(undefined, tasks));
    expect(report.clusters).toHaveLength(1);
    const cluster = report.clusters[0];
    expect(cluster?.moneyAtStake).toBe(50000);
    expect(cluster?.largestTaskId).toBe('agency');
    expect(cluster?.unconverted).toEqual([expect.objectContaining({ taskId: 'events', currency: 'CHF', amount: 120000 })]);
    expect(cluster?.tasks.find((task) => task.id === 'events')?.plannedInBase).toBeNull();
    expect(report.totals.unconvertedTasks).toBe(1);
  });

  it('counts work closed within the window and forgets work closed before it', async () => {
    const open = banner('brand', TEAM.brand);
    const done = (): Task => banner('events', TEAM.events, { status: 'Done', statusCategory: 'done', createdAt: '2026-01-05T09:00:00Z' });
    const reportWith = async (closedAt: string) => {
      const deps = demoDeps(undefined, [open, done()]);
      // The index learns when the task closed, as keep-index-fresh records it.
      await deps.duplicates.put(duplicateCandidateOf(done(), closedAt));
      return duplicatesReport({}, deps);
    };
    expect((await reportWith('2026-10-01T12:00:00Z')).clusters).toHaveLength(1);
    // 180 days before 2026-11-23 is 2026-05-27.
    expect((await reportWith('2026-03-01T12:00:00Z')).clusters).toHaveLength(0);
  });
});

describe('duplicatesReport links and names as the host gives them', () => {
  it('links each task to /browse/<key> on the host’s own site when the host says nothing else', async () => {
    const report = await duplicatesReport({}, demoDeps());
    const brand = clusterWith(report, photographerBrand)?.tasks.find((task) => task.id === photographerBrand);
    expect(brand?.url).toBe(`/browse/${brand?.key}`);
  });

  it('links each task where the host says it opens, and names owners the host learnt of while reading the tasks', async () => {
    const deps = demoDeps();
    const learnt: Array<{ id: string; name: string }> = [];
    // A host that learns names from what it reads (Asana's assignees) knows them only after the searches.
    const search = deps.tracker.searchTasks.bind(deps.tracker);
    deps.tracker.searchTasks = (query) => {
      learnt.push({ id: 'p-agnieszka-nowak', name: 'Agnieszka N. (from the tracker)' });
      return search(query);
    };
    const report = DuplicatesReportView.parse(
      await duplicatesReport({}, { ...deps, directory: () => ({ ...organisation, people: learnt }), taskUrl: (task) => `https://app.asana.com/0/${task.projectId}/${task.id}` }),
    );
    const brand = clusterWith(report, photographerBrand)?.tasks.find((task) => task.id === photographerBrand);
    expect(brand).toMatchObject({ url: `https://app.asana.com/0/${PROJECT.brand}/${photographerBrand}`, ownerName: 'Agnieszka N. (from the tracker)' });
  });
});
