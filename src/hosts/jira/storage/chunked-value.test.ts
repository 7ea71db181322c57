import { createHash } from 'node:crypto';
import { CHUNK_CHARS, chunkKey, readChunked, writeChunked } from './chunked-value';
import { CountingKeyValueStore } from './counting-key-value-store';
import { InMemoryKeyValueStore } from './in-memory-key-value-store';
import { StoredRecordError } from './stored-record-error';

/** Hex that gzip cannot shrink much: 64 characters of SHA-256 per item. */
function incompressible(items: number, seed: string): string[] {
  return Array.from({ length: items }, (_, item) => createHash('sha256').update(`${seed}:${item}`).digest('hex'));
}

describe('writeChunked / readChunked', () => {
  it('keeps a small value inline in the manifest: one read', async () => {
    const store = new CountingKeyValueStore(new InMemoryKeyValueStore());
    const written = await writeChunked(store, 'mops:people', { people: ['Ola', 'Ivan'] }, 't1');
    expect(written.chunks).toBe(0);
    store.resetCounts();
    expect(await readChunked(store, 'mops:people')).toEqual({ people: ['Ola', 'Ivan'] });
    expect(store.counts().reads).toBe(1);
  });

  it('cuts a large value into chunks of at most 200 KiB and reads them back with one batch', async () => {
    const memory = new InMemoryKeyValueStore();
    const store = new CountingKeyValueStore(memory);
    const value = { hashes: incompressible(12_000, 'a') };
    const written = await writeChunked(store, 'mops:dup:snapshot', value, 't1');
    expect(written.chunks).toBe(Math.ceil(written.storedChars / CHUNK_CHARS));
    expect(written.chunks).toBeGreaterThanOrEqual(3);
    for (let index = 0; index < written.chunks; index += 1) {
      const chunk = await memory.get(chunkKey('mops:dup:snapshot', 't1', index));
      expect(typeof chunk === 'string' && chunk.length <= CHUNK_CHARS).toBe(true);
    }
    store.resetCounts();
    expect(await readChunked(store, 'mops:dup:snapshot')).toEqual(value);
    expect(store.counts()).toMatchObject({ get: 1, getMany: 1, writes: 0 });
  });

  it('deletes the previous write’s chunks once the new manifest is in place', async () => {
    const memory = new InMemoryKeyValueStore();
    await writeChunked(memory, 'mops:dup:snapshot', { hashes: incompressible(12_000, 'a') }, 't1');
    const before = memory.size();
    await writeChunked(memory, 'mops:dup:snapshot', { hashes: incompressible(12_000, 'b') }, 't2');
    expect(memory.size()).toBe(before);
    expect(await memory.get(chunkKey('mops:dup:snapshot', 't1', 0))).toBeUndefined();
    expect(await readChunked(memory, 'mops:dup:snapshot')).toEqual({ hashes: incompressible(12_000, 'b') });
  });

  it('names the key when a chunk is missing', async () => {
    const memory = new InMemoryKeyValueStore();
    const written = await writeChunked(memory, 'mops:dup:snapshot', { hashes: incompressible(12_000, 'a') }, 't1');
    await memory.delete(chunkKey('mops:dup:snapshot', 't1', 1));
    await expect(readChunked(memory, 'mops:dup:snapshot')).rejects.toThrow(
      new StoredRecordError('mops:dup:snapshot', `lists ${written.chunks} chunks under token t1, but some are missing`),
    );
  });

  it('names the key when the manifest is not one', async () => {
    const memory = new InMemoryKeyValueStore();
    await memory.set('mops:people', [{ id: 'acc-1' }]);
    await expect(readChunked(memory, 'mops:people')).rejects.toThrow(/^Stored record "mops:people" is not a chunked value/);
  });
});
