import type { FrameLocator, Page } from 'playwright-core';
import { onTaskCreated } from '../../src/app/on-task-created';
import { defaultTemplate } from '../../src/core/templates/defaults';
import { type LocalHostInChromium, startLocalHostInChromium } from './support/local-host-in-chromium';

/*
 * Process templates applied when a task is created, seen end to end: a webinar made through the
 * tracker's real "Create task" form gets the default Webinar template's steps as subtasks and the
 * template's checklist in the Mops panel; opening the page again, or the automation running a second
 * time (as Jira may deliver an event twice), makes no second set.
 */
jest.setTimeout(120_000);

const WEBINAR = defaultTemplate('webinar');
const STEP_TITLES = WEBINAR.steps.map((step) => step.title);

describe('a webinar created through the form gets its template’s steps, once, in Chromium', () => {
  let session: LocalHostInChromium;
  let page: Page;

  beforeAll(async () => {
    session = await startLocalHostInChromium();
    ({ page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const panel = (): FrameLocator => page.frameLocator('#mops-issue-panel');

  /** The subtask titles the task's page lists, without their keys and statuses. */
  async function listedSubtasks(): Promise<string[]> {
    const items = await page.getByRole('article', { name: 'Task' }).getByRole('listitem').allTextContents();
    return items.map((item) => item.replace(/^\S+-\d+ /, '').replace(/ \([^()]*\)$/, ''));
  }

  it('lists the nine webinar steps as subtasks and the template’s checklist, and never doubles them', async () => {
    expect(STEP_TITLES).toHaveLength(9);
    await session.open('/');
    await page.getByLabel('Project').selectOption('prj-brand');
    await page.getByLabel('Type (task, webinar, email-campaign…)').fill('webinar');
    await page.getByLabel('Title').fill('Webinar: marketing budgets that survive the CFO, January 2027');
    await page.getByLabel('Description').fill('A 45-minute live session with two finance speakers, Q&A, and a recording for on-demand viewing.');
    await page.getByRole('button', { name: 'Create task' }).click();
    await page.waitForURL(/\/tasks\/[^/]+$/);
    const taskId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Webinar: marketing budgets that survive the CFO, January 2027');

    // The on-created automation ran before the form opened the page: every step is a subtask already.
    expect(await page.getByRole('heading', { name: 'Subtasks' }).count()).toBe(1);
    expect((await listedSubtasks()).sort()).toEqual([...STEP_TITLES].sort());

    // The panel shows the template as applied, with its checklist of what is still to do.
    const template = panel().getByRole('region', { name: `Template: Webinar (version ${WEBINAR.version})` });
    await template.getByRole('table').waitFor();
    expect(await template.getByText('Not applied yet').count()).toBe(0);
    expect(await template.getByRole('cell', { name: 'Missing step' }).count()).toBe(0);
    expect(await template.getByRole('cell', { name: 'Missing field' }).count()).toBeGreaterThan(0);
    const checklist = await template.getByRole('row').allTextContents();
    expect(checklist).toContainEqual(expect.stringMatching(/^To doMissing fieldSet the KPI\/goal: the Webinar template requires it/));
    expect(await template.getByRole('cell', { name: 'Open step' }).count()).toBe(STEP_TITLES.length);
    for (const title of STEP_TITLES) expect(checklist).toContainEqual(expect.stringContaining(`Step “${title}” (`));

    // Opening the page again reads what is there; it creates nothing.
    await page.reload();
    await panel().getByRole('region', { name: /^Template: Webinar/ }).getByRole('table').waitFor();
    expect(await listedSubtasks()).toHaveLength(STEP_TITLES.length);

    // The automation delivered twice more, at once, as Jira may: nothing is created again.
    const { mops } = session.host;
    const [settings, people] = await Promise.all([mops.settings(), mops.people()]);
    const deps = { tracker: mops.appTracker(), settings, people, duplicates: mops.duplicates, locks: mops.locks, clock: mops.clock };
    const reruns = await Promise.all([onTaskCreated(taskId, deps), onTaskCreated(taskId, deps)]);
    for (const rerun of reruns) expect(rerun.outcome === 'processed' ? rerun.createdSubtasks : 0).toBe(0);

    await page.reload();
    const again = panel().getByRole('region', { name: /^Template: Webinar/ });
    await again.getByRole('table').waitFor();
    expect((await listedSubtasks()).sort()).toEqual([...STEP_TITLES].sort());
    expect(await again.getByRole('cell', { name: 'Open step' }).count()).toBe(STEP_TITLES.length);
  });
});
