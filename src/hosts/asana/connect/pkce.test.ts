import { Secret } from '../secrets/secret';
import { authorizeUrl } from './authorize-url';
import { codeChallengeS256, newCodeVerifier, newOAuthState } from './pkce';

describe('PKCE and state', () => {
  it('computes the S256 challenge of RFC 7636’s own example', () => {
    expect(codeChallengeS256(new Secret('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'))).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes verifiers and states of 43 URL-safe characters, different every time', () => {
    const states = new Set(Array.from({ length: 200 }, () => newOAuthState()));
    expect(states.size).toBe(200);
    for (const value of [...states, newCodeVerifier().reveal()]) expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('sends Asana the client, the callback, the state and the S256 challenge — never the verifier', () => {
    const url = new URL(authorizeUrl({ clientId: '1209988776655', redirectUri: 'https://mops.example.com/asana/oauth/callback', state: 'st-1', codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM' }));
    expect(`${url.origin}${url.pathname}`).toBe('https://app.asana.com/-/oauth_authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: '1209988776655',
      redirect_uri: 'https://mops.example.com/asana/oauth/callback',
      response_type: 'code',
      state: 'st-1',
      code_challenge_method: 'S256',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    });
  });
});
