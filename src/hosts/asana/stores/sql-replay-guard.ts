import type { ReplayGuard } from '../replay-guard';
import type { SqlClient } from '../../local/database/sql-client';

/** Expired keys are swept after this many `firstUse` calls, so the table stays near one TTL's worth. */
const SWEEP_EVERY = 500;

/**
 * ReplayGuard over `asana_replay_keys`. `firstUse` is one statement — insert the key, or take over a row
 * whose time is up (`INSERT … ON CONFLICT DO UPDATE … WHERE expires_at <= now`) — so the database decides
 * who is first: of any number of servers offered the same event at once, exactly one gets true.
 * @example const seen = new SqlReplayGuard(db); await seen.firstUse('event:1201/changed', 90_000, now) // true, then false
 */
export class SqlReplayGuard implements ReplayGuard {
  private calls = 0;

  constructor(private readonly db: SqlClient) {}

  async firstUse(key: string, ttlSeconds: number, now: Date): Promise<boolean> {
    if (!(ttlSeconds > 0) || !Number.isFinite(ttlSeconds)) throw new Error(`ttlSeconds must be a positive number of seconds; got ${ttlSeconds}`);
    if (key.length === 0) throw new Error('A replay key must not be empty');
    this.calls += 1;
    if (this.calls % SWEEP_EVERY === 0) await this.sweepExpired(now);
    const rows = await this.db.query(
      `INSERT INTO asana_replay_keys (key, expires_at) VALUES ($1, $2::text::timestamptz)
       ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE asana_replay_keys.expires_at <= $3::text::timestamptz
       RETURNING key`,
      [key, new Date(now.getTime() + ttlSeconds * 1000).toISOString(), now.toISOString()],
    );
    return rows.length === 1;
  }

  async forget(key: string): Promise<void> {
    await this.db.query('DELETE FROM asana_replay_keys WHERE key = $1', [key]);
  }

  /** Deletes keys whose time is up; returns how many. A scheduler may call it, `firstUse` does now and then. */
  async sweepExpired(now: Date): Promise<number> {
    const rows = await this.db.query('DELETE FROM asana_replay_keys WHERE expires_at <= $1::text::timestamptz RETURNING key', [now.toISOString()]);
    return rows.length;
  }
}
