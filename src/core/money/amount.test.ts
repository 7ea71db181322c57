import fc from 'fast-check';
import { formatMinorUnits, maxMinorUnits, parseDecimalAmount } from './amount';
import { CurrencyCode, minorUnitDigits } from './currency';
import { MINOR_UNIT_DIGITS } from './iso4217';

describe('parseDecimalAmount', () => {
  it('reads euros and cents into cents', () => {
    expect(parseDecimalAmount('1250.5', 'EUR')).toEqual({ ok: true, minor: 125050 });
    expect(parseDecimalAmount(' 99 ', 'EUR')).toEqual({ ok: true, minor: 9900 });
  });

  it('reads yen, which has no minor unit, and dinars, which have three', () => {
    expect(parseDecimalAmount('15000', 'JPY')).toEqual({ ok: true, minor: 15000 });
    expect(parseDecimalAmount('1.234', 'KWD')).toEqual({ ok: true, minor: 1234 });
  });

  it('refuses more decimals than the currency has, naming the currency and the value', () => {
    expect(parseDecimalAmount('10.5', 'JPY')).toEqual({ ok: false, error: 'JPY has no decimals; got "10.5"' });
    expect(parseDecimalAmount('3.141', 'EUR')).toEqual({ ok: false, error: 'EUR allows at most 2 decimals; got "3.141"' });
  });

  it('refuses negative numbers, thousands separators and words', () => {
    for (const text of ['-5', '1,250.00', '1 250', 'ten', '', '.5']) {
      const parsed = parseDecimalAmount(text, 'EUR');
      expect(parsed.ok).toBe(false);
    }
  });

  it('refuses amounts over one billion major units', () => {
    expect(parseDecimalAmount('1000000000', 'EUR')).toEqual({ ok: true, minor: 100_000_000_000 });
    expect(parseDecimalAmount('1000000000.01', 'EUR')).toEqual({
      ok: false,
      error: '1000000000.01 EUR is over the maximum of 1,000,000,000 EUR',
    });
  });

  it('round-trips with formatMinorUnits for every currency and amount up to the maximum', () => {
    const currencies = [...MINOR_UNIT_DIGITS.keys()];
    fc.assert(
      fc.property(fc.constantFrom(...currencies), fc.double({ min: 0, max: 1, noNaN: true }), (currency, share) => {
        const minor = Math.floor(share * maxMinorUnits(currency));
        expect(parseDecimalAmount(formatMinorUnits(minor, currency), currency)).toEqual({ ok: true, minor });
      }),
    );
  });
});

describe('formatMinorUnits', () => {
  it('writes exactly the currency’s decimals', () => {
    expect(formatMinorUnits(125050, 'EUR')).toBe('1250.50');
    expect(formatMinorUnits(5, 'USD')).toBe('0.05');
    expect(formatMinorUnits(-5, 'USD')).toBe('-0.05');
    expect(formatMinorUnits(15000, 'JPY')).toBe('15000');
    expect(formatMinorUnits(1234, 'KWD')).toBe('1.234');
  });
});

describe('CurrencyCode', () => {
  it('accepts active codes and names the bad value otherwise', () => {
    expect(CurrencyCode.parse('PLN')).toBe('PLN');
    expect(CurrencyCode.safeParse('XYZ').error?.issues[0]?.message).toBe('Unknown currency "XYZ": not an active ISO 4217 code');
    expect(CurrencyCode.safeParse('eur').error?.issues[0]?.message).toMatch(/three-letter ISO 4217 code in capitals/);
  });

  it('knows the minor units people get wrong', () => {
    expect([minorUnitDigits('JPY'), minorUnitDigits('KRW'), minorUnitDigits('BHD'), minorUnitDigits('GBP')]).toEqual([0, 0, 3, 2]);
  });
});
