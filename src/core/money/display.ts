import type { CurrencyCode } from './currency';
import { formatMinorUnits } from './amount';

/**
 * Money as a person reads it in their locale, exact to the minor unit: the decimal string goes to Intl
 * as text, so no float rounding can creep in on large amounts.
 * @example displayMoney(5_600_000, 'EUR', 'en') // '€56,000.00'
 * @example displayMoney(5_600_000, 'PLN', 'pl') // '56 000,00 zł'
 */
export function displayMoney(minor: number, currency: CurrencyCode, locale = 'en'): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'symbol' });
  return format.format(formatMinorUnits(minor, currency) as Intl.StringNumericLiteral);
}
