import { z } from 'zod';
import { Instant } from '../../../core/dates/local-date';

/**
 * The duplicate index's change journal: every put or remove also writes one entry, in the same KVS
 * transaction as the records it changes, under a minute bucket and an hour bucket of the writer's clock.
 * A warm instance catches up by listing the buckets since it last looked (minute buckets for short gaps,
 * hour buckets for long ones) instead of re-reading every record. Entries expire with a TTL.
 */
export const JournalEntry = z.object({
  /** Unique and time-ordered: "<UTC instant, digits only>-<token>". */
  stamp: z.string().min(1),
  at: Instant,
  changes: z.array(z.object({ taskId: z.string().min(1), change: z.enum(['put', 'remove']) })).min(1),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

export type BucketSize = 'minute' | 'hour';

const BUCKET_MS: Record<BucketSize, number> = { minute: 60_000, hour: 3_600_000 };
const BUCKET_DIGITS: Record<BucketSize, number> = { minute: 12, hour: 10 };
const BUCKET_TAG: Record<BucketSize, string> = { minute: 'm', hour: 'h' };

/** "2026-11-23T10:05:12.345Z" → "20261123100512345" (digits only, fit for a KVS key). */
function digitsOf(at: Date): string {
  return at.toISOString().replace(/\D/g, '');
}

/**
 * A stamp for a journal entry written at `at`: sorts by time, unique by token.
 *
 * @example
 * journalStamp(new Date('2026-11-23T10:05:12.345Z'), 'f3a9') // '20261123100512345-f3a9'
 */
export function journalStamp(at: Date, token: string): string {
  return `${digitsOf(at)}-${token}`;
}

/**
 * The key prefix of the bucket holding entries written at `at`.
 *
 * @example
 * bucketPrefix('mops:dup:', 'minute', new Date('2026-11-23T10:05:12Z')) // 'mops:dup:journal:m:202611231005:'
 */
export function bucketPrefix(prefix: string, size: BucketSize, at: Date): string {
  return `${prefix}journal:${BUCKET_TAG[size]}:${digitsOf(at).slice(0, BUCKET_DIGITS[size])}:`;
}

/**
 * The keys one entry is written under: one per bucket size.
 *
 * @example
 * journalKeys('mops:dup:', { stamp: '20261123100512345-f3a9', at: '2026-11-23T10:05:12.345Z', changes: [{ taskId: '10042', change: 'put' }] })
 * // ['mops:dup:journal:m:202611231005:20261123100512345-f3a9', 'mops:dup:journal:h:2026112310:20261123100512345-f3a9']
 */
export function journalKeys(prefix: string, entry: JournalEntry): string[] {
  const at = new Date(entry.at);
  return (['minute', 'hour'] as const).map((size) => `${bucketPrefix(prefix, size, at)}${entry.stamp}`);
}

/**
 * Every bucket prefix from the one holding `fromMs` to the one holding `toMs`, oldest first.
 *
 * @example
 * bucketsBetween('mops:dup:', 'hour', Date.parse('2026-11-23T08:59:00Z'), Date.parse('2026-11-23T10:01:00Z')).length // 3
 */
export function bucketsBetween(prefix: string, size: BucketSize, fromMs: number, toMs: number): string[] {
  const step = BUCKET_MS[size];
  const buckets: string[] = [];
  for (let start = Math.floor(fromMs / step) * step; start <= toMs; start += step) buckets.push(bucketPrefix(prefix, size, new Date(start)));
  return buckets;
}
