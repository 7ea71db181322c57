import type { Context } from 'hono';
import type { Clock } from '../../../app/ports/clock';
import { errorMessage } from '../../shared/error-message';
import type { AsanaLog } from '../asana-log';
import type { AsanaTokenRefresher } from '../connect/access-tokens';
import type { AsanaWorkspaceRef, RefreshedTokens } from '../connect/asana-connection';
import type { Secret } from '../secrets/secret';
import { viewerSessionIdOf } from './viewer-cookie';
import { type ViewerSession, type ViewerSessionStore, viewerSessionKey } from './viewer-session';

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
  /** Gives an ended session's OAuth grant back to Asana (refresh tokens never expire there); kept live when absent. */
  revoke?(refreshToken: Secret): Promise<void>;
}

/** Where a found session's refreshed tokens go, and how it is ended. */
interface SessionHandle {
  key: string;
  save(tokens: RefreshedTokens): Promise<void>;
  end(): Promise<unknown>;
}

/**
 * Who is viewing, from the request's session cookie: undefined when there is no session, it expired
 * (it is then ended), it belongs to another Mops person, or its OAuth grant was revoked at Asana.
 * `inWorkspace` finds an Asana user's own session where no cookie comes (App Components requests).
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
      const ended = await this.deps.sessions.end(sessionId);
      if (ended?.refreshToken) await this.revokeQuietly(ended.refreshToken, ended.asanaUser.gid);
      return undefined;
    }
    if ((await this.deps.personOf(c)) !== session.personId) return undefined;
    return this.withFreshToken(session, {
      key: viewerSessionKey(sessionId),
      save: (tokens) => this.deps.sessions.saveRefreshedTokens(sessionId, tokens),
      end: () => this.deps.sessions.end(sessionId),
    });
  }

  /**
   * The Asana user's newest live session in the workspace, whichever Mops person opened it: for requests
   * Asana signed for that user (the App Components widget), which carry no cookie. Undefined when they
   * have none, or Asana no longer accepts its grant (it is then ended).
   * @example const viewer = await viewers.inWorkspace(request.user, request.workspace); if (viewer) workspaces.httpAs(viewer.accessToken)
   */
  async inWorkspace(asanaUserGid: string, workspaceGid: string): Promise<AsanaViewer | undefined> {
    const found = await this.deps.sessions.newestLiveOf(asanaUserGid, workspaceGid, this.deps.clock.now());
    if (!found) return undefined;
    return this.withFreshToken(found.session, {
      key: found.key,
      save: (tokens) => this.deps.sessions.saveRefreshedTokensByKey(found.key, tokens),
      end: () => this.deps.sessions.endByKey(found.key),
    });
  }

  /** Revokes an ended session's grant; Mops forgets it either way, so a failure is only logged. */
  async revokeQuietly(refreshToken: Secret, asanaUserGid: string): Promise<void> {
    try {
      await this.deps.revoke?.(refreshToken);
    } catch (error) {
      this.deps.log('warn', 'Could not revoke an ended Asana viewer session’s grant; it stays live at Asana until the person removes Mops in Asana (My settings → Apps)', { asanaUser: asanaUserGid, error: errorMessage(error) });
    }
  }

  private async withFreshToken(session: ViewerSession, handle: SessionHandle): Promise<AsanaViewer | undefined> {
    // Logs name the session by the start of its stored hash, never by the id the cookie carries.
    const sessionKey = handle.key.slice(0, 12);
    let accessToken: Secret;
    try {
      accessToken = await this.deps.refresher.accessToken(
        { ...session, key: handle.key },
        {
          save: handle.save,
          logDetails: { session: sessionKey, asanaUser: session.asanaUser.gid },
          lost: (asanaReason) => new ViewerGrantLost(asanaReason ?? 'no refresh token'),
        },
      );
    } catch (error) {
      if (!(error instanceof ViewerGrantLost)) throw error;
      await handle.end();
      this.deps.log('info', 'Asana viewer signed out: Asana no longer accepts their grant', { session: sessionKey, asanaUser: session.asanaUser.gid });
      return undefined;
    }
    return { personId: session.personId, asanaUser: session.asanaUser, workspaces: session.workspaces, accessToken, expiresAt: session.expiresAt };
  }
}
