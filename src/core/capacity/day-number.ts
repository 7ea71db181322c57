import type { LocalDate } from '../dates/local-date';

/**
 * A local date as a whole number of days since 1970-01-01 (negative before it).
 *
 * Capacity sums tens of thousands of date ranges; comparing and subtracting integers keeps that arithmetic
 * free of Date objects and string formatting, while the calendar meaning stays that of the LocalDate.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
/** Days in one 400-year Gregorian cycle: the calendar repeats after it, weekdays included. */
const DAYS_PER_400_YEARS = 146_097;
/** Days from 0000-03-01 (the origin of the count below) to 1970-01-01. */
const DAYS_FROM_YEAR_ZERO_MARCH = 719_468;

function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let index = from; index < from + count; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * The day number of a local date. Pure arithmetic (no Date, no parsing library): capacity reads two
 * dates per task, and this runs a few times faster than going through Date.UTC.
 * @example dayNumberOf('1970-01-02') // 1
 * @example dayNumberOf('2026-11-11') // 20768
 */
export function dayNumberOf(date: LocalDate): DayNumber {
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 2);
  const day = digitsAt(date, 8, 2);
  const wellFormed = date.length === 10 && date[4] === '-' && date[7] === '-';
  if (!wellFormed || !(month >= 1 && month <= 12) || !(day >= 1 && day <= daysInMonth(year, month))) {
    throw new RangeError(`date "${date}" is not a real calendar date; expected YYYY-MM-DD, e.g. 2026-11-23`);
  }
  // Count years from March, so the leap day is the last day of its year and month lengths repeat
  // in a 153-day pattern of five months.
  const marchYear = month <= 2 ? year - 1 : year;
  const cycle = Math.floor(marchYear / 400);
  const yearOfCycle = marchYear - cycle * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfCycle = yearOfCycle * 365 + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100) + dayOfYear;
  return cycle * DAYS_PER_400_YEARS + dayOfCycle - DAYS_FROM_YEAR_ZERO_MARCH;
}

/**
 * The local date of a day number.
 * @example localDateOfDayNumber(20768) // '2026-11-11'
 */
export function localDateOfDayNumber(day: DayNumber): LocalDate {
  // A Date is only a carrier here: the UTC fields of a midnight-UTC instant are exactly the local date.
  const carrier = new Date(day * MS_PER_DAY);
  const year = String(carrier.getUTCFullYear()).padStart(4, '0');
  const month = String(carrier.getUTCMonth() + 1).padStart(2, '0');
  const dayOfMonth = String(carrier.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${dayOfMonth}`;
}

/**
 * Monday = 0 … Sunday = 6, the order of `minutesPerWeekday`.
 * @example weekdayOfDayNumber(dayNumberOf('2026-11-09')) // 0 (a Monday)
 */
export function weekdayOfDayNumber(day: DayNumber): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * The Monday on or before a day: ISO weeks start on Monday.
 * @example localDateOfDayNumber(mondayOnOrBefore(dayNumberOf('2026-11-15'))) // '2026-11-09'
 */
export function mondayOnOrBefore(day: DayNumber): DayNumber {
  return day - weekdayOfDayNumber(day);
}
