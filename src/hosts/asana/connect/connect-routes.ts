import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Clock } from '../../../app/ports/clock';
import type { AsanaLog } from '../asana-log';
import { Secret } from '../secrets/secret';
import { AsanaAuthError, type AsanaAuthApi } from './asana-auth-api';
import { connectionSummary, type AsanaConnection, type AsanaConnectionStore } from './asana-connection';
import { beginAuthorization, OAUTH_STATE_TTL_SECONDS } from './begin-authorization';
import type { AsanaOAuthConfig } from './oauth-config';
import { asanaFailure, formOf, Gid, mopsPersonOf, parseOr400, PersonalAccessTokenText, Refusal } from './form-requests';
import type { AsanaOAuthStateStore, PendingAuthorization } from './oauth-state';
import { guardFormRoutes } from './guard-form-routes';
import { exchangeAndIdentify } from './exchange-and-identify';
import { errorMessage } from '../../shared/error-message';

export interface AsanaConnectDeps {
  /** Undefined when OAuth is not configured: only personal access tokens can connect. */
  oauth?: AsanaOAuthConfig;
  api: AsanaAuthApi;
  connections: AsanaConnectionStore;
  states: AsanaOAuthStateStore;
  /** The Mops person making the request, from the app server's sign-in; undefined for nobody. */
  personOf(c: Context): Promise<string | undefined>;
  clock: Clock;
  log: AsanaLog;
  /** Where the authorize redirect goes; Asana unless a test points it elsewhere. */
  asanaBaseUrl?: string;
  /** Where the Asana routes are mounted, e.g. "/asana": the "start again" links point under it. */
  basePath?: string;
  /**
   * Finishes an authorization a viewer started at /sign-in, once the callback has checked its state,
   * expiry and person; without it such a callback is refused.
   */
  finishSignIn?(c: Context, pending: PendingAuthorization, code: string): Promise<Response>;
}

const TokenForm = z.object({ token: PersonalAccessTokenText, workspace: Gid.optional() });

const DisconnectForm = z.object({ workspace: Gid });

const CallbackQuery = z.object({
  state: z.string({ message: 'missing; Asana always returns the state Mops sent — start again where you began (connecting or signing in)' }).min(1).max(200),
  code: z.string().min(1).max(4096).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(1000).optional(),
});

/**
 * Connecting Asana workspaces to Mops, mounted under `/asana` (`app.route('/asana', asanaConnectRoutes(deps))`):
 *
 * - `GET /connect` starts OAuth: a single-use random `state` bound to the signed-in person, stored with
 *   a PKCE verifier for ten minutes, and a redirect to Asana's authorize page with the S256 challenge.
 * - `GET /oauth/callback` consumes the state (once), checks it is the same person and not expired,
 *   exchanges the code with the verifier, asks Asana which workspaces the token reaches, and saves the
 *   connection in one transaction. An authorization a viewer started at /sign-in is finished by
 *   `finishSignIn` instead, after the same checks.
 * - `POST /connect/token` (form or JSON `{ token, workspace? }`) checks a personal access token with
 *   GET /users/me and saves it for the workspaces it reaches (or the one named).
 * - `POST /disconnect` (`{ workspace }`) stops serving a workspace; an OAuth grant serving nothing else
 *   is revoked at Asana first, and if Asana cannot be reached nothing changes.
 *
 * Bad input is a 400 naming the field; nothing is written unless Asana accepted the token. Posts must
 * come from Mops' own origin (CSRF), and no answer or log line carries a token.
 * @example app.route('/asana', asanaConnectRoutes({ oauth, api, connections, states, personOf, clock, log }));
 */
export function asanaConnectRoutes(deps: AsanaConnectDeps): Hono {
  const basePath = deps.basePath ?? '/asana';
  const routes = new Hono();
  guardFormRoutes(routes, {
    ...(deps.oauth ? { origin: (origin: string) => origin === deps.oauth?.publicOrigin } : {}),
    doing: 'connect Asana',
    failedWhile: 'connecting Asana',
    log: deps.log,
  });

  const signedIn = (c: Context): Promise<string> => mopsPersonOf(c, deps.personOf, 'Sign in to Mops before connecting Asana');

  /** Revokes OAuth grants a new connection replaced; failures are logged, the new connection stands. */
  async function revokeReplaced(replaced: readonly AsanaConnection[]): Promise<void> {
    for (const old of replaced) {
      if (old.kind !== 'oauth' || !old.refreshToken) continue;
      await deps.api.revoke(old.refreshToken).catch((error: unknown) => {
        deps.log('warn', 'Could not revoke a replaced Asana connection', { connectionId: old.id, error: errorMessage(error) });
      });
    }
  }

  routes.get('/connect', async (c) => {
    const person = await signedIn(c);
    const oauth = deps.oauth;
    if (!oauth) throw new Refusal(503, `Connecting with Asana OAuth is not configured on this server: set MOPS_ASANA_CLIENT_ID, MOPS_ASANA_CLIENT_SECRET and MOPS_PUBLIC_URL, or connect with a personal access token at POST ${basePath}/connect/token`);
    const redirect = await beginAuthorization({ oauth, states: deps.states, clock: deps.clock, ...(deps.asanaBaseUrl ? { asanaBaseUrl: deps.asanaBaseUrl } : {}) }, { personId: person });
    deps.log('info', 'Asana OAuth started', { personId: person });
    return c.redirect(redirect, 302);
  });

  routes.get('/oauth/callback', async (c) => {
    const oauth = deps.oauth;
    if (!oauth) throw new Refusal(503, 'Asana OAuth is not configured on this server, so there is no authorization to finish');
    const query = parseOr400(CallbackQuery, c.req.query(), 'The OAuth callback is not one Mops can finish');
    const person = await signedIn(c);
    const pending = await deps.states.consume(query.state);
    if (!pending) throw new Refusal(400, `This authorization was already finished or was never started here (unknown state); start again where you began: ${basePath}/sign-in to sign in with Asana, ${basePath}/connect to connect a workspace`);
    // The one callback Asana knows finishes both: connecting workspaces, and viewers signing in as themselves.
    const signingIn = pending.purpose === 'sign-in';
    const startAgain = signingIn ? `${basePath}/sign-in` : `${basePath}/connect`;
    if (pending.expiresAt.getTime() <= deps.clock.now().getTime()) throw new Refusal(400, `This authorization expired: it must be approved within ${OAUTH_STATE_TTL_SECONDS / 60} minutes of starting; start again at ${startAgain}`);
    if (pending.personId !== person) {
      deps.log('warn', 'Asana OAuth callback by someone other than who started it', { startedBy: pending.personId, finishedBy: person, purpose: pending.purpose });
      throw new Refusal(403, `This authorization was started by another Mops person; start your own at ${startAgain}`);
    }
    if (query.error !== undefined) throw new Refusal(400, `Asana did not authorize Mops (${query.error}${query.error_description ? `: ${query.error_description}` : ''}); ${signingIn ? 'you are not signed in' : 'nothing was connected'}`);
    if (query.code === undefined) throw new Refusal(400, `The OAuth callback has neither a code nor an error; start again at ${startAgain}`);
    if (signingIn) {
      if (!deps.finishSignIn) throw new Refusal(503, 'Signing in with Asana is not offered on this server, so there is no sign-in to finish');
      return deps.finishSignIn(c, pending, query.code);
    }

    const { grant, me } = await exchangeAndIdentify(deps.api, { code: query.code, codeVerifier: pending.codeVerifier, redirectUri: oauth.redirectUri });
    const { refreshToken } = grant;
    if (me.workspaces.length === 0) throw new Refusal(400, `Asana user ${me.name} belongs to no workspace, so there is nothing to connect`);
    const now = deps.clock.now();
    const { connection, replaced } = await deps.connections.connect({
      kind: 'oauth',
      asanaUser: { gid: me.gid, name: me.name },
      workspaces: me.workspaces,
      accessToken: grant.accessToken,
      refreshToken,
      accessExpiresAt: new Date(now.getTime() + grant.expiresIn * 1000),
      connectedBy: person,
      connectedAt: now,
    });
    await revokeReplaced(replaced);
    deps.log('info', 'Asana connected with OAuth', { connectionId: connection.id, personId: person, workspaces: connection.workspaces.map((workspace) => workspace.gid) });
    return c.json({ connected: connectionSummary(connection) }, 200);
  });

  routes.post('/connect/token', async (c) => {
    const person = await signedIn(c);
    const form = parseOr400(TokenForm, await formOf(c), 'Personal access token not connected');
    const token = new Secret(form.token);
    let me;
    try {
      me = await deps.api.me(token);
    } catch (error) {
      throw asanaFailure(error, 'Personal access token not connected');
    }
    const workspaces = form.workspace === undefined ? me.workspaces : me.workspaces.filter((workspace) => workspace.gid === form.workspace);
    if (workspaces.length === 0) {
      const seen = me.workspaces.map((workspace) => `${workspace.name} (${workspace.gid})`).join(', ') || 'none';
      throw new Refusal(400, `Personal access token not connected: workspace: ${me.name}'s token cannot see workspace ${form.workspace ?? '(any)'}; it sees ${seen}`);
    }
    const { connection, replaced } = await deps.connections.connect({
      kind: 'pat',
      asanaUser: { gid: me.gid, name: me.name },
      workspaces,
      accessToken: token,
      connectedBy: person,
      connectedAt: deps.clock.now(),
    });
    await revokeReplaced(replaced);
    deps.log('info', 'Asana connected with a personal access token', { connectionId: connection.id, personId: person, workspaces: workspaces.map((workspace) => workspace.gid) });
    return c.json({ connected: connectionSummary(connection) }, 201);
  });

  routes.post('/disconnect', async (c) => {
    const person = await signedIn(c);
    const { workspace } = parseOr400(DisconnectForm, await formOf(c), 'Nothing disconnected');
    const connection = await deps.connections.forWorkspace(workspace);
    if (!connection) throw new Refusal(404, `Asana workspace ${workspace} is not connected to Mops, so there is nothing to disconnect`);
    const lastWorkspace = connection.workspaces.length === 1;
    let revoked = false;
    if (lastWorkspace && connection.kind === 'oauth' && connection.refreshToken) {
      try {
        await deps.api.revoke(connection.refreshToken);
        revoked = true;
      } catch (error) {
        // A token Asana already refuses is as good as revoked; an unreachable Asana means try later.
        if (!(error instanceof AsanaAuthError && error.failure === 'refused')) throw asanaFailure(error, 'Not disconnected');
      }
    }
    const outcome = await deps.connections.disconnectWorkspace(workspace);
    deps.log('info', 'Asana workspace disconnected', { workspace, connectionId: connection.id, personId: person, revoked });
    return c.json({
      disconnected: workspace,
      connectionDeleted: outcome?.connectionDeleted ?? false,
      revoked,
      ...(connection.kind === 'pat' && lastWorkspace ? { note: 'Mops forgot the personal access token; Asana cannot revoke it for Mops — revoke it in Asana’s developer console if nothing else uses it' } : {}),
    });
  });

  return routes;
}
