import { randomUUID } from 'node:crypto';
import type { Clock } from '../../../app/ports/clock';
import type { Locks } from '../../../app/ports/locks';
import type { SqlClient } from '../database/sql-client';

const MAX_LEASE_SECONDS = 24 * 60 * 60;

/**
 * Leases as rows of `leases`. `acquire` is one statement: insert the lease, or take over a row whose
 * lease has expired (`INSERT … ON CONFLICT DO UPDATE … WHERE expires_at <= now`); the database decides
 * who wins, so of any number of contenders exactly one gets it. `release` deletes only a lease this
 * instance holds, by its token, so a run that overran its lease never frees someone else's.
 * @example if (await locks.acquire('task-created:10042', 120)) { try { … } finally { await locks.release('task-created:10042'); } }
 */
export class SqlLocks implements Locks {
  private readonly held = new Map<string, string>();

  constructor(
    private readonly db: SqlClient,
    private readonly clock: Clock,
    private readonly newToken: () => string = randomUUID,
  ) {}

  async acquire(key: string, seconds: number): Promise<boolean> {
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_LEASE_SECONDS) {
      throw new Error(`A lease on "${key}" needs a whole number of seconds from 1 to ${MAX_LEASE_SECONDS}; got ${seconds}`);
    }
    const now = this.clock.now();
    const token = this.newToken();
    const rows = await this.db.query(
      `INSERT INTO leases (key, token, expires_at) VALUES ($1, $2, $3::text::timestamptz)
       ON CONFLICT (key) DO UPDATE SET token = excluded.token, expires_at = excluded.expires_at WHERE leases.expires_at <= $4::text::timestamptz
       RETURNING token`,
      [key, token, new Date(now.getTime() + seconds * 1000).toISOString(), now.toISOString()],
    );
    if (rows.length === 0) return false;
    this.held.set(key, token);
    return true;
  }

  async release(key: string): Promise<void> {
    const token = this.held.get(key);
    if (token === undefined) return;
    this.held.delete(key);
    await this.db.query('DELETE FROM leases WHERE key = $1 AND token = $2', [key, token]);
  }
}
