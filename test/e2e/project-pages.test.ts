import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { fixedClock } from '../../src/app/ports/clock';
import { DEMO_PLANTED } from '../../src/demo/planted';
import type { SqlClient } from '../../src/hosts/local/database/sql-client';
import { recordingLog } from '../../src/hosts/local/local-log';
import { type RunningLocalHost, startLocalHost } from '../../src/hosts/local/server';
import { openTestDatabase } from '../support/local-database';

/*
 * The capacity view and the budget report, built as for Jira, driven in Debian's Chromium inside the
 * local host's project page: each app reaches the resolvers only through @forge/bridge's invoke and
 * the host's bridge shim, told its project by the frame's context as Jira tells a jira:projectPage.
 */
const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '../..');
jest.setTimeout(60_000);

describe('the Custom UI project pages in the local host, in Chromium', () => {
  let dataDir: string;
  let profileDir: string;
  let db: SqlClient;
  let host: RunningLocalHost;
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // The very bundles Forge would upload; only these two, so a parallel issue-panel test keeps its own build.
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-ui.ts', 'capacity-view', 'budget-report'], { cwd: ROOT, stdio: 'pipe' });
    dataDir = mkdtempSync(path.join(tmpdir(), 'mops-e2e-data-'));
    profileDir = mkdtempSync(path.join(tmpdir(), 'mops-e2e-chromium-'));
    db = await openTestDatabase(dataDir);
    host = await startLocalHost({ db, clock: fixedClock('2026-11-23T10:00:00Z'), log: recordingLog(), port: 0 });
    browser = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      locale: 'en-GB',
      acceptDownloads: true,
    });
    page = browser.pages()[0] ?? (await browser.newPage());
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await db?.close();
    for (const dir of [dataDir, profileDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const frame = (app: string): FrameLocator => page.frameLocator(`#mops-${app}`);
  const open = (pathname: string) => page.goto(new URL(pathname, host.url).href);

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
