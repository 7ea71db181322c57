import { EMPTY_TASK_STATE } from '../../../src/app/ports/task-state';
import { SubtasksPartlyCreatedError } from '../../../src/app/ports/subtasks-partly-created';
import { DEFAULT_COST_CATEGORIES } from '../../../src/core/budget/categories';
import type { Task } from '../../../src/core/task/task';
import type { PlannedSubtask } from '../../../src/core/templates';
import { AsanaResponseShapeError, AsanaUnavailableError } from '../../../src/hosts/asana/api/asana-errors';
import type { AsanaLog } from '../../../src/hosts/asana/asana-log';
import type { AsanaBudgetFields } from '../../../src/hosts/asana/budget-fields/budget-field-set';
import { ensureBudgetFields } from '../../../src/hosts/asana/budget-fields/ensure-budget-fields';
import { pollEvents } from '../../../src/hosts/asana/events/poll-events';
import { memoryAsanaSyncTokenStore, memoryAsanaTaskStateStore } from '../../../src/hosts/asana/ports/asana-stores';
import { asanaTracker } from '../../../src/hosts/asana/tracker';
import type { AsanaTrackerSettingsInput } from '../../../src/hosts/asana/tracker/settings';
import type { AsanaWebhookEvent } from '../../../src/hosts/asana/webhooks/webhook-event';
import type { FakeProject, FakeUser } from '../../support/fake-asana/asana-world';
import { FakeAsana } from '../../support/fake-asana/fake-asana';
import { httpOverFake, trackerOverFake } from '../../support/fake-asana/tracker-over-fake';

/*
 * The Asana adapter against a fake Asana on loopback, through the official `asana` client. The fake
 * holds every request and every answer to the pinned asana_oas subset; after each test no violation
 * may have occurred.
 */

let fake: FakeAsana;
let ana: FakeUser;
let bo: FakeUser;
let brand: FakeProject;
let eurFields: AsanaBudgetFields;
let settings: AsanaTrackerSettingsInput;
let kpiField: string;

const collect = async <T>(pages: AsyncIterable<T[]>) => {
  const all: T[][] = [];
  for await (const page of pages) all.push(page);
  return all;
};
const silentLog: AsanaLog = () => undefined;

beforeAll(async () => {
  fake = await FakeAsana.start();
  ana = fake.world.addUser('Ana Kowalska', 'ana-token');
  bo = fake.world.addUser('Bo Lindqvist (agency)', 'bo-token');
  brand = fake.world.addProject('Brand campaigns EMEA');
  kpiField = fake.world.addCustomField({ name: 'KPI', resource_subtype: 'text' }).gid;
  brand.fieldSettings.push(kpiField);
  const { http } = httpOverFake(fake, 'ana-token');
  eurFields = await ensureBudgetFields(http, { workspaceGid: fake.world.workspaceGid, projectGid: brand.gid, currency: 'EUR', categories: DEFAULT_COST_CATEGORIES });
  settings = { workspaceGid: fake.world.workspaceGid, projectGids: [brand.gid], budgetFields: [eurFields], textFields: { kpi: kpiField } };
});

afterAll(async () => {
  await fake.stop();
});

afterEach(() => {
  expect(fake.takeViolations()).toEqual([]);
});

describe('native budget fields', () => {
  it('created Mops’ EUR currency fields and the category enum once, and put them on the project', () => {
    const names = [...fake.world.customFields.values()].map((field) => `${field.name}: ${field.resource_subtype}/${field.format ?? '-'}/${field.currency_code ?? '-'}/${field.precision ?? '-'}`);
    expect(names).toEqual(['KPI: text/-/-/-', 'Mops planned (EUR): number/currency/EUR/2', 'Mops committed (EUR): number/currency/EUR/2', 'Mops actual (EUR): number/currency/EUR/2', 'Mops cost category: enum/-/-/-']);
    expect(Object.keys(eurFields.category.options)).toEqual(DEFAULT_COST_CATEGORIES.map((category) => category.id));
    expect(brand.fieldSettings).toEqual([kpiField, eurFields.planned, eurFields.committed, eurFields.actual, eurFields.category.gid]);
  });

  it('finds them by name the second time: two reads, no writes, the same gids', async () => {
    const { http } = httpOverFake(fake, 'ana-token');
    const again = await ensureBudgetFields(http, { workspaceGid: fake.world.workspaceGid, projectGid: brand.gid, currency: 'EUR', categories: DEFAULT_COST_CATEGORIES });
    expect(again).toEqual(eurFields);
    expect(http.hostCalls()).toBe(2);
  });

  it('adds a category option that Mops has and the enum lacks', async () => {
    const { http } = httpOverFake(fake, 'ana-token');
    const categories = [...DEFAULT_COST_CATEGORIES, { id: 'influencers', label: 'Influencers' }];
    const withNew = await ensureBudgetFields(http, { workspaceGid: fake.world.workspaceGid, projectGid: brand.gid, currency: 'EUR', categories });
    expect(withNew.category.options.influencers).toMatch(/^\d+$/);
    expect(fake.world.customFields.get(eurFields.category.gid)?.enum_options.map((option) => option.name)).toContain('Influencers');
    expect(http.hostCalls()).toBe(3);
  });

  it('refuses to reuse a field of the same name that is not a currency field', async () => {
    fake.world.addCustomField({ name: 'Mops planned (PLN)', resource_subtype: 'text' });
    const { http } = httpOverFake(fake, 'ana-token');
    await expect(ensureBudgetFields(http, { workspaceGid: fake.world.workspaceGid, projectGid: brand.gid, currency: 'PLN', categories: DEFAULT_COST_CATEGORIES })).rejects.toThrow(
      /"Mops planned \(PLN\)" .* is a text with format none and currency none; Mops needs a number field formatted as currency PLN/,
    );
  });
});

describe('loadTaskContext', () => {
  let webinar: string;
  const stepGids: string[] = [];

  beforeAll(() => {
    const task = fake.world.addTask({
      name: 'Spring webinar: AI in retail',
      notes: 'Webinar for EMEA retail leads',
      created_by: ana.gid,
      assignee: bo.gid,
      projects: [brand.gid],
      section: { gid: '1210000000000001', name: 'In progress' },
      start_on: '2026-12-01',
      due_on: '2026-12-15',
      values: { [eurFields.planned]: 5000, [eurFields.committed]: 2500.5, [eurFields.actual]: null, [eurFields.category.gid]: eurFields.category.options.events ?? '', [kpiField]: '300 registrations' },
    });
    webinar = task.gid;
    for (const name of ['Book speakers', 'Landing page', 'Dry run']) stepGids.push(fake.world.addTask({ name, created_by: ana.gid, parent: webinar, due_on: '2026-12-10' }).gid);
  });

  it('reads the task and its subtasks in one batch call, mapped onto Mops’ task', async () => {
    const { tracker, states } = trackerOverFake(fake, 'ana-token', settings);
    await states.save(fake.world.workspaceGid, webinar, { ...EMPTY_TASK_STATE, template: { templateId: 'webinar', version: 2 }, stepSubtasks: { speakers: stepGids[0] ?? '', 'dry-run': stepGids[2] ?? '' } });
    const context = await tracker.loadTaskContext(webinar);
    expect(tracker.hostCalls()).toBe(1);
    expect(fake.calls('createBatchRequest')).toHaveLength(1);
    expect(context?.task).toMatchObject({
      id: webinar,
      title: 'Spring webinar: AI in retail',
      description: 'Webinar for EMEA retail leads',
      projectId: brand.gid,
      type: 'task',
      status: 'In progress',
      statusCategory: 'in_progress',
      assigneeId: bo.gid,
      ownerId: ana.gid,
      startDate: '2026-12-01',
      dueDate: '2026-12-15',
      budget: { planned: 500000, committed: 250050, actual: 0, currency: 'EUR', category: 'events' },
      fields: { kpi: '300 registrations' },
      template: { templateId: 'webinar', version: 2 },
    });
    expect(context?.subtasks.map((subtask) => [subtask.title, subtask.parentId, subtask.projectId, subtask.type, subtask.templateStepId ?? null])).toEqual([
      ['Book speakers', webinar, brand.gid, 'subtask', 'speakers'],
      ['Landing page', webinar, brand.gid, 'subtask', null],
      ['Dry run', webinar, brand.gid, 'subtask', 'dry-run'],
    ]);
    expect(context?.updatedAt).toBe(fake.world.tasks.get(webinar)?.modified_at);
  });

  it('asks only for the fields it maps', () => {
    const actions = fake.calls('getTask').filter((call) => call.inBatch);
    const asked = actions.at(-1)?.query.get('opt_fields')?.split(',') ?? [];
    expect(asked).toContain('custom_fields.number_value');
    expect(asked).not.toContain('html_notes');
    expect(asked).not.toContain('followers');
    expect(asked.length).toBeLessThan(20);
  });

  it('pages subtasks past the first hundred with one call per further hundred', async () => {
    const big = fake.world.addTask({ name: 'Product launch', created_by: ana.gid, projects: [brand.gid] });
    for (let index = 1; index <= 130; index += 1) fake.world.addTask({ name: `Step ${index}`, created_by: ana.gid, parent: big.gid });
    const { tracker } = trackerOverFake(fake, 'ana-token', settings);
    const context = await tracker.loadTaskContext(big.gid);
    expect(context?.subtasks).toHaveLength(130);
    expect(context?.subtasks.at(-1)?.title).toBe('Step 130');
    expect(tracker.hostCalls()).toBe(2);
  });

  it('is undefined for a private task the token cannot read, and for an unknown gid', async () => {
    const secret = fake.world.addTask({ name: 'Agency pitch (confidential)', created_by: ana.gid, projects: [brand.gid], readers: [ana.gid] });
    const { tracker } = trackerOverFake(fake, 'bo-token', settings);
    expect(await tracker.loadTaskContext(secret.gid)).toBeUndefined();
    expect(await tracker.loadTaskContext('1299999999999999')).toBeUndefined();
    expect(await tracker.loadTaskContext('not-a-gid')).toBeUndefined();
    expect(tracker.hostCalls()).toBe(2);
  });
});

describe('createSubtasks', () => {
  const plan = (parentId: string): PlannedSubtask[] =>
    [
      ['brief', 'Write the brief', '2026-12-01'],
      ['speakers', 'Book speakers', '2026-12-03'],
      ['landing', 'Landing page', '2026-12-05'],
      ['emails', 'Promotional emails', '2026-12-08'],
      ['dry-run', 'Dry run with speakers', '2026-12-14'],
    ].map(([templateStepId = '', title = '', dueDate = '']) => ({ parentId, templateStepId, title, role: 'marketer', dueDate }));

  const parentTask = (gid: string): Task => ({
    id: gid, key: gid, title: 'Webinar', description: '', projectId: brand.gid, type: 'task', labels: [], components: [], status: 'Open', statusCategory: 'todo', createdAt: '2026-11-23T09:00:00Z', fields: {},
  });

  it('creates a five-step template’s subtasks in one batch call, with their due dates', async () => {
    const parent = fake.world.addTask({ name: 'Autumn webinar', created_by: ana.gid, projects: [brand.gid] });
    const { tracker } = trackerOverFake(fake, 'ana-token', settings);
    const created = await tracker.createSubtasks(parentTask(parent.gid), plan(parent.gid));
    expect(tracker.hostCalls()).toBe(1);
    expect(Object.keys(created)).toEqual(['brief', 'speakers', 'landing', 'emails', 'dry-run']);
    const made = Object.values(created).map((gid) => fake.world.tasks.get(gid));
    expect(made.map((task) => [task?.name, task?.parent, task?.due_on])).toEqual([
      ['Write the brief', parent.gid, '2026-12-01'],
      ['Book speakers', parent.gid, '2026-12-03'],
      ['Landing page', parent.gid, '2026-12-05'],
      ['Promotional emails', parent.gid, '2026-12-08'],
      ['Dry run with speakers', parent.gid, '2026-12-14'],
    ]);
  });

  it('one by one, when the order under the parent matters more than calls: five calls', async () => {
    const parent = fake.world.addTask({ name: 'Winter webinar', created_by: ana.gid, projects: [brand.gid] });
    const { tracker } = trackerOverFake(fake, 'ana-token', { ...settings, subtaskCreation: 'one-by-one' });
    const created = await tracker.createSubtasks(parentTask(parent.gid), plan(parent.gid));
    expect(tracker.hostCalls()).toBe(5);
    expect(Object.keys(created)).toHaveLength(5);
  });

  it('reports the steps Asana refused together with the ones it made', async () => {
    const parent = fake.world.addTask({ name: 'Private launch', created_by: ana.gid, projects: [brand.gid], readers: [ana.gid] });
    const { tracker } = trackerOverFake(fake, 'bo-token', settings);
    const attempt = tracker.createSubtasks(parentTask(parent.gid), plan(parent.gid).slice(0, 2));
    await expect(attempt).rejects.toBeInstanceOf(SubtasksPartlyCreatedError);
    await attempt.catch((error: SubtasksPartlyCreatedError) => {
      expect(error.created).toEqual({});
      expect(error.failed.map((step) => [step.stepId, step.reasons])).toEqual([
        ['brief', ['Asana answered 403', 'Forbidden']],
        ['speakers', ['Asana answered 403', 'Forbidden']],
      ]);
    });
  });
});

describe('searchTasks', () => {
  let campaigns: FakeProject;

  beforeAll(() => {
    campaigns = fake.world.addProject('Always-on campaigns');
    for (let index = 1; index <= 250; index += 1) fake.world.addTask({ name: `Campaign asset ${index}`, created_by: ana.gid, projects: [campaigns.gid], completed: index % 50 === 0 });
  });

  it('reads 250 tasks of a project in three pages of at most 100', async () => {
    const { tracker } = trackerOverFake(fake, 'ana-token', settings);
    const pages = await collect(tracker.searchTasks({ projectIds: [campaigns.gid] }));
    expect(pages.map((page) => page.length)).toEqual([100, 100, 50]);
    expect(tracker.hostCalls()).toBe(3);
    expect(fake.calls('getTasks').slice(-3).map((call) => call.query.get('limit'))).toEqual(['100', '100', '100']);
  });

  it('asks Asana for tasks modified since a time, and for open ones only', async () => {
    const since = fake.world.now();
    const changed = fake.world.addTask({ name: 'Late addition', created_by: ana.gid, projects: [campaigns.gid] });
    const { tracker } = trackerOverFake(fake, 'ana-token', settings);
    const pages = await collect(tracker.searchTasks({ projectIds: [campaigns.gid], updatedSince: since, openOnly: true }));
    expect(pages.flat().map((task) => task.id)).toEqual([changed.gid]);
    const query = fake.calls('getTasks').at(-1)?.query;
    expect(query?.get('modified_since')).toBe(since);
    expect(query?.get('completed_since')).toBe('2026-11-23T09:00:00.000Z');
  });

  it('reads tasks by id ten per batch call, leaving out those the token cannot see', async () => {
    const all = [...fake.world.tasks.values()].filter((task) => task.projects.includes(campaigns.gid)).slice(0, 11).map((task) => task.gid);
    const secret = fake.world.addTask({ name: 'Confidential', created_by: ana.gid, projects: [campaigns.gid], readers: [ana.gid] });
    const { tracker } = trackerOverFake(fake, 'bo-token', settings);
    const pages = await collect(tracker.searchTasks({ taskIds: [...all, secret.gid] }));
    expect(pages.flat().map((task) => task.id)).toEqual(all);
    expect(tracker.hostCalls()).toBe(2);
  });
});

describe('visibleTaskIds', () => {
  it('keeps only the tasks the acting person’s token can read', async () => {
    const open = fake.world.addTask({ name: 'Open brief', created_by: ana.gid, projects: [brand.gid] });
    const secret = fake.world.addTask({ name: 'Board deck', created_by: ana.gid, projects: [brand.gid], readers: [ana.gid] });
    const asBo = trackerOverFake(fake, 'bo-token', settings).tracker;
    const asAna = trackerOverFake(fake, 'ana-token', settings).tracker;
    const ids = [open.gid, secret.gid, '1299999999999998'];
    expect([...(await asBo.visibleTaskIds(ids))]).toEqual([open.gid]);
    expect([...(await asAna.visibleTaskIds(ids))]).toEqual([open.gid, secret.gid]);
    expect(asBo.hostCalls()).toBe(1);
  });
});

describe('writes', () => {
  it('writes a budget of 12,345.67 EUR into the currency fields exactly, and reads it back', async () => {
    const task = fake.world.addTask({ name: 'Trade fair booth', created_by: ana.gid, projects: [brand.gid] });
    const { tracker } = trackerOverFake(fake, 'ana-token', settings);
    await tracker.updateTask(task.gid, { budget: { planned: 1234567, committed: 1000000, actual: 5, currency: 'EUR', category: 'events' }, fields: { kpi: '40 leads' } });
    expect(tracker.hostCalls()).toBe(1);
    expect(task.values).toMatchObject({ [eurFields.planned]: 12345.67, [eurFields.committed]: 10000, [eurFields.actual]: 0.05, [eurFields.category.gid]: eurFields.category.options.events, [kpiField]: '40 leads' });
    const context = await tracker.loadTaskContext(task.gid);
    expect(context?.task.budget).toEqual({ planned: 1234567, committed: 1000000, actual: 5, currency: 'EUR', category: 'events' });
  });

  it('reports labels and unmapped fields instead of calling Asana for them', async () => {
    const task = fake.world.addTask({ name: 'Newsletter', created_by: ana.gid, projects: [brand.gid] });
    const { tracker } = trackerOverFake(fake, 'ana-token', settings);
    await tracker.updateTask(task.gid, { addLabels: ['webinar'], fields: { audience: 'retail' } });
    expect(tracker.hostCalls()).toBe(0);
    expect(tracker.problems().map((problem) => problem.field)).toEqual(['fields.audience', 'labels']);
  });

  it('links a duplicate with a story naming the other task by gid, in one call', async () => {
    const mine = fake.world.addTask({ name: 'Spring webinar (DACH)', created_by: ana.gid, projects: [brand.gid] });
    const theirs = fake.world.addTask({ name: 'Spring webinar (EMEA)', created_by: bo.gid, projects: [brand.gid] });
    const { tracker } = trackerOverFake(fake, 'ana-token', settings);
    await tracker.linkTasks(mine.gid, theirs.gid, 'duplicate');
    await tracker.addComment(mine.gid, { paragraphs: [[{ text: 'Budgets at stake: 5000 EUR & 3000 EUR' }], [{ taskId: theirs.gid, label: 'Spring webinar (EMEA)' }]] });
    expect(tracker.hostCalls()).toBe(2);
    expect(fake.world.stories.filter((story) => story.taskGid === mine.gid).map((story) => story.html_text)).toEqual([
      `<body>Mops: this task duplicates <a data-asana-gid="${theirs.gid}"/>.</body>`,
      `<body>Budgets at stake: 5000 EUR &amp; 3000 EUR\n<a data-asana-gid="${theirs.gid}"/></body>`,
    ]);
  });

  it('saves Mops’ state in the store, not in Asana', async () => {
    const { tracker, states } = trackerOverFake(fake, 'ana-token', settings);
    await tracker.saveTaskState('1209000000000001', { ...EMPTY_TASK_STATE, commentedDuplicateIds: ['1209000000000002'] });
    expect(tracker.hostCalls()).toBe(0);
    expect((await states.load(fake.world.workspaceGid, '1209000000000001'))?.commentedDuplicateIds).toEqual(['1209000000000002']);
  });
});

describe('asanaTracker wiring', () => {
  it('builds a tracker on the official client for a base URL and a token', async () => {
    const task = fake.world.addTask({ name: 'Retail newsletter', created_by: ana.gid, projects: [brand.gid] });
    const tracker = asanaTracker({ baseUrl: fake.baseUrl, accessToken: 'bo-token', settings, states: memoryAsanaTaskStateStore() });
    expect((await tracker.loadTaskContext(task.gid))?.task.title).toBe('Retail newsletter');
    expect(fake.requests.at(-1)?.userGid).toBe(bo.gid);
  });

  it('refuses settings that name no workspace gid, saying which field is wrong', () => {
    expect(() => asanaTracker({ accessToken: 'bo-token', settings: { workspaceGid: 'acme' }, states: memoryAsanaTaskStateStore() })).toThrow(/workspaceGid/);
  });
});

describe('rate limits and broken answers', () => {
  it('waits as long as Retry-After asks after a 429, then succeeds', async () => {
    const task = fake.world.addTask({ name: 'Podcast sponsorship', created_by: ana.gid, projects: [brand.gid] });
    const { tracker, waits } = trackerOverFake(fake, 'ana-token', settings);
    fake.rateLimitNext(2, 7);
    const context = await tracker.loadTaskContext(task.gid);
    expect(context?.task.title).toBe('Podcast sponsorship');
    expect(waits).toEqual([7000, 7000]);
    expect(tracker.hostCalls()).toBe(3);
  });

  it('gives up with a clear error when the waits would pass the budget', async () => {
    const { tracker } = trackerOverFake(fake, 'ana-token', settings, { maxTotalWaitMs: 20_000 });
    fake.rateLimitNext(2, 15);
    const attempt = collect(tracker.searchTasks({ projectIds: [brand.gid] }));
    await expect(attempt).rejects.toBeInstanceOf(AsanaUnavailableError);
    await expect(attempt).rejects.toThrow(/tasks of project \d+ .*2 attempts, last status 429, 15\.0 s spent waiting; the next wait of 15\.0 s would pass the 20\.0 s waiting budget/);
    expect(fake.rateLimitsLeft()).toBe(0);
  });

  it('turns an answer of the wrong shape into an error naming the field', async () => {
    fake.answerNextRaw('getTasks', { status: 200, body: { data: [{ gid: 42, name: 'Broken' }], next_page: null } });
    const { tracker } = trackerOverFake(fake, 'ana-token', settings);
    const attempt = collect(tracker.searchTasks({ projectIds: [brand.gid] }));
    await expect(attempt).rejects.toBeInstanceOf(AsanaResponseShapeError);
    await expect(attempt).rejects.toThrow(/Asana's answer for tasks of project \d+ \(GET \/tasks\) is not in the expected shape: data\.0\.gid: Invalid input: expected string, received number/);
  });

  it('turns a body that is not JSON into an error, not a crash', async () => {
    fake.answerNextRaw('createBatchRequest', { status: 200, body: '<html>Bad gateway</html>', headers: { 'Content-Type': 'application/json' } });
    const { tracker } = trackerOverFake(fake, 'ana-token', settings);
    await expect(tracker.visibleTaskIds(['1209000000000001'])).rejects.toThrow(/is not in the expected shape: body is not JSON: <html>Bad gateway<\/html>/);
  });
});

describe('Events API polling', () => {
  it('stores the first sync token and asks for a full resync, then hands on new events in order, page by page', async () => {
    const launches = fake.world.addProject('Launches');
    const tokens = memoryAsanaSyncTokenStore();
    const handled: AsanaWebhookEvent[] = [];
    const { http } = httpOverFake(fake, 'ana-token');
    const deps = { http, tokens, log: silentLog, onEvent: async (event: AsanaWebhookEvent) => void handled.push(event) };

    const first = await pollEvents(launches.gid, deps);
    expect(first).toMatchObject({ resyncNeeded: true, events: [] });
    expect(await tokens.load(launches.gid)).toMatch(/^\w+$/);

    const task = fake.world.addTask({ name: 'Launch video', created_by: ana.gid, projects: [launches.gid] });
    const { tracker } = trackerOverFake(fake, 'ana-token', settings);
    fake.world.projects.get(launches.gid)?.fieldSettings.push(kpiField);
    await tracker.updateTask(task.gid, { fields: { kpi: '10k views' } });
    fake.eventsPageSize = 1;
    const second = await pollEvents(launches.gid, deps);
    fake.eventsPageSize = 100;
    expect(second).toMatchObject({ resyncNeeded: false, skipped: 0, pages: 2 });
    expect(handled.map((event) => `${event.action} ${event.resource.gid}${event.change ? ` ${event.change.field}` : ''}`)).toEqual([`added ${task.gid}`, `changed ${task.gid} custom_fields`]);

    const quiet = await pollEvents(launches.gid, deps);
    expect(quiet).toMatchObject({ resyncNeeded: false, events: [], pages: 1 });
  });

  it('answers a 412 for an expired token by storing the new one and asking for a resync', async () => {
    const tokens = memoryAsanaSyncTokenStore();
    await tokens.save(brand.gid, 'expired0000000000000000000000000');
    const { http } = httpOverFake(fake, 'ana-token');
    const polled = await pollEvents(brand.gid, { http, tokens, log: silentLog, onEvent: async () => undefined });
    expect(polled.resyncNeeded).toBe(true);
    expect(await tokens.load(brand.gid)).not.toBe('expired0000000000000000000000000');
  });
});
