import { ForgeKvsAPIError } from '@forge/kvs';
import { KvsImpl } from '@forge/kvs/out/kvs';
import { StorageApi } from '@forge/kvs/out/storage-api';
import { forgeKeyValueStore } from './forge-key-value-store';
import { InMemoryKeyValueStore } from './in-memory-key-value-store';
import type { WriteOptions } from './key-value-store';

interface SentRequest {
  path: string;
  body: unknown;
}

type Body = Record<string, unknown>;

function ttlSeconds(options: unknown): WriteOptions {
  const ttl = (options as { ttl?: { value: number; unit: string } } | undefined)?.ttl;
  if (!ttl) return {};
  const factor = { SECONDS: 1, MINUTES: 60, HOURS: 3600, DAYS: 86400 }[ttl.unit] ?? Number.NaN;
  return { ttlSeconds: ttl.value * factor };
}

function json(status: number, body?: unknown): Response {
  // A 204 may carry no body at all, not even an empty one.
  return new Response(status === 204 ? null : body === undefined ? '' : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/**
 * Forge's KVS REST endpoints as the `@forge/kvs` client calls them (POST /api/v1/…), answered from an
 * in-memory store. The real client code builds every request and reads every answer; only the server
 * is ours. A key created twice with FAIL_IF_EXISTS answers 409 KEY_CONFLICT.
 */
function fakeForgeKvs(store: InMemoryKeyValueStore, sent: SentRequest[]) {
  return async (path: string, init?: RequestInit): Promise<Response> => {
    const body = JSON.parse(String(init?.body ?? 'null')) as unknown;
    sent.push({ path, body });
    const request = body as Body;
    try {
      switch (path) {
        case '/api/v1/get': {
          const value = await store.get(String(request.key));
          return value === undefined ? json(404, { code: 'KEY_NOT_FOUND', message: 'The specified key does not exist.' }) : json(200, { key: request.key, value });
        }
        case '/api/v1/set': {
          const options = request.options as { keyPolicy?: string } | undefined;
          if (options?.keyPolicy === 'FAIL_IF_EXISTS') {
            const created = await store.setIfAbsent(String(request.key), request.value, ttlSeconds(options));
            return created ? json(200) : json(409, { code: 'KEY_CONFLICT', message: 'The key already exists.' });
          }
          await store.set(String(request.key), request.value, ttlSeconds(options));
          return json(200);
        }
        case '/api/v1/delete':
          await store.delete(String(request.key));
          return json(204);
        case '/api/v1/batch/get': {
          const keys = (body as Array<{ key: string }>).map((item) => item.key);
          const found = await store.getMany(keys);
          return json(200, {
            successfulKeys: [...found].map(([key, value]) => ({ key, value })),
            failedKeys: keys.filter((key) => !found.has(key)).map((key) => ({ key, error: { code: 'KEY_NOT_FOUND', message: 'The specified key does not exist.' } })),
          });
        }
        case '/api/v1/query': {
          const where = (request.where as Array<{ condition: string; values: string[] }> | undefined)?.[0];
          const page = await store.list(where?.values[0] ?? '', { ...(request.limit ? { limit: Number(request.limit) } : {}), ...(request.after ? { cursor: String(request.after) } : {}) });
          return json(200, { data: page.entries, ...(page.cursor ? { cursor: page.cursor } : {}) });
        }
        case '/api/v1/transaction': {
          const sets = (request.set as Array<{ key: string; value: unknown; options?: unknown }> | undefined) ?? [];
          const deletes = (request.delete as Array<{ key: string }> | undefined) ?? [];
          await store.transact({ set: sets.map((item) => ({ key: item.key, value: item.value, options: ttlSeconds(item.options) })), delete: deletes.map((item) => item.key) });
          return json(204);
        }
        default:
          return json(404, { code: 'NOT_FOUND', message: `No route ${path}` });
      }
    } catch (error) {
      if (error instanceof ForgeKvsAPIError) return json(error.responseDetails.status, { code: error.code, message: error.message });
      throw error;
    }
  };
}

function forgeStoreOverFake() {
  const memory = new InMemoryKeyValueStore();
  const sent: SentRequest[] = [];
  const client = new KvsImpl(new StorageApi(fakeForgeKvs(memory, sent)));
  return { store: forgeKeyValueStore(client), memory, sent };
}

describe('forgeKeyValueStore over the real @forge/kvs client', () => {
  it('reads a missing key as undefined, the way Forge answers KEY_NOT_FOUND', async () => {
    const { store, sent } = forgeStoreOverFake();
    expect(await store.get('mops:settings')).toBeUndefined();
    await store.set('mops:settings', { schemaVersion: 2 });
    expect(await store.get('mops:settings')).toEqual({ schemaVersion: 2 });
    expect(sent.map((request) => request.path)).toEqual(['/api/v1/get', '/api/v1/set', '/api/v1/get']);
  });

  it('creates with keyPolicy FAIL_IF_EXISTS and reads a 409 as "someone else has it"', async () => {
    const { store, sent } = forgeStoreOverFake();
    expect(await store.setIfAbsent('mops:lease:task-created:10042', { token: 'a' }, { ttlSeconds: 90 })).toBe(true);
    expect(await store.setIfAbsent('mops:lease:task-created:10042', { token: 'b' })).toBe(false);
    expect(sent[0]).toEqual({
      path: '/api/v1/set',
      body: { key: 'mops:lease:task-created:10042', value: { token: 'a' }, options: { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: 90, unit: 'SECONDS' } } },
    });
    expect(await store.get('mops:lease:task-created:10042')).toEqual({ token: 'a' });
  });

  it('passes other refusals through as Forge raised them', async () => {
    const { store } = forgeStoreOverFake();
    await expect(store.setIfAbsent('k'.repeat(501), 1)).rejects.toMatchObject({ code: 'KEY_TOO_LONG', responseDetails: { status: 400 } });
    await expect(store.set('big', 'x'.repeat(250_000))).rejects.toMatchObject({ code: 'MAX_SIZE' });
  });

  it('sends a transaction as one request of sets and deletes', async () => {
    const { store, memory, sent } = forgeStoreOverFake();
    await memory.set('mops:dup:task:1', 'old');
    await store.transact({ set: [{ key: 'mops:dup:task:2', value: 'new', options: { ttlSeconds: 60 } }], delete: ['mops:dup:task:1'] });
    expect(sent).toEqual([
      {
        path: '/api/v1/transaction',
        body: { set: [{ key: 'mops:dup:task:2', value: 'new', options: { ttl: { value: 60, unit: 'SECONDS' } } }], delete: [{ key: 'mops:dup:task:1' }] },
      },
    ]);
    expect([await memory.get('mops:dup:task:1'), await memory.get('mops:dup:task:2')]).toEqual([undefined, 'new']);
  });

  it('reads a batch, leaving out keys Forge reports as not found', async () => {
    const { store, memory } = forgeStoreOverFake();
    await memory.set('a', 1);
    await memory.set('c', 3);
    expect(await store.getMany(['a', 'b', 'c'])).toEqual(new Map([['a', 1], ['c', 3]]));
  });

  it('pages through a prefix with beginsWith, limit and cursor', async () => {
    const { store, memory, sent } = forgeStoreOverFake();
    for (let n = 0; n < 150; n += 1) await memory.set(`mops:dup:task:${String(n).padStart(3, '0')}`, n);
    const first = await store.list('mops:dup:task:', { limit: 100 });
    const second = await store.list('mops:dup:task:', { limit: 100, ...(first.cursor ? { cursor: first.cursor } : {}) });
    expect([first.entries.length, second.entries.length, second.cursor]).toEqual([100, 50, undefined]);
    expect(first.entries[0]).toEqual({ key: 'mops:dup:task:000', value: 0 });
    expect(sent[0]).toEqual({ path: '/api/v1/query', body: { limit: 100, where: [{ property: 'key', condition: 'BEGINS_WITH', values: ['mops:dup:task:'] }] } });
    expect(sent[1]?.body).toMatchObject({ after: first.cursor });
  });
});
