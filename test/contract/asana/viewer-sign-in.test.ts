import type { SqlClient } from '../../../src/hosts/local/database/sql-client';
import { recordingLog } from '../../../src/hosts/local/local-log';
import type { RunningLocalHost } from '../../../src/hosts/local/server';
import { addedEventOf as recordedAddedEvent, signInWithAsana, startAsanaAppServer, viewerCookieOf } from '../../support/asana-app-server';
import type { FakeProject, FakeTask, FakeUser } from '../../support/fake-asana/asana-world';
import { FakeAsana } from '../../support/fake-asana/fake-asana';
import { loadSmallOrganisation, openTestDatabase } from '../../support/local-database';

/*
 * "Sign in with Asana" over loopback HTTP: the app server with OAuth configured and a fake Asana with two
 * people. Agnieszka can see a private task and a private launch project; Oliver cannot. The workspace is
 * connected with Agnieszka's token (the automation sees everything), yet each viewer's reports hold only
 * what their own Asana account may see, and subscribing takes only the projects the viewer's Asana lists.
 */

jest.setTimeout(120_000);

const START = Date.parse('2026-11-23T10:00:00Z');
let now = START;
const clock = { now: () => new Date(now) };
const advanceMinutes = (minutes: number) => (now += minutes * 60_000);

const TITLE = 'Spring webinar: AI in marketing operations for EMEA';
const NOTES = 'Live webinar with two customer speakers on AI in marketing operations; landing page, promo emails, recording and follow-up for the EMEA pipeline.';
const AGNIESZKA = 'p-agnieszka-nowak';
const OLIVER = 'p-oliver-bennett';
/** Someone the organisation does not hold: the local host then has no Mops person for the request. */
const NOBODY = 'p-not-in-this-organisation';

let fake: FakeAsana;
let db: SqlClient;
let host: RunningLocalHost;
let agnieszka: FakeUser;
let oliver: FakeUser;
let brand: FakeProject;
let growth: FakeProject;
let launch: FakeProject;
let brandTeam: string;
let growthTeam: string;
let privateWebinar: FakeTask;
let growthWebinar: FakeTask;
let launchPlan: FakeTask;
const log = recordingLog();

const ws = () => fake.world.workspaceGid;
const url = (path: string) => `${host.url}asana${path}`;
/** Who the request is from: the Mops person (the local host's header) and the browser's cookie, if any. */
const from = (person: string, cookie?: string, extra: Record<string, string> = {}) => ({ 'X-Mops-User': person, ...(cookie ? { Cookie: cookie } : {}), ...extra });
const asanaAccount = (user: FakeUser) => ({ gid: user.gid, name: user.name, workspaces: [{ gid: fake.world.workspaceGid, name: fake.world.workspaceName }] });

const addedEventOf = (task: FakeTask, project: FakeProject) => recordedAddedEvent(fake, task, project);
const signInWithToken = (person: string, token: string): Promise<string> => signInWithAsana(host, token, person);

const invoke = (person: string, cookie: string | undefined, name: string, payload: unknown = {}) =>
  fetch(url(`/workspaces/${ws()}/api/invoke/${name}`), { method: 'POST', headers: from(person, cookie, { 'Content-Type': 'application/json' }), body: JSON.stringify({ payload, context: { extension: { type: 'asana:workspacePage' } } }) });

interface DuplicatesAnswer {
  data: { clusters: Array<{ tasks: Array<{ id: string }> }> };
}
interface BudgetAnswer {
  data: { rollup: { lines: Record<string, { level: string; entityId: string; name: string }> } };
}
const clusteredTaskIds = (answer: DuplicatesAnswer) => answer.data.clusters.flatMap((cluster) => cluster.tasks.map((task) => task.id)).sort();
const budgetEntities = (answer: BudgetAnswer, level: string) =>
  Object.values(answer.data.rollup.lines)
    .filter((line) => line.level === level)
    .map((line) => line.entityId)
    .sort();

beforeAll(async () => {
  fake = await FakeAsana.start();
  agnieszka = fake.world.addUser('Agnieszka Nowak', '2/1201/1210001:agnieszka0pat00000000000001');
  oliver = fake.world.addUser('Oliver Bennett', '2/1201/1210002:oliver0pat000000000000002');
  brandTeam = fake.world.addTeam('Brand & Content');
  growthTeam = fake.world.addTeam('Growth');
  brand = fake.world.addProject('Brand campaigns EMEA', brandTeam);
  growth = fake.world.addProject('Growth experiments', growthTeam);
  launch = fake.world.addProject('Atlas 3 launch (confidential)', brandTeam);
  launch.members = [agnieszka.gid];
  // The same webinar planned twice: once by Growth in the open, once by Brand in a task only Agnieszka may read.
  privateWebinar = fake.world.addTask({ name: TITLE, notes: NOTES, projects: [brand.gid], created_by: agnieszka.gid, readers: [agnieszka.gid] });
  growthWebinar = fake.world.addTask({ name: TITLE, notes: NOTES, projects: [growth.gid], created_by: oliver.gid });
  launchPlan = fake.world.addTask({ name: 'Atlas 3 launch: press embargo plan', projects: [launch.gid], created_by: agnieszka.gid });

  db = await openTestDatabase();
  await loadSmallOrganisation(db, []);
  host = await startAsanaAppServer({ db, fake, clock, log, oauth: true, granularScopes: true });
  const connected = await fetch(url('/connect/token'), { method: 'POST', headers: from(AGNIESZKA, undefined, { 'Content-Type': 'application/json' }), body: JSON.stringify({ token: agnieszka.token, workspace: ws() }) });
  expect(connected.status).toBe(201);
});

afterAll(async () => {
  await host?.close();
  await db?.close();
  await fake?.stop();
});

afterEach(() => {
  expect(fake.takeViolations()).toEqual([]);
  expect(JSON.stringify(log.lines)).not.toMatch(/pat0000|fake-access-|fake-refresh-/);
});

describe('subscribing as the viewer signed in with Asana', () => {
  const subscribe = (person: string, cookie?: string) => fetch(url(`/workspaces/${ws()}/subscribe`), { method: 'POST', headers: from(person, cookie) });

  it('refuses anyone not signed in with Asana, then subscribes only the projects the viewer’s own Asana lists', async () => {
    const anonymous = await subscribe(OLIVER);
    expect([anonymous.status, await anonymous.json()]).toEqual([403, { error: `Sign in with Asana as a member of workspace ${ws()} before subscribing its projects: /asana/sign-in?workspace=${ws()}` }]);

    const olivers = await subscribe(OLIVER, await signInWithToken(OLIVER, oliver.token));
    expect([olivers.status, await olivers.json()]).toEqual([200, { projects: { [brand.gid]: 'subscribed', [growth.gid]: 'subscribed' }, teams: { [brandTeam]: 'subscribed', [growthTeam]: 'subscribed' }, failed: [] }]);
    // Webhooks are the connection's: Asana delivers them to the receiver as long as the connection stands.
    expect(fake.calls('createWebhook').map((call) => call.userGid)).toEqual([agnieszka.gid, agnieszka.gid, agnieszka.gid, agnieszka.gid]);

    const agnieszkas = await subscribe(AGNIESZKA, await signInWithToken(AGNIESZKA, agnieszka.token));
    expect(await agnieszkas.json()).toEqual({ projects: { [brand.gid]: 'already-subscribed', [growth.gid]: 'already-subscribed', [launch.gid]: 'subscribed' }, teams: { [brandTeam]: 'already-subscribed', [growthTeam]: 'already-subscribed' }, failed: [] });

    // The automation (the connection) indexes all three tasks as Asana delivers them.
    for (const [task, project] of [[privateWebinar, brand], [growthWebinar, growth], [launchPlan, launch]] as const) expect(await fake.deliver(project.gid, [addedEventOf(task, project)])).toBe(200);
    await host.asana?.drained();
    const index = await host.mops.duplicates.load();
    expect([privateWebinar, growthWebinar, launchPlan].map((task) => index.has(`asana:${task.gid}`))).toEqual([true, true, true]);
  });
});

describe('the report pages without a viewer signed in with Asana', () => {
  it('answers the "Sign in with Asana" page, linking back to the report asked for', async () => {
    const page = await fetch(url(`/workspaces/${ws()}/reports/budget`), { headers: from(OLIVER) });
    expect(page.status).toBe(403);
    const html = await page.text();
    expect(html).toContain('<h1>Sign in with Asana</h1>');
    expect(html).toContain(`href="/asana/sign-in?workspace=${ws()}&amp;return=%2Fasana%2Fworkspaces%2F${ws()}%2Freports%2Fbudget">Sign in with Asana</a>`);
    expect(html).not.toContain('<form');
  });

  it('answers the resolver and compliance calls 403 no-permission, without calling Asana', async () => {
    const start = fake.requests.length;
    const noPermission = { ok: false, error: { kind: 'no-permission', message: "Sign in with Asana to see this workspace's reports" } };
    const duplicates = await invoke(OLIVER, undefined, 'getDuplicatesReport');
    expect([duplicates.status, await duplicates.json()]).toEqual([403, noPermission]);
    const compliance = await fetch(url(`/workspaces/${ws()}/compliance`), { headers: from(OLIVER, 'mops_asana_viewer=not-a-session-anyone-was-given-000000000000') });
    expect([compliance.status, await compliance.json()]).toEqual([403, noPermission]);
    expect(fake.requests.length).toBe(start);
  });

  it('still answers 404 for a workspace that is not connected', async () => {
    const response = await fetch(url('/workspaces/1200999999999999/reports/budget'), { headers: from(OLIVER) });
    expect(response.status).toBe(404);
  });

  it('tells an Asana user of another workspace to sign in as a member', async () => {
    const token = '2/1209999/1219999:guest0pat00000000000009';
    fake.auth.acceptToken(token, { gid: '1209999', name: 'Guest Reviewer', workspaces: [{ gid: '1300000000000001', name: 'Studio Wrzos' }] });
    const cookie = await signInWithToken(OLIVER, token);
    const page = await fetch(url(`/workspaces/${ws()}/reports/duplicates`), { headers: from(OLIVER, cookie) });
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('You are signed in to Asana as <strong>Guest Reviewer</strong>, who is not a member of this workspace.');
    expect((await invoke(OLIVER, cookie, 'getBudgetReport')).status).toBe(403);
  });
});

describe('reports read as the viewer signed in with Asana', () => {
  let olivers: string;
  let agnieszkas: string;
  beforeAll(async () => {
    olivers = await signInWithToken(OLIVER, oliver.token);
    agnieszkas = await signInWithToken(AGNIESZKA, agnieszka.token);
  });

  it('shows Oliver no duplicate cluster with the task he may not read, and Agnieszka the cluster', async () => {
    const start = fake.requests.length;
    const his = (await (await invoke(OLIVER, olivers, 'getDuplicatesReport')).json()) as DuplicatesAnswer;
    // His listing, then open work and recently updated work in each of the two projects he may see.
    expect(fake.requests.slice(start).map((call) => call.operationId)).toEqual(['getProjectsForWorkspace', 'getTasks', 'getTasks', 'getTasks', 'getTasks']);
    const hers = (await (await invoke(AGNIESZKA, agnieszkas, 'getDuplicatesReport')).json()) as DuplicatesAnswer;
    expect(clusteredTaskIds(hers)).toEqual([`asana:${privateWebinar.gid}`, `asana:${growthWebinar.gid}`].sort());
    expect(clusteredTaskIds(his)).toEqual([]);
  });

  it('leaves the private task and the private project out of Oliver’s budget report, in three Asana calls all made as him', async () => {
    const start = fake.requests.length;
    const his = (await (await invoke(OLIVER, olivers, 'getBudgetReport')).json()) as BudgetAnswer;
    const calls = fake.requests.slice(start);
    expect(calls.map((call) => call.operationId)).toEqual(['getProjectsForWorkspace', 'getTasks', 'getTasks']);
    expect(new Set(calls.map((call) => call.userGid))).toEqual(new Set([oliver.gid]));
    expect(budgetEntities(his, 'project')).toEqual([brand.gid, growth.gid].sort());
    expect(budgetEntities(his, 'task')).toEqual([`asana:${growthWebinar.gid}`]);

    const hers = (await (await invoke(AGNIESZKA, agnieszkas, 'getBudgetReport')).json()) as BudgetAnswer;
    expect(budgetEntities(hers, 'project')).toEqual([brand.gid, growth.gid, launch.gid].sort());
    expect(budgetEntities(hers, 'task')).toEqual([`asana:${privateWebinar.gid}`, `asana:${growthWebinar.gid}`, `asana:${launchPlan.gid}`].sort());
  });

  it('frames the report for a signed-in member', async () => {
    const page = await fetch(url(`/workspaces/${ws()}/reports/duplicates`), { headers: from(OLIVER, olivers) });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`data-mops-invoke="/asana/workspaces/${ws()}/api/invoke"`);
  });

  it('keeps a session to the Mops person who signed in', async () => {
    const borrowed = await invoke(AGNIESZKA, olivers, 'getBudgetReport');
    expect(borrowed.status).toBe(403);
  });
});

describe('signing in with Asana OAuth', () => {
  const REPORT = () => `/asana/workspaces/${ws()}/reports/budget`;
  async function start(person: string, returnTo = REPORT()): Promise<string> {
    const started = await fetch(url(`/sign-in?workspace=${ws()}&return=${encodeURIComponent(returnTo)}`), { headers: from(person), redirect: 'manual' });
    expect(started.status).toBe(302);
    return started.headers.get('location') ?? '';
  }
  const callback = (person: string, approved: { code: string; state: string }) => fetch(url(`/oauth/callback?code=${approved.code}&state=${approved.state}`), { headers: from(person), redirect: 'manual' });

  it('sends the viewer to Asana with PKCE and back to the report, signed in, once per state', async () => {
    const location = await start(AGNIESZKA);
    const authorize = new URL(location);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${fake.appUrl}/-/oauth_authorize`);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${host.url}asana/oauth/callback`);
    // A viewer grants reading only; connecting a workspace (the automation writes) keeps Asana's default.
    expect(authorize.searchParams.get('scope')).toBe('users:read workspaces:read projects:read teams:read tasks:read tags:read custom_fields:read');
    const connect = new URL((await fetch(url('/connect'), { headers: from(AGNIESZKA), redirect: 'manual' })).headers.get('location') ?? '');
    expect(connect.searchParams.has('scope')).toBe(false);

    const approved = fake.auth.approve(location, asanaAccount(agnieszka));
    const finished = await callback(AGNIESZKA, approved);
    expect([finished.status, finished.headers.get('location')]).toEqual([302, REPORT()]);
    const cookie = viewerCookieOf(finished);
    const session = await fetch(url('/sign-in/session'), { headers: from(AGNIESZKA, cookie) });
    expect(await session.json()).toEqual({ signedIn: true, asanaUser: { gid: agnieszka.gid, name: 'Agnieszka Nowak' }, workspaces: [{ gid: ws(), name: 'Kestrel Marketing' }], expiresAt: '2026-11-23T22:00:00.000Z' });
    expect((await invoke(AGNIESZKA, cookie, 'getBudgetReport')).status).toBe(200);

    const replayed = await callback(AGNIESZKA, approved);
    expect([replayed.status, await replayed.json()]).toEqual([400, { error: 'This authorization was already finished or was never started here (unknown state); start again where you began: /asana/sign-in to sign in with Asana, /asana/connect to connect a workspace' }]);
  });

  it('refuses to finish a sign-in someone else started, and the state is spent', async () => {
    const approved = fake.auth.approve(await start(AGNIESZKA), asanaAccount(agnieszka));
    const hijack = await callback(OLIVER, approved);
    expect([hijack.status, await hijack.json()]).toEqual([403, { error: 'This authorization was started by another Mops person; start your own at /asana/sign-in' }]);
    expect(hijack.headers.getSetCookie()).toEqual([]);
    expect((await callback(AGNIESZKA, approved)).status).toBe(400);
  });

  it('refuses a return address off the Asana pages (an open redirect) before sending anyone to Asana', async () => {
    const tokenCalls = fake.auth.calls.length;
    for (const returnTo of ['https://evil.example/asana/', '//evil.example/asana/', '/admin']) {
      const refused = await fetch(url(`/sign-in?workspace=${ws()}&return=${encodeURIComponent(returnTo)}`), { headers: from(AGNIESZKA), redirect: 'manual' });
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { error: string }).error).toMatch(/^Not signed in: return: ".*" (is not a path on this site|is not under \/asana\/); expected a path under \/asana\//);
    }
    expect(await db.query("SELECT count(*)::int AS pending FROM asana_oauth_states WHERE purpose = 'sign-in'")).toEqual([{ pending: 0 }]);
    expect(fake.auth.calls.length).toBe(tokenCalls);
  });

  it('refreshes the viewer’s access token five minutes before it expires, once', async () => {
    const approved = fake.auth.approve(await start(OLIVER), asanaAccount(oliver));
    const cookie = viewerCookieOf(await callback(OLIVER, approved));
    const refreshes = () => fake.auth.calls.filter((call) => call.form.grant_type === 'refresh_token').length;
    const before = refreshes();
    advanceMinutes(54);
    expect((await invoke(OLIVER, cookie, 'getBudgetReport')).status).toBe(200);
    expect(refreshes()).toBe(before);
    advanceMinutes(2);
    expect((await invoke(OLIVER, cookie, 'getBudgetReport')).status).toBe(200);
    expect((await invoke(OLIVER, cookie, 'getBudgetReport')).status).toBe(200);
    expect(refreshes()).toBe(before + 1);
  });
});

describe('the viewer session', () => {
  it('is an HttpOnly, SameSite=Lax cookie for the Asana pages only, lasting twelve hours (not Secure on http)', async () => {
    const response = await fetch(url('/sign-in/token'), { method: 'POST', headers: from(OLIVER, undefined, { 'Content-Type': 'application/json' }), body: JSON.stringify({ token: oliver.token }) });
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^mops_asana_viewer=[A-Za-z0-9_-]{43}; Max-Age=43200; Path=\/asana; HttpOnly; SameSite=Lax$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    // Only a hash of the id is stored.
    const id = (cookie ?? '').split(';')[0]?.split('=')[1] ?? '';
    expect(JSON.stringify(await db.query('SELECT * FROM asana_viewer_sessions'))).not.toContain(id);
  });

  it('ends at sign-out: the cookie is cleared, an OAuth grant revoked, and the old cookie opens nothing', async () => {
    const location = (await fetch(url(`/sign-in?workspace=${ws()}`), { headers: from(AGNIESZKA), redirect: 'manual' })).headers.get('location') ?? '';
    const cookie = viewerCookieOf(await fetch(url(`/oauth/callback?${new URLSearchParams(fake.auth.approve(location, asanaAccount(agnieszka))).toString()}`), { headers: from(AGNIESZKA), redirect: 'manual' }));
    const revoked = fake.auth.revoked.length;
    const out = await fetch(url('/sign-out'), { method: 'POST', headers: from(AGNIESZKA, cookie, { 'Content-Type': 'application/json' }), body: '{}' });
    expect([out.status, await out.json()]).toEqual([200, { signedOut: true }]);
    expect(out.headers.getSetCookie()).toEqual([expect.stringMatching(/^mops_asana_viewer=; Max-Age=0; Path=\/asana; HttpOnly; SameSite=Lax/)]);
    expect(fake.auth.revoked.length).toBe(revoked + 1);
    expect((await invoke(AGNIESZKA, cookie, 'getDuplicatesReport')).status).toBe(403);
  });

  it('refuses a sign-out posted from another site', async () => {
    const cookie = await signInWithToken(OLIVER, oliver.token);
    const forged = await fetch(url('/sign-out'), { method: 'POST', headers: from(OLIVER, cookie, { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' }), body: '' });
    expect(forged.status).toBe(403);
    expect((await invoke(OLIVER, cookie, 'getBudgetReport')).status).toBe(200);
  });

  it('refuses a token form posted from another site, so nobody can sign a viewer in as someone else (login CSRF)', async () => {
    const forged = await fetch(url('/sign-in/token'), {
      method: 'POST',
      headers: from(OLIVER, undefined, { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' }),
      body: new URLSearchParams({ token: agnieszka.token, return: `/asana/workspaces/${ws()}/reports/budget` }).toString(),
      redirect: 'manual',
    });
    expect(forged.status).toBe(403);
    expect(forged.headers.getSetCookie()).toEqual([]);
  });

  it('answers a browser a page, not JSON, when a sign-in cannot go on: no Mops person, or a callback it cannot finish', async () => {
    const browser = { Accept: 'text/html,application/xhtml+xml' };
    const nobody = await fetch(url(`/sign-in?workspace=${ws()}`), { headers: from(NOBODY, undefined, browser), redirect: 'manual' });
    expect([nobody.status, nobody.headers.get('content-type')]).toEqual([401, 'text/html; charset=UTF-8']);
    expect(await nobody.text()).toContain('<h1>Sign in to Mops</h1>');
    const stale = await fetch(url('/oauth/callback?code=c0de&state=a-state-nobody-started'), { headers: from(OLIVER, undefined, browser), redirect: 'manual' });
    expect(stale.status).toBe(400);
    expect(await stale.text()).toContain('<h1>Could not connect Asana</h1>');
  });

  it('answers a token form posted with no Mops person with the way to Mops’ sign-in, not the token form again', async () => {
    const response = await fetch(url('/sign-in/token'), {
      method: 'POST',
      headers: from(NOBODY, undefined, { 'Content-Type': 'application/x-www-form-urlencoded', Origin: host.url.replace(/\/$/, '') }),
      body: new URLSearchParams({ token: oliver.token }).toString(),
      redirect: 'manual',
    });
    expect(response.status).toBe(401);
    const page = await response.text();
    expect(page).toContain('<h1>Sign in to Mops</h1>');
    expect(page).not.toContain('<form');
  });

  it('redirects a browser’s token form back to the report', async () => {
    const response = await fetch(url('/sign-in/token'), {
      method: 'POST',
      headers: from(OLIVER, undefined, { 'Content-Type': 'application/x-www-form-urlencoded', Origin: host.url.replace(/\/$/, '') }),
      body: new URLSearchParams({ token: oliver.token, return: `/asana/workspaces/${ws()}/reports/capacity` }).toString(),
      redirect: 'manual',
    });
    expect([response.status, response.headers.get('location')]).toEqual([303, `/asana/workspaces/${ws()}/reports/capacity`]);
  });

  it('expires after twelve hours', async () => {
    const cookie = await signInWithToken(OLIVER, oliver.token);
    advanceMinutes(12 * 60 - 1);
    expect((await invoke(OLIVER, cookie, 'getBudgetReport')).status).toBe(200);
    advanceMinutes(1);
    expect((await invoke(OLIVER, cookie, 'getBudgetReport')).status).toBe(403);
    expect(await (await fetch(url('/sign-in/session'), { headers: from(OLIVER, cookie) })).json()).toEqual({ signedIn: false });
  });

  it('gives an OAuth grant back to Asana when its session ends without a sign-out: seen expired, or swept at the next sign-in', async () => {
    const signInWithOAuth = async (person: string, user: FakeUser) => {
      const location = (await fetch(url(`/sign-in?workspace=${ws()}`), { headers: from(person), redirect: 'manual' })).headers.get('location') ?? '';
      return viewerCookieOf(await fetch(url(`/oauth/callback?${new URLSearchParams(fake.auth.approve(location, asanaAccount(user))).toString()}`), { headers: from(person), redirect: 'manual' }));
    };
    const seen = await signInWithOAuth(OLIVER, oliver);
    await signInWithOAuth(AGNIESZKA, agnieszka); // then her browser is closed for good
    const revoked = fake.auth.revoked.length;
    advanceMinutes(12 * 60);
    // Oliver comes back after his session expired: it ends, and Asana gets his grant back.
    expect((await invoke(OLIVER, seen, 'getBudgetReport')).status).toBe(403);
    expect(fake.auth.revoked.length).toBe(revoked + 1);
    // Agnieszka's expired session is swept when anyone next signs in, and her grant revoked with it.
    await signInWithToken(OLIVER, oliver.token);
    expect(fake.auth.revoked.length).toBe(revoked + 2);
    expect(await db.query("SELECT count(*)::int AS live FROM asana_viewer_sessions WHERE kind = 'oauth'")).toEqual([{ live: 0 }]);
  });

  it('refuses a token Asana does not know, naming why', async () => {
    const response = await fetch(url('/sign-in/token'), { method: 'POST', headers: from(OLIVER, undefined, { 'Content-Type': 'application/json' }), body: JSON.stringify({ token: '2/1201/1210002:revoked0000000000000000' }) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/^Not signed in: Checking the token with GET \/users\/me: Asana refused the token \(401/);
    expect(response.headers.getSetCookie()).toEqual([]);
  });
});
