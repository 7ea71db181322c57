import { Secret } from '../secrets/secret';
import { AsanaAuthError, type AsanaAuthApi } from './asana-auth-api';
import { exchangeAndIdentify } from './exchange-and-identify';
import { Refusal } from './form-requests';

function asana(answers: { refreshToken?: string; me?: 'refused' }): AsanaAuthApi & { revoked: string[] } {
  const revoked: string[] = [];
  return {
    revoked,
    me: async () => {
      if (answers.me === 'refused') throw new AsanaAuthError('refused', 'Checking the token with GET /users/me: Asana refused the token (401)');
      return { gid: '1210002', name: 'Oliver Bennett', workspaces: [{ gid: '1200', name: 'Kestrel Marketing' }] };
    },
    exchangeCode: async () => ({ accessToken: new Secret('fake-access-1'), expiresIn: 3600, ...(answers.refreshToken ? { refreshToken: new Secret(answers.refreshToken) } : {}) }),
    refresh: async () => {
      throw new Error('not asked');
    },
    revoke: async (token) => {
      revoked.push(token.reveal());
    },
  };
}
const code = { code: 'c0de', codeVerifier: new Secret('v3rifier'), redirectUri: 'https://mops.example.com/asana/oauth/callback' };

describe('exchangeAndIdentify', () => {
  it('exchanges the code and names the Asana user the grant acts as', async () => {
    const { grant, me } = await exchangeAndIdentify(asana({ refreshToken: 'fake-refresh-1' }), code);
    expect([grant.refreshToken.reveal(), grant.expiresIn, me.name]).toEqual(['fake-refresh-1', 3600, 'Oliver Bennett']);
  });

  it('gives the new grant back when Asana then refuses its token', async () => {
    const api = asana({ refreshToken: 'fake-refresh-2', me: 'refused' });
    await expect(exchangeAndIdentify(api, code)).rejects.toEqual(new Refusal(400, 'Asana refused the new access token: Checking the token with GET /users/me: Asana refused the token (401)'));
    expect(api.revoked).toEqual(['fake-refresh-2']);
  });

  it('refuses a grant without a refresh token, revoking its access token', async () => {
    const api = asana({});
    await expect(exchangeAndIdentify(api, code)).rejects.toThrow('Asana answered without a refresh_token');
    expect(api.revoked).toEqual(['fake-access-1']);
  });
});
