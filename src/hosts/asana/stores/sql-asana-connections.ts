import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { SqlClient } from '../../local/database/sql-client';
import { parseStoredRow } from '../../local/database/stored-row';
import type { AsanaConnection, AsanaConnectionStore, AsanaConnectionSummary, NewAsanaConnection, RefreshedTokens } from '../connect/asana-connection';
import type { SecretBox } from '../secrets/secret-box';

const ConnectionRow = z.object({
  id: z.string(),
  kind: z.enum(['pat', 'oauth']),
  asana_user_gid: z.string(),
  asana_user_name: z.string(),
  access_token_sealed: z.string(),
  refresh_token_sealed: z.string().nullable(),
  access_expires_at: z.iso.datetime().nullable(),
  connected_by: z.string(),
  connected_at: z.iso.datetime(),
  refreshed_at: z.iso.datetime().nullable(),
  workspaces: z.array(z.object({ gid: z.string(), name: z.string() })),
});
type ConnectionRow = z.infer<typeof ConnectionRow>;

/** Connecting takes this lock, so two people connecting the same workspace at once leave no orphaned connection. */
const CONNECT_LOCK = 7_316_010;

const SELECT_CONNECTIONS = `
  SELECT c.id, c.kind, c.asana_user_gid, c.asana_user_name, c.access_token_sealed, c.refresh_token_sealed,
         mops_iso(c.access_expires_at) AS access_expires_at, c.connected_by, mops_iso(c.connected_at) AS connected_at,
         mops_iso(c.refreshed_at) AS refreshed_at,
         COALESCE((SELECT jsonb_agg(jsonb_build_object('gid', w.workspace_gid, 'name', w.workspace_name) ORDER BY w.workspace_gid)
                   FROM asana_connection_workspaces w WHERE w.connection_id = c.id), '[]'::jsonb) AS workspaces
  FROM asana_connections c`;

/** What each token is sealed for: the connection and which token, so envelopes cannot be swapped between rows. */
function tokenContext(connectionId: string, which: 'access' | 'refresh'): string {
  return `asana-connection/${connectionId}/${which}`;
}

/**
 * Asana connections in `asana_connections` (tokens sealed with the SecretBox) and the workspaces each
 * serves in `asana_connection_workspaces` (one connection per workspace). Every change is one transaction.
 * @example const connections = new SqlAsanaConnections(db, box); await connections.forWorkspace('1200') // AsanaConnection | undefined
 */
export class SqlAsanaConnections implements AsanaConnectionStore {
  constructor(
    private readonly db: SqlClient,
    private readonly box: SecretBox,
    private readonly newId: () => string = randomUUID,
  ) {}

  async connect(connection: NewAsanaConnection): Promise<{ connection: AsanaConnection; replaced: AsanaConnection[] }> {
    if (connection.workspaces.length === 0) throw new Error(`Asana user ${connection.asanaUser.gid} sees no workspace; a connection must serve at least one`);
    if ((connection.kind === 'oauth') !== (connection.refreshToken !== undefined)) {
      throw new Error(`An Asana connection of kind "${connection.kind}" ${connection.kind === 'oauth' ? 'needs' : 'cannot have'} a refresh token`);
    }
    const id = this.newId();
    return this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [CONNECT_LOCK]);
      const previous = await tx.query<{ connection_id: string }>('SELECT DISTINCT connection_id FROM asana_connection_workspaces WHERE workspace_gid = ANY($1::text[])', [connection.workspaces.map((workspace) => workspace.gid)]);
      await tx.query(
        `INSERT INTO asana_connections (id, kind, asana_user_gid, asana_user_name, access_token_sealed, refresh_token_sealed, access_expires_at, connected_by, connected_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::text::timestamptz, $8, $9::text::timestamptz)`,
        [
          id,
          connection.kind,
          connection.asanaUser.gid,
          connection.asanaUser.name,
          this.box.seal(connection.accessToken, tokenContext(id, 'access')),
          connection.refreshToken === undefined ? null : this.box.seal(connection.refreshToken, tokenContext(id, 'refresh')),
          connection.accessExpiresAt?.toISOString() ?? null,
          connection.connectedBy,
          connection.connectedAt.toISOString(),
        ],
      );
      for (const workspace of connection.workspaces) {
        await tx.query(
          `INSERT INTO asana_connection_workspaces (workspace_gid, workspace_name, connection_id) VALUES ($1, $2, $3)
           ON CONFLICT (workspace_gid) DO UPDATE SET workspace_name = excluded.workspace_name, connection_id = excluded.connection_id`,
          [workspace.gid, workspace.name, id],
        );
      }
      const orphanIds = previous.map((row) => row.connection_id);
      const replaced = orphanIds.length === 0 ? [] : (await this.read(tx, 'WHERE c.id = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM asana_connection_workspaces w WHERE w.connection_id = c.id)', [orphanIds]));
      if (replaced.length > 0) await tx.query('DELETE FROM asana_connections WHERE id = ANY($1::text[])', [replaced.map((old) => old.id)]);
      const [saved] = await this.read(tx, 'WHERE c.id = $1', [id]);
      if (!saved) throw new Error(`Asana connection ${id} vanished while it was being saved`);
      return { connection: saved, replaced };
    });
  }

  async forWorkspace(workspaceGid: string): Promise<AsanaConnection | undefined> {
    const [connection] = await this.read(this.db, 'WHERE c.id = (SELECT connection_id FROM asana_connection_workspaces WHERE workspace_gid = $1)', [workspaceGid]);
    return connection;
  }

  async list(): Promise<AsanaConnectionSummary[]> {
    const rows = await this.db.query(`${SELECT_CONNECTIONS} ORDER BY c.connected_at, c.id`);
    return rows.map((raw) => {
      const row = parseStoredRow(ConnectionRow, 'asana_connections', String(raw.id), raw);
      return summaryOf(row);
    });
  }

  async saveRefreshedTokens(connectionId: string, tokens: RefreshedTokens): Promise<void> {
    const rows = await this.db.query(
      `UPDATE asana_connections SET access_token_sealed = $2, access_expires_at = $3::text::timestamptz, refreshed_at = $4::text::timestamptz,
              refresh_token_sealed = COALESCE($5, refresh_token_sealed)
       WHERE id = $1 AND kind = 'oauth' RETURNING id`,
      [
        connectionId,
        this.box.seal(tokens.accessToken, tokenContext(connectionId, 'access')),
        tokens.accessExpiresAt.toISOString(),
        tokens.refreshedAt.toISOString(),
        tokens.refreshToken === undefined ? null : this.box.seal(tokens.refreshToken, tokenContext(connectionId, 'refresh')),
      ],
    );
    if (rows.length === 0) throw new Error(`No OAuth connection ${connectionId} to save refreshed tokens for; it was disconnected meanwhile`);
  }

  async disconnectWorkspace(workspaceGid: string): Promise<{ connectionDeleted: boolean } | undefined> {
    return this.db.transaction(async (tx) => {
      const removed = await tx.query<{ connection_id: string }>('DELETE FROM asana_connection_workspaces WHERE workspace_gid = $1 RETURNING connection_id', [workspaceGid]);
      const connectionId = removed[0]?.connection_id;
      if (connectionId === undefined) return undefined;
      const deleted = await tx.query(
        'DELETE FROM asana_connections c WHERE c.id = $1 AND NOT EXISTS (SELECT 1 FROM asana_connection_workspaces w WHERE w.connection_id = c.id) RETURNING id',
        [connectionId],
      );
      return { connectionDeleted: deleted.length > 0 };
    });
  }

  private async read(db: SqlClient, where: string, params: ReadonlyArray<string | readonly string[]>): Promise<AsanaConnection[]> {
    const rows = await db.query(`${SELECT_CONNECTIONS} ${where} ORDER BY c.id`, params);
    return rows.map((raw) => {
      const row = parseStoredRow(ConnectionRow, 'asana_connections', String(raw.id), raw);
      return {
        ...summaryOf(row),
        accessToken: this.box.open(row.access_token_sealed, tokenContext(row.id, 'access')),
        ...(row.refresh_token_sealed === null ? {} : { refreshToken: this.box.open(row.refresh_token_sealed, tokenContext(row.id, 'refresh')) }),
      };
    });
  }
}

function summaryOf(row: ConnectionRow): AsanaConnectionSummary {
  return {
    id: row.id,
    kind: row.kind,
    asanaUser: { gid: row.asana_user_gid, name: row.asana_user_name },
    workspaces: row.workspaces,
    connectedBy: row.connected_by,
    connectedAt: new Date(row.connected_at),
    ...(row.access_expires_at === null ? {} : { accessExpiresAt: new Date(row.access_expires_at) }),
    ...(row.refreshed_at === null ? {} : { refreshedAt: new Date(row.refreshed_at) }),
  };
}
