import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../../../app/ports/clock';
import type { Locks } from '../../../app/ports/locks';
import { Instant } from '../../../core/dates/local-date';
import type { KeyValueStore } from './key-value-store';

const Lease = z.object({ token: z.string().min(1), acquiredAt: Instant, expiresAt: Instant });
type Lease = z.infer<typeof Lease>;

/**
 * A takeover marker must outlive every contender that read the expired lease it replaces. Forge stops
 * any function within 900 s, so a day is far beyond the slowest contender.
 */
const TAKEOVER_MARKER_SECONDS = 24 * 60 * 60;

/**
 * A holder that releases this close to expiry leaves the lease to expire instead: deleting it could
 * race a contender taking the expired lease over, and remove the contender's new lease.
 */
const RELEASE_MARGIN_MS = 5_000;

const MAX_LEASE_SECONDS = 24 * 60 * 60;

export interface ForgeLocksOptions {
  kv: KeyValueStore;
  clock: Clock;
  keyPrefix?: string;
  /** Tells this holder's leases from others'; random by default. */
  newToken?: () => string;
}

/**
 * Leases in Forge's Key-Value Store. A lease records when it expires; `acquire` wins when no lease is
 * stored (an atomic create, Forge's `FAIL_IF_EXISTS`) or when the stored one has expired and this caller
 * is the first to create that lease's takeover marker (again an atomic create, keyed by the expired
 * lease's token, so of any number of racing contenders exactly one takes over). Leases carry no TTL:
 * Forge deletes TTL'd values at a time of its choosing, which could let a create slip in mid-takeover.
 *
 * `release` only deletes a lease this instance acquired and that has not expired (with a margin), so a
 * run that overran its lease never removes the lease of whoever took over. Acquire and release a key
 * through the same instance.
 *
 * @example
 * const locks = new ForgeLocks({ kv: forgeKeyValueStore(), clock: systemClock });
 * if (await locks.acquire('task-created:10042', 120)) { … await locks.release('task-created:10042'); }
 */
export class ForgeLocks implements Locks {
  private readonly kv: KeyValueStore;
  private readonly clock: Clock;
  private readonly prefix: string;
  private readonly newToken: () => string;
  private readonly held = new Map<string, string>();

  constructor(options: ForgeLocksOptions) {
    this.kv = options.kv;
    this.clock = options.clock;
    this.prefix = options.keyPrefix ?? 'mops:lease:';
    this.newToken = options.newToken ?? randomUUID;
  }

  async acquire(key: string, seconds: number): Promise<boolean> {
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_LEASE_SECONDS) {
      throw new Error(`A lease on "${key}" needs a whole number of seconds from 1 to ${MAX_LEASE_SECONDS}; got ${seconds}`);
    }
    const leaseKey = this.prefix + key;
    const now = this.clock.now();
    const lease: Lease = { token: this.newToken(), acquiredAt: now.toISOString(), expiresAt: new Date(now.getTime() + seconds * 1000).toISOString() };

    if (await this.kv.setIfAbsent(leaseKey, lease)) return this.hold(key, lease);
    const stored = await this.kv.get(leaseKey);
    // Released between our create and our read: the create decides, so try once more.
    if (stored === undefined) return (await this.kv.setIfAbsent(leaseKey, lease)) ? this.hold(key, lease) : false;
    const current = Lease.safeParse(stored);
    // An unreadable lease is treated as expired, or it would block the key for ever.
    if (current.success && Date.parse(current.data.expiresAt) > now.getTime()) return false;
    const expiredToken = current.success ? current.data.token : `unreadable-${createHash('sha256').update(JSON.stringify(stored)).digest('hex').slice(0, 32)}`;
    const claimed = await this.kv.setIfAbsent(`${leaseKey}:takeover:${expiredToken}`, { by: lease.token, at: lease.acquiredAt }, { ttlSeconds: TAKEOVER_MARKER_SECONDS });
    if (!claimed) return false;
    await this.kv.set(leaseKey, lease);
    return this.hold(key, lease);
  }

  async release(key: string): Promise<void> {
    const token = this.held.get(key);
    if (token === undefined) return;
    this.held.delete(key);
    const leaseKey = this.prefix + key;
    const current = Lease.safeParse(await this.kv.get(leaseKey));
    if (!current.success || current.data.token !== token) return;
    if (Date.parse(current.data.expiresAt) - this.clock.now().getTime() < RELEASE_MARGIN_MS) return;
    await this.kv.delete(leaseKey);
  }

  private hold(key: string, lease: Lease): true {
    this.held.set(key, lease.token);
    return true;
  }
}
