import type { Clock } from '../../../app/ports/clock';
import type { SqlClient } from '../../local/database/sql-client';
import type { AsanaSyncTokenStore } from '../ports/asana-stores';

/**
 * AsanaSyncTokenStore over `asana_sync_tokens`: the Events API `sync` token per watched resource.
 * @example const tokens = new SqlAsanaSyncTokenStore(db, clock); await tokens.save('1203300', 'de4774f6915eae04714ca93bb2f5ee81')
 */
export class SqlAsanaSyncTokenStore implements AsanaSyncTokenStore {
  constructor(
    private readonly db: SqlClient,
    private readonly clock: Clock,
  ) {}

  async load(resourceGid: string): Promise<string | undefined> {
    const rows = await this.db.query<{ sync_token: string }>('SELECT sync_token FROM asana_sync_tokens WHERE resource_gid = $1', [resourceGid]);
    return rows[0]?.sync_token;
  }

  async save(resourceGid: string, syncToken: string): Promise<void> {
    if (syncToken.length === 0) throw new Error(`The sync token for resource ${resourceGid} is empty; expected the "sync" value of an Events API answer`);
    await this.db.query(
      `INSERT INTO asana_sync_tokens (resource_gid, sync_token, updated_at) VALUES ($1, $2, $3::text::timestamptz)
       ON CONFLICT (resource_gid) DO UPDATE SET sync_token = excluded.sync_token, updated_at = excluded.updated_at`,
      [resourceGid, syncToken, this.clock.now().toISOString()],
    );
  }
}
