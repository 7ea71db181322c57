import type { Clock } from '../../../app/ports/clock';
import { authorizeUrl } from './authorize-url';
import { VIEWER_SCOPES } from './oauth-scopes';
import type { AsanaOAuthConfig } from './oauth-config';
import type { AsanaOAuthStateStore, AuthorizationPurpose, PendingAuthorization } from './oauth-state';
import { codeChallengeS256, newCodeVerifier, newOAuthState } from './pkce';

/** How long someone has to approve Mops at Asana before the state expires. */
export const OAUTH_STATE_TTL_SECONDS = 10 * 60;

export interface BeginAuthorizationDeps {
  oauth: AsanaOAuthConfig;
  states: AsanaOAuthStateStore;
  clock: Clock;
  /** Where the authorize redirect goes; Asana unless a test points it elsewhere. */
  asanaBaseUrl?: string;
}

/**
 * Starts an OAuth authorization (connecting a workspace, or a viewer signing in): a single-use random
 * `state` kept with a fresh PKCE verifier and who started it, good for OAUTH_STATE_TTL_SECONDS.
 * Returns Asana's authorize URL to redirect the browser to; the one callback finishes either purpose.
 * A sign-in asks only for VIEWER_SCOPES (reading); connecting asks for Asana's default.
 * @example c.redirect(await beginAuthorization(deps, { personId: 'p-agnieszka-nowak', purpose: 'sign-in', returnTo: '/asana/workspaces/1200/reports/budget' }), 302)
 */
export async function beginAuthorization(deps: BeginAuthorizationDeps, who: Pick<PendingAuthorization, 'personId' | 'returnTo'> & { purpose?: AuthorizationPurpose }): Promise<string> {
  const state = newOAuthState();
  const codeVerifier = newCodeVerifier();
  const now = deps.clock.now();
  // Connecting a workspace is what an authorization is for unless it says otherwise.
  const purpose = who.purpose ?? 'connect';
  await deps.states.begin(state, { ...who, purpose, codeVerifier, createdAt: now, expiresAt: new Date(now.getTime() + OAUTH_STATE_TTL_SECONDS * 1000) });
  // A viewer only reads; the connection keeps Asana's default scope, since the automation writes and reads
  // events. An app registered with Full permissions refuses any named scope, so they are named only for granular apps.
  const scope = purpose === 'sign-in' && deps.oauth.granularScopes === true ? VIEWER_SCOPES : undefined;
  return authorizeUrl({ clientId: deps.oauth.clientId, redirectUri: deps.oauth.redirectUri, state, codeChallenge: codeChallengeS256(codeVerifier), ...(scope ? { scope } : {}) }, deps.asanaBaseUrl);
}
