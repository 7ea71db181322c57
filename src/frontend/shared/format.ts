import type { LocalDate } from '../../core/dates/local-date';

/**
 * A BCP 47 tag Intl accepts, from what Jira hands over ("en_US", "pl-PL", or nothing at all).
 * @example intlLocale('pl_PL') // 'pl-PL'
 * @example intlLocale('not a locale') // 'en'
 */
export function intlLocale(locale: string | undefined): string {
  if (!locale) return 'en';
  try {
    return Intl.getCanonicalLocales(locale.replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * A whole number with the locale's digit grouping.
 * @example formatCount(12500, 'ru') // '12 500'
 */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/**
 * A whole percentage. Written with the `percent` unit so Intl never multiplies a float by 100.
 * @example formatWholePercent(112, 'ru') // '112 %'
 */
export function formatWholePercent(percent: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 0 }).format(percent);
}

/**
 * Basis points (10000 = 100 %) as a whole percentage rounded down, so 99.99 % never reads as 100 %
 * next to a cell that is not over its capacity.
 * @example formatBasisPoints(9999, 'en') // '99%'
 */
export function formatBasisPoints(basisPoints: number, locale: string): string {
  return formatWholePercent(Math.floor(basisPoints / 100), locale);
}

/**
 * A similarity score from 0 to 1 as a whole percentage, rounded down (0.876 → 87 %). The score is
 * first taken to hundredths of a percent so float noise (0.29 × 100 = 28.999…) cannot lose a point.
 * @example formatScore(0.29, 'pl') // '29%'
 */
export function formatScore(score: number, locale: string): string {
  const hundredthsOfPercent = Math.round(score * 10_000);
  return formatWholePercent(Math.floor(hundredthsOfPercent / 100), locale);
}

/**
 * Minutes of work as hours, to one decimal, with the locale's unit ("12.5 hr", "12,5 ч", "12,5 godz.").
 * @example formatHours(750, 'en') // '12.5 hr'
 */
export function formatHours(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 }).format(minutes / 60);
}

/** The calendar date as noon UTC, so formatting it in UTC can never slip to a neighbouring day. */
function utcNoon(date: LocalDate): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12));
}

/**
 * A calendar date as people read it in their locale, with no time zone shift.
 * @example formatLocalDate('2026-11-09', 'pl') // '9 lis 2026'
 */
export function formatLocalDate(date: LocalDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utcNoon(date));
}

/**
 * A Monday-to-Sunday week as a short range in the locale ("Nov 9 – 15").
 * @example formatWeek({ start: '2026-11-09', end: '2026-11-15' }, 'en') // 'Nov 9 – 15'
 */
export function formatWeek(week: { start: LocalDate; end: LocalDate }, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return format.formatRange(utcNoon(week.start), utcNoon(week.end));
}
