import type { Secret } from '../secrets/secret';

export type AsanaConnectionKind = 'pat' | 'oauth';

export interface AsanaWorkspaceRef {
  gid: string;
  name: string;
}

/** How Mops reaches one or more Asana workspaces: a personal access token, or an OAuth grant. */
export interface AsanaConnection {
  id: string;
  kind: AsanaConnectionKind;
  /** The Asana user whose token it is: everything Mops does through it is done as them. */
  asanaUser: { gid: string; name: string };
  workspaces: AsanaWorkspaceRef[];
  accessToken: Secret;
  /** OAuth only. */
  refreshToken?: Secret;
  /** OAuth only: Asana's access tokens last an hour. */
  accessExpiresAt?: Date;
  /** The Mops person who connected it. */
  connectedBy: string;
  connectedAt: Date;
  refreshedAt?: Date;
}

/** A connection as settings pages and logs may show it: no tokens. */
export type AsanaConnectionSummary = Omit<AsanaConnection, 'accessToken' | 'refreshToken'>;

export type NewAsanaConnection = Omit<AsanaConnection, 'id' | 'refreshedAt'>;

export interface RefreshedTokens {
  accessToken: Secret;
  accessExpiresAt: Date;
  /** Present when Asana issued a new refresh token with the new access token. */
  refreshToken?: Secret;
  refreshedAt: Date;
}

/** Where connections are kept, tokens sealed. */
export interface AsanaConnectionStore {
  /**
   * Saves a connection serving `workspaces`, in one transaction. A workspace another connection served
   * moves to this one; connections left serving nothing are deleted and returned, so the caller can
   * revoke their tokens at Asana.
   */
  connect(connection: NewAsanaConnection): Promise<{ connection: AsanaConnection; replaced: AsanaConnection[] }>;
  forWorkspace(workspaceGid: string): Promise<AsanaConnection | undefined>;
  list(): Promise<AsanaConnectionSummary[]>;
  saveRefreshedTokens(connectionId: string, tokens: RefreshedTokens): Promise<void>;
  /**
   * Stops serving `workspaceGid`; when its connection serves nothing else the connection is deleted too.
   * Undefined when no connection served it.
   */
  disconnectWorkspace(workspaceGid: string): Promise<{ connectionDeleted: boolean } | undefined>;
}

/**
 * The connection without its tokens.
 * @example connectionSummary(connection) // { id, kind: 'oauth', asanaUser, workspaces, … } — no accessToken
 */
export function connectionSummary(connection: AsanaConnection): AsanaConnectionSummary {
  const { accessToken: _access, refreshToken: _refresh, ...summary } = connection;
  return summary;
}
