import { DuplicateIndex, serialiseIndex } from '../../../core/duplicates';
import { analyserFingerprint } from './analyser-fingerprint';
import { writeChunked } from './chunked-value';
import { readDuplicateSnapshot } from './duplicate-snapshot';
import { InMemoryKeyValueStore } from './in-memory-key-value-store';

const TAKEN_AT = '2026-11-23T09:00:00.000Z';

function indexOfTwoHelpPages(): DuplicateIndex {
  const index = new DuplicateIndex();
  index.add({ id: '10001', title: '[De] mailnews_security.xhtml: Typos', projectId: 'HELP', statusCategory: 'todo', createdAt: '2026-11-02T09:00:00Z' });
  index.add({ id: '10002', title: 'Book a photographer for the spring shoot', projectId: 'BRAND', statusCategory: 'todo', createdAt: '2026-11-03T09:00:00Z' });
  return index;
}

async function storedSnapshot(index: unknown): Promise<InMemoryKeyValueStore> {
  const kv = new InMemoryKeyValueStore();
  await writeChunked(kv, 'mops:dup:snapshot', { format: 'mops-dup-snapshot/1', takenAt: TAKEN_AT, taskCount: 2, analyser: analyserFingerprint(), seen: [], index }, 'token-1');
  return kv;
}

describe('readDuplicateSnapshot', () => {
  const tenMinutesLater = Date.parse(TAKEN_AT) + 10 * 60_000;

  it('serves a snapshot of this build\'s index format', async () => {
    const kv = await storedSnapshot(serialiseIndex(indexOfTwoHelpPages()));
    const { warm, warnings } = await readDuplicateSnapshot(kv, 'mops:dup:snapshot', tenMinutesLater);
    expect(warnings).toEqual([]);
    expect(warm?.index.size).toBe(2);
  });

  it('passes over an index stored in an older format, whose tasks lack what this build analyses, so the records are read', async () => {
    // Format 1 did not hold the files, tickets and sites a title names: loaded, the help page above would
    // pass for a likely duplicate of "[De] mailnews_preferences.xhtml: Typos".
    const current = serialiseIndex(indexOfTwoHelpPages());
    const formatOne = { ...current, format: 'mops-duplicates/1', tasks: current.tasks.map(({ subjects: _subjects, ...task }) => task) };
    const kv = await storedSnapshot(formatOne);
    const { warm, warnings } = await readDuplicateSnapshot(kv, 'mops:dup:snapshot', tenMinutesLater);
    expect(warm).toBeUndefined();
    expect(warnings).toEqual([
      'Snapshot "mops:dup:snapshot" could not be used (Stored duplicate index is not valid at "format": Invalid input: expected "mops-duplicates/2"; expected format "mops-duplicates/2"); read every record instead',
    ]);
  });
});
