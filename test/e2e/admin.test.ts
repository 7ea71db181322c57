import type { FrameLocator, Page } from 'playwright-core';
import { type LocalHostInChromium, startLocalHostInChromium } from './support/local-host-in-chromium';

/*
 * The admin page, built as for Jira, driven in Debian's Chromium inside the local host's /admin page:
 * it reaches the resolvers only through @forge/bridge's invoke and the host's bridge shim, and checks
 * every field with the core's own schemas before anything is sent.
 */
jest.setTimeout(90_000);

interface AdminAnswer {
  ok: boolean;
  data?: { settings: { thresholds: Array<{ id: string; percentOfPlanned: number }>; exchangeRates: { rates: Array<{ currency: string; rate: string }> } } };
  error?: { kind: string };
}

describe('the Custom UI admin page in the local host, in Chromium', () => {
  let session: LocalHostInChromium;
  let page: Page;
  let host: LocalHostInChromium['host'];
  const saves: string[] = [];

  beforeAll(async () => {
    session = await startLocalHostInChromium();
    ({ page, host } = session);
    page.on('request', (request) => {
      if (request.method() === 'POST' && /\/api\/invoke\/save/.test(request.url())) saves.push(new URL(request.url()).pathname);
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  const admin = (): FrameLocator => page.frameLocator('#mops-admin');
  const storedSettings = async (): Promise<AdminAnswer> => {
    const response = await fetch(new URL('/api/invoke/getAdminSettings', host.url), { method: 'POST', headers: { 'content-type': 'application/json', 'X-Mops-User': 'p-agnieszka-nowak' }, body: '{}' });
    return (await response.json()) as AdminAnswer;
  };

  it('lets Agnieszka Nowak raise the overrun alert to 110 %, and keeps it after a reload', async () => {
    await session.open('/');
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Mops settings' }).click();
    await page.waitForURL(/\/admin$/);

    await admin().getByRole('tab', { name: 'Thresholds & duplicates' }).click();
    const percent = admin().getByLabel('Percent of planned 2', { exact: true });
    expect(await percent.inputValue()).toBe('100');
    expect(await admin().getByRole('table', { name: 'Budget alert thresholds' }).getByRole('row').nth(2).textContent()).toContain('Actual at 100% of planned');
    await percent.fill('110');
    await admin().getByRole('button', { name: 'Save settings' }).click();
    await admin().getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
    expect(saves).toEqual(['/api/invoke/saveAdminSettings']);

    await page.reload();
    await admin().getByRole('tab', { name: 'Thresholds & duplicates' }).click();
    expect(await admin().getByLabel('Percent of planned 2', { exact: true }).inputValue()).toBe('110');
    expect((await storedSettings()).data?.settings.thresholds.map((rule) => [rule.id, rule.percentOfPlanned])).toEqual([
      ['committed-warning', 90],
      ['actual-overrun', 110],
    ]);
  });

  it('refuses a pound rate written with a decimal comma, says why beside it, and saves nothing', async () => {
    saves.length = 0;
    await session.open('/admin');
    await admin().getByRole('tab', { name: 'Exchange rates' }).click();
    const rate = admin().getByLabel('Rate into EUR 2', { exact: true });
    expect(await rate.inputValue()).toBe('1.1650');
    await rate.fill('1,1650');
    expect(await rate.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await rate.getAttribute('aria-describedby')) ?? '';
    expect(await admin().locator(`[id="${describedBy}"]`).textContent()).toBe('Rate must be a positive decimal string with at most 12 decimals, e.g. "0.2315"');

    await admin().getByRole('button', { name: 'Save settings' }).click();
    await admin().getByRole('alert').filter({ hasText: 'Nothing was saved.' }).waitFor();
    expect(await admin().getByRole('tab', { name: /Exchange rates/ }).textContent()).toBe('Exchange ratesTo fix: 1');
    expect(saves).toEqual([]);
    const stored = await storedSettings();
    expect(stored.data?.settings.exchangeRates.rates[1]).toEqual({ currency: 'GBP', date: '2026-07-01', rate: '1.1650' });
  });

  it('previews what a new webinar due on 10 December would get, and points at a template mistake by line', async () => {
    await session.open('/admin');
    const frame = admin();
    await frame.getByRole('tab', { name: 'Templates' }).click();
    const preview = frame.getByRole('region', { name: 'Preview: what a new task would get' });
    await preview.getByLabel('Title').fill('Holiday webinar for partners');
    await preview.getByLabel('Type').fill('webinar');
    await preview.getByLabel('Due date').fill('2026-12-10');
    await preview.getByRole('status').filter({ hasText: 'It would get Webinar (version 1).' }).waitFor();

    const subtasks = preview.getByRole('table', { name: 'Subtasks' });
    const rows = (await subtasks.getByRole('row').allTextContents()).slice(1).map((row) => row.replace(/\u00a0/g, ' '));
    expect(rows).toHaveLength(9);
    // Ten working days before Thursday 10 December, in the organisation's Warsaw calendar.
    expect(rows).toContain('Landing page live with registration form and trackinganalyst26 Nov 20264 hrs');
    expect(await preview.getByRole('region', { name: 'Gates' }).textContent()).toContain('Before “In Progress”: every required field filled in');

    await preview.getByLabel('Type').fill('task');
    await preview.getByRole('status').filter({ hasText: 'No template applies' }).waitFor();

    await frame.getByRole('button', { name: 'Edit Webinar' }).click();
    const json = frame.getByLabel('Template as JSON');
    await json.fill((await json.inputValue()).replace('"workingDays": 20', '"workingDays": -20'));
    await frame.getByText('Line 48, steps[0].due.workingDays: workingDays cannot be negative; use direction "before" or "after" instead').waitFor();
    await preview.getByText('Left out of the preview until fixed: Webinar').waitFor();
    // The problem selects what it is about, in the admin's own text.
    await frame.getByRole('button', { name: /^Line 48, / }).click();
    expect(await json.evaluate((element) => {
      const area = element as unknown as { value: string; selectionStart: number; selectionEnd: number };
      return area.value.slice(area.selectionStart, area.selectionEnd);
    })).toBe('-20');
  });

  it('puts Oliver Bennett on a four-day week through savePeople, after refusing 1500 minutes on a Friday', async () => {
    saves.length = 0;
    await session.open('/admin');
    await admin().getByRole('tab', { name: 'Calendars & capacity' }).click();
    await admin().getByRole('button', { name: 'Edit Oliver Bennett' }).click();
    const calendar = admin().getByRole('region', { name: 'Calendar of Oliver Bennett' });
    const friday = calendar.getByLabel('Fri', { exact: true });
    // Without the Asana module there is no Asana user to link: the field is not offered.
    expect(await calendar.getByLabel(/^Asana user ID/).count()).toBe(0);
    await friday.fill('1500');
    await calendar.getByText('Working time per day cannot exceed 24 hours (1440 minutes)').waitFor();
    await admin().getByRole('button', { name: 'Save calendars' }).click();
    await admin().getByRole('alert').filter({ hasText: 'Nothing was saved.' }).waitFor();
    expect(saves).toEqual([]);

    await friday.fill('0');
    await calendar.getByText('Week: 32 hrs').waitFor();
    await admin().getByRole('button', { name: 'Save calendars' }).click();
    await admin().getByRole('status').filter({ hasText: 'Calendars saved.' }).waitFor();
    expect(saves).toEqual(['/api/invoke/savePeople']);
    const row = admin().locator('tr[data-person="p-oliver-bennett"]');
    expect((await row.textContent())?.replace(/\u00a0/g, ' ')).toContain('32 hrs');
  });

  it('shows an agency’s designer the no-permission message, and no link to it', async () => {
    await session.viewAs('p-jakub-mazur');
    await session.open('/');
    expect(await page.getByRole('navigation', { name: 'Administration' }).count()).toBe(0);
    await session.open('/admin');
    const refusal = admin().getByRole('alert');
    await refusal.filter({ hasText: 'You don’t have permission to see this' }).waitFor();
    expect(await refusal.textContent()).toContain('Ask your Jira admin or the project admin for access.');
    expect(await admin().getByRole('tab').count()).toBe(0);
  });
});
