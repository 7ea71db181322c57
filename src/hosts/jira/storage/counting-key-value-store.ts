import type { KeyValueStore, ListPage, ListPageRequest, TransactionWrites, WriteOptions } from './key-value-store';

/** Storage calls made, by kind. A `getMany` or a `transact` is one call, as Forge meters it. */
export interface StorageOperationCounts {
  get: number;
  getMany: number;
  list: number;
  set: number;
  setIfAbsent: number;
  delete: number;
  transact: number;
  /** get + getMany + list. */
  reads: number;
  /** set + setIfAbsent + delete + transact. */
  writes: number;
}

const ZERO = { get: 0, getMany: 0, list: 0, set: 0, setIfAbsent: 0, delete: 0, transact: 0 };

/**
 * Counts every call that reaches the store it wraps, so adapters and tests can hold storage budgets
 * (Forge meters KVS per installation: about 4,000 reads and 4,000 writes a minute).
 *
 * @example
 * const kv = new CountingKeyValueStore(new InMemoryKeyValueStore());
 * await kv.get('mops:settings');
 * kv.counts().reads // 1
 */
export class CountingKeyValueStore implements KeyValueStore {
  private calls = { ...ZERO };

  constructor(private readonly inner: KeyValueStore) {}

  counts(): StorageOperationCounts {
    const calls = { ...this.calls };
    return {
      ...calls,
      reads: calls.get + calls.getMany + calls.list,
      writes: calls.set + calls.setIfAbsent + calls.delete + calls.transact,
    };
  }

  /** Starts counting from zero, e.g. after a test has set its scene. */
  resetCounts(): void {
    this.calls = { ...ZERO };
  }

  get(key: string): Promise<unknown> {
    this.calls.get += 1;
    return this.inner.get(key);
  }

  getMany(keys: readonly string[]): Promise<Map<string, unknown>> {
    this.calls.getMany += 1;
    return this.inner.getMany(keys);
  }

  set(key: string, value: unknown, options?: WriteOptions): Promise<void> {
    this.calls.set += 1;
    return this.inner.set(key, value, options);
  }

  setIfAbsent(key: string, value: unknown, options?: WriteOptions): Promise<boolean> {
    this.calls.setIfAbsent += 1;
    return this.inner.setIfAbsent(key, value, options);
  }

  delete(key: string): Promise<void> {
    this.calls.delete += 1;
    return this.inner.delete(key);
  }

  transact(writes: TransactionWrites): Promise<void> {
    this.calls.transact += 1;
    return this.inner.transact(writes);
  }

  list(prefix: string, page?: ListPageRequest): Promise<ListPage> {
    this.calls.list += 1;
    return this.inner.list(prefix, page);
  }
}
