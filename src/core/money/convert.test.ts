import fc from 'fast-check';
import { convertFromBase, convertToBase, convertToBaseExact, divideHalfEven, rateOn } from './convert';
import type { ExchangeRateTable } from './exchange-rates';

const plnBook: ExchangeRateTable = {
  base: 'PLN',
  rates: [
    { currency: 'EUR', date: '2026-01-02', rate: '4.2512' },
    { currency: 'EUR', date: '2026-02-02', rate: '4.3001' },
    { currency: 'USD', date: '2026-01-02', rate: '3.9876' },
    { currency: 'EUR', date: '2026-03-02', rate: '4.1000' },
    { currency: 'GBP', date: '2026-04-01', rate: '5.0123' },
  ],
};

/** "12.3456" from 123456 and 4 decimals, so generated rates are exact decimal strings. */
function rateText(numerator: bigint, decimals: number): string {
  if (decimals === 0) return numerator.toString();
  const digits = numerator.toString().padStart(decimals + 1, '0');
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** A rate r with 0.01 ≤ r ≤ 100 and 2 to 8 decimals, as [numerator, denominator, text]. */
const rateBetweenOneHundredthAndOneHundred = fc.integer({ min: 2, max: 8 }).chain((decimals) => {
  const denominator = 10n ** BigInt(decimals);
  return fc
    .bigInt({ min: denominator / 100n, max: denominator * 100n })
    .map((numerator) => [numerator, denominator, rateText(numerator, decimals)] as const);
});

const eurAmount = fc.integer({ min: 0, max: 100_000_000_000 });

function usdBook(rate: string): ExchangeRateTable {
  return { base: 'USD', rates: [{ currency: 'EUR', date: '2026-01-01', rate }] };
}

function minorOf(result: ReturnType<typeof convertToBase>): number {
  if (!result.ok) throw new Error(result.error.message);
  return result.minor;
}

describe('divideHalfEven', () => {
  it('rounds halves to the even neighbour in both directions and everything else to the nearest', () => {
    expect([1n, 3n, 5n, 7n].map((n) => divideHalfEven(n, 2n))).toEqual([0n, 2n, 2n, 4n]);
    expect([-1n, -3n, -5n, -7n].map((n) => divideHalfEven(n, 2n))).toEqual([0n, -2n, -2n, -4n]);
    expect(divideHalfEven(149n, 100n)).toBe(1n);
    expect(divideHalfEven(151n, 100n)).toBe(2n);
    expect(divideHalfEven(-151n, 100n)).toBe(-2n);
  });
});

describe('rateOn', () => {
  it('takes the latest rate dated on or before the day asked about', () => {
    expect(rateOn(plnBook, 'EUR', '2026-02-15')?.rate).toBe('4.3001');
    expect(rateOn(plnBook, 'EUR', '2026-03-02')?.rate).toBe('4.1000');
    expect(rateOn(plnBook, 'EUR', '2026-01-01')).toBeUndefined();
  });

  it('lets the rate listed last win when two share a date, as an appended correction would', () => {
    const corrected: ExchangeRateTable = {
      base: 'PLN',
      rates: [
        { currency: 'EUR', date: '2026-01-02', rate: '4.2512' },
        { currency: 'EUR', date: '2026-01-02', rate: '4.2521' },
      ],
    };
    expect(rateOn(corrected, 'EUR', '2026-01-05')?.rate).toBe('4.2521');
  });

  it('always gives the base currency a rate of 1, even when the table lists something else for it', () => {
    const odd: ExchangeRateTable = { base: 'PLN', rates: [{ currency: 'PLN', date: '2026-01-01', rate: '2' }] };
    expect(rateOn(odd, 'PLN', '2025-06-01')).toEqual({ currency: 'PLN', date: '2025-06-01', rate: '1' });
  });
});

describe('convertToBase', () => {
  it('converts EUR 1,250.50 to PLN at 4.2512, rounding PLN 5,316.1256 to 5,316.13', () => {
    expect(convertToBase(125050, 'EUR', plnBook, '2026-01-20')).toEqual({ ok: true, minor: 531613 });
  });

  it('scales between currencies with different minor units: EUR 100.00 at 161.235 is JPY 16,123.5, rounded to the even 16,124', () => {
    const yenBook: ExchangeRateTable = { base: 'JPY', rates: [{ currency: 'EUR', date: '2026-01-01', rate: '161.235' }] };
    expect(convertToBase(10000, 'EUR', yenBook, '2026-01-01')).toEqual({ ok: true, minor: 16124 });
    expect(convertToBase(10100, 'EUR', yenBook, '2026-01-01')).toEqual({ ok: true, minor: 16285 });
    const dinarBook: ExchangeRateTable = { base: 'KWD', rates: [{ currency: 'JPY', date: '2026-01-01', rate: '0.00205' }] };
    // JPY 15,000 × 0.00205 = KWD 30.750, i.e. 30750 fils.
    expect(convertToBase(15000, 'JPY', dinarBook, '2026-01-01')).toEqual({ ok: true, minor: 30750 });
  });

  it('reports a missing rate, with currency and date, when the only rate is dated after the as-of date', () => {
    expect(convertToBase(50000, 'GBP', plnBook, '2026-03-31')).toEqual({
      ok: false,
      error: {
        kind: 'missing-rate',
        currency: 'GBP',
        date: '2026-03-31',
        message: 'No GBP to PLN exchange rate on or before 2026-03-31: the earliest GBP rate is dated 2026-04-01; add one dated on or before 2026-03-31',
      },
    });
    expect(convertToBase(50000, 'GBP', plnBook, '2026-04-01')).toEqual({ ok: true, minor: 250615 });
  });

  it('reports a missing rate for a currency the table never mentions, and never answers zero', () => {
    const result = convertToBase(0, 'CHF', plnBook, '2026-03-31');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('the table has no CHF rate at all');
  });

  it('refuses to answer with a number that has lost precision', () => {
    const extreme: ExchangeRateTable = { base: 'USD', rates: [{ currency: 'EUR', date: '2026-01-01', rate: '1000000' }] };
    expect(() => convertToBase(100_000_000_000, 'EUR', extreme, '2026-01-01')).toThrow(RangeError);
    expect(convertToBaseExact(100_000_000_000n, 'EUR', extreme, '2026-01-01')).toEqual({ ok: true, minor: 100_000_000_000_000_000n });
    expect(() => convertToBase(0.5, 'EUR', extreme, '2026-01-01')).toThrow('amountMinor must be a whole number of minor units');
  });

  it('leaves amounts in the base currency untouched', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (amount) => {
        expect(convertToBase(amount, 'PLN', plnBook, '2020-01-01')).toEqual({ ok: true, minor: amount });
        expect(convertFromBase(amount, 'PLN', plnBook, '2020-01-01')).toEqual({ ok: true, minor: amount });
      }),
    );
  });

  it('never lets a larger amount convert to a smaller one, whatever the rate and minor units', () => {
    const fromCurrency = fc.constantFrom('EUR', 'JPY', 'KWD', 'CLF', 'USD');
    fc.assert(
      fc.property(rateBetweenOneHundredthAndOneHundred, fromCurrency, eurAmount, eurAmount, ([, , rate], currency, a, b) => {
        const book: ExchangeRateTable = { base: 'USD', rates: [{ currency, date: '2026-01-01', rate }] };
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(minorOf(convertToBase(low, currency, book, '2026-01-01'))).toBeLessThanOrEqual(minorOf(convertToBase(high, currency, book, '2026-01-01')));
        expect(minorOf(convertFromBase(low, currency, book, '2026-01-01'))).toBeLessThanOrEqual(minorOf(convertFromBase(high, currency, book, '2026-01-01')));
      }),
    );
  });
});

/*
 * Round trip x → y = round(x·r) → z = round(y / r), both currencies with the same minor unit, r > 0.
 * Each rounding is off by at most ½, so |y − x·r| ≤ ½ and |z − y/r| ≤ ½, hence
 *   |z − x| ≤ |z − y/r| + |y − x·r| / r ≤ ½ + 1/(2r),   i.e.   2·r·|z − x| ≤ r + 1.
 * As z − x is a whole number of minor units this means:
 *   r > 1/3        → |z − x| ≤ 1 (and r ≥ 1 → z = x exactly, since ½ + 1/(2r) < 1 for r > 1);
 *   0.01 ≤ r ≤ 1/3 → |z − x| ≤ ⌊½ + 1/(2r)⌋, which reaches 50 minor units at r = 0.01.
 * So "within one minor unit" is NOT true across 0.01 … 100: a cheap currency cannot carry the cents
 * of a dear one. The tests below check the bound that holds and show it is tight.
 */
describe('round trip through the base currency', () => {
  it('stays within ½ + 1/(2r) minor units of the original for any rate 0.01 ≤ r ≤ 100', () => {
    fc.assert(
      fc.property(rateBetweenOneHundredthAndOneHundred, eurAmount, ([numerator, denominator, rate], amount) => {
        const book = usdBook(rate);
        const back = minorOf(convertFromBase(minorOf(convertToBase(amount, 'EUR', book, '2026-01-01')), 'EUR', book, '2026-01-01'));
        const drift = BigInt(Math.abs(back - amount));
        // 2·r·drift ≤ r + 1 with r = numerator / denominator, multiplied through by the denominator.
        expect(2n * numerator * drift).toBeLessThanOrEqual(numerator + denominator);
        expect(Math.abs(back - amount)).toBeLessThanOrEqual(50);
      }),
    );
  });

  it('is within one minor unit when r > 1/3, and exact when r ≥ 1', () => {
    fc.assert(
      fc.property(rateBetweenOneHundredthAndOneHundred, eurAmount, ([numerator, denominator, rate], amount) => {
        fc.pre(3n * numerator > denominator);
        const book = usdBook(rate);
        const back = minorOf(convertFromBase(minorOf(convertToBase(amount, 'EUR', book, '2026-01-01')), 'EUR', book, '2026-01-01'));
        expect(Math.abs(back - amount)).toBeLessThanOrEqual(1);
        if (numerator >= denominator) expect(back).toBe(amount);
      }),
    );
  });

  it('can be off by exactly the bound: 150 minor units at 0.01 come back as 200, and 2 at 0.25 as 0', () => {
    const hundredth = usdBook('0.01');
    expect(convertToBase(150, 'EUR', hundredth, '2026-01-01')).toEqual({ ok: true, minor: 2 });
    expect(convertFromBase(2, 'EUR', hundredth, '2026-01-01')).toEqual({ ok: true, minor: 200 });
    const quarter = usdBook('0.25');
    expect(convertToBase(2, 'EUR', quarter, '2026-01-01')).toEqual({ ok: true, minor: 0 });
    expect(convertFromBase(0, 'EUR', quarter, '2026-01-01')).toEqual({ ok: true, minor: 0 });
  });
});
