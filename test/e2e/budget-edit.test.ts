import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { type LocalHostInChromium, startLocalHostInChromium } from './support/local-host-in-chromium';

/*
 * Editing a task's budget in the Custom UI issue panel, built as for Jira, in Debian's Chromium inside
 * the local host's tracker frame: the form reads typed decimals with the budget field's own rules, the
 * panel saves through `saveTaskBudget`, and the project's budget report follows. Who may edit is the
 * local host's rule (src/hosts/local/README.md): in-house people, or the task's assignee or owner.
 */
jest.setTimeout(120_000);

/** "€2,206.60" or "PLN 9,350.00" as minor units; the test reads what the page shows, in en-GB. */
const minorOf = (text: string): number => Math.round(Number(text.replace(/[^\d.]/g, '')) * 100);
const plain = (text: string | null): string => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('editing a budget in the Custom UI issue panel, in Chromium', () => {
  let session: LocalHostInChromium;
  let page: Page;
  let browser: BrowserContext;
  let host: LocalHostInChromium['host'];

  beforeAll(async () => {
    session = await startLocalHostInChromium();
    ({ page, browser, host } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const panel = (): FrameLocator => page.frameLocator('#mops-issue-panel');
  const budgetRegion = () => panel().getByRole('region', { name: 'Budget' });
  const plannedRow = () => budgetRegion().getByRole('row', { name: /^Planned/ });
  const plannedCells = async () => (await plannedRow().getByRole('cell').allTextContents()).map((text) => plain(text));

  /** The project budget report's total planned, in the euro base, as the budget report page shows it. */
  async function reportedPlanned(projectKey: string): Promise<number> {
    await session.open(`/projects/${projectKey}/budget`);
    const total = page.frameLocator('#mops-budget-report').getByRole('table', { name: 'Campaigns' }).getByRole('row', { name: /^Total/ });
    await total.waitFor();
    return minorOf((await total.getByRole('cell').first().textContent()) ?? '');
  }

  /** The task as the API stores it, read as whoever the browser acts as. */
  async function storedBudget(taskId: string): Promise<unknown> {
    const answer = await page.request.get(new URL(`/api/tasks/${taskId}`, host.url).href);
    return ((await answer.json()) as { data: { task: { budget?: unknown } } }).data.task.budget;
  }

  it('lets an in-house marketer set 1 234.50 zł planned on a colleague’s task; it is kept and the budget report follows', async () => {
    // Agnieszka Nowak (Brand & Content, in-house) edits a stock-photo licence assigned to Zofia Lewandowska.
    const reportBefore = await reportedPlanned('BRD');
    await session.open('/tasks/dup-stock-photo-brd');
    await plannedRow().waitFor();
    const [plannedBefore, inEuroBefore] = await plannedCells();
    expect(plannedBefore).toMatch(/^PLN /);

    await budgetRegion().getByRole('button', { name: 'Edit budget' }).click();
    const form = budgetRegion().getByRole('form', { name: 'Edit budget' });
    await form.getByLabel('Planned').fill('1 234.50');
    expect(await form.getByText('In PLN, e.g. 1250.50; empty means 0.').count()).toBe(1);
    await form.getByRole('button', { name: 'Save budget' }).click();
    await budgetRegion().getByRole('status').filter({ hasText: 'Budget saved.' }).waitFor();
    // 1,234.50 zł at the demo's 0.2360 € per złoty is €291.342.
    await plannedRow().filter({ hasText: '€291.34' }).waitFor();

    await page.reload();
    await plannedRow().waitFor();
    expect(await plannedCells()).toEqual(['PLN 1,234.50', '€291.34']);
    expect(await storedBudget('dup-stock-photo-brd')).toMatchObject({ planned: 123_450, currency: 'PLN', category: 'stock-assets' });

    // The report rounds its total once, the panel each task: the change agrees to the cent.
    const reportAfter = await reportedPlanned('BRD');
    expect(Math.abs(reportAfter - reportBefore - (29_134 - minorOf(inEuroBefore ?? '')))).toBeLessThanOrEqual(1);
  });

  it('names the field of three decimals in euro, and writes nothing', async () => {
    await session.open('/tasks/dup-stock-photo-brd');
    await plannedRow().waitFor();
    const before = await storedBudget('dup-stock-photo-brd');

    await budgetRegion().getByRole('button', { name: 'Edit budget' }).click();
    const form = budgetRegion().getByRole('form', { name: 'Edit budget' });
    await form.getByLabel('Currency').selectOption('EUR');
    await form.getByLabel('Planned').fill('1234.505');
    await form.getByRole('button', { name: 'Save budget' }).click();

    const planned = form.getByLabel('Planned');
    expect(await planned.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('[data-field-error="mops-panel-budget-planned"]').textContent()).toBe('Planned: EUR allows at most 2 decimals; got "1234.505"');
    expect(await form.getByRole('alert').first().textContent()).toBe('The budget is not saved until the fields marked above are fixed.');
    expect(await storedBudget('dup-stock-photo-brd')).toEqual(before);

    await form.getByRole('button', { name: 'Cancel' }).click();
    expect(await plannedCells()).toEqual(['PLN 1,234.50', '€291.34']);
  });

  it('shows an agency’s designer no Edit button on a task he can see but is not his, and the resolver refuses him', async () => {
    // Jakub Mazur (creative agency) works in Growth, so he sees Priya Shah's stock-photo task there.
    await session.viewAs('p-jakub-mazur');
    await session.open('/tasks/dup-stock-photo-grw');
    await plannedRow().waitFor();
    expect(await budgetRegion().getByRole('button').count()).toBe(0);
    const before = await storedBudget('dup-stock-photo-grw');
    expect(before).toMatchObject({ currency: 'GBP' });

    const answer = await page.request.post(new URL('/api/invoke/saveTaskBudget', host.url).href, {
      headers: { 'X-Mops-User': 'p-jakub-mazur' },
      data: { payload: { budget: { ...(before as object), planned: 1 }, expected: before }, context: { extension: { issue: { id: 'dup-stock-photo-grw' } } } },
    });

    expect(answer.status()).toBe(403);
    expect(await answer.json()).toEqual({
      ok: false,
      error: { kind: 'no-permission', message: "Jakub Mazur may see task dup-stock-photo-grw but not edit it: agencies' people edit only the tasks assigned to them or owned by them; the budget was not changed" },
    });
    expect(await storedBudget('dup-stock-photo-grw')).toEqual(before);
    await browser.clearCookies();
  });
});
