import { DuplicateIndex } from '../../../core/duplicates';
import { applyRecord, decodeRecord, RECORD_BYTES, recordOf } from './duplicate-record';

const photoshoot = { id: '10042', title: 'Book photographer for Q1 product shoot', projectId: 'BRAND', statusCategory: 'todo' as const, createdAt: '2026-01-05T09:00:00Z' };

describe('duplicate records', () => {
  it('stores the candidate itself, so the engine that loads it analyses it', () => {
    const index = new DuplicateIndex();
    applyRecord(index, 'mops:dup:task:10042', JSON.parse(JSON.stringify(recordOf(photoshoot))));
    expect(index.findDuplicates({ title: 'Hire a photographer for the product photoshoot' })[0]?.id).toBe('10042');
  });

  it('cuts a description too long for one KVS value, keeping the title and the start', () => {
    const record = recordOf({ ...photoshoot, description: `Studio in Warsaw. ${'Журнал съёмки и заметки фотографа. '.repeat(8_000)}` });
    expect(Buffer.byteLength(JSON.stringify(record))).toBeLessThanOrEqual(RECORD_BYTES);
    expect(Buffer.byteLength(JSON.stringify(record))).toBeGreaterThan(RECORD_BYTES * 0.9);
    expect(record.candidate.description.startsWith('Studio in Warsaw.')).toBe(true);
    expect(record.candidate.title).toBe(photoshoot.title);
  });

  it('names the key and the field of a record that is not one', () => {
    expect(() => decodeRecord('mops:dup:task:10042', { schemaVersion: 1, candidate: { ...photoshoot, createdAt: 'yesterday' } })).toThrow(
      'Stored record "mops:dup:task:10042" is not a duplicate-index record at "candidate.createdAt": Timestamp must be ISO 8601 with a zone, e.g. 2026-11-23T09:30:00Z',
    );
  });
});
