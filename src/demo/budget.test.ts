import fc from 'fast-check';
import { budgetLineFor, priceIn, spendFor } from './budget';
import { createRandom } from './random';

const categories = fc.constantFrom('todo' as const, 'in_progress' as const, 'done' as const);
const planned = fc.integer({ min: 1000, max: 100_000_000 });

describe('priceIn', () => {
  it('turns a euro amount into a local price rounded to tens', () => {
    expect(priceIn('EUR', 1234)).toBe(123000);
    expect(priceIn('PLN', 1000)).toBe(425000);
    expect(priceIn('GBP', 1000)).toBe(87000);
  });
});

describe('spendFor', () => {
  it('keeps a normal task at or under 85 % committed, and actual never above committed', () => {
    fc.assert(
      fc.property(fc.integer(), categories, planned, (seed, category, amount) => {
        const spend = spendFor(createRandom(seed), 'normal', category, amount);
        return spend !== undefined && spend.committed * 100 <= amount * 85 + 100 && spend.actual <= spend.committed;
      }),
    );
  });

  it('keeps a warning task between 92 % and 98 % committed with actual under plan', () => {
    fc.assert(
      fc.property(fc.integer(), categories, planned, (seed, category, amount) => {
        const spend = spendFor(createRandom(seed), 'committed-warning', category, amount);
        return spend !== undefined && spend.committed * 100 >= amount * 92 - 100 && spend.committed * 100 <= amount * 98 + 100 && spend.actual < amount;
      }),
    );
  });

  it('makes every started task of an overrun campaign spend more than planned, and leaves unstarted ones unbudgeted', () => {
    fc.assert(
      fc.property(fc.integer(), planned, (seed, amount) => {
        const random = createRandom(seed);
        const done = spendFor(random, 'overrun', 'done', amount);
        const started = spendFor(random, 'overrun', 'in_progress', amount);
        return done !== undefined && started !== undefined && done.actual > amount && started.actual > amount && started.committed >= started.actual;
      }),
    );
    expect(spendFor(createRandom(1), 'overrun', 'todo', 100000)).toBeUndefined();
  });
});

describe('budgetLineFor', () => {
  it('names the agency as vendor and leaves in-house work without one', () => {
    expect(budgetLineFor(createRandom(3), 'normal', 'todo', 'GBP', 'media', 4000, 'team-brightwave')?.vendor).toBe('Brightwave Media');
    expect(budgetLineFor(createRandom(3), 'normal', 'todo', 'PLN', 'production', 1000, 'team-brand')).not.toHaveProperty('vendor');
  });
});
