import { setImmediate as nextTurn } from 'node:timers/promises';
import { type Clock, systemClock } from '../../../app/ports/clock';
import { BATCH_LIMIT, KVS_LIMITS, type KeyValueStore, type ListPage, type ListPageRequest, type TransactionWrites, type WriteOptions } from './key-value-store';
import { keyProblem, kvsError, valueProblem } from './kvs-limits';

interface StoredValue {
  /** Kept as JSON text, as Forge keeps it: a read never hands out the object that was written. */
  json: string;
  expiresAtMs?: number;
}

/**
 * Forge's Key-Value Store in memory, for tests and the local host. It refuses what Forge refuses (key
 * length and characters, 240 KiB values, object depth, 25-operation transactions, 100-entry pages) with
 * Forge's error codes, expires values with a TTL by the injected clock, and lets other callers run
 * between the start of each operation and its effect, so concurrent callers interleave as they would
 * over the network. Each operation's effect is atomic.
 *
 * @example
 * const store = new InMemoryKeyValueStore();
 * await store.setIfAbsent('mops:lease:task-created:10042', { token: 'a' }); // true
 * await store.setIfAbsent('mops:lease:task-created:10042', { token: 'b' }); // false
 */
export class InMemoryKeyValueStore implements KeyValueStore {
  private readonly values = new Map<string, StoredValue>();

  constructor(private readonly clock: Clock = systemClock) {}

  async get(key: string): Promise<unknown> {
    await nextTurn();
    throwIfBadKey(key, '/api/v1/get');
    return this.read(key);
  }

  async getMany(keys: readonly string[]): Promise<Map<string, unknown>> {
    await nextTurn();
    if (keys.length === 0 || keys.length > BATCH_LIMIT) {
      throw kvsError('INVALID_BATCH_SIZE', `A batch operation takes 1 to ${BATCH_LIMIT} keys; got ${keys.length}.`, '/api/v1/batch/get', { keys: keys.length });
    }
    throwIfRepeated(keys, '/api/v1/batch/get');
    const found = new Map<string, unknown>();
    for (const key of keys) {
      throwIfBadKey(key, '/api/v1/batch/get');
      const value = this.read(key);
      if (value !== undefined) found.set(key, value);
    }
    return found;
  }

  async set(key: string, value: unknown, options: WriteOptions = {}): Promise<void> {
    await nextTurn();
    this.values.set(key, this.checked(key, value, options, '/api/v1/set'));
  }

  async setIfAbsent(key: string, value: unknown, options: WriteOptions = {}): Promise<boolean> {
    await nextTurn();
    const stored = this.checked(key, value, options, '/api/v1/set');
    if (this.read(key) !== undefined) return false;
    this.values.set(key, stored);
    return true;
  }

  async delete(key: string): Promise<void> {
    await nextTurn();
    throwIfBadKey(key, '/api/v1/delete');
    this.values.delete(key);
  }

  async transact(writes: TransactionWrites): Promise<void> {
    await nextTurn();
    const path = '/api/v1/transaction';
    const sets = writes.set ?? [];
    const deletes = writes.delete ?? [];
    const operations = sets.length + deletes.length;
    if (operations === 0 || operations > KVS_LIMITS.transactionOperations) {
      throw kvsError('INVALID_TRANSACTION', `Each transaction can contain 1 to ${KVS_LIMITS.transactionOperations} operations; got ${operations}.`, path, { operations });
    }
    throwIfRepeated([...sets.map((write) => write.key), ...deletes], path);
    // Every operation is checked before any lands: a refused transaction changes nothing.
    const staged = sets.map((write) => [write.key, this.checked(write.key, write.value, write.options ?? {}, path)] as const);
    for (const key of deletes) throwIfBadKey(key, path);
    for (const [key, stored] of staged) this.values.set(key, stored);
    for (const key of deletes) this.values.delete(key);
  }

  async list(prefix: string, page: ListPageRequest = {}): Promise<ListPage> {
    await nextTurn();
    const limit = page.limit ?? 10;
    if (!Number.isInteger(limit) || limit < 1 || limit > KVS_LIMITS.listLimit) {
      throw kvsError('LIST_QUERY_LIMIT_EXCEEDED', `Limit for list query should be between 1 and ${KVS_LIMITS.listLimit}; got ${limit}.`, '/api/v1/query', { limit });
    }
    const after = page.cursor === undefined ? undefined : Buffer.from(page.cursor, 'base64url').toString('utf8');
    const keys = [...this.values.keys()].filter((key) => key.startsWith(prefix) && (after === undefined || key > after) && this.isLive(key)).sort();
    const taken = keys.slice(0, limit);
    const entries = taken.map((key) => ({ key, value: this.read(key) }));
    const last = taken.at(-1);
    return keys.length > limit && last !== undefined ? { entries, cursor: Buffer.from(last, 'utf8').toString('base64url') } : { entries };
  }

  /** Number of live keys, for tests that check what is left behind. */
  size(): number {
    return [...this.values.keys()].filter((key) => this.isLive(key)).length;
  }

  /** False for keys never set, deleted, or past their TTL (which are dropped on the way). */
  private isLive(key: string): boolean {
    const stored = this.values.get(key);
    if (stored === undefined) return false;
    if (stored.expiresAtMs !== undefined && stored.expiresAtMs <= this.clock.now().getTime()) {
      this.values.delete(key);
      return false;
    }
    return true;
  }

  private read(key: string): unknown {
    if (!this.isLive(key)) return undefined;
    const stored = this.values.get(key);
    return stored === undefined ? undefined : (JSON.parse(stored.json) as unknown);
  }

  private checked(key: string, value: unknown, options: WriteOptions, path: string): StoredValue {
    throwIfBadKey(key, path);
    const { json, problem } = valueProblem(key, value, path);
    if (problem) throw problem;
    if (options.ttlSeconds === undefined) return { json };
    if (!Number.isInteger(options.ttlSeconds) || options.ttlSeconds <= 0) {
      throw kvsError('INVALID_TTL', `TTL must be a whole number of seconds above 0; got ${options.ttlSeconds} for key "${key}".`, path, { key });
    }
    return { json, expiresAtMs: this.clock.now().getTime() + options.ttlSeconds * 1000 };
  }
}

function throwIfBadKey(key: string, path: string): void {
  const problem = keyProblem(key, path);
  if (problem) throw problem;
}

function throwIfRepeated(keys: readonly string[], path: string): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) throw kvsError('DUPLICATE_KEY', `Each key can only be used once in a request; "${key}" appears twice.`, path, { key });
    seen.add(key);
  }
}
