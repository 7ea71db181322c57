import type { Clock } from '../../../app/ports/clock';
import type { AsanaLog } from '../asana-log';
import type { Secret } from '../secrets/secret';
import { AsanaAuthError, type AsanaAuthApi } from './asana-auth-api';
import type { AsanaConnection, AsanaConnectionStore } from './asana-connection';

/** An access token this close to expiry is refreshed before use, so no call starts with a dying token. */
export const REFRESH_MARGIN_SECONDS = 5 * 60;

/** No usable connection for a workspace; the message says how to connect it (again). */
export class AsanaNotConnectedError extends Error {
  override name = 'AsanaNotConnectedError';
}

/**
 * True when an OAuth connection's access token expires within `marginSeconds` of `now` (or has).
 * Personal access tokens do not expire.
 * @example needsRefresh({ kind: 'oauth', accessExpiresAt: new Date('2026-11-23T10:04:00Z') }, new Date('2026-11-23T10:00:00Z')) // true
 */
export function needsRefresh(connection: Pick<AsanaConnection, 'kind' | 'accessExpiresAt'>, now: Date, marginSeconds = REFRESH_MARGIN_SECONDS): boolean {
  if (connection.kind !== 'oauth') return false;
  return connection.accessExpiresAt === undefined || connection.accessExpiresAt.getTime() - now.getTime() <= marginSeconds * 1000;
}

export interface AsanaAccessTokensDeps {
  connections: AsanaConnectionStore;
  api: AsanaAuthApi;
  clock: Clock;
  log: AsanaLog;
}

/**
 * The access token to call Asana with for a workspace, refreshed first when it is near expiry. Calls
 * for the same connection in this process share one refresh; a refresh racing another server's is
 * harmless, since Asana keeps the refresh token and either new access token works.
 * @example const token = await tokens.forWorkspace('1200'); fetch(url, { headers: { Authorization: `Bearer ${token.reveal()}` } })
 */
export class AsanaAccessTokens {
  private readonly refreshing = new Map<string, Promise<Secret>>();

  constructor(private readonly deps: AsanaAccessTokensDeps) {}

  async forWorkspace(workspaceGid: string): Promise<Secret> {
    const connection = await this.deps.connections.forWorkspace(workspaceGid);
    if (!connection) {
      throw new AsanaNotConnectedError(`Asana workspace ${workspaceGid} is not connected to Mops; connect it at /asana/connect, or with a personal access token at /asana/connect/token`);
    }
    if (!needsRefresh(connection, this.deps.clock.now())) return connection.accessToken;
    let refresh = this.refreshing.get(connection.id);
    if (!refresh) {
      refresh = this.refresh(connection, workspaceGid).finally(() => this.refreshing.delete(connection.id));
      this.refreshing.set(connection.id, refresh);
    }
    return refresh;
  }

  private async refresh(connection: AsanaConnection, workspaceGid: string): Promise<Secret> {
    if (!connection.refreshToken) throw new AsanaNotConnectedError(`Asana connection ${connection.id} has no refresh token; connect workspace ${workspaceGid} again at /asana/connect`);
    try {
      const grant = await this.deps.api.refresh(connection.refreshToken);
      const now = this.deps.clock.now();
      await this.deps.connections.saveRefreshedTokens(connection.id, {
        accessToken: grant.accessToken,
        accessExpiresAt: new Date(now.getTime() + grant.expiresIn * 1000),
        refreshedAt: now,
        ...(grant.refreshToken === undefined ? {} : { refreshToken: grant.refreshToken }),
      });
      this.deps.log('info', 'Asana access token refreshed', { connectionId: connection.id, expiresIn: grant.expiresIn });
      return grant.accessToken;
    } catch (error) {
      if (error instanceof AsanaAuthError && error.failure === 'refused') {
        this.deps.log('warn', 'Asana refused the refresh token', { connectionId: connection.id, reason: error.message });
        throw new AsanaNotConnectedError(`Asana no longer accepts the connection of ${connection.asanaUser.name} for workspace ${workspaceGid} (${error.message}); connect again at /asana/connect`);
      }
      throw error;
    }
  }
}
