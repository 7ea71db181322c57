import { type CurrencyCode, minorUnitDigits } from './currency';
import type { ExchangeRate, ExchangeRateTable } from './exchange-rates';
import type { LocalDate } from '../dates/local-date';

/** Why an amount could not be converted: the table has no usable rate for that currency on that date. */
export interface MissingRateError {
  kind: 'missing-rate';
  currency: CurrencyCode;
  date: LocalDate;
  message: string;
}

export type Conversion = { ok: true; minor: number } | { ok: false; error: MissingRateError };
export type ExactConversion = { ok: true; minor: bigint } | { ok: false; error: MissingRateError };

/** A rate as an exact fraction, so "0.1" means one tenth and not 0.1000000000000000055… */
interface RateFraction {
  numerator: bigint;
  denominator: bigint;
}

const RATE_TEXT = /^(\d+)(?:\.(\d+))?$/;

function rateFraction(rate: ExchangeRate): RateFraction {
  const match = RATE_TEXT.exec(rate.rate);
  const whole = match?.[1];
  if (whole === undefined || !/[1-9]/.test(rate.rate)) {
    // Tables normally pass the ExchangeRate schema; this guards tables built in code without it.
    throw new Error(`Rate for ${rate.currency} dated ${rate.date} is "${rate.rate}"; expected a positive decimal string such as "4.3215"`);
  }
  const fraction = match?.[2] ?? '';
  return {
    numerator: BigInt(whole + fraction),
    denominator: 10n ** BigInt(fraction.length),
  };
}

/**
 * Divides and rounds half to even ("banker's rounding"), so that rounding many lines does not drift
 * upwards on average the way half-up does. The divisor must be positive.
 * @example divideHalfEven(5n, 2n) // 2n
 * @example divideHalfEven(7n, 2n) // 4n
 */
export function divideHalfEven(dividend: bigint, divisor: bigint): bigint {
  if (divisor <= 0n) throw new RangeError(`divisor must be positive; got ${divisor}`);
  const negative = dividend < 0n;
  const magnitude = negative ? -dividend : dividend;
  let quotient = magnitude / divisor;
  const twiceRemainder = (magnitude % divisor) * 2n;
  if (twiceRemainder > divisor || (twiceRemainder === divisor && quotient % 2n === 1n)) quotient += 1n;
  return negative ? -quotient : quotient;
}

/**
 * The rate in force for `currency` on `date`: the latest one dated on or before it. The base currency
 * always converts at exactly 1, whatever the table says about it. When two rates share the latest date
 * the one listed last wins, as a correction appended to settings would.
 * @example rateOn({ base: 'PLN', rates: [{ currency: 'EUR', date: '2026-01-01', rate: '4.25' }] }, 'EUR', '2026-03-01')
 * // { currency: 'EUR', date: '2026-01-01', rate: '4.25' }
 * @example rateOn({ base: 'PLN', rates: [] }, 'PLN', '2026-03-01') // { currency: 'PLN', date: '2026-03-01', rate: '1' }
 */
export function rateOn(table: ExchangeRateTable, currency: CurrencyCode, date: LocalDate): ExchangeRate | undefined {
  if (currency === table.base) return { currency, date, rate: '1' };
  let chosen: ExchangeRate | undefined;
  for (const rate of table.rates) {
    // 'YYYY-MM-DD' strings order the same way as the dates they name.
    if (rate.currency !== currency || rate.date > date) continue;
    if (chosen === undefined || rate.date >= chosen.date) chosen = rate;
  }
  return chosen;
}

function missingRate(table: ExchangeRateTable, currency: CurrencyCode, date: LocalDate): MissingRateError {
  const later = table.rates
    .filter((rate) => rate.currency === currency)
    .map((rate) => rate.date)
    .sort();
  const hint =
    later[0] === undefined
      ? `the table has no ${currency} rate at all; add one dated on or before ${date}`
      : `the earliest ${currency} rate is dated ${later[0]}; add one dated on or before ${date}`;
  return {
    kind: 'missing-rate',
    currency,
    date,
    message: `No ${currency} to ${table.base} exchange rate on or before ${date}: ${hint}`,
  };
}

/**
 * Converts minor units of `currency` into minor units of the table's base currency at the rate in force
 * on `date`, exactly, rounding half to even only once at the end.
 * @example convertToBaseExact(10000n, 'EUR', { base: 'JPY', rates: [{ currency: 'EUR', date: '2026-01-01', rate: '161.235' }] }, '2026-02-01')
 * // { ok: true, minor: 16124n } (EUR 100.00 is JPY 16,123.5, which rounds to the even 16,124)
 */
export function convertToBaseExact(
  amountMinor: bigint,
  currency: CurrencyCode,
  table: ExchangeRateTable,
  date: LocalDate,
): ExactConversion {
  const rate = rateOn(table, currency, date);
  if (rate === undefined) return { ok: false, error: missingRate(table, currency, date) };
  const { numerator, denominator } = rateFraction(rate);
  const scale = minorUnitDigits(table.base) - minorUnitDigits(currency);
  // amount × rate × 10^(baseDigits − fromDigits), with the power moved to whichever side keeps it whole.
  const dividend = amountMinor * numerator * 10n ** BigInt(Math.max(scale, 0));
  const divisor = denominator * 10n ** BigInt(Math.max(-scale, 0));
  return { ok: true, minor: divideHalfEven(dividend, divisor) };
}

/**
 * The inverse of {@link convertToBaseExact}: minor units of the base currency into minor units of
 * `currency`, dividing by the rate in force on `date` and rounding half to even.
 * @example convertFromBaseExact(425n, 'EUR', { base: 'PLN', rates: [{ currency: 'EUR', date: '2026-01-01', rate: '4.25' }] }, '2026-02-01')
 * // { ok: true, minor: 100n } (PLN 4.25 is EUR 1.00)
 */
export function convertFromBaseExact(
  baseMinor: bigint,
  currency: CurrencyCode,
  table: ExchangeRateTable,
  date: LocalDate,
): ExactConversion {
  const rate = rateOn(table, currency, date);
  if (rate === undefined) return { ok: false, error: missingRate(table, currency, date) };
  const { numerator, denominator } = rateFraction(rate);
  const scale = minorUnitDigits(currency) - minorUnitDigits(table.base);
  const dividend = baseMinor * denominator * 10n ** BigInt(Math.max(scale, 0));
  const divisor = numerator * 10n ** BigInt(Math.max(-scale, 0));
  return { ok: true, minor: divideHalfEven(dividend, divisor) };
}

function toSafeConversion(result: ExactConversion, what: string): Conversion {
  if (!result.ok) return result;
  if (result.minor > BigInt(Number.MAX_SAFE_INTEGER) || result.minor < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(
      `${what} is ${result.minor} minor units, beyond the ±${Number.MAX_SAFE_INTEGER} a number holds exactly; use the *Exact (bigint) variant`,
    );
  }
  return { ok: true, minor: Number(result.minor) };
}

function requireWholeNumber(amountMinor: number, field: string): bigint {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new RangeError(`${field} must be a whole number of minor units within ±${Number.MAX_SAFE_INTEGER}; got ${amountMinor}`);
  }
  return BigInt(amountMinor);
}

/**
 * Converts minor units of `currency` into whole minor units of the base currency at the rate in force
 * on `date` (half to even). A missing rate is an explicit error, never a zero.
 * @example convertToBase(125050, 'EUR', { base: 'PLN', rates: [{ currency: 'EUR', date: '2026-01-01', rate: '4.2512' }] }, '2026-03-01')
 * // { ok: true, minor: 531613 } (EUR 1,250.50 × 4.2512 = PLN 5,316.1256)
 * @example convertToBase(100, 'EUR', { base: 'PLN', rates: [{ currency: 'EUR', date: '2026-04-01', rate: '4.25' }] }, '2026-03-01')
 * // { ok: false, error: { kind: 'missing-rate', currency: 'EUR', date: '2026-03-01', message: 'No EUR to PLN exchange rate on or before 2026-03-01: …' } }
 */
export function convertToBase(amountMinor: number, currency: CurrencyCode, table: ExchangeRateTable, date: LocalDate): Conversion {
  const exact = convertToBaseExact(requireWholeNumber(amountMinor, 'amountMinor'), currency, table, date);
  return toSafeConversion(exact, `${amountMinor} ${currency} minor units in ${table.base}`);
}

/**
 * Converts whole minor units of the base currency into minor units of `currency` (half to even).
 * Round trips lose at most what rounding twice can lose; see convert.test.ts for the exact bound.
 * @example convertFromBase(531613, 'EUR', { base: 'PLN', rates: [{ currency: 'EUR', date: '2026-01-01', rate: '4.2512' }] }, '2026-03-01')
 * // { ok: true, minor: 125050 }
 */
export function convertFromBase(baseMinor: number, currency: CurrencyCode, table: ExchangeRateTable, date: LocalDate): Conversion {
  const exact = convertFromBaseExact(requireWholeNumber(baseMinor, 'baseMinor'), currency, table, date);
  return toSafeConversion(exact, `${baseMinor} ${table.base} minor units in ${currency}`);
}
