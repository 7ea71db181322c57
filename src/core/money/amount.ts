import { z } from 'zod';
import { type CurrencyCode, minorUnitDigits } from './currency';

/**
 * The largest amount one budget line may hold, in major units (one billion). Larger values are far more
 * likely to be a typo or a unit mix-up than a real marketing spend, and the bound keeps every roll-up of
 * realistic size inside the safe-integer range.
 */
export const MAX_MAJOR_UNITS = 1_000_000_000;

/** The largest minor-unit amount allowed for a currency, e.g. 100,000,000,000 for EUR. */
export function maxMinorUnits(currency: CurrencyCode): number {
  return MAX_MAJOR_UNITS * 10 ** minorUnitDigits(currency);
}

/** A non-negative whole number of minor units (cents, pence, grosze…). Never a float. */
export const MinorUnits = z
  .number({ error: 'Amount must be a number of minor units' })
  .int({ message: 'Amount must be a whole number of minor units (e.g. cents), not a fraction' })
  .nonnegative({ message: 'Amount cannot be negative' });
export type MinorUnits = z.infer<typeof MinorUnits>;

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

export type ParsedAmount = { ok: true; minor: number } | { ok: false; error: string };

/**
 * Reads a decimal string typed by a person ("1250.5", "1 250,50" is not accepted) into minor units,
 * refusing more decimals than the currency has.
 * @example parseDecimalAmount('1250.5', 'EUR') // { ok: true, minor: 125050 }
 * @example parseDecimalAmount('10.5', 'JPY')   // { ok: false, error: 'JPY has no decimals; got "10.5"' }
 */
export function parseDecimalAmount(text: string, currency: CurrencyCode): ParsedAmount {
  const trimmed = text.trim();
  const match = DECIMAL.exec(trimmed);
  if (!match) {
    return { ok: false, error: `"${text}" is not an amount: use digits with an optional "." for decimals, e.g. 1250.50` };
  }
  const digits = minorUnitDigits(currency);
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > digits) {
    const allowed = digits === 0 ? `${currency} has no decimals` : `${currency} allows at most ${digits} decimals`;
    return { ok: false, error: `${allowed}; got "${text}"` };
  }
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (minor > BigInt(maxMinorUnits(currency))) {
    return { ok: false, error: `${text} ${currency} is over the maximum of ${MAX_MAJOR_UNITS.toLocaleString('en')} ${currency}` };
  }
  return { ok: true, minor: Number(minor) };
}

/**
 * Writes minor units back as a plain decimal string with exactly the currency's decimals.
 * @example formatMinorUnits(125050, 'EUR') // '1250.50'
 * @example formatMinorUnits(-5, 'USD')     // '-0.05'
 */
export function formatMinorUnits(minor: number, currency: CurrencyCode): string {
  const digits = minorUnitDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const absolute = BigInt(Math.abs(minor)).toString().padStart(digits + 1, '0');
  if (digits === 0) return sign + absolute;
  return `${sign}${absolute.slice(0, -digits)}.${absolute.slice(-digits)}`;
}
