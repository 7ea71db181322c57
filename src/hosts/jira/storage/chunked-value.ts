import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { BATCH_LIMIT, type KeyValueStore } from './key-value-store';
import { StoredRecordError } from './stored-record-error';
import { errorMessage } from '../../shared/error-message';

/** Chunk text stays under this, below Forge's 240 KiB per value, leaving room for JSON quoting. */
export const CHUNK_CHARS = 200 * 1024;

const ChunkedManifest = z.object({
  format: z.literal('mops-chunked/1'),
  /** Names this write's chunks, so a new write never overwrites chunks a reader may be fetching. */
  token: z.string().min(1),
  /** Gzipped JSON in base64: ASCII only, so characters are bytes and no escaping grows a chunk. */
  encoding: z.literal('gzip-base64'),
  /** The whole text when it fits here; otherwise its chunks are stored under their own keys. */
  inline: z.string().optional(),
  chunks: z.number().int().nonnegative(),
  /** Length of the JSON text before compression, for reports. */
  jsonBytes: z.number().int().nonnegative(),
});
type ChunkedManifest = z.infer<typeof ChunkedManifest>;

/**
 * Where chunk `index` of the write named `token` lives.
 *
 * @example
 * chunkKey('mops:dup:snapshot', 'f3a9', 2) // 'mops:dup:snapshot:chunk:f3a9:2'
 */
export function chunkKey(key: string, token: string, index: number): string {
  return `${key}:chunk:${token}:${index}`;
}

/** What one chunked write stored. */
export interface ChunkedWrite {
  chunks: number;
  jsonBytes: number;
  storedChars: number;
}

/**
 * Stores a JSON value of any size under `key`: compressed, and cut into chunks of at most `CHUNK_CHARS`
 * when it does not fit in one value. Chunks are written before the manifest at `key`, so a reader sees
 * the old value or the new one, never half of each; the previous write's chunks are deleted afterwards.
 *
 * @example
 * await writeChunked(store, 'mops:people', { schemaVersion: 1, people }, randomUUID());
 */
export async function writeChunked(store: KeyValueStore, key: string, value: unknown, token: string): Promise<ChunkedWrite> {
  const json = JSON.stringify(value);
  const text = gzipSync(Buffer.from(json, 'utf8')).toString('base64');
  const previous = ChunkedManifest.safeParse(await store.get(key));
  const jsonBytes = Buffer.byteLength(json, 'utf8');
  let manifest: ChunkedManifest;
  if (text.length <= CHUNK_CHARS) {
    manifest = { format: 'mops-chunked/1', token, encoding: 'gzip-base64', inline: text, chunks: 0, jsonBytes };
  } else {
    const pieces: string[] = [];
    for (let at = 0; at < text.length; at += CHUNK_CHARS) pieces.push(text.slice(at, at + CHUNK_CHARS));
    await Promise.all(pieces.map((piece, index) => store.set(chunkKey(key, token, index), piece)));
    manifest = { format: 'mops-chunked/1', token, encoding: 'gzip-base64', chunks: pieces.length, jsonBytes };
  }
  await store.set(key, manifest);
  if (previous.success && previous.data.token !== token) {
    const old = previous.data;
    await Promise.all(Array.from({ length: old.chunks }, (_, index) => store.delete(chunkKey(key, old.token, index))));
  }
  return { chunks: manifest.chunks, jsonBytes, storedChars: text.length };
}

/**
 * Reads what `writeChunked` stored, or undefined when nothing is. A chunk that vanished because a newer
 * write replaced the value sends the reader back to the new manifest, once.
 *
 * @example
 * const stored = await readChunked(store, 'mops:people');
 */
export async function readChunked(store: KeyValueStore, key: string): Promise<unknown> {
  for (let attempt = 0; ; attempt += 1) {
    const raw = await store.get(key);
    if (raw === undefined) return undefined;
    const parsed = ChunkedManifest.safeParse(raw);
    if (!parsed.success) throw new StoredRecordError(key, `is not a chunked value (format "mops-chunked/1"): ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
    const manifest = parsed.data;
    const text = manifest.inline ?? (await readChunks(store, key, manifest));
    if (text === undefined) {
      if (attempt === 0) continue;
      throw new StoredRecordError(key, `lists ${manifest.chunks} chunks under token ${manifest.token}, but some are missing`);
    }
    try {
      return JSON.parse(gunzipSync(Buffer.from(text, 'base64')).toString('utf8')) as unknown;
    } catch (error) {
      throw new StoredRecordError(key, `could not be decompressed or parsed: ${errorMessage(error)}`);
    }
  }
}

async function readChunks(store: KeyValueStore, key: string, manifest: ChunkedManifest): Promise<string | undefined> {
  const keys = Array.from({ length: manifest.chunks }, (_, index) => chunkKey(key, manifest.token, index));
  const batches: string[][] = [];
  for (let at = 0; at < keys.length; at += BATCH_LIMIT) batches.push(keys.slice(at, at + BATCH_LIMIT));
  const found = new Map<string, unknown>();
  for (const values of await Promise.all(batches.map((batch) => store.getMany(batch)))) for (const [chunk, value] of values) found.set(chunk, value);
  const pieces: string[] = [];
  for (const chunk of keys) {
    const piece = found.get(chunk);
    if (typeof piece !== 'string') return undefined;
    pieces.push(piece);
  }
  return pieces.join('');
}
