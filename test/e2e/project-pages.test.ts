import { readFileSync } from 'node:fs';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { DEMO_PLANTED } from '../../src/demo/planted';
import { type LocalHostInChromium, startLocalHostInChromium } from './support/local-host-in-chromium';

/*
 * The capacity view and the budget report, built as for Jira, driven in Debian's Chromium inside the
 * local host's project page: each app reaches the resolvers only through @forge/bridge's invoke and
 * the host's bridge shim, told its project by the frame's context as Jira tells a jira:projectPage.
 */
jest.setTimeout(60_000);

describe('the Custom UI project pages in the local host, in Chromium', () => {
  let session: LocalHostInChromium;
  let page: Page;
  let browser: BrowserContext;
  let host: LocalHostInChromium['host'];

  beforeAll(async () => {
    session = await startLocalHostInChromium(['capacity-view', 'budget-report'], { acceptDownloads: true });
    ({ page, browser, host } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const frame = (app: string): FrameLocator => page.frameLocator(`#mops-${app}`);
  const open = (pathname: string) => session.open(pathname);

  it('finds Piotr Zieliński’s planted week at 120 hours of 40, and opens the three tasks behind it', async () => {
    const planted = DEMO_PLANTED.overAllocations[0];
    expect(planted).toMatchObject({ personId: 'p-piotr-zielinski', week: '2026-11-30' });
    await open('/');
    await page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: /^BRD / }).click();
    await page.waitForURL(/\/projects\/BRD$/);

    const capacity = frame('capacity-view');
    const cell = capacity.getByRole('button', { name: /^Piotr Zieliński, 30 Nov – 6 Dec: Over-allocated: 120 hrs of 40 hrs$/ });
    await cell.waitFor();
    expect(await cell.getAttribute('data-band')).toBe('over');
    // Not colour alone: the cell carries a warning sign and says so to screen readers.
    expect(await cell.textContent()).toBe('⚠ 300% Over-allocated');

    await cell.click();
    const tasks = capacity.getByRole('region', { name: 'Piotr Zieliński, 30 Nov – 6 Dec' });
    expect((await tasks.getByRole('row').allTextContents()).slice(1).map((row) => row.replace(/\u00a0/g, ' '))).toEqual([
      expect.stringMatching(/^BRD-\d+ Przygotować kartki świąteczne dla klientów i partnerów40 hrs$/),
      expect.stringMatching(/^BRD-\d+ Zaprojektować nową stronę główną po odświeżeniu marki40 hrs$/),
      expect.stringMatching(/^ATL-\d+ Adapt Atlas 3 packaging artwork to the new brand40 hrs$/),
    ]);

    // Work that is not on the plan is counted, not hidden.
    const unplanned = capacity.getByRole('region', { name: 'Work not on the plan' });
    expect(await unplanned.textContent()).toMatch(/Unscheduled: \d+Unestimated: \d+Unassigned: [1-9]\d*/);
  });

  it('exports the Growth budget as CSV with the Black Friday campaign in euro, exact to the cent', async () => {
    // Growth's project is seen by its own people: Oliver Bennett owns Black Friday.
    await browser.addCookies([{ name: 'mops_user', value: 'p-oliver-bennett', url: host.url }]);
    await open('/projects/GRW/budget');
    const report = frame('budget-report');
    await report.getByRole('table', { name: 'Campaigns' }).waitFor();
    expect(await report.getByRole('img', { name: 'Planned, committed and actual' }).count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), report.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('mops-budget-GRW-2026-11-23.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    const records = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(records[0]).toBe('Dimension,Key,Name,Currency,Planned,Committed,Actual');
    expect(records.find((record) => record.includes('Black Friday'))).toMatch(/^Campaign,GRW-\d+,GRW-\d+ Black Friday 2026,EUR,\d+\.\d{2},\d+\.\d{2},\d+\.\d{2}$/);
    expect(records.filter((record) => record.startsWith('Vendor,')).length).toBeGreaterThan(1);
    await report.getByRole('status').filter({ hasText: /^Saved \d+ rows as mops-budget-GRW-2026-11-23\.csv\.$/ }).waitFor();
  });
});
