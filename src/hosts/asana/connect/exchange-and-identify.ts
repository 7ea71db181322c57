import type { Secret } from '../secrets/secret';
import { AsanaAuthError, type AsanaAuthApi, type AsanaMe, type AsanaTokenGrant } from './asana-auth-api';
import { asanaFailure } from './form-requests';

/** A finished authorization: the grant (always with a refresh token) and the Asana user it acts as. */
export interface IdentifiedGrant {
  grant: AsanaTokenGrant & { refreshToken: Secret };
  me: AsanaMe;
}

/**
 * The one OAuth callback's common step, for connecting and for signing in: exchanges the code with the
 * PKCE verifier, checks Asana sent a refresh token, and asks GET /users/me who the token is. If anything
 * after the exchange fails, the grant Asana just issued is revoked rather than left dangling. Failures
 * are Refusals (asanaFailure): 400 when Asana refused, 502/503 otherwise.
 * @example const { grant, me } = await exchangeAndIdentify(api, { code, codeVerifier: pending.codeVerifier, redirectUri: oauth.redirectUri })
 */
export async function exchangeAndIdentify(api: AsanaAuthApi, input: { code: string; codeVerifier: Secret; redirectUri: string }): Promise<IdentifiedGrant> {
  let grant: AsanaTokenGrant;
  try {
    grant = await api.exchangeCode(input);
  } catch (error) {
    throw asanaFailure(error, 'Asana refused the authorization code');
  }
  const refreshToken = grant.refreshToken;
  try {
    if (!refreshToken) throw new AsanaAuthError('unexpected', 'Exchanging the authorization code: Asana answered without a refresh_token');
    return { grant: { ...grant, refreshToken }, me: await api.me(grant.accessToken) };
  } catch (error) {
    await api.revoke(refreshToken ?? grant.accessToken).catch(() => undefined);
    throw asanaFailure(error, 'Asana refused the new access token');
  }
}
