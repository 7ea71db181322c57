import type { CurrencyCode } from '../money/currency';
import { formatMinorUnits } from '../money/amount';

/**
 * Money as people read it in messages: the currency code, then the amount with thousands separated by
 * commas and exactly the currency's decimals. Built on formatMinorUnits so the digits are the stored ones.
 * @example formatMoney(5600000, 'EUR') // 'EUR 56,000.00'
 * @example formatMoney(1500000, 'JPY') // 'JPY 1,500,000'
 */
export function formatMoney(minor: number, currency: CurrencyCode): string {
  const plain = formatMinorUnits(minor, currency);
  const sign = plain.startsWith('-') ? '-' : '';
  const unsigned = sign ? plain.slice(1) : plain;
  const point = unsigned.indexOf('.');
  const whole = point === -1 ? unsigned : unsigned.slice(0, point);
  const decimals = point === -1 ? '' : unsigned.slice(point);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${currency} ${sign}${grouped}${decimals}`;
}
