import fc from 'fast-check';
import { formatMinorUnits, maxMinorUnits } from '../../core/money/amount';
import { MINOR_UNIT_DIGITS } from '../../core/money/iso4217';
import { translatorFor } from '../shared/messages';
import { amountExample, amountProblemMessage, readAmount } from './amount-input';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('readAmount', () => {
  it('reads what people type as minor units of the currency', () => {
    expect(readAmount('1250.50', 'EUR')).toEqual({ ok: true, minor: 125_050 });
    expect(readAmount('1250.5', 'EUR')).toEqual({ ok: true, minor: 125_050 });
    expect(readAmount('12 000', 'PLN')).toEqual({ ok: true, minor: 1_200_000 });
    expect(readAmount('12\u00a0000.25', 'PLN')).toEqual({ ok: true, minor: 1_200_025 });
    expect(readAmount('150000', 'JPY')).toEqual({ ok: true, minor: 150_000 });
    expect(readAmount('1.250', 'KWD')).toEqual({ ok: true, minor: 1_250 });
  });

  it("reads the decimal and group marks as the reader's locale writes them", () => {
    expect(readAmount('1 234,50', 'PLN', 'pl')).toEqual({ ok: true, minor: 123_450 });
    expect(readAmount('1\u00a0234,5', 'RUB', 'ru')).toEqual({ ok: true, minor: 123_450 });
    expect(readAmount('1.234,50', 'EUR', 'pl')).toEqual({ ok: true, minor: 123_450 });
    expect(readAmount('1234.50', 'PLN', 'pl')).toEqual({ ok: true, minor: 123_450 });
    expect(readAmount('1,234.50', 'USD', 'en')).toEqual({ ok: true, minor: 123_450 });
    expect(readAmount('12,500', 'GBP', 'en')).toEqual({ ok: true, minor: 1_250_000 });
  });

  it('refuses marks the locale does not use that way rather than guess', () => {
    expect(readAmount('1,2345', 'EUR', 'en')).toEqual({ ok: false, problem: { kind: 'not-an-amount' } });
    expect(readAmount('1,234,5', 'EUR', 'pl')).toEqual({ ok: false, problem: { kind: 'not-an-amount' } });
    expect(readAmount('3,141', 'EUR', 'pl')).toEqual({ ok: false, problem: { kind: 'too-many-decimals', digits: 2 } });
  });

  it('reads an empty box as zero: nothing committed or spent yet', () => {
    expect(readAmount('', 'EUR')).toEqual({ ok: true, minor: 0 });
    expect(readAmount('   ', 'EUR')).toEqual({ ok: true, minor: 0 });
  });

  it('says why an amount is refused', () => {
    expect(readAmount('3.141', 'EUR')).toEqual({ ok: false, problem: { kind: 'too-many-decimals', digits: 2 } });
    expect(readAmount('10.5', 'JPY')).toEqual({ ok: false, problem: { kind: 'too-many-decimals', digits: 0 } });
    expect(readAmount('-250', 'EUR')).toEqual({ ok: false, problem: { kind: 'negative' } });
    expect(readAmount('−0.5', 'EUR')).toEqual({ ok: false, problem: { kind: 'negative' } });
    expect(readAmount('1000000000.01', 'EUR')).toEqual({ ok: false, problem: { kind: 'over-maximum' } });
    expect(readAmount('1250,50', 'EUR')).toEqual({ ok: false, problem: { kind: 'not-an-amount' } });
    expect(readAmount('€1250', 'EUR')).toEqual({ ok: false, problem: { kind: 'not-an-amount' } });
    expect(readAmount('12k', 'EUR')).toEqual({ ok: false, problem: { kind: 'not-an-amount' } });
  });

  it('accepts exactly the maximum of one billion and not a minor unit more', () => {
    expect(readAmount('1000000000', 'EUR')).toEqual({ ok: true, minor: 100_000_000_000 });
    expect(readAmount('1000000000.000', 'KWD')).toEqual({ ok: true, minor: 1_000_000_000_000 });
    expect(readAmount('1000000001', 'JPY')).toEqual({ ok: false, problem: { kind: 'over-maximum' } });
  });

  it('reads back every amount the form pre-fills, unchanged, in every currency', () => {
    const currencies = [...MINOR_UNIT_DIGITS.keys()];
    fc.assert(
      fc.property(fc.constantFrom(...currencies), fc.double({ min: 0, max: 1, noNaN: true }), (currency, share) => {
        const minor = Math.floor(share * maxMinorUnits(currency));
        expect(readAmount(formatMinorUnits(minor, currency), currency)).toEqual({ ok: true, minor });
      }),
    );
  });
});

describe('amountProblemMessage', () => {
  const en = translatorFor('en');
  const ru = translatorFor('ru');
  const pl = translatorFor('pl');

  it('names the field, the value and what would be accepted, in English', () => {
    expect(amountProblemMessage({ field: 'Committed', text: '3.141', currency: 'EUR', problem: { kind: 'too-many-decimals', digits: 2 } }, en, 'en')).toBe(
      'Committed: EUR allows at most 2 decimals; got "3.141"',
    );
    expect(amountProblemMessage({ field: 'Planned', text: '10.5', currency: 'JPY', problem: { kind: 'too-many-decimals', digits: 0 } }, en, 'en')).toBe('Planned: JPY has no decimals; got "10.5"');
    expect(amountProblemMessage({ field: 'Actual', text: '-250', currency: 'EUR', problem: { kind: 'negative' } }, en, 'en')).toBe('Actual cannot be negative; got "-250"');
    expect(amountProblemMessage({ field: 'Planned', text: '2000000000', currency: 'USD', problem: { kind: 'over-maximum' } }, en, 'en')).toBe(
      'Planned is over the maximum of 1,000,000,000 USD; got "2000000000"',
    );
    expect(amountProblemMessage({ field: 'Planned', text: '1250,50', currency: 'KWD', problem: { kind: 'not-an-amount' } }, en, 'en')).toBe(
      'Planned: "1250,50" is not an amount; use digits with "." for decimals, e.g. 1250.500',
    );
  });

  it('says the same in Russian and Polish, with the maximum grouped the reader’s way', () => {
    expect(amountProblemMessage({ field: ru('money.committed'), text: '3.141', currency: 'EUR', problem: { kind: 'too-many-decimals', digits: 2 } }, ru, 'ru')).toBe(
      'Обязательства: знаков после точки для EUR — не больше 2; введено «3.141»',
    );
    expect(plain(amountProblemMessage({ field: ru('money.planned'), text: '2000000000', currency: 'RUB', problem: { kind: 'over-maximum' } }, ru, 'ru'))).toBe(
      'План: больше максимума 1 000 000 000 RUB; введено «2000000000»',
    );
    expect(amountProblemMessage({ field: pl('money.actual'), text: '-5', currency: 'PLN', problem: { kind: 'negative' } }, pl, 'pl')).toBe('Wykonanie: kwota nie może być ujemna; wpisano „-5”');
    expect(amountProblemMessage({ field: pl('money.planned'), text: '10.5', currency: 'JPY', problem: { kind: 'too-many-decimals', digits: 0 } }, pl, 'pl')).toBe(
      'Plan: JPY nie ma części dziesiętnej; wpisano „10.5”',
    );
  });
});

describe('amountExample', () => {
  it('shows exactly the decimals the currency has', () => {
    expect(amountExample('EUR')).toBe('1250.50');
    expect(amountExample('JPY')).toBe('1250');
    expect(amountExample('BHD')).toBe('1250.500');
    expect(amountExample('CLF')).toBe('1250.5000');
  });
});
