import { createHash, randomBytes } from 'node:crypto';
import type { Hono } from 'hono';

/** Who a token belongs to, as GET /users/me answers, and the workspaces it reaches. */
export interface FakeAsanaAccount {
  gid: string;
  name: string;
  workspaces: Array<{ gid: string; name: string }>;
}

/** One request to the auth side (OAuth endpoints, GET /users/me), form fields decoded, for assertions. */
export interface FakeAsanaAuthCall {
  method: string;
  path: string;
  authorization?: string;
  form: Record<string, string>;
}

/**
 * Asana's OAuth side, served by the fake beside the REST API: POST /-/oauth_token (authorization_code
 * with the PKCE S256 check, refresh_token) and POST /-/oauth_revoke, plus the accounts behind tokens
 * that GET /users/me answers for. Asana's OAuth endpoints are not in its REST document, so they are
 * not spec-checked; /users/me is (it is getUser).
 */
export class FakeAsanaAuth {
  readonly clientId = '1209988776655';
  readonly clientSecret = 'fake-client-secret-0123456789abcdef';
  /** What the token endpoint answers for expires_in. */
  expiresIn = 3600;
  /** When set, the auth endpoints and /users/me answer this status (e.g. 503 to play an outage). */
  outage: number | undefined;
  readonly calls: FakeAsanaAuthCall[] = [];
  readonly revoked: string[] = [];
  private readonly accounts = new Map<string, FakeAsanaAccount>();
  private readonly codes = new Map<string, { account: FakeAsanaAccount; challenge: string; redirectUri: string }>();
  private readonly refreshTokens = new Map<string, FakeAsanaAccount>();

  /** Registers a token (a personal access token) that GET /users/me and the REST API accept. */
  acceptToken(token: string, account: FakeAsanaAccount): void {
    this.accounts.set(token, account);
  }

  /** The account a bearer token belongs to, if the fake issued or accepted it. */
  accountOf(token: string): FakeAsanaAccount | undefined {
    return this.accounts.get(token);
  }

  /** The person approves Mops at Asana's authorize page: returns the code Asana would redirect with. */
  approve(authorizeUrl: string, account: FakeAsanaAccount): { code: string; state: string } {
    const url = new URL(authorizeUrl);
    const code = randomBytes(12).toString('hex');
    this.codes.set(code, { account, challenge: url.searchParams.get('code_challenge') ?? '', redirectUri: url.searchParams.get('redirect_uri') ?? '' });
    return { code, state: url.searchParams.get('state') ?? '' };
  }

  /** Adds the OAuth endpoints to the fake's app (the fake records their calls and plays outages). */
  register(app: Hono): void {
    app.post('/-/oauth_token', (c) => {
      const form = this.calls[this.calls.length - 1]?.form ?? {};
      if (form.client_id !== this.clientId || form.client_secret !== this.clientSecret) return c.json({ error: 'invalid_client', error_description: 'Unknown client' }, 401);
      if (form.grant_type === 'authorization_code') {
        const issued = this.codes.get(form.code ?? '');
        this.codes.delete(form.code ?? '');
        const challenge = createHash('sha256').update(form.code_verifier ?? '').digest('base64url');
        if (!issued || issued.redirectUri !== form.redirect_uri || issued.challenge !== challenge) return c.json({ error: 'invalid_grant', error_description: 'The code is invalid, expired, or does not match' }, 400);
        return c.json(this.grant(issued.account, true));
      }
      if (form.grant_type === 'refresh_token') {
        const account = this.refreshTokens.get(form.refresh_token ?? '');
        if (!account) return c.json({ error: 'invalid_grant', error_description: 'The refresh token is invalid or revoked' }, 400);
        return c.json(this.grant(account, false));
      }
      return c.json({ error: 'unsupported_grant_type' }, 400);
    });
    app.post('/-/oauth_revoke', (c) => {
      const form = this.calls[this.calls.length - 1]?.form ?? {};
      if (form.client_id !== this.clientId || form.client_secret !== this.clientSecret) return c.json({ error: 'invalid_client' }, 401);
      const token = form.token ?? '';
      if (!this.refreshTokens.delete(token) && !this.accounts.delete(token)) return c.json({ error: 'invalid_token' }, 400);
      this.revoked.push(token);
      return c.body(null, 200);
    });
  }

  private grant(account: FakeAsanaAccount, withRefresh: boolean) {
    const accessToken = `fake-access-${randomBytes(8).toString('hex')}`;
    this.accounts.set(accessToken, account);
    const refreshToken = `fake-refresh-${randomBytes(8).toString('hex')}`;
    if (withRefresh) this.refreshTokens.set(refreshToken, account);
    return {
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: this.expiresIn,
      data: { id: Number(account.gid), gid: account.gid, name: account.name, email: `${account.gid}@example.com` },
      ...(withRefresh ? { refresh_token: refreshToken } : {}),
    };
  }
}
