import fc from 'fast-check';
import type { DuplicateCandidateInput } from './candidate';
import { DuplicateIndex, type DuplicateMatch } from './duplicate-index';

const WORDS = [
  'photographer', 'product', 'shoot', 'banner', 'webinar', 'landing', 'page', 'spring', 'campaign', 'video', 'edit', 'translate',
  'фотограф', 'съемка', 'баннер', 'вебинар', 'кампания', 'перевод', 'sesja', 'zdjęcia', 'kampania', 'baner', 'strona', 'tłumaczenie',
];

const text = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((words) => words.join(' '));

const taskArbitrary = (id: string): fc.Arbitrary<DuplicateCandidateInput> =>
  fc.record({ title: text(1, 6), description: text(0, 12), project: fc.constantFrom('A', 'B', 'C') }).map(({ title, description, project }) => ({
    id,
    title,
    description,
    projectId: project,
    statusCategory: 'todo' as const,
    createdAt: '2026-01-05T09:00:00Z',
  }));

type Operation = { kind: 'put'; task: DuplicateCandidateInput } | { kind: 'remove'; id: string };

const operations = fc.array(
  fc.oneof(
    fc.constantFrom('t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8').chain((id) => taskArbitrary(id).map((task): Operation => ({ kind: 'put', task }))),
    fc.constantFrom('t1', 't2', 't3', 't4').map((id): Operation => ({ kind: 'remove', id })),
  ),
  { minLength: 1, maxLength: 30 },
);

const comparable = (matches: DuplicateMatch[]): Array<[string, number, string | null, string[]]> =>
  matches.map((match) => [match.id, Math.round(match.score * 1e9), match.decision, match.matchedTerms]);

describe('DuplicateIndex properties', () => {
  it('gives the same answers after any sequence of adds, updates and removes as an index rebuilt from the survivors', () => {
    fc.assert(
      fc.property(operations, fc.array(text(1, 8), { minLength: 1, maxLength: 4 }), (steps, queries) => {
        const incremental = new DuplicateIndex();
        const survivors = new Map<string, DuplicateCandidateInput>();
        for (const step of steps) {
          if (step.kind === 'put') {
            incremental.add(step.task);
            survivors.set(step.task.id, step.task);
          } else {
            incremental.remove(step.id);
            survivors.delete(step.id);
          }
        }
        const rebuilt = new DuplicateIndex();
        for (const task of [...survivors.values()].sort((left, right) => (left.id < right.id ? -1 : 1))) rebuilt.add(task);
        expect(incremental.size).toBe(rebuilt.size);
        for (const query of queries) {
          expect(comparable(incremental.findDuplicates({ title: query }))).toEqual(comparable(rebuilt.findDuplicates({ title: query })));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('scores in [0,1], symmetrically, and 1 for a task with the same words', () => {
    fc.assert(
      fc.property(taskArbitrary('x'), taskArbitrary('y'), fc.array(taskArbitrary('z'), { maxLength: 3 }), (x, y, others) => {
        const index = new DuplicateIndex();
        for (const [position, other] of others.entries()) index.add({ ...other, id: `z${position}` });
        index.add(x);
        index.add(y);
        const xToY = index.findDuplicates(x).find((match) => match.id === 'y');
        const yToX = index.findDuplicates(y).find((match) => match.id === 'x');
        for (const match of [...index.findDuplicates(x), ...index.findDuplicates(y)]) {
          expect(match.score).toBeGreaterThanOrEqual(0);
          expect(match.score).toBeLessThanOrEqual(1);
        }
        expect(xToY?.score ?? 0).toBeCloseTo(yToX?.score ?? 0, 9);
        index.add({ ...x, id: 'x-copy', projectId: 'D' });
        expect(index.findDuplicates(x).find((match) => match.id === 'x-copy')?.score).toBeCloseTo(1, 9);
      }),
      { numRuns: 150 },
    );
  });
});
