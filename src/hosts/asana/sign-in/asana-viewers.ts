import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { Clock } from '../../../app/ports/clock';
import type { AsanaLog } from '../asana-log';
import type { AsanaTokenRefresher } from '../connect/access-tokens';
import type { AsanaWorkspaceRef } from '../connect/asana-connection';
import type { Secret } from '../secrets/secret';
import { viewerSessionIdOf } from './viewer-cookie';
import type { ViewerSessionStore } from './viewer-session';

/** The person looking at a page, signed in with Asana: Mops reads Asana as them. */
export interface AsanaViewer {
  personId: string;
  asanaUser: { gid: string; name: string };
  workspaces: AsanaWorkspaceRef[];
  /** Fresh: refreshed first when it was near expiry. */
  accessToken: Secret;
  expiresAt: Date;
}

/** A session whose OAuth grant Asana no longer honours; the viewer signs in again. */
class ViewerGrantLost extends Error {
  override name = 'ViewerGrantLost';
}

export interface AsanaViewersDeps {
  sessions: ViewerSessionStore;
  refresher: AsanaTokenRefresher;
  /** The Mops person making the request; a session is only ever theirs. */
  personOf(c: Context): Promise<string | undefined>;
  clock: Clock;
  log: AsanaLog;
}

/**
 * Who is viewing, from the request's session cookie: undefined when there is no session, it expired
 * (it is then ended), it belongs to another Mops person, or its OAuth grant was revoked at Asana.
 * @example const viewer = await viewers.of(c); if (viewer && isMemberOf(viewer, '1200')) workspaces.httpAs(viewer.accessToken)
 */
export class AsanaViewers {
  constructor(private readonly deps: AsanaViewersDeps) {}

  async of(c: Context): Promise<AsanaViewer | undefined> {
    const sessionId = viewerSessionIdOf(c);
    if (sessionId === undefined) return undefined;
    const session = await this.deps.sessions.find(sessionId);
    if (!session) return undefined;
    if (session.expiresAt.getTime() <= this.deps.clock.now().getTime()) {
      await this.deps.sessions.end(sessionId);
      return undefined;
    }
    if ((await this.deps.personOf(c)) !== session.personId) return undefined;
    // Logs name the session by the start of its stored hash, never by the id the cookie carries.
    const sessionKey = createHash('sha256').update(sessionId, 'utf8').digest('hex').slice(0, 12);
    let accessToken: Secret;
    try {
      accessToken = await this.deps.refresher.accessToken(
        { ...session, key: sessionId },
        {
          save: (tokens) => this.deps.sessions.saveRefreshedTokens(sessionId, tokens),
          logDetails: { session: sessionKey, asanaUser: session.asanaUser.gid },
          lost: (asanaReason) => new ViewerGrantLost(asanaReason ?? 'no refresh token'),
        },
      );
    } catch (error) {
      if (!(error instanceof ViewerGrantLost)) throw error;
      await this.deps.sessions.end(sessionId);
      this.deps.log('info', 'Asana viewer signed out: Asana no longer accepts their grant', { session: sessionKey, asanaUser: session.asanaUser.gid });
      return undefined;
    }
    return { personId: session.personId, asanaUser: session.asanaUser, workspaces: session.workspaces, accessToken, expiresAt: session.expiresAt };
  }
}
