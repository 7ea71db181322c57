import { createHash, randomBytes } from 'node:crypto';
import type { AsanaConnectionKind, AsanaWorkspaceRef, RefreshedTokens } from '../connect/asana-connection';
import type { Secret } from '../secrets/secret';

/** How long a viewer stays signed in with Asana before signing in again. */
export const VIEWER_SESSION_HOURS = 12;

/**
 * A person signed in with their own Asana account: Mops reads Asana for them with their token, so
 * reports show only what Asana lets them see.
 */
export interface ViewerSession {
  kind: AsanaConnectionKind;
  /** The Mops person who signed in; the session is theirs only. */
  personId: string;
  asanaUser: { gid: string; name: string };
  /** The workspaces the Asana user belonged to when signing in (GET /users/me). */
  workspaces: AsanaWorkspaceRef[];
  accessToken: Secret;
  /** OAuth only. */
  refreshToken?: Secret;
  /** OAuth only: Asana's access tokens last an hour. */
  accessExpiresAt?: Date;
  createdAt: Date;
  expiresAt: Date;
  refreshedAt?: Date;
}

/**
 * A session found by whose it is rather than by a cookie (App Components requests carry the Asana user,
 * not the cookie): `key` is viewerSessionKey of its id, which is all the store knows of it.
 */
export interface KeyedViewerSession {
  key: string;
  session: ViewerSession;
}

/** Viewer sessions by the session id their cookie carries; only a hash of the id is ever stored. */
export interface ViewerSessionStore {
  /**
   * Keeps a new session; sessions already expired are swept in the same step. Returns the refresh tokens
   * of the swept sessions: their grants stay live at Asana until revoked (refresh tokens do not expire).
   */
  open(sessionId: string, session: ViewerSession): Promise<Secret[]>;
  find(sessionId: string): Promise<ViewerSession | undefined>;
  saveRefreshedTokens(sessionId: string, tokens: RefreshedTokens): Promise<void>;
  /** Removes the session; undefined when there was none. */
  end(sessionId: string): Promise<ViewerSession | undefined>;
  /**
   * The newest session of an Asana user that lists `workspaceGid` and is still live at `now`; a session
   * expired at `now` is never returned.
   */
  newestLiveOf(asanaUserGid: string, workspaceGid: string, now: Date): Promise<KeyedViewerSession | undefined>;
  /** saveRefreshedTokens for a session known by its key. */
  saveRefreshedTokensByKey(key: string, tokens: RefreshedTokens): Promise<void>;
  /** Removes a session known by its key; nothing when there was none. */
  endByKey(key: string): Promise<void>;
}

/**
 * What the store knows a session by: the SHA-256 (hex) of its id, so the id itself lives only in the
 * viewer's cookie. Its first 12 characters name the session in logs.
 * @example viewerSessionKey('q3Zr0yT6bLx1Vw8nM2cK5pHs7dFg9jKa4eUo0iRtYyE') // 64 hex characters
 */
export function viewerSessionKey(sessionId: string): string {
  return createHash('sha256').update(sessionId, 'utf8').digest('hex');
}

/** The shape of a session id: 32 random bytes, base64url. Anything else in the cookie is ignored. */
export const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

/**
 * A new unguessable session id for the viewer's cookie: 32 random bytes, base64url (43 characters).
 * @example newSessionId() // 'q3Zr0yT6bLx1…' (43 characters)
 */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * True when the Asana user of the session belongs to the workspace.
 * @example isMemberOf({ workspaces: [{ gid: '1200', name: 'Acme' }] }, '1200') // true
 */
export function isMemberOf(session: Pick<ViewerSession, 'workspaces'>, workspaceGid: string): boolean {
  return session.workspaces.some((workspace) => workspace.gid === workspaceGid);
}
