import { formatMinorUnits, parseDecimalAmount, type ParsedAmount } from '../../../core/money/amount';
import type { CurrencyCode } from '../../../core/money/currency';

/**
 * An Asana `number_value` (a JSON number in major units, e.g. 1250.5) as exact minor units. The number
 * is read through its shortest decimal form, the digits Asana sent, and never multiplied as a float: a
 * value with more decimals than the currency has (e.g. 0.30000000000000004 EUR) is refused, not rounded.
 * @example asanaNumberToMinor(1250.5, 'EUR') // { ok: true, minor: 125050 }
 * @example asanaNumberToMinor(-3, 'EUR') // { ok: false, error: 'Budget amounts cannot be negative; got -3 EUR' }
 */
export function asanaNumberToMinor(value: number, currency: CurrencyCode): ParsedAmount {
  if (!Number.isFinite(value)) return { ok: false, error: `${value} is not an amount` };
  if (value < 0) return { ok: false, error: `Budget amounts cannot be negative; got ${value} ${currency}` };
  const text = String(value);
  if (/e/i.test(text)) return { ok: false, error: `${text} ${currency} is outside the amounts Mops accepts` };
  return parseDecimalAmount(text, currency);
}

/**
 * Minor units as the JSON number Asana stores for a currency field: the exact decimal, e.g. 125050 EUR
 * cents → 1250.5. Every amount up to Mops' maximum has at most 13 significant digits, which a double
 * holds exactly in its shortest form, so reading it back with asanaNumberToMinor gives the same minor units.
 * @example minorToAsanaNumber(125050, 'EUR') // 1250.5
 * @example minorToAsanaNumber(1500, 'JPY') // 1500
 */
export function minorToAsanaNumber(minor: number, currency: CurrencyCode): number {
  return Number(formatMinorUnits(minor, currency));
}
