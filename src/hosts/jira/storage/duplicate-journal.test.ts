import { bucketPrefix, bucketsBetween, journalKeys, journalStamp } from './duplicate-journal';

describe('duplicate journal keys', () => {
  const at = new Date('2026-11-23T10:05:12.345Z');

  it('stamps entries so that they sort by the instant they were written', () => {
    expect(journalStamp(at, 'f3a9')).toBe('20261123100512345-f3a9');
    expect(journalStamp(new Date('2026-11-23T10:05:12.346Z'), 'a') > journalStamp(at, 'f3a9')).toBe(true);
  });

  it('files an entry under its minute and its hour', () => {
    expect(journalKeys('mops:dup:', { stamp: '20261123100512345-f3a9', at: at.toISOString(), changes: [{ taskId: '10042', change: 'put' }] })).toEqual([
      'mops:dup:journal:m:202611231005:20261123100512345-f3a9',
      'mops:dup:journal:h:2026112310:20261123100512345-f3a9',
    ]);
  });

  it('lists every bucket a gap touches, both ends included', () => {
    expect(bucketsBetween('mops:dup:', 'hour', Date.parse('2026-11-23T08:59:00Z'), Date.parse('2026-11-23T10:01:00Z'))).toEqual([
      'mops:dup:journal:h:2026112308:',
      'mops:dup:journal:h:2026112309:',
      'mops:dup:journal:h:2026112310:',
    ]);
    expect(bucketsBetween('mops:dup:', 'minute', Date.parse('2026-11-23T23:59:30Z'), Date.parse('2026-11-24T00:00:10Z'))).toEqual([
      'mops:dup:journal:m:202611232359:',
      'mops:dup:journal:m:202611240000:',
    ]);
    expect(bucketPrefix('mops:dup:', 'minute', at)).toBe('mops:dup:journal:m:202611231005:');
  });
});
