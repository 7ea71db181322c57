import { z } from 'zod';
import { MINOR_UNIT_DIGITS } from './iso4217';

/** An active ISO 4217 code such as `EUR`; anything else is rejected with the value named. */
export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'Currency must be a three-letter ISO 4217 code in capitals, e.g. "EUR"' })
  .refine((code) => MINOR_UNIT_DIGITS.has(code), {
    error: (issue) => `Unknown currency "${String(issue.input)}": not an active ISO 4217 code`,
  });
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/**
 * Digits after the decimal point for a currency.
 * @example minorUnitDigits('EUR') // 2
 * @example minorUnitDigits('JPY') // 0
 */
export function minorUnitDigits(currency: CurrencyCode): number {
  const digits = MINOR_UNIT_DIGITS.get(currency);
  if (digits === undefined) throw new Error(`Unknown currency "${currency}"`);
  return digits;
}
