import { randomBytes } from 'node:crypto';
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

/** Viewer sessions by the session id their cookie carries; only a hash of the id is ever stored. */
export interface ViewerSessionStore {
  /** Keeps a new session; sessions already expired are swept in the same step. */
  open(sessionId: string, session: ViewerSession): Promise<void>;
  find(sessionId: string): Promise<ViewerSession | undefined>;
  saveRefreshedTokens(sessionId: string, tokens: RefreshedTokens): Promise<void>;
  /** Removes the session; undefined when there was none. */
  end(sessionId: string): Promise<ViewerSession | undefined>;
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
