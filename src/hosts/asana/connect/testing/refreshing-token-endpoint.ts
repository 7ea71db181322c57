import { AsanaAuthError, type AsanaAuthApi } from '../asana-auth-api';
import { Secret } from '../../secrets/secret';

/** Asana's token endpoint as far as refreshing goes, counting refreshes; refusals once `revoked` is set. */
export type RefreshingTokenEndpoint = AsanaAuthApi & { refreshes: number; revoked: boolean };

/**
 * For tests of token refresh: each refresh mints the access token `mint` names (hour-long), until the
 * test sets `revoked`, after which Asana refuses the grant as it does (400 invalid_grant).
 * @example const api = refreshingTokenEndpoint((n) => `fake-access-refreshed-${n}`); await api.refresh(grant) // { accessToken, expiresIn: 3600 }; api.refreshes === 1
 */
export function refreshingTokenEndpoint(mint: (refreshes: number) => string): RefreshingTokenEndpoint {
  const api: RefreshingTokenEndpoint = {
    refreshes: 0,
    revoked: false,
    me: () => Promise.reject(new Error('not used here')),
    exchangeCode: () => Promise.reject(new Error('not used here')),
    revoke: () => Promise.resolve(),
    refresh: async () => {
      api.refreshes += 1;
      if (api.revoked) throw new AsanaAuthError('refused', 'Refreshing the access token: Asana refused it (400, invalid_grant: The refresh token is invalid or revoked)', 400);
      return { accessToken: new Secret(mint(api.refreshes)), expiresIn: 3600 };
    },
  };
  return api;
}
