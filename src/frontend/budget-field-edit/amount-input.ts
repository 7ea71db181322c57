import { MAX_MAJOR_UNITS, parseDecimalAmount } from '../../core/money/amount';
import { type CurrencyCode, minorUnitDigits } from '../../core/money/currency';
import { formatCount } from '../shared/format';
import type { Translate } from '../shared/messages';

/** Why a typed amount was refused, in terms a message in any language can be built from. */
export type AmountProblem =
  | { kind: 'not-an-amount' }
  | { kind: 'negative' }
  | { kind: 'too-many-decimals'; digits: number }
  | { kind: 'over-maximum' };

export type AmountReading = { ok: true; minor: number } | { ok: false; problem: AmountProblem };

// Spaces people type between digit groups ("12 500"), including the no-break spaces Intl writes.
const GROUP_SPACES = /[\s\u00a0\u202f]/g;
const DIGITS_AND_FRACTION = /^\d+(?:\.(\d+))?$/;

/** The decimal mark the reader's locale writes ("," in Polish and Russian, "." in English). */
function decimalMarkOf(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

/**
 * The typed text in `parseDecimalAmount`'s form ("1234.50"), reading the marks as the reader writes
 * them. In a comma-decimal locale "," is the decimal mark, and "." is one too when no "," is typed
 * (people paste "1234.50" from elsewhere), or a group mark before a ",". In a point-decimal locale ","
 * only ever separates groups of three digits. Anything else is left for the parser to refuse.
 */
function canonicalDecimal(text: string, locale: string): string {
  const compact = text.replace(GROUP_SPACES, '');
  if (decimalMarkOf(locale) === ',') {
    if (!compact.includes(',')) return compact;
    const [whole = '', ...fraction] = compact.split(',');
    return fraction.length === 1 && /^\d{1,3}(\.\d{3})*$|^\d+$/.test(whole) ? `${whole.replace(/\./g, '')}.${fraction[0]}` : compact;
  }
  return /^\d{1,3}(,\d{3})+(\.\d*)?$/.test(compact) ? compact.replace(/,/g, '') : compact;
}

/**
 * A decimal typed into an amount box, as minor units of the currency. Empty means 0 (nothing committed
 * or spent yet); spaces between digit groups are ignored and the marks are read as the reader's locale
 * writes them; then it is `parseDecimalAmount`'s rule: no more decimals than the currency has.
 * @example readAmount('1 250.50', 'EUR') // { ok: true, minor: 125050 }
 * @example readAmount('1 250,50', 'EUR', 'pl') // { ok: true, minor: 125050 }
 * @example readAmount('1,250.50', 'EUR', 'en') // { ok: true, minor: 125050 }
 * @example readAmount('3.141', 'EUR')    // { ok: false, problem: { kind: 'too-many-decimals', digits: 2 } }
 */
export function readAmount(text: string, currency: CurrencyCode, locale = 'en'): AmountReading {
  const compact = canonicalDecimal(text, locale);
  if (compact === '') return { ok: true, minor: 0 };
  const parsed = parseDecimalAmount(compact, currency);
  if (parsed.ok) return { ok: true, minor: parsed.minor };
  // parseDecimalAmount says why in English; the form needs the reason itself to say it in Russian or Polish.
  if (/^[-−]\.?\d/.test(compact)) return { ok: false, problem: { kind: 'negative' } };
  const match = DIGITS_AND_FRACTION.exec(compact);
  if (!match) return { ok: false, problem: { kind: 'not-an-amount' } };
  const digits = minorUnitDigits(currency);
  if ((match[1] ?? '').length > digits) return { ok: false, problem: { kind: 'too-many-decimals', digits } };
  return { ok: false, problem: { kind: 'over-maximum' } };
}

/**
 * An amount to show as an example, with exactly the currency's decimals.
 * @example amountExample('EUR') // '1250.50'
 * @example amountExample('EUR', 'pl') // '1250,50'
 * @example amountExample('JPY') // '1250'
 */
export function amountExample(currency: CurrencyCode, locale = 'en'): string {
  const digits = minorUnitDigits(currency);
  return digits === 0 ? '1250' : `1250${decimalMarkOf(locale)}${'5'.padEnd(digits, '0')}`;
}

/**
 * What is wrong with a typed amount, naming the field, the value and what would be accepted.
 * @example amountProblemMessage({ field: 'Committed', text: '3.141', currency: 'EUR', problem: { kind: 'too-many-decimals', digits: 2 } }, t, 'en')
 * // 'Committed: EUR allows at most 2 decimals; got "3.141"'
 */
export function amountProblemMessage(
  { field, text, currency, problem }: { field: string; text: string; currency: CurrencyCode; problem: AmountProblem },
  t: Translate,
  locale: string,
): string {
  const value = text.trim();
  switch (problem.kind) {
    case 'negative':
      return t('budgetEdit.error.negative', { field, value });
    case 'too-many-decimals':
      return problem.digits === 0
        ? t('budgetEdit.error.noDecimals', { field, currency, value })
        : t('budgetEdit.error.decimals', { field, currency, digits: problem.digits, value });
    case 'over-maximum':
      return t('budgetEdit.error.overMaximum', { field, maximum: formatCount(MAX_MAJOR_UNITS, locale), currency, value });
    case 'not-an-amount':
      return t('budgetEdit.error.notAmount', { field, value, example: amountExample(currency, locale) });
  }
}
