import type { Clock } from '../../../app/ports/clock';
import { databaseForThisFile } from '../../../../test/support/local-database';
import { Secret } from '../secrets/secret';
import { SqlAsanaConnections } from '../stores/sql-asana-connections';
import { testSecretBox } from '../stores/testing/test-secret-box';
import { AsanaAccessTokens, AsanaNotConnectedError, needsRefresh } from './access-tokens';
import { authorizeUrl } from './authorize-url';
import { httpAsanaAuthApi } from './http-asana-auth-api';
import { codeChallengeS256, newCodeVerifier } from './pkce';
import { FakeAsana } from '../../../../test/support/fake-asana/fake-asana';

const database = databaseForThisFile();
const asana = new FakeAsana();
beforeAll(() => asana.listen());
afterAll(() => asana.stop());

const jakub = { gid: '1209002', name: 'Jakub Mazur', workspaces: [{ gid: '1200', name: 'Acme Marketing' }] };
const REDIRECT = 'https://mops.example.com/asana/oauth/callback';

function handClock(start: string): Clock & { advance(seconds: number): void } {
  let now = Date.parse(start);
  return { now: () => new Date(now), advance: (seconds) => (now += seconds * 1000) };
}

describe('needsRefresh', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  it('refreshes an OAuth token five minutes before it expires, never a personal access token', () => {
    expect(needsRefresh({ kind: 'oauth', accessExpiresAt: new Date('2026-11-23T10:05:01Z') }, now)).toBe(false);
    expect(needsRefresh({ kind: 'oauth', accessExpiresAt: new Date('2026-11-23T10:05:00Z') }, now)).toBe(true);
    expect(needsRefresh({ kind: 'pat' }, now)).toBe(false);
  });
});

describe('AsanaAccessTokens', () => {
  beforeEach(async () => {
    await database().query('TRUNCATE asana_connections, asana_connection_workspaces');
  });

  async function connectJakub(clock: Clock) {
    const api = httpAsanaAuthApi({ fetch, baseUrl: asana.appUrl, client: { clientId: asana.auth.clientId, clientSecret: new Secret(asana.auth.clientSecret) } });
    const verifier = newCodeVerifier();
    const { code } = asana.auth.approve(authorizeUrl({ clientId: asana.auth.clientId, redirectUri: REDIRECT, state: 's', codeChallenge: codeChallengeS256(verifier) }), jakub);
    const grant = await api.exchangeCode({ code, codeVerifier: verifier, redirectUri: REDIRECT });
    const connections = new SqlAsanaConnections(database(), testSecretBox());
    const now = clock.now();
    await connections.connect({ kind: 'oauth', asanaUser: jakub, workspaces: jakub.workspaces, accessToken: grant.accessToken, refreshToken: grant.refreshToken as Secret, accessExpiresAt: new Date(now.getTime() + grant.expiresIn * 1000), connectedBy: 'p-jakub-mazur', connectedAt: now });
    return { api, connections, grant };
  }

  it('uses the stored token while it is fresh, and refreshes it once, for concurrent callers, near expiry', async () => {
    const clock = handClock('2026-11-23T10:00:00Z');
    const { api, connections, grant } = await connectJakub(clock);
    const tokens = new AsanaAccessTokens({ connections, api, clock, log: () => undefined });
    expect((await tokens.forWorkspace('1200')).equals(grant.accessToken)).toBe(true);

    clock.advance(55 * 60);
    asana.auth.calls.length = 0;
    const [first, second] = await Promise.all([tokens.forWorkspace('1200'), tokens.forWorkspace('1200')]);
    expect(first.equals(second)).toBe(true);
    expect(first.equals(grant.accessToken)).toBe(false);
    expect(asana.auth.calls.filter((call) => call.form.grant_type === 'refresh_token')).toHaveLength(1);
    const stored = await connections.forWorkspace('1200');
    expect(stored?.accessExpiresAt).toEqual(new Date('2026-11-23T11:55:00Z'));
    expect(stored?.accessToken.equals(first)).toBe(true);
  });

  it('asks to connect again when Asana no longer accepts the refresh token, or nothing is connected', async () => {
    const clock = handClock('2026-11-23T10:00:00Z');
    const { api, connections, grant } = await connectJakub(clock);
    await api.revoke(grant.refreshToken as Secret);
    clock.advance(60 * 60);
    const tokens = new AsanaAccessTokens({ connections, api, clock, log: () => undefined });
    await expect(tokens.forWorkspace('1200')).rejects.toThrow(AsanaNotConnectedError);
    await expect(tokens.forWorkspace('1200')).rejects.toThrow(/^Asana no longer accepts the connection of Jakub Mazur for workspace 1200 .*; connect again at \/asana\/connect$/);
    await expect(tokens.forWorkspace('1300')).rejects.toThrow('Asana workspace 1300 is not connected to Mops; connect it at /asana/connect');
  });
});
