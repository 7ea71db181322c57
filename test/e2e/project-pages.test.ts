import { readFileSync } from 'node:fs';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { DEMO_PLANTED } from '../../src/demo/planted';
import { type LocalHostInChromium, startLocalHostInChromium } from './support/local-host-in-chromium';

/*
 * The capacity view and the budget report, built as for Jira, driven in Debian's Chromium inside the
 * local host's project page: each app reaches the resolvers only through @forge/bridge's invoke and
 * the host's bridge shim, told its project by the frame's context as Jira tells a jira:projectPage.
 */
jest.setTimeout(120_000);

describe('the Custom UI project pages in the local host, in Chromium', () => {
  let session: LocalHostInChromium;
  let page: Page;
  let browser: BrowserContext;
  let host: LocalHostInChromium['host'];

  beforeAll(async () => {
    session = await startLocalHostInChromium({ acceptDownloads: true });
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
    // A project page starts on its own project's people, each with their whole load.
    expect(await capacity.getByLabel('Project').locator('option:checked').textContent()).toBe('BRD Brand & Content');
    const cell = capacity.getByRole('button', { name: /^Piotr Zieliński, 30 Nov – 6 Dec: Over-allocated: 120 hrs of 40 hrs$/ });
    await cell.waitFor();
    expect(await cell.getAttribute('data-band')).toBe('over');
    // Not colour alone: the cell carries a warning sign and says so to screen readers.
    expect(await cell.textContent()).toBe('⚠ 300% Over-allocated');

    // Teams by name, never by id.
    expect(await capacity.getByRole('rowheader', { name: /^Piotr Zieliński / }).textContent()).toBe('Piotr Zieliński Brand & Content (Warsaw)');

    await cell.click();
    const tasks = capacity.getByRole('region', { name: 'Piotr Zieliński, 30 Nov – 6 Dec' });
    expect((await tasks.getByRole('row').allTextContents()).slice(1).map((row) => row.replace(/\u00a0/g, ' '))).toEqual([
      expect.stringMatching(/^BRD-\d+ Przygotować kartki świąteczne dla klientów i partnerówBrand & Content40 hrs$/),
      expect.stringMatching(/^BRD-\d+ Zaprojektować nową stronę główną po odświeżeniu markiBrand & Content40 hrs$/),
      expect.stringMatching(/^ATL-\d+ Adapt Atlas 3 packaging artwork to the new brandAtlas 3 Launch40 hrs$/),
    ]);

    // Work that is not on the plan is counted, not hidden.
    const unplanned = capacity.getByRole('region', { name: 'Work not on the plan' });
    expect(await unplanned.textContent()).toMatch(/Unscheduled: \d+Unestimated: \d+Unassigned: [1-9]\d*/);
  });

  it('shows capacity across every project on its own page, filtered by project, team and role', async () => {
    await open('/');
    await page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'Capacity across projects' }).click();
    await page.waitForURL(/\/capacity$/);

    const capacity = frame('capacity-view');
    const heatmap = capacity.getByRole('table', { name: 'Capacity heatmap' });
    await heatmap.waitFor();
    const project = capacity.getByLabel('Project');
    expect(await project.locator('option:checked').textContent()).toBe('All projects');
    // Agnieszka Nowak (Brand & Content) sees her team's project and the shared launch, with their names.
    expect(await project.locator('option').allTextContents()).toEqual(['All projects', 'ATL Atlas 3 Launch', 'BRD Brand & Content']);
    const people = async () => (await heatmap.locator('tr[data-row-kind="person"] th').allTextContents()).length;
    const everyone = await people();

    // The launch's people only, each still with all their work: Piotr's planted week stays over-allocated.
    await project.selectOption({ label: 'ATL Atlas 3 Launch' });
    await capacity.getByRole('button', { name: /^Piotr Zieliński, 30 Nov – 6 Dec: Over-allocated: 120 hrs of 40 hrs$/ }).waitFor();
    const launchPeople = await people();
    expect(launchPeople).toBeGreaterThan(0);
    expect(launchPeople).toBeLessThan(everyone);

    // Teams are offered by name; choosing the agency leaves only its people.
    const team = capacity.getByLabel('Teams');
    expect(await team.locator('option').allTextContents()).toEqual(expect.arrayContaining(['Studio Wrzos', 'Brand & Content (Warsaw)']));
    await team.selectOption({ label: 'Studio Wrzos' });
    await capacity.getByRole('rowheader', { name: /^Aleksandra Krawczyk Studio Wrzos$/ }).waitFor();
    expect(new Set(await heatmap.locator('tr[data-row-kind="person"] th span:nth-child(2)').allTextContents())).toEqual(new Set(['Studio Wrzos']));

    await capacity.getByLabel('Role or skill').selectOption('video-producer');
    await capacity.getByRole('rowheader', { name: /^Role: video-producer/ }).waitFor();
    expect(await heatmap.locator('tr[data-row-kind="person"] th').allTextContents()).toEqual(['Aleksandra Krawczyk Studio Wrzos']);
  });

  it('lets a newcomer view the tracker as a media agency’s planner, who sees only the agency’s projects', async () => {
    const agencyProjects = await host.mops.db.query<{ key: string; name: string }>(
      "SELECT p.key, p.name FROM projects p WHERE EXISTS (SELECT 1 FROM tasks t WHERE t.project_id = p.id AND t.team_id = 'team-brightwave') ORDER BY p.key",
    );
    // A task of Agnieszka's own team's project that the agency has no work in.
    const [hidden] = await host.mops.db.query<{ id: string; title: string }>(
      `SELECT t.id, t.title FROM tasks t JOIN projects p ON p.id = t.project_id
        WHERE p.team_id = (SELECT team_id FROM people WHERE id = 'p-agnieszka-nowak')
          AND NOT EXISTS (SELECT 1 FROM tasks w WHERE w.project_id = p.id AND w.team_id = 'team-brightwave')
        ORDER BY t.id LIMIT 1`,
    );
    expect(hidden).toBeDefined();
    await open(`/tasks/${encodeURIComponent(hidden?.id ?? '')}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(hidden?.title);

    await open('/');
    const reports = page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: /^[A-Z]+ / });
    const viewingAs = page.getByLabel('Viewing as');
    await viewingAs.locator('option', { hasText: 'Sophie Turner' }).waitFor({ state: 'attached' });
    expect(await viewingAs.locator('option:checked').textContent()).toBe('Agnieszka Nowak (Brand & Content (Warsaw))');

    await Promise.all([page.waitForEvent('load'), viewingAs.selectOption({ label: 'Sophie Turner (Brightwave Media)' })]);
    expect(await page.getByText(/^You are /).textContent()).toMatch(/^You are Sophie Turner\. \d+ tasks\.$/);
    expect(agencyProjects.map((project) => project.key)).toEqual(['GRW']);
    expect((await reports.allTextContents()).sort()).toEqual(agencyProjects.map((project) => `${project.key} ${project.name}`).sort());
    await page.getByLabel('Viewing as').locator('option:checked', { hasText: 'Sophie Turner (Brightwave Media)' }).waitFor({ state: 'attached' });

    // A task of a project the agency has no work in answers as missing, as Jira answers a vendor.
    await open(`/tasks/${encodeURIComponent(hidden?.id ?? '')}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Task not found');

    // Someone who left the organisation: the page says so and still offers the way back.
    await session.viewAs('p-left-in-2025');
    await open('/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Not allowed');
    await page.getByLabel('Viewing as').locator('option', { hasText: 'Act as the default person' }).waitFor({ state: 'attached' });
    await Promise.all([page.waitForEvent('load'), page.getByLabel('Viewing as').selectOption({ label: 'Act as the default person' })]);
    expect(await page.getByText(/^You are /).textContent()).toMatch(/^You are Agnieszka Nowak\. /);
    await browser.clearCookies();
  });

  it('exports the Growth budget as CSV with the Black Friday campaign in euro, exact to the cent', async () => {
    // Growth's project is seen by its own people: Oliver Bennett owns Black Friday.
    await session.viewAs('p-oliver-bennett');
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
