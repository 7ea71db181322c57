import { z } from 'zod';
import type { SqlClient } from '../../local/database/sql-client';
import { parseStoredRow } from '../../local/database/stored-row';
import type { RefreshedTokens } from '../connect/asana-connection';
import type { Secret } from '../secrets/secret';
import type { SecretBox } from '../secrets/secret-box';
import { type KeyedViewerSession, type ViewerSession, type ViewerSessionStore, viewerSessionKey } from '../sign-in/viewer-session';

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

/** What each token is sealed for: this session and which token, so envelopes cannot be swapped between rows. */
function tokenContext(hash: string, which: 'access' | 'refresh'): string {
  return `asana-viewer-session/${hash}/${which}`;
}

const KeyOnly = z.object({ session_hash: z.string() });
const SweptRow = z.object({ session_hash: z.string(), refresh_token_sealed: z.string().nullable() });

/**
 * Viewer sessions ("Sign in with Asana") in `asana_viewer_sessions`, keyed by the SHA-256 of the
 * session id (the id itself lives only in the viewer's cookie) with the Asana tokens sealed. Opening a
 * session sweeps the expired ones (handing back their refresh tokens to revoke); `end` is one `DELETE … RETURNING`. `newestLiveOf` finds an Asana
 * user's session without the cookie, for the App Components widget.
 * @example await sessions.open(id, { kind: 'pat', personId: 'p-ana', asanaUser, workspaces, accessToken, createdAt, expiresAt }); await sessions.find(id) // ViewerSession
 */
export class SqlAsanaViewerSessions implements ViewerSessionStore {
  constructor(
    private readonly db: SqlClient,
    private readonly box: SecretBox,
  ) {}

  async open(sessionId: string, session: ViewerSession): Promise<Secret[]> {
    if ((session.kind === 'oauth') !== (session.refreshToken !== undefined)) {
      throw new Error(`A viewer session of kind "${session.kind}" ${session.kind === 'oauth' ? 'needs' : 'cannot have'} a refresh token`);
    }
    const hash = viewerSessionKey(sessionId);
    return this.db.transaction(async (tx) => {
      const swept = await tx.query('DELETE FROM asana_viewer_sessions WHERE expires_at <= $1::text::timestamptz RETURNING session_hash, refresh_token_sealed', [session.createdAt.toISOString()]);
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
      return swept.flatMap((row) => {
        const { session_hash: hash, refresh_token_sealed: sealed } = parseStoredRow(SweptRow, 'asana_viewer_sessions', 'swept as expired', row);
        return sealed === null ? [] : [this.box.open(sealed, tokenContext(hash, 'refresh'))];
      });
    });
  }

  async find(sessionId: string): Promise<ViewerSession | undefined> {
    const hash = viewerSessionKey(sessionId);
    const rows = await this.db.query(`SELECT ${COLUMNS} FROM asana_viewer_sessions WHERE session_hash = $1`, [hash]);
    return rows[0] === undefined ? undefined : this.sessionOf(hash, rows[0]);
  }

  async saveRefreshedTokens(sessionId: string, tokens: RefreshedTokens): Promise<void> {
    await this.saveRefreshedTokensByKey(viewerSessionKey(sessionId), tokens);
  }

  async saveRefreshedTokensByKey(hash: string, tokens: RefreshedTokens): Promise<void> {
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
    const hash = viewerSessionKey(sessionId);
    const rows = await this.db.query(`DELETE FROM asana_viewer_sessions WHERE session_hash = $1 RETURNING ${COLUMNS}`, [hash]);
    return rows[0] === undefined ? undefined : this.sessionOf(hash, rows[0]);
  }

  async endByKey(hash: string): Promise<void> {
    await this.db.query('DELETE FROM asana_viewer_sessions WHERE session_hash = $1', [hash]);
  }

  async newestLiveOf(asanaUserGid: string, workspaceGid: string, now: Date): Promise<KeyedViewerSession | undefined> {
    // Expired rows stay until the next sign-in sweeps them, so liveness is part of the query, not of the sweep.
    const rows = await this.db.query(
      `SELECT session_hash, ${COLUMNS} FROM asana_viewer_sessions
       WHERE asana_user_gid = $1 AND workspaces @> $2::text::jsonb AND expires_at > $3::text::timestamptz
       ORDER BY created_at DESC, session_hash
       LIMIT 1`,
      [asanaUserGid, JSON.stringify([{ gid: workspaceGid }]), now.toISOString()],
    );
    if (rows[0] === undefined) return undefined;
    const { session_hash: key } = parseStoredRow(KeyOnly, 'asana_viewer_sessions', `of Asana user ${asanaUserGid}`, rows[0]);
    return { key, session: this.sessionOf(key, rows[0]) };
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
