import type { LocalDate } from '../dates/local-date';
import type { HolidayCalendars, Person } from './calendar';
import { type DayNumber, dayNumberOf } from './day-number';

/**
 * One person's working time in a form that answers "how many minutes between these two days" in
 * constant time plus a short binary search, for any range, without a per-day table.
 *
 * A working week repeats, so counting the days of each kind up to a day is arithmetic. Days of equal
 * length form a *group* (e.g. 480-minute Mondays–Thursdays and a 240-minute Friday are two groups).
 * Public holidays and time off are the only exceptions to the pattern; they are kept as sorted,
 * merged day ranges with running counts, so a long leave costs one entry, not one per day.
 *
 * Memory is O(groups + exception ranges) per person, whatever dates the tasks use.
 */
export interface PersonAvailability {
  readonly person: Person;
  /** Working minutes of each group's days, distinct and positive, e.g. [480, 240]. */
  readonly groupMinutes: readonly number[];
  /** The group of each weekday (Monday = 0), or -1 on days with no working time. */
  readonly groupOfWeekday: Int8Array;
  /** For group g and weekday w: how many of Monday…w belong to g, at `g * 7 + w`. */
  readonly groupDaysThroughWeekday: Int32Array;
  /** Days of group g in one full week. */
  readonly groupDaysPerWeek: Int32Array;
  /** Merged exception ranges (holidays, time off), sorted, both ends included. */
  readonly exceptionStarts: Int32Array;
  readonly exceptionEnds: Int32Array;
  /** At `i * groups + g`: days of group g that the exception ranges before range i removed. */
  readonly exceptionDaysBefore: Float64Array;
}

/** Everyone whose time is planned, in the order given, with a lookup by person id. */
export interface Availability {
  readonly people: readonly PersonAvailability[];
  readonly indexOfPerson: ReadonlyMap<string, number>;
}

/** Days of group g from the Monday of 1969-12-29 through `day`, counting the weekly pattern only. */
function patternDaysThrough(person: PersonAvailability, group: number, day: DayNumber): number {
  const sinceMonday = day + 3;
  const weeks = Math.floor(sinceMonday / 7);
  const weekday = sinceMonday - weeks * 7;
  return weeks * (person.groupDaysPerWeek[group] ?? 0) + (person.groupDaysThroughWeekday[group * 7 + weekday] ?? 0);
}

/** The last exception range starting on or before `day`, or -1. */
function exceptionRangeAtOrBefore(person: PersonAvailability, day: DayNumber): number {
  const starts = person.exceptionStarts;
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? 0) <= day) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * Working days of one group from a fixed origin through `day`, holidays and time off removed.
 * Only differences of two calls mean anything: `groupDaysThrough(p, g, b) - groupDaysThrough(p, g, a - 1)`
 * is the number of group-g working days in a…b.
 * @example groupDaysThrough(warsaw, 0, dayNumberOf('2026-11-13')) - groupDaysThrough(warsaw, 0, dayNumberOf('2026-11-08')) // 4
 */
export function groupDaysThrough(person: PersonAvailability, group: number, day: DayNumber): number {
  const pattern = patternDaysThrough(person, group, day);
  const range = exceptionRangeAtOrBefore(person, day);
  if (range < 0) return pattern;
  const start = person.exceptionStarts[range] ?? 0;
  const end = person.exceptionEnds[range] ?? 0;
  const removedInRange = patternDaysThrough(person, group, Math.min(end, day)) - patternDaysThrough(person, group, start - 1);
  return pattern - (person.exceptionDaysBefore[range * person.groupMinutes.length + group] ?? 0) - removedInRange;
}

/** Whether `day` falls inside a holiday or time-off range. */
export function isExceptionDay(person: PersonAvailability, day: DayNumber): boolean {
  const range = exceptionRangeAtOrBefore(person, day);
  return range >= 0 && day <= (person.exceptionEnds[range] ?? 0);
}

/**
 * Working minutes of a person from day `from` through day `to`, both included (0 when `to < from`).
 * @example availableMinutesBetween(warsaw, dayNumberOf('2026-11-09'), dayNumberOf('2026-11-15')) // 1920
 */
export function availableMinutesBetween(person: PersonAvailability, from: DayNumber, to: DayNumber): number {
  if (to < from) return 0;
  let minutes = 0;
  for (let group = 0; group < person.groupMinutes.length; group += 1) {
    const days = groupDaysThrough(person, group, to) - groupDaysThrough(person, group, from - 1);
    minutes += days * (person.groupMinutes[group] ?? 0);
  }
  return minutes;
}

function exceptionRanges(person: Person, holidays: HolidayCalendars): Array<[DayNumber, DayNumber]> {
  const region = person.calendar.holidayRegion;
  const ranges: Array<[DayNumber, DayNumber]> = [];
  for (const holiday of region ? (holidays[region] ?? []) : []) {
    const day = dayNumberOf(holiday.date);
    ranges.push([day, day]);
  }
  for (const off of person.calendar.timeOff) ranges.push([dayNumberOf(off.start), dayNumberOf(off.end)]);
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[DayNumber, DayNumber]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    // Touching ranges merge too, so each day belongs to at most one range.
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * Prepares one person's calendar for fast range questions.
 * @example indexPersonAvailability(warsawDesigner, { PL: [{ date: '2026-11-11', name: 'Independence Day' }] })
 */
export function indexPersonAvailability(person: Person, holidays: HolidayCalendars): PersonAvailability {
  const groupMinutes: number[] = [];
  const groupOfWeekday = new Int8Array(7).fill(-1);
  person.calendar.minutesPerWeekday.forEach((minutes, weekday) => {
    if (minutes <= 0) return;
    let group = groupMinutes.indexOf(minutes);
    if (group < 0) group = groupMinutes.push(minutes) - 1;
    groupOfWeekday[weekday] = group;
  });
  const groups = groupMinutes.length;
  const groupDaysThroughWeekday = new Int32Array(groups * 7);
  const groupDaysPerWeek = new Int32Array(groups);
  for (let group = 0; group < groups; group += 1) {
    let running = 0;
    for (let weekday = 0; weekday < 7; weekday += 1) {
      if (groupOfWeekday[weekday] === group) running += 1;
      groupDaysThroughWeekday[group * 7 + weekday] = running;
    }
    groupDaysPerWeek[group] = running;
  }
  const ranges = exceptionRanges(person, holidays);
  const indexed: PersonAvailability = {
    person,
    groupMinutes,
    groupOfWeekday,
    groupDaysThroughWeekday,
    groupDaysPerWeek,
    exceptionStarts: Int32Array.from(ranges, (range) => range[0]),
    exceptionEnds: Int32Array.from(ranges, (range) => range[1]),
    exceptionDaysBefore: new Float64Array((ranges.length + 1) * groups),
  };
  const before = indexed.exceptionDaysBefore;
  ranges.forEach(([start, end], index) => {
    for (let group = 0; group < groups; group += 1) {
      const inRange = patternDaysThrough(indexed, group, end) - patternDaysThrough(indexed, group, start - 1);
      before[(index + 1) * groups + group] = (before[index * groups + group] ?? 0) + inRange;
    }
  });
  return indexed;
}

/**
 * Prepares everyone's calendars once, so allocation and the grid never look a calendar up day by day.
 * @example indexAvailability([warsawDesigner, londonWriter], holidaysByRegion).indexOfPerson.get('ana') // 0
 */
export function indexAvailability(people: readonly Person[], holidays: HolidayCalendars): Availability {
  const indexOfPerson = new Map<string, number>();
  const indexed = people.map((person, index) => {
    if (indexOfPerson.has(person.id)) {
      throw new Error(`people[${index}].id "${person.id}" appears twice; each person id must be unique`);
    }
    indexOfPerson.set(person.id, index);
    return indexPersonAvailability(person, holidays);
  });
  return { people: indexed, indexOfPerson };
}

/**
 * Working minutes of a person between two local dates, both included.
 * @example availableMinutes(indexAvailability([warsawDesigner], { PL: [{ date: '2026-11-11', name: 'Independence Day' }] }), 'ana', '2026-11-09', '2026-11-15') // 1920
 */
export function availableMinutes(availability: Availability, personId: string, from: LocalDate, to: LocalDate): number {
  const index = availability.indexOfPerson.get(personId);
  const person = index === undefined ? undefined : availability.people[index];
  if (!person) throw new Error(`personId "${personId}" is not among the ${availability.people.length} people whose calendars were given`);
  return availableMinutesBetween(person, dayNumberOf(from), dayNumberOf(to));
}
