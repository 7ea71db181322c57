import { z } from 'zod';
import { Secret } from '../secrets/secret';
import { AsanaAuthError, type AsanaAuthApi, type AsanaMe, type AsanaTokenGrant } from './asana-auth-api';
import type { AsanaOAuthClient } from './oauth-config';

/** The part of `fetch` Mops uses; tests pass one bound to a loopback fake of Asana. */
export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal }) => Promise<Response>;

export const ASANA_APP_URL = 'https://app.asana.com';

export interface HttpAsanaAuthApiOptions {
  fetch: FetchLike;
  /** `https://app.asana.com` unless a test points it at a fake. */
  baseUrl?: string;
  /** Needed for the OAuth calls; a personal-access-token-only server has none. */
  client?: AsanaOAuthClient;
  /** Each call gives up after this long. */
  timeoutMs?: number;
}

const MeAnswer = z.object({
  data: z.object({
    gid: z.string().min(1),
    name: z.string(),
    workspaces: z.array(z.object({ gid: z.string().min(1), name: z.string() })).default([]),
  }),
});

const TokenAnswer = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().int().positive(),
  refresh_token: z.string().min(1).optional(),
});

const OAuthErrorAnswer = z.object({ error: z.string(), error_description: z.string().optional() });
const ApiErrorAnswer = z.object({ errors: z.array(z.object({ message: z.string() })).min(1) });

/**
 * AsanaAuthApi over HTTP: `GET /api/1.0/users/me`, and the OAuth endpoints `/-/oauth_token` (code and
 * refresh grants, form-encoded, with the client secret) and `/-/oauth_revoke`. Errors name the call,
 * the status and Asana's own reason; tokens never appear in them.
 * @example const api = httpAsanaAuthApi({ fetch, client }); await api.me(new Secret(pat)) // { gid, name, workspaces }
 */
export function httpAsanaAuthApi(options: HttpAsanaAuthApiOptions): AsanaAuthApi {
  const baseUrl = (options.baseUrl ?? ASANA_APP_URL).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;

  async function call(what: string, path: string, init: { method: string; headers: Record<string, string>; body?: string }): Promise<{ status: number; body: unknown }> {
    let response: Response;
    try {
      response = await options.fetch(`${baseUrl}${path}`, { ...init, headers: { Accept: 'application/json', ...init.headers }, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw new AsanaAuthError('unavailable', `${what}: Asana could not be reached (${error instanceof Error ? error.name : 'network error'}); try again in a minute`);
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (response.status === 429 || response.status >= 500) throw new AsanaAuthError('unavailable', `${what}: Asana answered ${response.status}; try again in a minute`, response.status);
    return { status: response.status, body };
  }

  function asanaReason(body: unknown): string {
    const oauth = OAuthErrorAnswer.safeParse(body);
    if (oauth.success) return oauth.data.error_description ? `${oauth.data.error}: ${oauth.data.error_description}` : oauth.data.error;
    const api = ApiErrorAnswer.safeParse(body);
    return api.success ? api.data.errors.map((error) => error.message).join('; ') : 'no reason given';
  }

  function clientOf(what: string) {
    if (!options.client) throw new AsanaAuthError('not-configured', `${what}: OAuth is not configured; set MOPS_ASANA_CLIENT_ID, MOPS_ASANA_CLIENT_SECRET and MOPS_PUBLIC_URL`);
    return options.client;
  }

  async function tokenGrant(what: string, fields: Record<string, string>): Promise<AsanaTokenGrant> {
    const client = clientOf(what);
    const { status, body } = await call(what, '/-/oauth_token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...fields, client_id: client.clientId, client_secret: client.clientSecret.reveal() }).toString(),
    });
    if (status >= 400 && status < 500) throw new AsanaAuthError('refused', `${what}: Asana refused it (${status}, ${asanaReason(body)})`, status);
    const grant = TokenAnswer.safeParse(body);
    if (status !== 200 || !grant.success) throw new AsanaAuthError('unexpected', `${what}: Asana answered ${status} without an access_token and expires_in`, status);
    return {
      accessToken: new Secret(grant.data.access_token),
      expiresIn: grant.data.expires_in,
      ...(grant.data.refresh_token === undefined ? {} : { refreshToken: new Secret(grant.data.refresh_token) }),
    };
  }

  return {
    async me(accessToken: Secret): Promise<AsanaMe> {
      const what = 'Checking the token with GET /users/me';
      const { status, body } = await call(what, '/api/1.0/users/me?opt_fields=name,workspaces,workspaces.name', { method: 'GET', headers: { Authorization: `Bearer ${accessToken.reveal()}` } });
      if (status === 401 || status === 403) throw new AsanaAuthError('refused', `${what}: Asana refused the token (${status}, ${asanaReason(body)}); check it was copied whole and has not been revoked`, status);
      const me = MeAnswer.safeParse(body);
      if (status !== 200 || !me.success) throw new AsanaAuthError('unexpected', `${what}: Asana answered ${status} without a user and workspaces`, status);
      return me.data.data;
    },

    exchangeCode(input) {
      return tokenGrant('Exchanging the authorization code', { grant_type: 'authorization_code', code: input.code, redirect_uri: input.redirectUri, code_verifier: input.codeVerifier.reveal() });
    },

    refresh(refreshToken) {
      return tokenGrant('Refreshing the access token', { grant_type: 'refresh_token', refresh_token: refreshToken.reveal() });
    },

    async revoke(token) {
      const what = 'Revoking the token';
      const client = clientOf(what);
      const { status, body } = await call(what, '/-/oauth_revoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: client.clientId, client_secret: client.clientSecret.reveal(), token: token.reveal() }).toString(),
      });
      if (status !== 200) throw new AsanaAuthError(status >= 400 && status < 500 ? 'refused' : 'unexpected', `${what}: Asana answered ${status} (${asanaReason(body)})`, status);
    },
  };
}
