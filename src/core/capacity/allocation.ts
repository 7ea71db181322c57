import { z } from 'zod';
import type { LocalDate } from '../dates/local-date';
import type { Task } from '../task/task';
import { type Availability, type PersonAvailability, groupDaysThrough, isExceptionDay } from './availability';
import { type DayNumber, dayNumberOf, localDateOfDayNumber, weekdayOfDayNumber } from './day-number';
import { dayNumberInZone } from './local-date-in-zone';
import { wholeDivision } from './whole-division';

/**
 * Why a task got no place on anyone's calendar. Every task ends up either scheduled or here, so the
 * capacity view can say "38 tasks (212 h) are unscheduled" instead of quietly showing less work.
 * Checked in this order; the first that applies wins.
 */
export const UnallocatedReason = z.enum([
  /** Status category done: nothing remains to plan. */
  'done',
  /** Nobody is assigned. */
  'unassigned',
  /** The assignee is not among the people whose calendars were given. */
  'unknown-assignee',
  /** Neither remaining effort nor an estimate is set. */
  'unestimated',
  /** Remaining effort is 0 although the task is not done. */
  'nothing-remaining',
  /** Over MAX_REMAINING_MINUTES: almost surely a typo, and it would swamp every total. */
  'effort-too-large',
  /** No due date (a start date alone does not say when the work ends). */
  'unscheduled',
  /** The start date is after the due date. */
  'inverted-dates',
  /** Every day from start to due is a weekend, holiday or time off for the assignee. */
  'no-working-time',
]);
export type UnallocatedReason = z.infer<typeof UnallocatedReason>;

export const UnallocatedTask = z.object({
  taskId: z.string().min(1),
  reason: UnallocatedReason,
  assigneeId: z.string().min(1).optional(),
  teamId: z.string().min(1).optional(),
  /** The effort that went unplanned, when the task has one. */
  remainingMinutes: z.number().int().nonnegative().optional(),
});
export type UnallocatedTask = z.infer<typeof UnallocatedTask>;

/** 1,000,000,000 minutes is about 1,900 years of full-time work; it also keeps every running sum an exact integer. */
export const MAX_REMAINING_MINUTES = 1_000_000_000;

/**
 * A task's remaining effort laid over its assignee's working days, stored as a rounding plan rather
 * than a list of days: every working day of calendar group g (see PersonAvailability) gets
 * `minutesPerGroupDay[g]` minutes, and the earliest days of `extraMinuteGroups` up to and including
 * `extraMinuteThroughDay` get one minute more. Any span's allocation is then a few counts, not a walk.
 */
export interface ScheduledTask {
  readonly taskId: string;
  readonly personId: string;
  /** Position of the assignee in `Availability.people`. */
  readonly personIndex: number;
  /** First and last day of the spread, in the assignee's zone. */
  readonly start: LocalDate;
  readonly end: LocalDate;
  /** 'start-date' normally; 'created-at' when the task had only a due date (see allocateEffort). */
  readonly startFrom: 'start-date' | 'created-at';
  readonly remainingMinutes: number;
  readonly startDay: DayNumber;
  readonly endDay: DayNumber;
  readonly minutesPerGroupDay: readonly number[];
  readonly extraMinuteGroups: readonly number[];
  readonly extraMinuteThroughDay: DayNumber;
}

export interface Allocation {
  /** The calendars the allocation was computed against; the grid and double-booking read them too. */
  readonly availability: Availability;
  /** In the order the tasks were given. */
  readonly scheduled: readonly ScheduledTask[];
  readonly unallocated: readonly UnallocatedTask[];
}

const NO_GROUPS: readonly number[] = [];

/**
 * Minutes allocated to the task on its days up to and including `day`, plus a constant that depends
 * only on the task. Only differences mean anything; clamping to the task's span makes
 * `through(b) - through(a - 1)` the allocation in a…b for any a ≤ b.
 */
export function allocationThrough(person: PersonAvailability, task: ScheduledTask, day: DayNumber): number {
  const clamped = day < task.startDay - 1 ? task.startDay - 1 : day > task.endDay ? task.endDay : day;
  let total = 0;
  const perDay = task.minutesPerGroupDay;
  for (let group = 0; group < perDay.length; group += 1) {
    const minutes = perDay[group] ?? 0;
    if (minutes !== 0) total += minutes * groupDaysThrough(person, group, clamped);
  }
  const extraThrough = clamped < task.extraMinuteThroughDay ? clamped : task.extraMinuteThroughDay;
  for (const group of task.extraMinuteGroups) total += groupDaysThrough(person, group, extraThrough);
  return total;
}

interface Span {
  startDay: DayNumber;
  endDay: DayNumber;
  start: LocalDate;
  end: LocalDate;
  startFrom: ScheduledTask['startFrom'];
}

type Rounding = Pick<ScheduledTask, 'minutesPerGroupDay' | 'extraMinuteGroups' | 'extraMinuteThroughDay'>;

const ONLY_GROUP: readonly number[] = [0];

/**
 * Largest-remainder rounding over days, computed per group of equal-length days: each day's exact
 * share is remaining × its minutes / total minutes; days get the whole part, and the minutes still
 * missing go one each to the days with the largest fractional part, earlier days first on a tie.
 * Days of one group share the same fraction, so the winners are whole groups plus the earliest days
 * of one "tied class" of groups.
 */
function roundingPlan(person: PersonAvailability, span: Span, remaining: number): Rounding | undefined {
  const groups = person.groupMinutes.length;
  if (groups === 1) {
    // One kind of working day (most calendars): every day's share is remaining / days, so the spare
    // minutes go to the earliest days.
    const days = groupDaysThrough(person, 0, span.endDay) - groupDaysThrough(person, 0, span.startDay - 1);
    if (days === 0) return undefined;
    const whole = Math.floor(remaining / days);
    const missing = remaining - whole * days;
    if (missing === 0) return { minutesPerGroupDay: [whole], extraMinuteGroups: NO_GROUPS, extraMinuteThroughDay: span.startDay - 1 };
    return { minutesPerGroupDay: [whole], extraMinuteGroups: ONLY_GROUP, extraMinuteThroughDay: nthTiedDay(person, ONLY_GROUP, span.startDay, span.endDay, missing) };
  }

  const counts: number[] = new Array<number>(groups);
  let total = 0;
  for (let group = 0; group < groups; group += 1) {
    const days = groupDaysThrough(person, group, span.endDay) - groupDaysThrough(person, group, span.startDay - 1);
    counts[group] = days;
    total += days * (person.groupMinutes[group] ?? 0);
  }
  if (total === 0) return undefined;

  const perDay: number[] = new Array<number>(groups);
  const fractions: number[] = new Array<number>(groups);
  let missing = remaining;
  for (let group = 0; group < groups; group += 1) {
    const [whole, fraction] = wholeDivision(remaining * (person.groupMinutes[group] ?? 0), total);
    perDay[group] = whole;
    fractions[group] = (counts[group] ?? 0) > 0 ? fraction : 0;
    missing -= whole * (counts[group] ?? 0);
  }
  if (missing === 0) return { minutesPerGroupDay: perDay, extraMinuteGroups: NO_GROUPS, extraMinuteThroughDay: span.startDay - 1 };

  // Missing < number of days with a non-zero fraction, so the loop always ends inside a class.
  const order = [...perDay.keys()].filter((group) => (fractions[group] ?? 0) > 0).sort((a, b) => (fractions[b] ?? 0) - (fractions[a] ?? 0));
  let position = 0;
  while (position < order.length) {
    const fraction = fractions[order[position] ?? 0];
    const tied: number[] = [];
    let tiedDays = 0;
    while (position < order.length && fractions[order[position] ?? 0] === fraction) {
      const group = order[position] ?? 0;
      tied.push(group);
      tiedDays += counts[group] ?? 0;
      position += 1;
    }
    if (missing >= tiedDays) {
      for (const group of tied) perDay[group] = (perDay[group] ?? 0) + 1;
      missing -= tiedDays;
      if (missing === 0) return { minutesPerGroupDay: perDay, extraMinuteGroups: NO_GROUPS, extraMinuteThroughDay: span.startDay - 1 };
      continue;
    }
    return { minutesPerGroupDay: perDay, extraMinuteGroups: tied, extraMinuteThroughDay: nthTiedDay(person, tied, span.startDay, span.endDay, missing) };
  }
  throw new Error(`Largest-remainder rounding left ${missing} minutes unplaced; this is a bug in allocation`);
}

function tiedDaysThrough(person: PersonAvailability, tied: readonly number[], day: DayNumber): number {
  let days = 0;
  for (const group of tied) days += groupDaysThrough(person, group, day);
  return days;
}

/** The day on which the tied groups reach their `nth` working day counted from `startDay`. */
function nthTiedDay(person: PersonAvailability, tied: readonly number[], startDay: DayNumber, endDay: DayNumber, nth: number): DayNumber {
  const target = tiedDaysThrough(person, tied, startDay - 1) + nth;
  let low = startDay;
  let high = endDay;
  while (low < high) {
    const middle = low + Math.floor((high - low) / 2);
    if (tiedDaysThrough(person, tied, middle) >= target) high = middle;
    else low = middle + 1;
  }
  return low;
}

function spanOf(task: Task, person: PersonAvailability): Span | UnallocatedReason {
  if (!task.dueDate) return 'unscheduled';
  const endDay = dayNumberOf(task.dueDate);
  if (task.startDate) {
    const startDay = dayNumberOf(task.startDate);
    if (startDay > endDay) return 'inverted-dates';
    return { startDay, endDay, start: task.startDate, end: task.dueDate, startFrom: 'start-date' };
  }
  // Only a due date: the work could begin once the task existed, so it starts on the day it was
  // created in the assignee's zone (or on the due date itself if it was created later than that).
  const createdDay = dayNumberInZone(task.createdAt, person.person.calendar.timeZone);
  if (createdDay >= endDay) return { startDay: endDay, endDay, start: task.dueDate, end: task.dueDate, startFrom: 'created-at' };
  return { startDay: createdDay, endDay, start: localDateOfDayNumber(createdDay), end: task.dueDate, startFrom: 'created-at' };
}

/**
 * Spreads each task's remaining effort (`remainingMinutes`, else `estimateMinutes`) over its
 * assignee's working days from start date to due date, both included, in proportion to each day's
 * working minutes, in whole minutes that add up exactly to the remaining effort (largest-remainder
 * rounding, earlier days first on ties). Dates are local dates in the assignee's own zone.
 *
 * A task with only a due date starts on the local date it was created (in the assignee's zone).
 * Tasks that cannot be placed are listed in `unallocated` with the reason (see UnallocatedReason).
 * Allocation ignores how busy a person already is: exceeding capacity is what the grid reports.
 *
 * @example
 * // Ana works 8 h Mon–Fri in Warsaw; Wed 11 Nov 2026 is a Polish holiday.
 * const allocation = allocateEffort([brochure20h], indexAvailability([ana], { PL: [{ date: '2026-11-11', name: 'Independence Day' }] }));
 * dailyAllocation(allocation, allocation.scheduled[0]) // 300 minutes on each of 9, 10, 12 and 13 Nov
 */
export function allocateEffort(tasks: readonly Task[], availability: Availability): Allocation {
  const scheduled: ScheduledTask[] = [];
  const unallocated: UnallocatedTask[] = [];
  for (const task of tasks) {
    const remaining = task.remainingMinutes ?? task.estimateMinutes;
    const personIndex = task.assigneeId === undefined ? undefined : availability.indexOfPerson.get(task.assigneeId);
    const person = personIndex === undefined ? undefined : availability.people[personIndex];
    if (task.statusCategory === 'done') { unallocated.push(unallocatedTask(task, 'done', remaining)); continue; }
    if (task.assigneeId === undefined) { unallocated.push(unallocatedTask(task, 'unassigned', remaining)); continue; }
    if (personIndex === undefined || !person) { unallocated.push(unallocatedTask(task, 'unknown-assignee', remaining)); continue; }
    if (remaining === undefined) { unallocated.push(unallocatedTask(task, 'unestimated', remaining)); continue; }
    if (remaining === 0) { unallocated.push(unallocatedTask(task, 'nothing-remaining', remaining)); continue; }
    if (remaining > MAX_REMAINING_MINUTES) { unallocated.push(unallocatedTask(task, 'effort-too-large', remaining)); continue; }
    const span = spanOf(task, person);
    if (typeof span === 'string') {
      unallocated.push(unallocatedTask(task, span, remaining));
      continue;
    }
    const rounding = roundingPlan(person, span, remaining);
    if (!rounding) {
      unallocated.push(unallocatedTask(task, 'no-working-time', remaining));
      continue;
    }
    scheduled.push({
      taskId: task.id,
      personId: task.assigneeId,
      personIndex,
      start: span.start,
      end: span.end,
      startFrom: span.startFrom,
      remainingMinutes: remaining,
      startDay: span.startDay,
      endDay: span.endDay,
      minutesPerGroupDay: rounding.minutesPerGroupDay,
      extraMinuteGroups: rounding.extraMinuteGroups,
      extraMinuteThroughDay: rounding.extraMinuteThroughDay,
    });
  }
  return { availability, scheduled, unallocated };
}

function unallocatedTask(task: Task, reason: UnallocatedReason, remaining: number | undefined): UnallocatedTask {
  const entry: UnallocatedTask = { taskId: task.id, reason };
  if (task.assigneeId !== undefined) entry.assigneeId = task.assigneeId;
  if (task.teamId !== undefined) entry.teamId = task.teamId;
  if (remaining !== undefined) entry.remainingMinutes = remaining;
  return entry;
}

function personOf(allocation: Allocation, task: ScheduledTask): PersonAvailability {
  const person = allocation.availability.people[task.personIndex];
  if (!person) throw new Error(`personIndex ${task.personIndex} of task "${task.taskId}" is not in this allocation's availability`);
  return person;
}

/**
 * Minutes of a scheduled task that fall on `from` … `to`, both included.
 * @example allocatedMinutesBetween(allocation, brochure, '2026-11-09', '2026-11-10') // 600
 */
export function allocatedMinutesBetween(allocation: Allocation, task: ScheduledTask, from: LocalDate, to: LocalDate): number {
  const person = personOf(allocation, task);
  const fromDay = dayNumberOf(from);
  const toDay = dayNumberOf(to);
  if (toDay < fromDay) return 0;
  return allocationThrough(person, task, toDay) - allocationThrough(person, task, fromDay - 1);
}

/**
 * The days of a scheduled task that receive time, with their minutes, earliest first. Meant for one
 * task at a time (a detail panel, a test); totals over many tasks should use the grid.
 * @example dailyAllocation(allocation, brochure) // [{ date: '2026-11-09', minutes: 300 }, { date: '2026-11-10', minutes: 300 }, …]
 */
export function dailyAllocation(allocation: Allocation, task: ScheduledTask): Array<{ date: LocalDate; minutes: number }> {
  const person = personOf(allocation, task);
  const days: Array<{ date: LocalDate; minutes: number }> = [];
  for (let day = task.startDay; day <= task.endDay; day += 1) {
    const group = person.groupOfWeekday[weekdayOfDayNumber(day)] ?? -1;
    if (group < 0 || isExceptionDay(person, day)) continue;
    const extra = day <= task.extraMinuteThroughDay && task.extraMinuteGroups.includes(group) ? 1 : 0;
    const minutes = (task.minutesPerGroupDay[group] ?? 0) + extra;
    if (minutes > 0) days.push({ date: localDateOfDayNumber(day), minutes });
  }
  return days;
}
