import fc from 'fast-check';
import { DuplicateIndex } from './duplicate-index';
import { deserialiseIndex, serialiseIndex } from './serialise';

const WORDS = ['photographer', 'product', 'shoot', 'banner', 'webinar', 'landing', 'фотограф', 'съемка', 'баннер', 'sesja', 'zdjęcia', 'kampania'];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));

describe('serialiseIndex / deserialiseIndex', () => {
  it('answers every query the same after a JSON round trip, removed tasks included', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 12 }), fc.array(text, { minLength: 1, maxLength: 3 }), (tasks, queries) => {
        const index = new DuplicateIndex();
        tasks.forEach(([title, description], position) =>
          index.add({ id: `T-${position}`, title, description, projectId: position % 2 === 0 ? 'A' : 'B', statusCategory: 'todo', createdAt: '2026-01-05T09:00:00Z' }),
        );
        index.remove('T-0');
        const loaded = deserialiseIndex(JSON.parse(JSON.stringify(serialiseIndex(index))));
        expect(loaded.size).toBe(index.size);
        for (const query of queries) {
          const before = index.findDuplicates({ title: query }).map(({ id, score, decision }) => [id, Math.round(score * 1e9), decision]);
          const after = loaded.findDuplicates({ title: query }).map(({ id, score, decision }) => [id, Math.round(score * 1e9), decision]);
          expect(after).toEqual(before);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('keeps scope facts and shared assets', () => {
    const index = new DuplicateIndex();
    index.add({
      id: 'SOC-1', title: 'Carousel', description: 'shutterstock_2210345678', projectId: 'SOCIAL', teamId: 'social',
      statusCategory: 'done', createdAt: '2025-01-05T09:00:00Z', closedAt: '2025-02-01T00:00:00Z',
    });
    const loaded = deserialiseIndex(serialiseIndex(index));
    const query = { title: 'Billboard', description: 'shutterstock_2210345678' };
    expect(loaded.findDuplicates(query)[0]?.sharedAssets).toEqual(['stock:shutterstock:2210345678']);
    expect(loaded.findDuplicates(query, { scope: { closedWithinDays: 30, asOf: '2026-01-01T00:00:00Z' } })).toEqual([]);
    expect(loaded.findDuplicates(query, { scope: { sameTeam: 'exclude' } })).toHaveLength(1);
  });

  it('keeps the subjects a title names', () => {
    const index = new DuplicateIndex();
    index.add({ id: 'SM-1', title: 'www.golem.de - The page freezes', projectId: 'WEB', statusCategory: 'todo', createdAt: '2026-01-05T09:00:00Z' });
    const stored = serialiseIndex(index);
    expect(stored.tasks[0]?.subjects).toEqual(['site:golem.de']);
    const query = { title: 'www.digitalfernsehen.de - The page freezes' };
    expect(deserialiseIndex(stored).findDuplicates(query)[0]?.namesOtherSubject).toBe(true);
  });

  it('rejects an index stored before titles\' subjects were, so that its owner rebuilds it from the tasks', () => {
    // Format 1 held websites alone, or nothing: loaded as it is, "[De] mailnews_security.xhtml: Typos" would
    // pass for a likely duplicate of "[De] mailnews_preferences.xhtml: Typos".
    const index = new DuplicateIndex();
    index.add({ id: 'SM-1', title: '[De] mailnews_security.xhtml: Typos', projectId: 'HELP', statusCategory: 'todo', createdAt: '2026-01-05T09:00:00Z' });
    const stored = serialiseIndex(index);
    expect(stored.tasks[0]?.subjects).toEqual(['file:mailnews_security.xhtml']);
    const { subjects: _subjects, ...older } = stored.tasks[0] ?? { subjects: [] };
    const formatOne = { ...stored, format: 'mops-duplicates/1', tasks: [{ ...older, sites: [] }] };
    expect(() => deserialiseIndex(formatOne)).toThrow('Stored duplicate index is not valid at "format": Invalid input: expected "mops-duplicates/2"; expected format "mops-duplicates/2"');
  });

  it('rejects a stored index of another format, naming the field', () => {
    expect(() => deserialiseIndex({ format: 'other', terms: [], trigrams: [], tasks: [] })).toThrow(/"format".*mops-duplicates\/2/);
  });
});
