import type { Clock } from '../../../app/ports/clock';
import type { AsanaLog } from '../asana-log';
import type { Secret } from '../secrets/secret';
import { AsanaAuthError, type AsanaAuthApi } from './asana-auth-api';
import type { AsanaConnection, AsanaConnectionStore, RefreshedTokens } from './asana-connection';

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

/** A grant whose access token may need refreshing: a workspace's connection, or a viewer's session. */
export interface RefreshableGrant extends Pick<AsanaConnection, 'kind' | 'accessToken' | 'refreshToken' | 'accessExpiresAt'> {
  /** Shares one refresh between concurrent callers of the same grant. */
  key: string;
}

/** What to do with a grant's refresh: where the new tokens go, how it is logged, and what losing it means. */
export interface GrantRefresh {
  save(tokens: RefreshedTokens): Promise<void>;
  /** Names the grant in the log lines (never a token). */
  logDetails: Record<string, string>;
  /** The error thrown when the grant cannot go on: no refresh token (`asanaReason` undefined) or Asana refused it. */
  lost(asanaReason: string | undefined): Error;
}

export interface AsanaTokenRefresherDeps {
  api: AsanaAuthApi;
  clock: Clock;
  log: AsanaLog;
}

/**
 * The access token of a grant, refreshed first when it expires within REFRESH_MARGIN_SECONDS. Calls
 * for the same grant in this process share one refresh; a refresh racing another server's is harmless,
 * since Asana keeps the refresh token and either new access token works.
 * @example await refresher.accessToken(connection, { save, logDetails: { connectionId }, lost: () => new AsanaNotConnectedError('…') }) // Secret
 */
export class AsanaTokenRefresher {
  private readonly refreshing = new Map<string, Promise<Secret>>();

  constructor(private readonly deps: AsanaTokenRefresherDeps) {}

  async accessToken(grant: RefreshableGrant, how: GrantRefresh): Promise<Secret> {
    if (!needsRefresh(grant, this.deps.clock.now())) return grant.accessToken;
    let refresh = this.refreshing.get(grant.key);
    if (!refresh) {
      refresh = this.refresh(grant, how).finally(() => this.refreshing.delete(grant.key));
      this.refreshing.set(grant.key, refresh);
    }
    return refresh;
  }

  private async refresh(grant: RefreshableGrant, how: GrantRefresh): Promise<Secret> {
    if (!grant.refreshToken) throw how.lost(undefined);
    try {
      const tokens = await this.deps.api.refresh(grant.refreshToken);
      const now = this.deps.clock.now();
      await how.save({
        accessToken: tokens.accessToken,
        accessExpiresAt: new Date(now.getTime() + tokens.expiresIn * 1000),
        refreshedAt: now,
        ...(tokens.refreshToken === undefined ? {} : { refreshToken: tokens.refreshToken }),
      });
      this.deps.log('info', 'Asana access token refreshed', { ...how.logDetails, expiresIn: tokens.expiresIn });
      return tokens.accessToken;
    } catch (error) {
      if (error instanceof AsanaAuthError && error.failure === 'refused') {
        this.deps.log('warn', 'Asana refused the refresh token', { ...how.logDetails, reason: error.message });
        throw how.lost(error.message);
      }
      throw error;
    }
  }
}

export interface AsanaAccessTokensDeps extends AsanaTokenRefresherDeps {
  connections: AsanaConnectionStore;
}

/**
 * The access token to call Asana with for a workspace: its connection's, refreshed first when it is
 * near expiry (see AsanaTokenRefresher).
 * @example const token = await tokens.forWorkspace('1200'); fetch(url, { headers: { Authorization: `Bearer ${token.reveal()}` } })
 */
export class AsanaAccessTokens {
  private readonly refresher: AsanaTokenRefresher;

  constructor(private readonly deps: AsanaAccessTokensDeps) {
    this.refresher = new AsanaTokenRefresher(deps);
  }

  async forWorkspace(workspaceGid: string): Promise<Secret> {
    const connection = await this.deps.connections.forWorkspace(workspaceGid);
    if (!connection) {
      throw new AsanaNotConnectedError(`Asana workspace ${workspaceGid} is not connected to Mops; connect it at /asana/connect, or with a personal access token at /asana/connect/token`);
    }
    return this.refresher.accessToken(
      { ...connection, key: connection.id },
      {
        save: (tokens) => this.deps.connections.saveRefreshedTokens(connection.id, tokens),
        logDetails: { connectionId: connection.id },
        lost: (asanaReason) =>
          asanaReason === undefined
            ? new AsanaNotConnectedError(`Asana connection ${connection.id} has no refresh token; connect workspace ${workspaceGid} again at /asana/connect`)
            : new AsanaNotConnectedError(`Asana no longer accepts the connection of ${connection.asanaUser.name} for workspace ${workspaceGid} (${asanaReason}); connect again at /asana/connect`),
      },
    );
  }
}
