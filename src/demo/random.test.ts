import fc from 'fast-check';
import { createRandom, shuffled } from './random';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and another for a different seed', () => {
    const first = Array.from({ length: 5 }, createRandom(1).next);
    const again = Array.from({ length: 5 }, createRandom(1).next);
    const other = Array.from({ length: 5 }, createRandom(2).next);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it('draws whole numbers inside the range, both ends reachable', () => {
    const random = createRandom(7);
    const rolls = new Set(Array.from({ length: 600 }, () => random.int(1, 6)));
    expect([...rolls].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('never leaves [min, max] whatever the seed', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (seed, min, width) => {
        const value = createRandom(seed).int(min, min + width);
        return Number.isInteger(value) && value >= min && value <= min + width;
      }),
    );
  });

  it('refuses a fractional seed, naming it', () => {
    expect(() => createRandom(1.5)).toThrow('Seed must be a whole number; got 1.5');
  });
});

describe('shuffled', () => {
  it('returns a permutation and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer()), (seed, items) => {
        const before = [...items];
        const result = shuffled(createRandom(seed), items);
        expect(items).toEqual(before);
        expect([...result].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });
});
