import type { FrameLocator, Page } from 'playwright-core';
import { type LocalHostInChromium, startLocalHostInChromium } from './support/local-host-in-chromium';

/*
 * The issue panel's Custom UI bundle, built as for Jira, driven in Debian's Chromium inside the local
 * host's tracker frame: the panel reaches the resolvers only through @forge/bridge's invoke and the
 * host's bridge shim. Chromium comes from apt; no browser is ever downloaded.
 */
jest.setTimeout(60_000);

describe('the Custom UI issue panel in the local host, in Chromium', () => {
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
  const open = (pathname: string) => session.open(pathname);

  it('shows a photo shoot’s budget in złoty and in the euro base, and its likely duplicate at the agency', async () => {
    await open('/tasks/dup-photographer-brd');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Book photographer for Q1 product shoot');

    const budget = panel().getByRole('region', { name: 'Budget' });
    await budget.getByRole('row', { name: /^Planned/ }).waitFor();
    expect(await budget.getByRole('columnheader').allTextContents()).toEqual(['Amount', 'In PLN', 'In EUR (base currency)']);
    // Intl separates the currency code from the amount with a no-break space.
    expect((await budget.getByRole('row', { name: /^Planned/ }).textContent())?.replace(/\u00a0/g, ' ')).toBe('PlannedPLN 9,350.00€2,206.60');

    const card = panel().getByRole('article', { name: /^ATL-36 / });
    expect(await card.textContent()).toMatch(/^ATL-36Hire a photographer for the January product photoshootLikely duplicate55%Matching words: photographer, shoot, January/);
  });

  it('lists what the Atlas 3 launch still lacks of its product-launch template', async () => {
    await open('/tasks/tpl-launch-atlas-3');
    const template = panel().getByRole('region', { name: /^Template: / });
    await template.getByRole('table').waitFor();
    expect(await template.getByRole('cell', { name: 'Missing step' }).count()).toBe(3);
    expect(await template.getByRole('cell', { name: 'Open step' }).count()).toBe(5);
    expect(await panel().getByRole('region', { name: 'Possible duplicates' }).getByRole('article').count()).toBe(2);
  });

  it('flags a near-duplicate created through the form, and forgets it once dismissed', async () => {
    await open('/');
    await page.getByLabel('Project').selectOption('prj-brand');
    await page.getByLabel('Title').fill('Hire a photographer for the January product photo shoot of Atlas 3');
    await page.getByLabel('Description').fill('One studio day: packshots on white and lifestyle photos for the website.');
    await page.getByRole('button', { name: 'Create task' }).click();
    await page.waitForURL(/\/tasks\/\d+$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Hire a photographer for the January product photo shoot of Atlas 3');

    const card = panel().getByRole('article', { name: /^ATL-36 / });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Likely duplicate\d+%Matching words: .*photographer.*Project Atlas 3 Launch, team Studio WrzosOwner: Aleksandra KrawczykBudget \(planned\): PLN/);

    await card.getByRole('button', { name: 'Dismiss' }).click();
    await panel().getByRole('status').filter({ hasText: 'ATL-36 is dismissed and won’t be suggested again.' }).waitFor();

    await page.reload();
    await panel().getByRole('region', { name: 'Budget' }).waitFor();
    expect(await panel().getByRole('article', { name: /^ATL-36 / }).count()).toBe(0);
  });
});
