import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';

export interface FakeAsanaUser {
  gid: string;
  name: string;
  workspaces: Array<{ gid: string; name: string }>;
}

/** One request the fake received, form fields decoded, for assertions about what Mops sent. */
export interface FakeAsanaCall {
  method: string;
  path: string;
  authorization?: string;
  form: Record<string, string>;
}

/**
 * A stand-in for the few Asana endpoints connecting uses, on a real loopback HTTP server: GET
 * /api/1.0/users/me, POST /-/oauth_token (authorization_code with PKCE S256 check, refresh_token) and
 * POST /-/oauth_revoke. Tokens it issues are random; the test approves authorizations with `approve`.
 */
export class FakeAsana {
  readonly calls: FakeAsanaCall[] = [];
  readonly clientId = '1209988776655';
  readonly clientSecret = 'fake-client-secret-0123456789abcdef';
  /** What the token endpoint answers for expires_in. */
  expiresIn = 3600;
  /** When set, every endpoint answers this status (e.g. 503 to play an outage). */
  outage: number | undefined;
  private readonly users = new Map<string, FakeAsanaUser>();
  private readonly codes = new Map<string, { user: FakeAsanaUser; challenge: string; redirectUri: string }>();
  private readonly refreshTokens = new Map<string, FakeAsanaUser>();
  readonly revoked: string[] = [];
  private server: Server | undefined;
  baseUrl = '';

  /** Registers a token (e.g. a personal access token) that GET /users/me answers for. */
  acceptToken(token: string, user: FakeAsanaUser): void {
    this.users.set(token, user);
  }

  /** The person approves Mops at Asana's authorize page: returns the code Asana would redirect with. */
  approve(authorizeUrl: string, user: FakeAsanaUser): { code: string; state: string } {
    const url = new URL(authorizeUrl);
    const challenge = url.searchParams.get('code_challenge') ?? '';
    const code = randomBytes(12).toString('hex');
    this.codes.set(code, { user, challenge, redirectUri: url.searchParams.get('redirect_uri') ?? '' });
    return { code, state: url.searchParams.get('state') ?? '' };
  }

  async start(): Promise<void> {
    const app = new Hono();
    app.use('*', async (c, next) => {
      const form = c.req.method === 'POST' ? Object.fromEntries(new URLSearchParams(await c.req.text())) : {};
      const authorization = c.req.header('authorization');
      this.calls.push({ method: c.req.method, path: c.req.path, form, ...(authorization === undefined ? {} : { authorization }) });
      if (this.outage !== undefined) return c.json({ errors: [{ message: 'Service unavailable' }] }, this.outage as 503);
      await next();
    });
    app.get('/api/1.0/users/me', (c) => {
      const token = (c.req.header('authorization') ?? '').replace(/^Bearer /, '');
      const user = this.users.get(token);
      if (!user) return c.json({ errors: [{ message: 'Not Authorized' }] }, 401);
      return c.json({ data: { gid: user.gid, resource_type: 'user', name: user.name, workspaces: user.workspaces.map((workspace) => ({ ...workspace, resource_type: 'workspace' })) } });
    });
    app.post('/-/oauth_token', (c) => {
      const form = this.calls[this.calls.length - 1]?.form ?? {};
      if (form.client_id !== this.clientId || form.client_secret !== this.clientSecret) return c.json({ error: 'invalid_client', error_description: 'Unknown client' }, 401);
      if (form.grant_type === 'authorization_code') {
        const issued = this.codes.get(form.code ?? '');
        this.codes.delete(form.code ?? '');
        const challenge = createHash('sha256').update(form.code_verifier ?? '').digest('base64url');
        if (!issued || issued.redirectUri !== form.redirect_uri || issued.challenge !== challenge) return c.json({ error: 'invalid_grant', error_description: 'The code is invalid, expired, or does not match' }, 400);
        return c.json(this.grant(issued.user, true));
      }
      if (form.grant_type === 'refresh_token') {
        const user = this.refreshTokens.get(form.refresh_token ?? '');
        if (!user) return c.json({ error: 'invalid_grant', error_description: 'The refresh token is invalid or revoked' }, 400);
        return c.json(this.grant(user, false));
      }
      return c.json({ error: 'unsupported_grant_type' }, 400);
    });
    app.post('/-/oauth_revoke', (c) => {
      const form = this.calls[this.calls.length - 1]?.form ?? {};
      if (form.client_id !== this.clientId || form.client_secret !== this.clientSecret) return c.json({ error: 'invalid_client' }, 401);
      const token = form.token ?? '';
      if (!this.refreshTokens.delete(token) && !this.users.delete(token)) return c.json({ error: 'invalid_token' }, 400);
      this.revoked.push(token);
      return c.body(null, 200);
    });
    const server = createAdaptorServer({ fetch: app.fetch, hostname: '127.0.0.1' }) as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    server.closeAllConnections();
    await closed;
  }

  private grant(user: FakeAsanaUser, withRefresh: boolean) {
    const accessToken = `fake-access-${randomBytes(8).toString('hex')}`;
    this.users.set(accessToken, user);
    const refreshToken = `fake-refresh-${randomBytes(8).toString('hex')}`;
    if (withRefresh) this.refreshTokens.set(refreshToken, user);
    return {
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: this.expiresIn,
      data: { id: Number(user.gid), gid: user.gid, name: user.name, email: `${user.gid}@example.com` },
      ...(withRefresh ? { refresh_token: refreshToken } : {}),
    };
  }
}
