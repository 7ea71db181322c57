import type { Secret } from '../secrets/secret';
import type { AsanaWorkspaceRef } from './asana-connection';

/** Who a token belongs to and which workspaces it reaches (GET /users/me). */
export interface AsanaMe {
  gid: string;
  name: string;
  workspaces: AsanaWorkspaceRef[];
}

/** Tokens from Asana's token endpoint, for a code or a refresh token. */
export interface AsanaTokenGrant {
  accessToken: Secret;
  /** Seconds the access token lives (Asana: 3600). */
  expiresIn: number;
  /** Present on the code exchange; Asana keeps the same refresh token across refreshes. */
  refreshToken?: Secret;
}

/**
 * The three or four Asana calls connecting needs, and nothing else: who a token is, the OAuth code
 * exchange, the refresh, and revocation. The Tracker's Asana client is a separate thing.
 */
export interface AsanaAuthApi {
  me(accessToken: Secret): Promise<AsanaMe>;
  exchangeCode(input: { code: string; codeVerifier: Secret; redirectUri: string }): Promise<AsanaTokenGrant>;
  refresh(refreshToken: Secret): Promise<AsanaTokenGrant>;
  /** Revokes a refresh token (and the access tokens issued from it). */
  revoke(token: Secret): Promise<void>;
}

export type AsanaAuthFailure =
  /** Asana refused the token or grant: wrong, expired or revoked. Connecting again is the fix. */
  | 'refused'
  /** Asana could not be reached, or answered 5xx/429: trying again later is the fix. */
  | 'unavailable'
  /** Asana answered something Mops does not understand. */
  | 'unexpected'
  /** The OAuth client (MOPS_ASANA_CLIENT_ID/SECRET) is not configured. */
  | 'not-configured';

/** An Asana auth call that did not succeed. The message names the call and Asana's reason, never a token. */
export class AsanaAuthError extends Error {
  override name = 'AsanaAuthError';
  constructor(
    readonly failure: AsanaAuthFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}
