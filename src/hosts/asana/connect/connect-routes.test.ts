import { Hono } from 'hono';
import type { Clock } from '../../../app/ports/clock';
import { databaseForThisFile } from '../../../../test/support/local-database';
import type { AsanaLog } from '../asana-log';
import { Secret } from '../secrets/secret';
import { SqlAsanaConnections } from '../stores/sql-asana-connections';
import { SqlAsanaOAuthStates } from '../stores/sql-asana-oauth-states';
import { testSecretBox } from '../stores/testing/test-secret-box';
import { asanaConnectRoutes, type AsanaConnectDeps } from './connect-routes';
import { httpAsanaAuthApi } from './http-asana-auth-api';
import type { AsanaOAuthConfig } from './oauth-config';
import { FakeAsana } from '../../../../test/support/fake-asana/fake-asana';

const database = databaseForThisFile();
const asana = new FakeAsana();
beforeAll(() => asana.listen());
afterAll(() => asana.stop());

const PUBLIC = 'https://mops.example.com';
const ACME = { gid: '1200', name: 'Acme Marketing' };
const AGENCY = { gid: '1300', name: 'Studio Wrzos (guest)' };
const ana = { gid: '1209001', name: 'Ana Kowalska', workspaces: [ACME, AGENCY] };
const PAT = '2/1209001/1210001:pat0000000000000000000001';

interface Harness {
  app: Hono;
  clock: Clock & { advance(seconds: number): void };
  logged: string[];
  connections: SqlAsanaConnections;
}

function harness(options: { oauth?: boolean } = {}): Harness {
  const db = database();
  const box = testSecretBox();
  let now = Date.parse('2026-11-23T10:00:00Z');
  const clock = { now: () => new Date(now), advance: (seconds: number) => (now += seconds * 1000) };
  const logged: string[] = [];
  const log: AsanaLog = (level, message, details) => logged.push(`${level} ${message} ${JSON.stringify(details ?? {})}`);
  const oauth: AsanaOAuthConfig = { clientId: asana.auth.clientId, clientSecret: new Secret(asana.auth.clientSecret), redirectUri: `${PUBLIC}/asana/oauth/callback`, publicOrigin: PUBLIC };
  const connections = new SqlAsanaConnections(db, box);
  const deps: AsanaConnectDeps = {
    ...(options.oauth === false ? {} : { oauth }),
    api: httpAsanaAuthApi({ fetch, baseUrl: asana.appUrl, client: oauth }),
    connections,
    states: new SqlAsanaOAuthStates(db, box),
    personOf: async (c) => c.req.header('X-Test-Person'),
    clock,
    log,
  };
  const app = new Hono();
  app.route('/asana', asanaConnectRoutes(deps));
  return { app, clock, logged, connections };
}

const as = (person: string, headers: Record<string, string> = {}) => ({ 'X-Test-Person': person, ...headers });
const json = (body: unknown) => ({ method: 'POST', headers: as('p-agnieszka-nowak', { 'Content-Type': 'application/json' }), body: JSON.stringify(body) });

beforeEach(async () => {
  await database().query('TRUNCATE asana_connections, asana_connection_workspaces, asana_oauth_states');
  asana.auth.calls.length = 0;
  asana.auth.outage = undefined;
});

describe('connecting Asana with OAuth', () => {
  async function start(h: Harness, person = 'p-agnieszka-nowak'): Promise<string> {
    const started = await h.app.request(`${PUBLIC}/asana/connect`, { headers: as(person) });
    expect(started.status).toBe(302);
    return started.headers.get('location') ?? '';
  }

  it('sends the person to Asana with state and PKCE, and connects every workspace they see when they approve', async () => {
    const h = harness();
    const location = await start(h);
    const url = new URL(location);
    expect(`${url.origin}${url.pathname}`).toBe('https://app.asana.com/-/oauth_authorize');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('redirect_uri')).toBe('https://mops.example.com/asana/oauth/callback');

    const { code, state } = asana.auth.approve(location, ana);
    const finished = await h.app.request(`${PUBLIC}/asana/oauth/callback?code=${code}&state=${state}`, { headers: as('p-agnieszka-nowak') });
    expect(finished.status).toBe(200);
    const body = (await finished.json()) as { connected: Record<string, unknown> };
    expect(body.connected).toMatchObject({ kind: 'oauth', asanaUser: { gid: '1209001', name: 'Ana Kowalska' }, workspaces: [ACME, AGENCY], connectedBy: 'p-agnieszka-nowak', accessExpiresAt: '2026-11-23T11:00:00.000Z' });
    expect(JSON.stringify(body)).not.toMatch(/fake-(access|refresh)-/);
    expect(h.logged.join('\n')).not.toMatch(/fake-(access|refresh)-|pat0000/);

    const connection = await h.connections.forWorkspace('1300');
    expect(connection?.refreshToken?.reveal()).toMatch(/^fake-refresh-/);

    const replayed = await h.app.request(`${PUBLIC}/asana/oauth/callback?code=${code}&state=${state}`, { headers: as('p-agnieszka-nowak') });
    expect(replayed.status).toBe(400);
    expect(await replayed.json()).toEqual({ error: 'This authorization was already finished or was never started here (unknown state); start again where you began: /asana/sign-in to sign in with Asana, /asana/connect to connect a workspace' });
  });

  it('refuses to finish an authorization someone else started, or one approved too late', async () => {
    const h = harness();
    const theirs = asana.auth.approve(await start(h, 'p-agnieszka-nowak'), ana);
    const hijack = await h.app.request(`${PUBLIC}/asana/oauth/callback?code=${theirs.code}&state=${theirs.state}`, { headers: as('p-jakub-mazur') });
    expect([hijack.status, ((await hijack.json()) as { error: string }).error]).toEqual([403, 'This authorization was started by another Mops person; start your own at /asana/connect']);

    const late = asana.auth.approve(await start(h), ana);
    h.clock.advance(10 * 60);
    const expired = await h.app.request(`${PUBLIC}/asana/oauth/callback?code=${late.code}&state=${late.state}`, { headers: as('p-agnieszka-nowak') });
    expect(expired.status).toBe(400);
    expect(((await expired.json()) as { error: string }).error).toMatch(/^This authorization expired: it must be approved within 10 minutes/);
    expect(await h.connections.list()).toEqual([]);
    expect(asana.auth.calls.filter((call) => call.path === '/-/oauth_token')).toEqual([]);
  });

  it('connects nothing when the person declines at Asana or the callback lacks its state', async () => {
    const h = harness();
    const { state } = asana.auth.approve(await start(h), ana);
    const declined = await h.app.request(`${PUBLIC}/asana/oauth/callback?error=access_denied&state=${state}`, { headers: as('p-agnieszka-nowak') });
    expect([declined.status, ((await declined.json()) as { error: string }).error]).toEqual([400, 'Asana did not authorize Mops (access_denied); nothing was connected']);
    const stateless = await h.app.request(`${PUBLIC}/asana/oauth/callback?code=abc`, { headers: as('p-agnieszka-nowak') });
    expect(((await stateless.json()) as { error: string }).error).toMatch(/^The OAuth callback is not one Mops can finish: state: missing;/);
    expect(await h.connections.list()).toEqual([]);
  });

  it('needs someone signed in, and says how to configure OAuth when it is off', async () => {
    const anonymous = await harness().app.request(`${PUBLIC}/asana/connect`);
    expect([anonymous.status, await anonymous.json()]).toEqual([401, { error: 'Sign in to Mops before connecting Asana' }]);
    const off = await harness({ oauth: false }).app.request(`${PUBLIC}/asana/connect`, { headers: as('p-agnieszka-nowak') });
    expect(off.status).toBe(503);
    expect(((await off.json()) as { error: string }).error).toMatch(/set MOPS_ASANA_CLIENT_ID, MOPS_ASANA_CLIENT_SECRET and MOPS_PUBLIC_URL/);
  });
});

describe('connecting Asana with a personal access token', () => {
  it('checks the token with Asana and stores it for the workspace named', async () => {
    asana.auth.acceptToken(PAT, ana);
    const h = harness();
    const form = await h.app.request(`${PUBLIC}/asana/connect/token`, {
      method: 'POST',
      headers: as('p-agnieszka-nowak', { 'Content-Type': 'application/x-www-form-urlencoded', Origin: PUBLIC }),
      body: new URLSearchParams({ token: ` ${PAT} `, workspace: '1300' }).toString(),
    });
    expect(form.status).toBe(201);
    expect(((await form.json()) as { connected: { workspaces: unknown } }).connected.workspaces).toEqual([AGENCY]);
    expect((await h.connections.forWorkspace('1300'))?.accessToken.reveal()).toBe(PAT);
    expect(await h.connections.forWorkspace('1200')).toBeUndefined();
  });

  it('answers 400 naming the field for bad input, and writes nothing', async () => {
    asana.auth.acceptToken(PAT, ana);
    const h = harness();
    const cases: Array<[unknown, string]> = [
      [{}, 'Personal access token not connected: token: expected the personal access token from Asana (My settings → Apps → Developer console)'],
      [{ token: 'short' }, 'Personal access token not connected: token: too short for an Asana personal access token; paste the whole token'],
      [{ token: PAT, workspace: 'Acme' }, 'Personal access token not connected: workspace: expected an Asana gid: digits only, e.g. "1200445566"'],
      [{ token: PAT, workspace: '1400' }, "Personal access token not connected: workspace: Ana Kowalska's token cannot see workspace 1400; it sees Acme Marketing (1200), Studio Wrzos (guest) (1300)"],
      [{ token: '2/1209001/1210001:revoked000000000000000000' }, 'Personal access token not connected: Checking the token with GET /users/me: Asana refused the token (401, Not Authorized); check it was copied whole and has not been revoked'],
    ];
    for (const [body, error] of cases) {
      const answer = await h.app.request(`${PUBLIC}/asana/connect/token`, json(body));
      expect([answer.status, await answer.json()]).toEqual([400, { error }]);
    }
    const notJson = await h.app.request(`${PUBLIC}/asana/connect/token`, { method: 'POST', headers: as('p-agnieszka-nowak', { 'Content-Type': 'application/json' }), body: '{"token":' });
    expect(await notJson.json()).toEqual({ error: 'The request body is not valid JSON; send a form or a JSON object' });
    expect(await h.connections.list()).toEqual([]);
  });

  it('refuses a form posted from another site', async () => {
    asana.auth.acceptToken(PAT, ana);
    const forged = await harness().app.request(`${PUBLIC}/asana/connect/token`, {
      method: 'POST',
      headers: as('p-agnieszka-nowak', { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' }),
      body: new URLSearchParams({ token: PAT }).toString(),
    });
    expect([forged.status, await forged.json()]).toEqual([403, { error: "Posted from another site (Origin https://evil.example); connect Asana from Mops' own pages" }]);
    expect(asana.auth.calls).toEqual([]);
  });

  it('says 502 and saves nothing when Asana is down', async () => {
    const h = harness();
    asana.auth.outage = 503;
    const answer = await h.app.request(`${PUBLIC}/asana/connect/token`, json({ token: PAT }));
    expect([answer.status, await answer.json()]).toEqual([502, { error: 'Checking the token with GET /users/me: Asana answered 503; try again in a minute. Nothing was saved' }]);
    expect(await h.connections.list()).toEqual([]);
  });
});

describe('disconnecting Asana', () => {
  async function connectWithOAuth(h: Harness): Promise<string> {
    const started = await h.app.request(`${PUBLIC}/asana/connect`, { headers: as('p-agnieszka-nowak') });
    const { code, state } = asana.auth.approve(started.headers.get('location') ?? '', { ...ana, workspaces: [ACME] });
    await h.app.request(`${PUBLIC}/asana/oauth/callback?code=${code}&state=${state}`, { headers: as('p-agnieszka-nowak') });
    return (await h.connections.forWorkspace('1200'))?.refreshToken?.reveal() ?? '';
  }

  it('revokes an OAuth grant at Asana, then forgets it', async () => {
    const h = harness();
    const refreshToken = await connectWithOAuth(h);
    const answer = await h.app.request(`${PUBLIC}/asana/disconnect`, json({ workspace: '1200' }));
    expect(await answer.json()).toEqual({ disconnected: '1200', connectionDeleted: true, revoked: true });
    expect(asana.auth.revoked).toContain(refreshToken);
    expect(await h.connections.list()).toEqual([]);
  });

  it('changes nothing when Asana cannot be reached to revoke', async () => {
    const h = harness();
    await connectWithOAuth(h);
    asana.auth.outage = 503;
    const answer = await h.app.request(`${PUBLIC}/asana/disconnect`, json({ workspace: '1200' }));
    expect(answer.status).toBe(502);
    expect(((await answer.json()) as { error: string }).error).toBe('Revoking the token: Asana answered 503; try again in a minute. Nothing was saved');
    expect((await h.connections.list()).map((summary) => summary.workspaces)).toEqual([[ACME]]);
  });

  it('keeps a personal access token serving another workspace, and says a PAT is revoked in Asana', async () => {
    asana.auth.acceptToken(PAT, ana);
    const h = harness();
    await h.app.request(`${PUBLIC}/asana/connect/token`, json({ token: PAT }));
    expect(await (await h.app.request(`${PUBLIC}/asana/disconnect`, json({ workspace: '1300' }))).json()).toEqual({ disconnected: '1300', connectionDeleted: false, revoked: false });
    const last = (await (await h.app.request(`${PUBLIC}/asana/disconnect`, json({ workspace: '1200' }))).json()) as Record<string, unknown>;
    expect(last).toMatchObject({ disconnected: '1200', connectionDeleted: true, revoked: false, note: expect.stringMatching(/revoke it in Asana’s developer console/) });
    const again = await h.app.request(`${PUBLIC}/asana/disconnect`, json({ workspace: '1200' }));
    expect([again.status, await again.json()]).toEqual([404, { error: 'Asana workspace 1200 is not connected to Mops, so there is nothing to disconnect' }]);
    const bad = await h.app.request(`${PUBLIC}/asana/disconnect`, json({}));
    expect([bad.status, ((await bad.json()) as { error: string }).error]).toEqual([400, expect.stringMatching(/^Nothing disconnected: workspace: /)]);
  });
});
