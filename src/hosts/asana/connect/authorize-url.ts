import { ASANA_APP_URL } from './http-asana-auth-api';

export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  /** The scopes asked for, sent space-separated; none sent means Asana's `default` (full access). */
  scope?: readonly string[];
}

/**
 * Asana's user-authorization URL for the authorization-code flow with PKCE (S256), as Asana's own
 * PKCE example sends it: client_id, redirect_uri, response_type=code, state, code_challenge(_method), and
 * `scope` when scopes are asked for.
 * @example authorizeUrl({ clientId: '1209', redirectUri: 'https://mops.example.com/asana/oauth/callback', state, codeChallenge }) // 'https://app.asana.com/-/oauth_authorize?client_id=1209&…'
 */
export function authorizeUrl(request: AuthorizeRequest, baseUrl: string = ASANA_APP_URL): string {
  const url = new URL('/-/oauth_authorize', baseUrl);
  url.search = new URLSearchParams({
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    response_type: 'code',
    state: request.state,
    code_challenge_method: 'S256',
    code_challenge: request.codeChallenge,
    ...(request.scope && request.scope.length > 0 ? { scope: request.scope.join(' ') } : {}),
  }).toString();
  return url.toString();
}
