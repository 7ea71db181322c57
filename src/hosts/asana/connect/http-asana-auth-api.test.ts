import { Secret } from '../secrets/secret';
import { AsanaAuthError } from './asana-auth-api';
import { httpAsanaAuthApi } from './http-asana-auth-api';
import { codeChallengeS256, newCodeVerifier } from './pkce';
import { authorizeUrl } from './authorize-url';
import { FakeAsana } from '../../../../test/support/fake-asana/fake-asana';

const ana = { gid: '1209001', name: 'Ana Kowalska', workspaces: [{ gid: '1200', name: 'Acme Marketing' }] };
const REDIRECT = 'https://mops.example.com/asana/oauth/callback';

const asana = new FakeAsana();
beforeAll(() => asana.listen());
afterAll(() => asana.stop());
beforeEach(() => {
  asana.auth.calls.length = 0;
  asana.auth.outage = undefined;
});

function api(withClient = true) {
  return httpAsanaAuthApi({ fetch, baseUrl: asana.appUrl, ...(withClient ? { client: { clientId: asana.auth.clientId, clientSecret: new Secret(asana.auth.clientSecret) } } : {}) });
}

describe('httpAsanaAuthApi against a loopback Asana', () => {
  it('finds who a personal access token belongs to and the workspaces it reaches', async () => {
    asana.auth.acceptToken('2/1209001/1210001:pat0000000000000000000001', ana);
    expect(await api(false).me(new Secret('2/1209001/1210001:pat0000000000000000000001'))).toEqual(ana);
    expect(asana.auth.calls[0]).toMatchObject({ method: 'GET', path: '/api/1.0/users/me', authorization: 'Bearer 2/1209001/1210001:pat0000000000000000000001' });
  });

  it('reports a refused token with Asana’s reason and without the token', async () => {
    const error = await api(false).me(new Secret('2/1209001/1210001:revoked000000000000000000')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AsanaAuthError);
    expect(error).toMatchObject({ failure: 'refused', status: 401 });
    expect((error as Error).message).toBe('Checking the token with GET /users/me: Asana refused the token (401, Not Authorized); check it was copied whole and has not been revoked');
  });

  it('exchanges a code with the PKCE verifier, refreshes, and revokes', async () => {
    const verifier = newCodeVerifier();
    const { code } = asana.auth.approve(authorizeUrl({ clientId: asana.auth.clientId, redirectUri: REDIRECT, state: 's', codeChallenge: codeChallengeS256(verifier) }), ana);
    const grant = await api().exchangeCode({ code, codeVerifier: verifier, redirectUri: REDIRECT });
    expect(grant.expiresIn).toBe(3600);
    expect(asana.auth.calls[0]?.form).toMatchObject({ grant_type: 'authorization_code', code, code_verifier: verifier.reveal(), redirect_uri: REDIRECT, client_id: asana.auth.clientId });
    const refreshToken = grant.refreshToken as Secret;
    expect((await api().me(grant.accessToken)).gid).toBe('1209001');

    const refreshed = await api().refresh(refreshToken);
    expect(refreshed.accessToken.equals(grant.accessToken)).toBe(false);
    expect(refreshed.refreshToken).toBeUndefined();

    await api().revoke(refreshToken);
    expect(asana.auth.revoked).toContain(refreshToken.reveal());
    await expect(api().refresh(refreshToken)).rejects.toThrow('Refreshing the access token: Asana refused it (400, invalid_grant: The refresh token is invalid or revoked)');
  });

  it('refuses a code presented with another verifier (what PKCE is for)', async () => {
    const { code } = asana.auth.approve(authorizeUrl({ clientId: asana.auth.clientId, redirectUri: REDIRECT, state: 's', codeChallenge: codeChallengeS256(newCodeVerifier()) }), ana);
    await expect(api().exchangeCode({ code, codeVerifier: newCodeVerifier(), redirectUri: REDIRECT })).rejects.toMatchObject({ failure: 'refused', status: 400 });
  });

  it('tells an outage from a refusal, and needs the OAuth client for OAuth calls', async () => {
    asana.auth.outage = 503;
    await expect(api().refresh(new Secret('fake-refresh-x'))).rejects.toMatchObject({ failure: 'unavailable', message: 'Refreshing the access token: Asana answered 503; try again in a minute' });
    const unreachable = httpAsanaAuthApi({ fetch, baseUrl: 'http://127.0.0.1:9' });
    await expect(unreachable.me(new Secret('2/1/2:x'))).rejects.toMatchObject({ failure: 'unavailable' });
    await expect(api(false).revoke(new Secret('fake-refresh-x'))).rejects.toMatchObject({ failure: 'not-configured' });
  });
});
