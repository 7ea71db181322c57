import { ForgeKvsAPIError, ForgeKvsError, kvs, WhereConditions } from '@forge/kvs';
import type { KeyValueStore, ListPage, ListPageRequest, TransactionWrites, WriteOptions } from './key-value-store';

/** The methods of `@forge/kvs`'s `kvs` that Mops calls; the real client satisfies it as it is. */
export type ForgeKvsClient = Pick<typeof kvs, 'get' | 'batchGet' | 'set' | 'delete' | 'transact' | 'query'>;

/**
 * Codes Forge uses for "a value is already stored under this key" when `keyPolicy: 'FAIL_IF_EXISTS'`
 * refuses a write. Not in Forge's error table; HTTP 409 is checked as well.
 */
const CONFLICT_CODES = new Set(['KEY_CONFLICT', 'KEY_ALREADY_EXISTS', 'CONFLICT']);
const NOT_FOUND_CODES = new Set(['KEY_NOT_FOUND', 'NOT_FOUND']);

function ttlOf(options: WriteOptions | undefined): { ttl: { value: number; unit: 'SECONDS' } } | undefined {
  return options?.ttlSeconds === undefined ? undefined : { ttl: { value: options.ttlSeconds, unit: 'SECONDS' } };
}

function isConflict(error: unknown): boolean {
  return error instanceof ForgeKvsAPIError && (error.responseDetails.status === 409 || CONFLICT_CODES.has(error.code));
}

/**
 * Mops' `KeyValueStore` over Forge's Key-Value Store (`@forge/kvs`, scope `storage:app`). Outside the
 * Forge runtime the real client throws, so tests pass a client of their own.
 *
 * @example
 * const store = forgeKeyValueStore();
 * await store.set('mops:settings', { schemaVersion: 2, settings });
 */
export function forgeKeyValueStore(client: ForgeKvsClient = kvs): KeyValueStore {
  return {
    async get(key: string): Promise<unknown> {
      return client.get<unknown>(key);
    },

    async getMany(keys: readonly string[]): Promise<Map<string, unknown>> {
      const { successfulKeys, failedKeys } = await client.batchGet<unknown>(keys.map((key) => ({ key })));
      const failed = failedKeys.filter((item) => !NOT_FOUND_CODES.has(item.error.code));
      if (failed.length > 0) {
        const first = failed[0];
        throw new ForgeKvsError(`Forge KVS could not read ${failed.length} of ${keys.length} keys; first "${first?.key ?? ''}": ${first?.error.code ?? ''} ${first?.error.message ?? ''}`);
      }
      return new Map(successfulKeys.map((item) => [item.key, item.value]));
    },

    async set(key: string, value: unknown, options?: WriteOptions): Promise<void> {
      await client.set(key, value, ttlOf(options));
    },

    async setIfAbsent(key: string, value: unknown, options?: WriteOptions): Promise<boolean> {
      try {
        await client.set(key, value, { keyPolicy: 'FAIL_IF_EXISTS', ...ttlOf(options) });
        return true;
      } catch (error) {
        if (isConflict(error)) return false;
        throw error;
      }
    },

    async delete(key: string): Promise<void> {
      await client.delete(key);
    },

    async transact(writes: TransactionWrites): Promise<void> {
      const transaction = client.transact();
      for (const write of writes.set ?? []) transaction.set(write.key, write.value, undefined, ttlOf(write.options));
      for (const key of writes.delete ?? []) transaction.delete(key);
      await transaction.execute();
    },

    async list(prefix: string, page: ListPageRequest = {}): Promise<ListPage> {
      let query = client.query().where('key', WhereConditions.beginsWith(prefix));
      if (page.limit !== undefined) query = query.limit(page.limit);
      if (page.cursor !== undefined) query = query.cursor(page.cursor);
      const { results, nextCursor } = await query.getMany<unknown>();
      const entries = results.map((result) => ({ key: result.key, value: result.value }));
      return nextCursor ? { entries, cursor: nextCursor } : { entries };
    },
  };
}
