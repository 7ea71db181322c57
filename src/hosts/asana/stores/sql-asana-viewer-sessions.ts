import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { SqlClient } from '../../local/database/sql-client';
import { parseStoredRow } from '../../local/database/stored-row';
import type { RefreshedTokens } from '../connect/asana-connection';
import type { SecretBox } from '../secrets/secret-box';
import type { ViewerSession, ViewerSessionStore } from '../sign-in/viewer-session';

const SessionRow = z.object({
  person_id: z.string(),
  kind: z.enum(['pat', 'oauth']),
  asana_user_gid: z.string(),
  asana_user_name: z.string(),
  workspaces: z.array(z.object({ gid: z.string(), name: z.string() })),
  access_token_sealed: z.string(),
  refresh_token_sealed: z.string().nullable(),
  access_expires_at: z.iso.datetime().nullable(),
  created_at: z.iso.datetime(),
  expires_at: z.iso.datetime(),
  refreshed_at: z.iso.datetime().nullable(),
});

const COLUMNS = `person_id, kind, asana_user_gid, asana_user_name, workspaces, access_token_sealed, refresh_token_sealed,
  mops_iso(access_expires_at) AS access_expires_at, mops_iso(created_at) AS created_at, mops_iso(expires_at) AS expires_at, mops_iso(refreshed_at) AS refreshed_at`;

function sessionHash(sessionId: string): string {
  return createHash('sha256').update(sessionId, 'utf8').digest('hex');
}

/** What each token is sealed for: this session and which token, so envelopes cannot be swapped between rows. */
function tokenContext(hash: string, which: 'access' | 'refresh'): string {
  return `asana-viewer-session/${hash}/${which}`;
}

/**
 * Viewer sessions ("Sign in with Asana") in `asana_viewer_sessions`, keyed by the SHA-256 of the
 * session id (the id itself lives only in the viewer's cookie) with the Asana tokens sealed. Opening a
 * session sweeps the expired ones; `end` is one `DELETE … RETURNING`.
 * @example await sessions.open(id, { kind: 'pat', personId: 'p-ana', asanaUser, workspaces, accessToken, createdAt, expiresAt }); await sessions.find(id) // ViewerSession
 */
export class SqlAsanaViewerSessions implements ViewerSessionStore {
  constructor(
    private readonly db: SqlClient,
    private readonly box: SecretBox,
  ) {}

  async open(sessionId: string, session: ViewerSession): Promise<void> {
    if ((session.kind === 'oauth') !== (session.refreshToken !== undefined)) {
      throw new Error(`A viewer session of kind "${session.kind}" ${session.kind === 'oauth' ? 'needs' : 'cannot have'} a refresh token`);
    }
    const hash = sessionHash(sessionId);
    await this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM asana_viewer_sessions WHERE expires_at <= $1::text::timestamptz', [session.createdAt.toISOString()]);
      await tx.query(
        `INSERT INTO asana_viewer_sessions (session_hash, person_id, kind, asana_user_gid, asana_user_name, workspaces, access_token_sealed, refresh_token_sealed, access_expires_at, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7, $8, $9::text::timestamptz, $10::text::timestamptz, $11::text::timestamptz)`,
        [
          hash,
          session.personId,
          session.kind,
          session.asanaUser.gid,
          session.asanaUser.name,
          JSON.stringify(session.workspaces.map((workspace) => ({ gid: workspace.gid, name: workspace.name }))),
          this.box.seal(session.accessToken, tokenContext(hash, 'access')),
          session.refreshToken === undefined ? null : this.box.seal(session.refreshToken, tokenContext(hash, 'refresh')),
          session.accessExpiresAt?.toISOString() ?? null,
          session.createdAt.toISOString(),
          session.expiresAt.toISOString(),
        ],
      );
    });
  }

  async find(sessionId: string): Promise<ViewerSession | undefined> {
    const hash = sessionHash(sessionId);
    const rows = await this.db.query(`SELECT ${COLUMNS} FROM asana_viewer_sessions WHERE session_hash = $1`, [hash]);
    return rows[0] === undefined ? undefined : this.sessionOf(hash, rows[0]);
  }

  async saveRefreshedTokens(sessionId: string, tokens: RefreshedTokens): Promise<void> {
    const hash = sessionHash(sessionId);
    await this.db.query(
      `UPDATE asana_viewer_sessions
       SET access_token_sealed = $2, access_expires_at = $3::text::timestamptz, refreshed_at = $4::text::timestamptz,
           refresh_token_sealed = COALESCE($5, refresh_token_sealed)
       WHERE session_hash = $1`,
      [
        hash,
        this.box.seal(tokens.accessToken, tokenContext(hash, 'access')),
        tokens.accessExpiresAt.toISOString(),
        tokens.refreshedAt.toISOString(),
        tokens.refreshToken === undefined ? null : this.box.seal(tokens.refreshToken, tokenContext(hash, 'refresh')),
      ],
    );
  }

  async end(sessionId: string): Promise<ViewerSession | undefined> {
    const hash = sessionHash(sessionId);
    const rows = await this.db.query(`DELETE FROM asana_viewer_sessions WHERE session_hash = $1 RETURNING ${COLUMNS}`, [hash]);
    return rows[0] === undefined ? undefined : this.sessionOf(hash, rows[0]);
  }

  private sessionOf(hash: string, value: unknown): ViewerSession {
    const row = parseStoredRow(SessionRow, 'asana_viewer_sessions', hash.slice(0, 12), value);
    return {
      kind: row.kind,
      personId: row.person_id,
      asanaUser: { gid: row.asana_user_gid, name: row.asana_user_name },
      workspaces: row.workspaces,
      accessToken: this.box.open(row.access_token_sealed, tokenContext(hash, 'access')),
      ...(row.refresh_token_sealed === null ? {} : { refreshToken: this.box.open(row.refresh_token_sealed, tokenContext(hash, 'refresh')) }),
      ...(row.access_expires_at === null ? {} : { accessExpiresAt: new Date(row.access_expires_at) }),
      createdAt: new Date(row.created_at),
      expiresAt: new Date(row.expires_at),
      ...(row.refreshed_at === null ? {} : { refreshedAt: new Date(row.refreshed_at) }),
    };
  }
}
