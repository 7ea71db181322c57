import { tzOffset } from '@date-fns/tz';
import type { Instant, LocalDate, TimeZone } from '../dates/local-date';
import { type DayNumber, localDateOfDayNumber } from './day-number';

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/**
 * The day number of the local date a person sees at an instant in their zone: the instant shifted by
 * the zone's UTC offset at that instant (from @date-fns/tz, which reads the runtime's zone data).
 * Allocation calls this once per task that has only a due date, so it avoids building a TZDate.
 * @example localDateOfDayNumber(dayNumberInZone('2026-11-10T23:30:00Z', 'Europe/Warsaw')) // '2026-11-11'
 */
export function dayNumberInZone(instant: Instant, timeZone: TimeZone): DayNumber {
  const epochMs = Date.parse(instant);
  if (Number.isNaN(epochMs)) {
    throw new RangeError(`instant "${instant}" is not an ISO 8601 timestamp; expected e.g. 2026-11-23T09:30:00Z`);
  }
  // The carrier Date only hands the instant to tzOffset.
  const offsetMinutes = tzOffset(timeZone, new Date(epochMs));
  if (Number.isNaN(offsetMinutes)) {
    throw new RangeError(`timeZone "${timeZone}" is not a time zone this runtime knows; use an IANA name such as "Europe/Warsaw"`);
  }
  return Math.floor((epochMs + offsetMinutes * MS_PER_MINUTE) / MS_PER_DAY);
}

/**
 * The local date a person sees on their own calendar at an instant. Capacity reads task dates in the
 * assignee's zone, so an instant (such as when a task was created) must be read in that same zone.
 * @example localDateOf('2026-11-10T23:30:00Z', 'Europe/Warsaw')    // '2026-11-11' (already past midnight there)
 * @example localDateOf('2026-11-10T23:30:00Z', 'America/New_York') // '2026-11-10'
 */
export function localDateOf(instant: Instant, timeZone: TimeZone): LocalDate {
  return localDateOfDayNumber(dayNumberInZone(instant, timeZone));
}
