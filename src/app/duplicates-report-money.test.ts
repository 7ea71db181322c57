import fc from 'fast-check';
import type { ExchangeRateTable } from '../core/money/exchange-rates';
import { moneyAtStake } from './duplicates-report-money';

const rates: ExchangeRateTable = { base: 'EUR', rates: [{ currency: 'PLN', date: '2026-11-01', rate: '0.2360' }] };
const line = (planned: number, currency: string) => ({ planned, committed: 0, actual: 0, currency, category: 'production' });

describe('moneyAtStake', () => {
  it('keeps the largest copy and counts the rest: EUR 800 kept, EUR 500 and PLN 1 000 (EUR 236) at stake', () => {
    const result = moneyAtStake(
      [
        { id: 'a', key: 'BRD-1', budget: line(50000, 'EUR') },
        { id: 'b', key: 'ATL-2', budget: line(80000, 'EUR') },
        { id: 'c', key: 'GRW-3', budget: line(100000, 'PLN') },
        { id: 'd', key: 'EVT-4' },
      ],
      rates,
      '2026-11-23',
    );
    expect(result).toMatchObject({ moneyAtStake: 73600, largestTaskId: 'b', unconverted: [] });
    expect(Object.fromEntries(result.plannedInBase)).toEqual({ a: 50000, b: 80000, c: 23600 });
  });

  it('names a budget with no rate rather than guessing its value', () => {
    const result = moneyAtStake([{ id: 'a', key: 'BRD-1', budget: line(50000, 'EUR') }, { id: 'z', key: 'EVT-9', budget: line(900000, 'CHF') }], rates, '2026-11-23');
    expect(result.moneyAtStake).toBe(0);
    expect(result.unconverted).toEqual([{ taskId: 'z', key: 'EVT-9', currency: 'CHF', amount: 900000, message: expect.stringContaining('CHF') }]);
  });

  it('converts attached work for the reader without counting it: the EUR 2 000 related task is neither kept nor at stake', () => {
    const counted = new Set(['a', 'b']);
    const result = moneyAtStake(
      [
        { id: 'a', key: 'BRD-1', budget: line(50000, 'EUR') },
        { id: 'b', key: 'ATL-2', budget: line(80000, 'EUR') },
        { id: 'r', key: 'GRW-5', budget: line(200000, 'EUR') },
        { id: 'z', key: 'EVT-9', budget: line(900000, 'CHF') },
      ],
      rates,
      '2026-11-23',
      (taskId) => counted.has(taskId),
    );
    expect(result).toMatchObject({ moneyAtStake: 50000, largestTaskId: 'b', unconverted: [] });
    expect(Object.fromEntries(result.plannedInBase)).toEqual({ a: 50000, b: 80000, r: 200000 });
  });

  it('is always the total less the largest budget: never negative, never more than the total', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 8 }), (amounts) => {
        const tasks = amounts.map((planned, at) => ({ id: `t${at}`, key: `T-${at}`, budget: line(planned, 'EUR') }));
        const result = moneyAtStake(tasks, rates, '2026-11-23');
        const total = amounts.reduce((sum, amount) => sum + amount, 0);
        expect(result.moneyAtStake).toBe(total - Math.max(...amounts));
        expect(result.moneyAtStake).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
