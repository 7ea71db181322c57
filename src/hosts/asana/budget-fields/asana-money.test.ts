import fc from 'fast-check';
import { maxMinorUnits } from '../../../core/money/amount';
import { asanaNumberToMinor, minorToAsanaNumber } from './asana-money';

describe('Asana currency numbers and minor units', () => {
  it('reads a planned budget of 1,250.50 EUR as 125,050 cents and writes it back as 1250.5', () => {
    expect(asanaNumberToMinor(1250.5, 'EUR')).toEqual({ ok: true, minor: 125050 });
    expect(minorToAsanaNumber(125050, 'EUR')).toBe(1250.5);
  });

  it('keeps currencies without decimals and with three decimals exact', () => {
    expect(asanaNumberToMinor(1500, 'JPY')).toEqual({ ok: true, minor: 1500 });
    expect(asanaNumberToMinor(12.345, 'KWD')).toEqual({ ok: true, minor: 12345 });
    expect(minorToAsanaNumber(12345, 'KWD')).toBe(12.345);
  });

  it('refuses a float artefact instead of rounding it, and negative or huge numbers', () => {
    expect(asanaNumberToMinor(0.1 + 0.2, 'EUR')).toEqual({ ok: false, error: 'EUR allows at most 2 decimals; got "0.30000000000000004"' });
    expect(asanaNumberToMinor(10.5, 'JPY').ok).toBe(false);
    expect(asanaNumberToMinor(-3, 'EUR')).toEqual({ ok: false, error: 'Budget amounts cannot be negative; got -3 EUR' });
    expect(asanaNumberToMinor(1e21, 'EUR').ok).toBe(false);
    expect(asanaNumberToMinor(2_000_000_000, 'EUR').ok).toBe(false);
  });

  it('round-trips every amount up to the maximum, in EUR, JPY and KWD', () => {
    for (const currency of ['EUR', 'JPY', 'KWD'] as const) {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: maxMinorUnits(currency) }), (minor) => {
          expect(asanaNumberToMinor(minorToAsanaNumber(minor, currency), currency)).toEqual({ ok: true, minor });
        }),
        { numRuns: 500 },
      );
    }
  });
});
