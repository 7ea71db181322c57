import type { HolidayCalendars, Person } from '../core/capacity/calendar';
import type { LocalDate } from '../core/dates/local-date';
import { shiftDate, weekdayIndex, workingMinutesOn } from '../core/dates/working-days';

/**
 * The Monday of the week a date falls in.
 * @example weekOf('2026-11-29') // '2026-11-23'
 */
export function weekOf(date: LocalDate): LocalDate {
  return shiftDate(date, -weekdayIndex(date));
}

/**
 * Every date from `start` to `end`, both included.
 * @example datesBetween('2026-11-30', '2026-12-02') // ['2026-11-30', '2026-12-01', '2026-12-02']
 */
export function datesBetween(start: LocalDate, end: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let date = start; date <= end; date = shiftDate(date, 1)) dates.push(date);
  return dates;
}

/**
 * What the generator has already given each person, week by week, so background work stays well
 * under capacity and the only over-allocations in the demo are the planted ones. Effort is spread
 * over the person's working days in proportion to their hours, as a capacity view would spread it.
 */
export class LoadLedger {
  private readonly booked = new Map<string, Map<LocalDate, number>>();

  constructor(private readonly holidays: HolidayCalendars) {}

  /**
   * Minutes per week the task would add for this person; empty when they have no working day in it.
   * @example ledger.spread(londonBuyer, '2026-11-19', '2026-11-24', 960) // Map { '2026-11-16' => 480, '2026-11-23' => 480 }
   */
  spread(person: Person, start: LocalDate, end: LocalDate, minutes: number): Map<LocalDate, number> {
    const days = datesBetween(start, end).map((date) => ({ date, capacity: workingMinutesOn(date, person.calendar, this.holidays) }));
    const total = days.reduce((sum, day) => sum + day.capacity, 0);
    const weeks = new Map<LocalDate, number>();
    if (total === 0) return weeks;
    for (const day of days) {
      const week = weekOf(day.date);
      weeks.set(week, (weeks.get(week) ?? 0) + (minutes * day.capacity) / total);
    }
    return weeks;
  }

  /**
   * The person's working minutes in the week starting on `monday`.
   * @example ledger.capacity(warsawDesigner, '2026-11-09') // 1920 (Independence Day on Wednesday)
   */
  capacity(person: Person, monday: LocalDate): number {
    return datesBetween(monday, shiftDate(monday, 6)).reduce((sum, date) => sum + workingMinutesOn(date, person.calendar, this.holidays), 0);
  }

  /**
   * Whether the task keeps every week it touches at or under `share` of the person's capacity.
   * @example ledger.fits(londonBuyer, '2026-11-30', '2026-12-04', 1200, 0.6) // true on an empty ledger
   */
  fits(person: Person, start: LocalDate, end: LocalDate, minutes: number, share: number): boolean {
    const weeks = this.spread(person, start, end, minutes);
    if (weeks.size === 0) return false;
    const mine = this.booked.get(person.id);
    return [...weeks].every(([week, added]) => (mine?.get(week) ?? 0) + added <= share * this.capacity(person, week));
  }

  /**
   * Records the task's minutes against the person's weeks.
   * @example ledger.book(londonBuyer, '2026-11-30', '2026-12-04', 1200)
   */
  book(person: Person, start: LocalDate, end: LocalDate, minutes: number): void {
    const mine = this.booked.get(person.id) ?? new Map<LocalDate, number>();
    for (const [week, added] of this.spread(person, start, end, minutes)) mine.set(week, (mine.get(week) ?? 0) + added);
    this.booked.set(person.id, mine);
  }
}
