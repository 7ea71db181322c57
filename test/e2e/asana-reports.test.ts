import type { FrameLocator, Locator } from 'playwright-core';
import { loadPeople } from '../../src/hosts/local/organisation/organisation-rows';
import { addedEventOf, connectWithToken, signInWithAsana, subscribeWorkspace } from '../support/asana-app-server';
import type { FakeFieldValue, FakeProject, FakeTask, FakeUser } from '../support/fake-asana/asana-world';
import { type AsanaHostInChromium, becomeViewer, type PageProblem, startAsanaHostInChromium } from './support/asana-host-in-chromium';

/*
 * The Asana workspace's report pages, driven in Debian's Chromium. Kestrel Marketing connects its Asana
 * workspace with a personal access token and subscribes its two projects: Brand & Content's campaigns
 * and the agency Brightwave Media's deliverables. Their work reaches Mops the way Asana sends it — the
 * Events API catch-up for what was there before, signed webhook deliveries for what is added after —
 * and among it the same product photoshoot, booked once by Brand (EUR 2,400.00) and once by the agency
 * (EUR 1,850.50), each budget in Asana's own currency custom fields. The pages frame the same Custom UI
 * apps as Jira and the local host; what they show is what a person reading them sees.
 */
jest.setTimeout(120_000);

/** The Mops person reading the reports (the local host's default marketer of Brand & Content). */
const VIEWER = 'p-agnieszka-nowak';

let session: AsanaHostInChromium;
let ana: FakeUser;
let brand: FakeProject;
let agency: FakeProject;
let brandShoot: FakeTask;
let agencyShoot: FakeTask;
const workspace = () => session.fake.world.workspaceGid;
const reportPath = (report: string, gid = workspace()) => `/asana/workspaces/${gid}/reports/${report}`;

/** The gid of a custom field Mops created in the workspace when it subscribed the projects. */
function fieldNamed(name: string): string {
  const field = [...session.fake.world.customFields.values()].find((candidate) => candidate.name === name);
  if (!field) throw new Error(`Mops made no Asana custom field "${name}"; it made: ${[...session.fake.world.customFields.values()].map((each) => each.name).join(', ')}`);
  return field.gid;
}

/** A planned budget in Mops' EUR currency field and its cost category, as a person types them into Asana. */
function plannedEur(euros: number, category: string): Record<string, FakeFieldValue> {
  const categories = [...session.fake.world.customFields.values()].find((candidate) => candidate.name === 'Mops cost category');
  const option = categories?.enum_options.find((candidate) => candidate.name === category);
  if (!option) throw new Error(`"Mops cost category" has no option "${category}"`);
  return { [fieldNamed('Mops planned (EUR)')]: euros, [fieldNamed('Mops cost category')]: option.gid };
}

/** Uncaught errors and console errors, except the favicon every first visit asks for (the app server has none). */
const problemsSeen = (): PageProblem[] => session.takeProblems().filter((problem) => !problem.url.endsWith('/favicon.ico'));

beforeAll(async () => {
  session = await startAsanaHostInChromium();
  const { fake, host } = session;
  ana = fake.world.addUser('Ana Kowalska', '2/1201/1210001:ana0pat0000000000000000000001');
  const brandTeam = fake.world.addTeam('Brand & Content');
  const agencyTeam = fake.world.addTeam('Brightwave Media (agency)');
  brand = fake.world.addProject('Brand campaigns EMEA', brandTeam);
  agency = fake.world.addProject('Agency deliverables — Brightwave', agencyTeam);
  // Asana's "Estimated time" on the brand project: a number field formatted as a duration, in minutes.
  const estimate = fake.world.addCustomField({ name: 'Estimated time', resource_subtype: 'number', format: 'duration', precision: 0 });
  brand.fieldSettings.push(estimate.gid);

  expect((await connectWithToken(host, fake, ana.token, VIEWER)).status).toBe(201);
  expect((await subscribeWorkspace(host, fake, VIEWER, await signInWithAsana(host, ana.token, VIEWER))).status).toBe(200);

  // Work that was in Asana before, some of it budgeted: Mops finds it through the Events API catch-up.
  const earlier = [
    { name: 'Translate the pricing page into Polish and Russian', notes: 'Localise the new pricing page copy and the plan comparison table.', projects: [brand.gid], values: plannedEur(600, 'Agency') },
    { name: 'December product newsletter', notes: 'Monthly digest for subscribers: three feature stories and the holiday opening hours.', projects: [brand.gid], values: plannedEur(300, 'Media') },
    { name: 'Paid social campaign for the winter sale', notes: 'Meta and LinkedIn ads for the winter sale, two audiences, four weeks.', projects: [brand.gid], values: plannedEur(5000, 'Media') },
    { name: 'Produce a 30-second video teaser for the Atlas launch', notes: 'Storyboard, shoot and edit a teaser cut for YouTube pre-roll.', projects: [agency.gid], values: plannedEur(4200, 'Production') },
    { name: 'Keyword research for the Q1 search campaign', notes: 'Search terms, volumes and negative keywords for the first quarter.', projects: [agency.gid], values: plannedEur(800, 'Agency') },
    { name: 'Booth graphics for the Berlin trade fair', notes: 'Back wall, counter and two roll-ups in the new brand colours.', projects: [agency.gid], values: plannedEur(1500, 'Events') },
    { name: 'Blog post on spring colour trends', notes: 'Eight hundred words with quotes from our head of design.', projects: [brand.gid] },
    { name: 'Update the website footer with the new office address', notes: 'Warsaw office moved to Prosta 20; footer, contact page and Google Business profile.', projects: [brand.gid] },
    { name: 'Customer case study: Nordic Bank', notes: 'Interview the customer, draft the story, get legal approval.', projects: [brand.gid] },
    { name: 'LinkedIn posts for the hiring campaign', notes: 'Six posts introducing the engineering teams, with employee photos.', projects: [agency.gid] },
    { name: 'UTM tracking for the partner newsletter', notes: 'Campaign parameters for every link and a dashboard in Looker Studio.', projects: [agency.gid] },
    { name: 'Proofread the annual report in English and Polish', notes: 'Final proofreading pass before print, both languages.', projects: [agency.gid] },
  ];
  for (const task of earlier) fake.world.addTask({ ...task, created_by: ana.gid });
  expect(await host.asana?.catchUp()).toMatchObject({ projects: 2, recovered: earlier.length, failed: [] });

  // Added now, delivered by Asana's webhooks: the photoshoot, booked by each team.
  brandShoot = fake.world.addTask({
    name: 'Book a photographer for the spring product photoshoot',
    notes: 'One studio day in January for product photos of the Atlas 3 kit: packshots on white and lifestyle shots for the website and the catalogue.',
    projects: [brand.gid],
    created_by: ana.gid,
    assignee: ana.gid,
    start_on: '2026-11-30',
    due_on: '2026-12-04',
    values: { ...plannedEur(2400, 'Production'), [estimate.gid]: 960 },
  });
  agencyShoot = fake.world.addTask({
    name: 'Hire a photographer for the spring product photoshoot',
    notes: 'Studio photographer for two days in January to shoot the Atlas 3 kit: packshots on white plus lifestyle photos for the website and launch ads.',
    projects: [agency.gid],
    created_by: ana.gid,
    start_on: '2026-11-30',
    due_on: '2026-12-11',
    values: plannedEur(1850.5, 'Production'),
  });
  expect(await fake.deliver(brand.gid, [addedEventOf(fake, brandShoot, brand)])).toBe(200);
  expect(await fake.deliver(agency.gid, [addedEventOf(fake, agencyShoot, agency)])).toBe(200);
  await host.asana?.drained();

  await becomeViewer(session, VIEWER, ana.token);
});

afterAll(async () => {
  await session?.close();
});

afterEach(() => {
  // Nothing a person would see go wrong: no uncaught error, no console error, no request outside Asana's spec.
  expect([problemsSeen(), session.fake.takeViolations()]).toEqual([[], []]);
});

const frameOf = (app: string): FrameLocator => session.page.frameLocator(`#mops-${app}`);
const rowOf = (table: Locator, name: string) => table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name, exact: true }) });
const cellsOf = async (row: Locator) => (await row.getByRole('cell').allTextContents()).map((text) => text.replace(/\u00a0/g, ' '));

describe('the Asana workspace’s report pages, in Chromium', () => {
  it('shows the photoshoot booked by Brand and by Brightwave as one likely duplicate, with EUR 1,850.50 at stake', async () => {
    const response = await session.open(reportPath('duplicates'));
    expect(response?.status()).toBe(200);
    const { page } = session;
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Kestrel Marketing — Duplicate work');
    expect(await page.getByRole('navigation', { name: 'Mops reports' }).getByRole('link').allTextContents()).toEqual(['Duplicate work', 'Budget', 'Capacity']);
    expect(await page.getByRole('link', { name: 'Duplicate work' }).getAttribute('aria-current')).toBe('page');

    const report = frameOf('duplicates-report');
    const cluster = report.locator('article[data-tier="likely-duplicate"]');
    await cluster.first().waitFor();
    expect(await cluster.count()).toBe(1);
    expect(await cluster.getAttribute('aria-label')).toBe('2 work items across Brand & Content · Brightwave Media (agency)');
    // Keeping the larger booking (Brand's EUR 2,400.00) leaves the agency's EUR 1,850.50 at stake.
    expect(await cluster.getByTestId('cluster-money').textContent()).toBe('€1,850.50');
    expect(await report.getByTestId('total-money-at-stake').textContent()).toBe('€1,850.50');
    // Each booking by its title behind an "Open" link to the task in Asana (never its gid), its team, its Asana project by name and its owner, the larger one kept.
    const booking = (task: FakeTask) => cluster.locator(`tr[data-task-key="${task.gid}"]`);
    expect(await booking(brandShoot).locator('td').first().textContent()).toBe(`Open Book a photographer for the spring product photoshoot`);
    expect(await booking(agencyShoot).locator('td').first().textContent()).toBe(`Open Hire a photographer for the spring product photoshoot`);
    expect(await booking(brandShoot).getByRole('link').getAttribute('href')).toBe(`https://app.asana.com/0/${brand.gid}/${brandShoot.gid}`);
    expect(await booking(agencyShoot).getByRole('link').getAttribute('href')).toBe(`https://app.asana.com/0/${agency.gid}/${agencyShoot.gid}`);
    expect(await booking(brandShoot).locator(`td[title="${brand.name}"]`).textContent()).toBe(brand.name);
    expect(await booking(agencyShoot).locator(`td[title="${agency.name}"]`).textContent()).toBe(agency.name);
    // Ana booked both; Mops has no person for her Asana user yet, so Asana's name for her is shown.
    for (const task of [brandShoot, agencyShoot]) expect(await booking(task).locator('td').nth(3).textContent()).toBe('Ana Kowalska');
    expect((await booking(brandShoot).textContent())?.replace(/\u00a0/g, ' ')).toContain('€2,400.00Largest budget, kept');
    expect(await cluster.textContent()).toContain('Matching words: photographer, photoshoot, spring, product');
    // The agency heard about it in Asana too: one comment on its task, the later of the two.
    expect(session.fake.world.stories.filter((story) => story.taskGid === agencyShoot.gid && story.html_text.includes('looks like the same work'))).toHaveLength(1);
  });

  it('shows the budget planned in Asana’s currency fields: EUR 16,650.50 across the workspace, by team and category', async () => {
    // Reached the way a person would: the Budget tab of the report page they are on.
    await session.open(reportPath('duplicates'));
    await session.page.getByRole('navigation', { name: 'Mops reports' }).getByRole('link', { name: 'Budget' }).click();
    await session.page.waitForURL(/\/reports\/budget$/);
    expect(await session.page.getByRole('heading', { level: 1 }).textContent()).toBe('Kestrel Marketing — Budget');

    const report = frameOf('budget-report');
    const campaigns = report.getByRole('table', { name: 'Campaigns' });
    await campaigns.waitFor();
    // The workspace's planned total is every project's.
    expect(await cellsOf(rowOf(campaigns, 'Total'))).toEqual(['€16,650.50', '€0.00', '€0.00', '0%']);

    await report.getByRole('tab', { name: 'Teams' }).click();
    const teams = report.getByRole('table', { name: 'Teams' });
    // Brand: 600 + 300 + 5,000 + 2,400; Brightwave: 4,200 + 800 + 1,500 + 1,850.50.
    expect(await cellsOf(rowOf(teams, 'Brand & Content'))).toEqual(['€8,300.00', '€0.00', '€0.00', '0%']);
    expect(await cellsOf(rowOf(teams, 'Brightwave Media (agency)'))).toEqual(['€8,350.50', '€0.00', '€0.00', '0%']);

    await report.getByRole('tab', { name: 'Categories' }).click();
    const categories = report.getByRole('table', { name: 'Categories' });
    // Both photoshoots and the teaser: 2,400 + 1,850.50 + 4,200.
    expect(await cellsOf(rowOf(categories, 'Production'))).toEqual(['€8,450.50', '€0.00', '€0.00', '0%']);
  });

  it('names each Asana project with its planned total', async () => {
    await session.open(reportPath('budget'));
    const campaigns = frameOf('budget-report').getByRole('table', { name: 'Campaigns' });
    await campaigns.waitFor();
    // The workspace has no campaigns: its projects are listed, by name (an Asana gid is no key a reader knows).
    expect(await campaigns.getByRole('rowheader').allTextContents()).toEqual([brand.name, agency.name, 'Total']);
    expect(await campaigns.getByRole('columnheader').first().textContent()).toBe('Project');
    // The frame lets the report's CSV export download, as it does on the local host and in Jira.
    const [download] = await Promise.all([session.page.waitForEvent('download'), frameOf('budget-report').getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^mops-budget-.*\.csv$/);
    expect(await cellsOf(rowOf(campaigns, brand.name))).toEqual(['€8,300.00', '€0.00', '€0.00', '0%']);
    expect(await cellsOf(rowOf(campaigns, agency.name))).toEqual(['€8,350.50', '€0.00', '€0.00', '0%']);
  });

  it('lists the Asana projects’ work in the capacity view, and the photoshoot Mops cannot place on anyone’s calendar', async () => {
    await session.open(reportPath('capacity'));
    const view = frameOf('capacity-view');
    await view.getByRole('table', { name: 'Capacity heatmap' }).waitFor();
    const projectNames = (await view.getByLabel('Project').locator('option').allTextContents()).map((text) => text.replace(/^\d+ /, ''));
    expect(projectNames.sort()).toEqual(['Agency deliverables — Brightwave', 'All projects', 'Brand campaigns EMEA']);
    // Mops' people by their teams' names, as the local host names them.
    expect((await view.getByRole('rowheader', { name: /^Agnieszka Nowak\b/ }).textContent())?.replace(/\s+/g, ' ')).toBe('Agnieszka Nowak Brand & Content (Warsaw)');
    expect(await view.getByLabel('Teams').locator('option').allTextContents()).toContain('Brand & Content (Warsaw)');
    const unplanned = view.getByRole('region', { name: 'Work not on the plan' });
    // The agency's photoshoot and the twelve earlier tasks have nobody assigned; Ana's has an assignee Mops has no calendar for.
    expect(await unplanned.getByText('UNASSIGNED: 13').count()).toBe(1);
    const noCalendar = unplanned.getByRole('row').filter({ has: session.page.locator('summary', { hasText: 'Assignee has no calendar in Mops' }) });
    // Asana's "Estimated time" is read: 960 minutes, waiting for a calendar.
    expect(await cellsOf(noCalendar)).toEqual(['1', '16 hrs']);
    expect(await noCalendar.locator('details small').textContent({ timeout: 1_000 })).toContain(brandShoot.gid);
  });

  it('lists Ana Kowalska’s 16 hours for the photoshoot in the week of 30 November, once her Asana user is linked to her calendar', async () => {
    // Kestrel's admin adds Ana to Mops' people with her Asana user ID (what the admin page's people form saves).
    const people = (await loadPeople(session.db)).map((person) => ({ ...person }));
    const warsaw = people.find((person) => person.id === VIEWER);
    if (!warsaw) throw new Error(`${VIEWER} is not among the Mops people`);
    const anaInMops = { id: 'p-ana-kowalska', name: 'Ana Kowalska', teamId: warsaw.teamId, roles: ['marketer'], calendar: warsaw.calendar, accounts: { asana: ana.gid } };
    const saved = await fetch(`${session.host.url}api/invoke/savePeople`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Mops-User': VIEWER }, body: JSON.stringify({ payload: { people: [...people, anaInMops] } }) });
    expect(saved.status).toBe(200);

    await session.open(reportPath('capacity'));
    const view = frameOf('capacity-view');
    await view.getByRole('table', { name: 'Capacity heatmap' }).waitFor();
    // Asana's "Estimated time" of 960 minutes over 30 Nov – 4 Dec, all in that week.
    await view.getByRole('button', { name: /^Ana Kowalska, 30 Nov – 6 Dec: .*16 hrs of / }).waitFor({ timeout: 5_000 });
    const unplanned = view.getByRole('region', { name: 'Work not on the plan' });
    expect(await unplanned.getByText('Assignee has no calendar in Mops').count()).toBe(0);
  });

  it('offers the Asana user ID on the admin page with the Asana module on, showing Ana’s, and refuses an e-mail address in its place', async () => {
    await session.open('/admin');
    const admin = frameOf('admin');
    await admin.getByRole('tab', { name: 'Calendars & capacity' }).click();
    await admin.getByRole('button', { name: 'Edit Ana Kowalska' }).click();
    const calendar = admin.getByRole('region', { name: 'Calendar of Ana Kowalska' });
    const field = calendar.getByLabel(/^Asana user ID/);
    expect(await field.inputValue()).toBe(ana.gid);
    await field.fill('ana@kestrel.example');
    await calendar.getByText('“ana@kestrel.example” is not an Asana user ID: digits only, e.g. 1201234567890123').waitFor({ timeout: 5_000 });
  });

  it('answers a workspace that was never connected with its not-found state', async () => {
    const stranger = '1299999999999999';
    const response = await session.open(reportPath('duplicates', stranger));
    expect(response?.status()).toBe(404);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    expect(await session.page.getByRole('heading', { level: 1 }).textContent()).toBe('Asana workspace not connected');
    expect(await session.page.getByRole('alert').textContent()).toBe(`Asana workspace ${stranger} is not connected to Mops; connect it at /asana/connect`);
    expect(await session.page.getByRole('link', { name: 'Connect an Asana workspace to Mops' }).getAttribute('href')).toBe('/asana/connect');
    expect(session.takeProblems().map((problem) => [problem.url, problem.text])).toEqual([[response?.url(), 'Failed to load resource: the server responded with a status of 404 (Not Found)']]);
  });

  it('answers 404 for a report an Asana workspace does not have, naming the ones it has', async () => {
    const response = await session.open(reportPath('compliance-digest'));
    expect(response?.status()).toBe(404);
    expect(await session.page.getByRole('heading', { level: 1 }).textContent()).toBe('No such report');
    expect(await session.page.getByRole('alert').textContent()).toBe('No report "compliance-digest"; an Asana workspace has duplicates, budget, capacity');
    expect(session.takeProblems().map((problem) => [problem.url, problem.text])).toEqual([[response?.url(), 'Failed to load resource: the server responded with a status of 404 (Not Found)']]);
  });

  it('answers a visitor who is nobody in Mops with a page saying so, and the resolvers with JSON', async () => {
    // The local host acts as whoever the request names; a name it does not know is nobody.
    const stranger = { 'X-Mops-User': 'p-not-in-mops' };
    const page = await fetch(new URL(reportPath('budget'), session.host.url), { headers: stranger });
    expect([page.status, page.headers.get('content-type')]).toEqual([403, 'text/html; charset=UTF-8']);
    expect(await page.text()).toContain('<p role="alert">Sign in to Mops to see Asana reports</p>');
    const invoked = await fetch(new URL(`/asana/workspaces/${workspace()}/api/invoke/getBudgetReport`, session.host.url), { method: 'POST', headers: { ...stranger, 'Content-Type': 'application/json' }, body: '{}' });
    expect([invoked.status, await invoked.json()]).toEqual([403, { ok: false, error: { kind: 'no-permission', message: 'Sign in to Mops to see Asana reports' } }]);
  });

  it('shows the sign-in form again, saying why, when Asana refuses the token typed into it', async () => {
    const { page } = session;
    await session.open(`/asana/sign-in?return=${encodeURIComponent(reportPath('budget'))}`);
    await page.getByLabel(/^Asana personal access token/).fill('2/1201/1219999:not0a0token0asana0knows');
    const [answer] = await Promise.all([page.waitForResponse((response) => response.url().endsWith('/asana/sign-in/token')), page.getByRole('button', { name: 'Sign in with Asana' }).click()]);
    expect([answer.status(), answer.headers()['content-type']]).toEqual([400, 'text/html; charset=UTF-8']);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/^Not signed in: /);
    expect(await page.getByLabel(/^Asana personal access token/).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('input[name="return"]').getAttribute('value')).toBe(reportPath('budget'));
    expect(session.takeProblems().map((problem) => problem.text)).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  });
});
