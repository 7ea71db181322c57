import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Clock } from '../../../app/ports/clock';
import type { AsanaLog } from '../asana-log';
import type { AsanaAuthApi, AsanaMe } from '../connect/asana-auth-api';
import { exchangeAndIdentify } from '../connect/exchange-and-identify';
import { beginAuthorization } from '../connect/begin-authorization';
import { asanaFailure, formOf, Gid, mopsPersonOf, parseOr400, PersonalAccessTokenText, Refusal } from '../connect/form-requests';
import type { AsanaOAuthConfig } from '../connect/oauth-config';
import type { AsanaOAuthStateStore, PendingAuthorization } from '../connect/oauth-state';
import { guardFormRoutes, refusalPageOf } from '../connect/guard-form-routes';
import { refusalPage } from '../reports/refusal-page';
import { Secret } from '../secrets/secret';
import type { AsanaViewers } from './asana-viewers';
import { ReturnPathError, safeReturnPath } from './return-path';
import { signInPage } from './sign-in-page';
import { clearViewerCookie, setViewerCookie, viewerSessionIdOf, type ViewerCookieOptions } from './viewer-cookie';
import { newSessionId, VIEWER_SESSION_HOURS, type ViewerSession, type ViewerSessionStore } from './viewer-session';

export interface AsanaSignInDeps {
  /** Undefined when OAuth is not configured: viewers sign in with a personal access token. */
  oauth?: AsanaOAuthConfig;
  api: AsanaAuthApi;
  states: AsanaOAuthStateStore;
  sessions: ViewerSessionStore;
  viewers: AsanaViewers;
  /** The Mops person making the request; signing in with Asana needs one, and the session is theirs. */
  personOf(c: Context): Promise<string | undefined>;
  clock: Clock;
  log: AsanaLog;
  /** Where the Asana routes are mounted, e.g. "/asana": the cookie's path and the only place `return` may lead. */
  basePath: string;
  /** Where people reach Mops: https makes the cookie Secure, and forms must be posted from its origin. */
  publicUrl: string;
  /** Where the authorize redirect goes; Asana unless a test points it elsewhere. */
  asanaBaseUrl?: string;
}

/** The sign-in routes, and the finishing step of the one OAuth callback (which the connect routes serve). */
export interface AsanaSignIn {
  routes: Hono;
  finishOAuth(c: Context, pending: PendingAuthorization, code: string): Promise<Response>;
}

const SignInQuery = z.object({ workspace: Gid.optional(), return: z.string().optional() });
const TokenForm = z.object({ token: PersonalAccessTokenText, return: z.string().optional() });
const SignOutForm = z.object({ return: z.string().optional() });

/** A form post is answered with a redirect (a person's browser posted it), a JSON post with JSON. */
const postedAsForm = (c: Context): boolean => !(c.req.header('content-type') ?? '').includes('application/json');

/**
 * "Sign in with Asana" for people viewing Mops' Asana pages, mounted beside the connect routes:
 *
 * - `GET /sign-in?workspace=GID&return=PATH` starts OAuth (PKCE, a single-use state bound to the Mops
 *   person, marked as a sign-in with where to return); the one `/oauth/callback` finishes it through
 *   `finishOAuth`. Without OAuth it answers the sign-in page with a personal access token form.
 * - `POST /sign-in/token` (form or JSON `{ token, return? }`) signs in with a personal access token,
 *   checked with GET /users/me. A refused form post answers the sign-in page again with the reason
 *   (same status: 400 for a token Asana refuses, 401 with no Mops person); a JSON post answers JSON.
 * - `POST /sign-out` ends the session (revoking an OAuth grant at Asana) and clears the cookie.
 * - `GET /sign-in/session` says who is signed in, without tokens.
 *
 * A session lasts VIEWER_SESSION_HOURS and is kept under the SHA-256 of a random id that only the
 * viewer's cookie holds (HttpOnly, SameSite=Lax, Path=basePath, Secure on https). `return` must be a
 * path under basePath (never an absolute URL). Posts must come from Mops' own origin (CSRF), bodies
 * are capped at 16 KiB, answers are not cached, and no answer or log line carries a token.
 * @example const signIn = asanaSignIn({ oauth, api, states, sessions, viewers, personOf, clock, log, basePath: '/asana', publicUrl }); app.route('/', signIn.routes);
 */
export function asanaSignIn(deps: AsanaSignInDeps): AsanaSignIn {
  const { basePath } = deps;
  const publicOrigin = new URL(deps.publicUrl).origin;
  const cookie: ViewerCookieOptions = { basePath, secure: publicOrigin.startsWith('https:') };
  const routes = new Hono();
  guardFormRoutes(routes, {
    origin: (origin: string, c: Context) => origin === publicOrigin || origin === new URL(c.req.url).origin,
    doing: 'sign in with Asana',
    failedWhile: 'signing you in with Asana',
    log: deps.log,
  });

  const signedIn = (c: Context): Promise<string> => mopsPersonOf(c, deps.personOf, 'Sign in to Mops before signing in with Asana');

  function returnPath(raw: string | undefined, workspaceGid?: string): string {
    if (raw === undefined || raw === '') return workspaceGid === undefined ? `${basePath}/sign-in/session` : `${basePath}/workspaces/${workspaceGid}/reports/duplicates`;
    try {
      return safeReturnPath(raw, basePath);
    } catch (error) {
      if (error instanceof ReturnPathError) throw new Refusal(400, `Not signed in: ${error.message}`);
      throw error;
    }
  }

  /** Ends the session the browser holds, if any, giving an OAuth grant back to Asana. */
  async function endSession(c: Context): Promise<ViewerSession | undefined> {
    const sessionId = viewerSessionIdOf(c);
    const ended = sessionId === undefined ? undefined : await deps.sessions.end(sessionId);
    // Asana's refresh tokens never expire: a grant not revoked here stays live until the person removes Mops in Asana.
    if (ended?.refreshToken) await deps.viewers.revokeQuietly(ended.refreshToken, ended.asanaUser.gid);
    return ended;
  }

  /** Keeps the session, sets its cookie and ends the one the browser had before. */
  async function openSession(c: Context, person: string, me: AsanaMe, grant: Pick<ViewerSession, 'kind' | 'accessToken' | 'refreshToken' | 'accessExpiresAt'>): Promise<ViewerSession> {
    await endSession(c);
    const now = deps.clock.now();
    const session: ViewerSession = {
      ...grant,
      personId: person,
      asanaUser: { gid: me.gid, name: me.name },
      workspaces: me.workspaces,
      createdAt: now,
      expiresAt: new Date(now.getTime() + VIEWER_SESSION_HOURS * 3600 * 1000),
    };
    const sessionId = newSessionId();
    const swept = await deps.sessions.open(sessionId, session);
    // Sessions that expired unseen (another browser, a tab that raced this one) give their grants back too.
    for (const refreshToken of swept) await deps.viewers.revokeQuietly(refreshToken, 'of an expired session');
    setViewerCookie(c, sessionId, VIEWER_SESSION_HOURS * 3600, cookie);
    deps.log('info', 'Asana viewer signed in', { personId: person, asanaUser: me.gid, kind: grant.kind, workspaces: me.workspaces.map((workspace) => workspace.gid) });
    return session;
  }

  /** Who is signed in, as answers show it: never a token. */
  const signedInAnswer = (who: Pick<ViewerSession, 'asanaUser' | 'workspaces' | 'expiresAt'>) => ({ asanaUser: who.asanaUser, workspaces: who.workspaces, expiresAt: who.expiresAt.toISOString() });

  routes.get('/sign-in', async (c) => {
    const person = await signedIn(c);
    const query = parseOr400(SignInQuery, c.req.query(), 'Not signed in');
    const returnTo = returnPath(query.return, query.workspace);
    const oauth = deps.oauth;
    if (!oauth) return c.html(signInPage({ basePath, returnTo, oauth: false }));
    return c.redirect(await beginAuthorization({ oauth, states: deps.states, clock: deps.clock, ...(deps.asanaBaseUrl ? { asanaBaseUrl: deps.asanaBaseUrl } : {}) }, { purpose: 'sign-in', returnTo, personId: person }), 302);
  });

  routes.post('/sign-in/token', async (c) => {
    let posted: unknown;
    try {
      const person = await signedIn(c);
      posted = await formOf(c);
      const form = parseOr400(TokenForm, posted, 'Not signed in');
      const returnTo = returnPath(form.return);
      const token = new Secret(form.token);
      let me;
      try {
        me = await deps.api.me(token);
      } catch (error) {
        throw asanaFailure(error, 'Not signed in');
      }
      const session = await openSession(c, person, me, { kind: 'pat', accessToken: token });
      return postedAsForm(c) ? c.redirect(returnTo, 303) : c.json({ signedIn: signedInAnswer(session) }, 201);
    } catch (error) {
      // A person's browser posted the form: the form again with the reason, not JSON they cannot act on.
      if (!(error instanceof Refusal) || !postedAsForm(c)) throw error;
      // With no Mops person the token form can only fail again: the way to Mops' sign-in instead.
      if (error.status === 401) return c.html(refusalPage(refusalPageOf(error, 'sign in with Asana')), 401);
      return c.html(signInPage({ basePath, returnTo: returnPathOr(posted), oauth: false, problem: error.message }), error.status);
    }
  });

  /** The way back a refused form asked for when it is a safe one, else the default. */
  function returnPathOr(posted: unknown): string {
    const raw = typeof posted === 'object' && posted !== null && 'return' in posted && typeof posted.return === 'string' ? posted.return : undefined;
    try {
      return returnPath(raw);
    } catch {
      return returnPath(undefined);
    }
  }

  routes.post('/sign-out', async (c) => {
    // A bare button post has no body at all.
    const form = parseOr400(SignOutForm, c.req.header('content-type') ? await formOf(c) : {}, 'Not signed out');
    const returnTo = returnPath(form.return);
    const ended = await endSession(c);
    clearViewerCookie(c, cookie);
    if (ended) deps.log('info', 'Asana viewer signed out', { personId: ended.personId, asanaUser: ended.asanaUser.gid });
    return postedAsForm(c) ? c.redirect(returnTo, 303) : c.json({ signedOut: ended !== undefined });
  });

  routes.get('/sign-in/session', async (c) => {
    const viewer = await deps.viewers.of(c);
    return c.json(viewer ? { signedIn: true, ...signedInAnswer(viewer) } : { signedIn: false });
  });

  async function finishOAuth(c: Context, pending: PendingAuthorization, code: string): Promise<Response> {
    const oauth = deps.oauth;
    if (!oauth) throw new Refusal(503, 'Asana OAuth is not configured on this server, so there is no sign-in to finish');
    const { grant, me } = await exchangeAndIdentify(deps.api, { code, codeVerifier: pending.codeVerifier, redirectUri: oauth.redirectUri });
    const { refreshToken } = grant;
    const now = deps.clock.now();
    await openSession(c, pending.personId, me, { kind: 'oauth', accessToken: grant.accessToken, refreshToken, accessExpiresAt: new Date(now.getTime() + grant.expiresIn * 1000) });
    return c.redirect(pending.returnTo ?? returnPath(undefined), 302);
  }

  return { routes, finishOAuth };
}
