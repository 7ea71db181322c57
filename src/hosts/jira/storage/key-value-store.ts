/**
 * The part of Forge's Key-Value Store that Mops' storage adapters use. `forgeKeyValueStore()` binds it to
 * `@forge/kvs`; `InMemoryKeyValueStore` keeps it in memory with the same limits and error shapes, for
 * tests and for the local host. Values are JSON: what is read back is what `JSON.stringify` kept.
 */
export interface KeyValueStore {
  /** The stored value, or undefined when the key holds nothing. */
  get(key: string): Promise<unknown>;
  /** Values of the keys that hold one; absent keys are left out. At most `BATCH_LIMIT` keys a call. */
  getMany(keys: readonly string[]): Promise<Map<string, unknown>>;
  set(key: string, value: unknown, options?: WriteOptions): Promise<void>;
  /**
   * Writes only when the key holds nothing (Forge's `keyPolicy: 'FAIL_IF_EXISTS'`); false when another
   * value was already there. Atomic: of several callers racing for one key, exactly one gets true.
   */
  setIfAbsent(key: string, value: unknown, options?: WriteOptions): Promise<boolean>;
  /** Deleting a key that holds nothing is not an error. */
  delete(key: string): Promise<void>;
  /** Sets and deletes that land together or not at all (Forge `kvs.transact()`). */
  transact(writes: TransactionWrites): Promise<void>;
  /** One page of the entries whose keys start with `prefix`; pass the returned cursor for the next page. */
  list(prefix: string, page?: ListPageRequest): Promise<ListPage>;
}

export interface WriteOptions {
  /** Forge deletes the value some time after this many seconds; readers must not rely on when. */
  ttlSeconds?: number;
}

export interface TransactionWrites {
  set?: ReadonlyArray<{ key: string; value: unknown; options?: WriteOptions }>;
  delete?: readonly string[];
}

export interface ListPageRequest {
  /** From a previous page of the same listing; Forge says cursors must not be persisted. */
  cursor?: string;
  /** Entries per page, 1…100 (Forge's default is 10). */
  limit?: number;
}

export interface ListPage {
  entries: Array<{ key: string; value: unknown }>;
  /** Absent on the last page. */
  cursor?: string;
}

/** Forge's documented limits for KVS keys, values, queries, transactions and batches. */
export const KVS_LIMITS = {
  keyLength: 500,
  /** `/^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/` as Forge documents it. */
  keyPattern: /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/,
  /** 240 KiB, measured on the value's JSON text in UTF-8. */
  valueBytes: 240 * 1024,
  objectDepth: 31,
  listLimit: 100,
  transactionOperations: 25,
  batchKeys: 25,
} as const;

/** Keys a `getMany` call may ask for at once (Forge batch operations take at most 25 keys). */
export const BATCH_LIMIT = KVS_LIMITS.batchKeys;
