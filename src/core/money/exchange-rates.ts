import { z } from 'zod';
import { CurrencyCode } from './currency';
import { LocalDate } from '../dates/local-date';

/**
 * A rate as a decimal string ("4.3215"): how many units of the base currency one unit of `currency`
 * buys from `date` on. Kept as text so no float ever touches money; conversions use exact integers.
 */
export const ExchangeRate = z.object({
  currency: CurrencyCode,
  date: LocalDate,
  rate: z
    .string()
    .regex(/^\d+(\.\d{1,12})?$/, { message: 'Rate must be a positive decimal string with at most 12 decimals, e.g. "0.2315"' })
    .refine((rate) => /[1-9]/.test(rate), { message: 'Rate cannot be zero' }),
});
export type ExchangeRate = z.infer<typeof ExchangeRate>;

/** Dated rates into one base currency, as settings supply them. */
export const ExchangeRateTable = z.object({
  base: CurrencyCode,
  rates: z.array(ExchangeRate),
});
export type ExchangeRateTable = z.infer<typeof ExchangeRateTable>;
