import { Hono } from 'hono';
import { databaseForThisFile } from '../../../../test/support/local-database';
import { AsanaTokenRefresher } from '../connect/access-tokens';
import { refreshingTokenEndpoint } from '../connect/testing/refreshing-token-endpoint';
import { Secret } from '../secrets/secret';
import { SqlAsanaViewerSessions } from '../stores/sql-asana-viewer-sessions';
import { testSecretBox } from '../stores/testing/test-secret-box';
import { AsanaViewers } from './asana-viewers';
import type { ViewerSession } from './viewer-session';

const database = databaseForThisFile();
const SESSION_ID = 'q3Zr0yT6bLx1Vw8nM2cK5pHs7dFg9jKa4eUo0iRtYyE';
const KESTREL = { gid: '1200000000000001', name: 'Kestrel Marketing' };

const tokenEndpoint = () => refreshingTokenEndpoint((refreshes) => `fake-access-refreshed-${refreshes}`);

function harness() {
  let now = Date.parse('2026-11-23T10:00:00Z');
  const clock = { now: () => new Date(now), advanceMinutes: (minutes: number) => (now += minutes * 60_000) };
  const api = tokenEndpoint();
  const sessions = new SqlAsanaViewerSessions(database(), testSecretBox());
  const viewers = new AsanaViewers({ sessions, refresher: new AsanaTokenRefresher({ api, clock, log: () => undefined }), personOf: async (c) => c.req.header('X-Test-Person'), clock, log: () => undefined });
  const app = new Hono();
  app.get('/who', async (c) => {
    const viewer = await viewers.of(c);
    return c.json(viewer ? { asanaUser: viewer.asanaUser.name, token: viewer.accessToken.reveal() } : null);
  });
  const who = async (person: string) => (await app.request('http://127.0.0.1/who', { headers: { Cookie: `mops_asana_viewer=${SESSION_ID}`, 'X-Test-Person': person } })).json();
  const session: ViewerSession = {
    kind: 'oauth',
    personId: 'p-oliver-bennett',
    asanaUser: { gid: '1209002', name: 'Oliver Bennett' },
    workspaces: [KESTREL],
    accessToken: new Secret('fake-access-first'),
    refreshToken: new Secret('fake-refresh-first'),
    accessExpiresAt: new Date('2026-11-23T11:00:00Z'),
    createdAt: new Date('2026-11-23T10:00:00Z'),
    expiresAt: new Date('2026-11-23T22:00:00Z'),
  };
  return { clock, api, sessions, who, session };
}

beforeEach(async () => {
  await database().query('TRUNCATE asana_viewer_sessions');
});

describe('AsanaViewers', () => {
  it('knows the viewer by the cookie, only as the Mops person who signed in', async () => {
    const { sessions, who, session } = harness();
    await sessions.open(SESSION_ID, session);
    expect(await who('p-oliver-bennett')).toEqual({ asanaUser: 'Oliver Bennett', token: 'fake-access-first' });
    expect(await who('p-agnieszka-nowak')).toBeNull();
  });

  it('refreshes the access token five minutes before it expires and keeps the new one', async () => {
    const { clock, api, sessions, who, session } = harness();
    await sessions.open(SESSION_ID, session);
    clock.advanceMinutes(56);
    expect(await who('p-oliver-bennett')).toEqual({ asanaUser: 'Oliver Bennett', token: 'fake-access-refreshed-1' });
    expect(await who('p-oliver-bennett')).toEqual({ asanaUser: 'Oliver Bennett', token: 'fake-access-refreshed-1' });
    expect(api.refreshes).toBe(1);
    expect((await sessions.find(SESSION_ID))?.accessExpiresAt).toEqual(new Date('2026-11-23T11:56:00Z'));
  });

  it('signs the viewer out when Asana no longer honours their grant', async () => {
    const { clock, api, sessions, who, session } = harness();
    await sessions.open(SESSION_ID, session);
    api.revoked = true;
    clock.advanceMinutes(58);
    expect(await who('p-oliver-bennett')).toBeNull();
    expect(await sessions.find(SESSION_ID)).toBeUndefined();
  });

  it('ends a session past its twelve hours', async () => {
    const { clock, sessions, who, session } = harness();
    const { refreshToken: _refresh, accessExpiresAt: _expiry, ...withPersonalToken } = session;
    await sessions.open(SESSION_ID, { ...withPersonalToken, kind: 'pat' });
    clock.advanceMinutes(12 * 60);
    expect(await who('p-oliver-bennett')).toBeNull();
    expect(await sessions.find(SESSION_ID)).toBeUndefined();
  });
});
