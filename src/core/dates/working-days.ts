import { addDays, getISODay, parseISO, format } from 'date-fns';
import type { HolidayCalendars, WorkingCalendar } from '../capacity/calendar';
import type { LocalDate } from './local-date';

/** Index into `minutesPerWeekday` (Monday = 0 … Sunday = 6) for a local date. */
export function weekdayIndex(date: LocalDate): number {
  return getISODay(parseISO(date)) - 1;
}

/** The local date `days` after (or before, when negative) `date`. */
export function shiftDate(date: LocalDate, days: number): LocalDate {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

function isPublicHoliday(date: LocalDate, calendar: WorkingCalendar, holidays: HolidayCalendars): boolean {
  if (!calendar.holidayRegion) return false;
  return (holidays[calendar.holidayRegion] ?? []).some((holiday) => holiday.date === date);
}

function isTimeOff(date: LocalDate, calendar: WorkingCalendar): boolean {
  return calendar.timeOff.some((range) => range.start <= date && date <= range.end);
}

/**
 * Minutes a person can work on a local date: their weekday hours, or nothing on a public holiday of
 * their region or a day of personal time off.
 * @example workingMinutesOn('2026-11-11', warsawDesigner, { PL: [{ date: '2026-11-11', name: 'Independence Day' }] }) // 0
 */
export function workingMinutesOn(date: LocalDate, calendar: WorkingCalendar, holidays: HolidayCalendars): number {
  if (isPublicHoliday(date, calendar, holidays) || isTimeOff(date, calendar)) return 0;
  return calendar.minutesPerWeekday[weekdayIndex(date)] ?? 0;
}

/**
 * Moves a date by a number of working days in a calendar: negative counts go back.
 * Counting starts from the day after (or before) `date`, so "5 working days before Friday" on a plain
 * Monday-to-Friday week is the Friday before.
 * @example addWorkingDays('2026-11-27', -5, mondayToFriday, {}) // '2026-11-20'
 */
export function addWorkingDays(date: LocalDate, count: number, calendar: WorkingCalendar, holidays: HolidayCalendars): LocalDate {
  if (!calendar.minutesPerWeekday.some((minutes) => minutes > 0)) {
    throw new Error('Cannot count working days in a calendar with no working weekday');
  }
  const step = count < 0 ? -1 : 1;
  let remaining = Math.abs(count);
  let current = date;
  while (remaining > 0) {
    current = shiftDate(current, step);
    if (workingMinutesOn(current, calendar, holidays) > 0) remaining -= 1;
  }
  return current;
}
