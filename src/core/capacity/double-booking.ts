import { z } from 'zod';
import { LocalDate } from '../dates/local-date';
import type { Allocation } from './allocation';
import { localDateOfDayNumber } from './day-number';
import { CapacityHorizon, horizonFirstDay } from './horizon';
import { type PeriodSplit, totalsByPeriod } from './period-totals';

/** A person booked on two or more tasks in one period for more time than they have in it. */
export const DoubleBooking = z.object({
  personId: z.string().min(1),
  /** The week (Monday–Sunday) or the day, in the person's own local dates. */
  period: z.object({ start: LocalDate, end: LocalDate }),
  allocatedMinutes: z.number().int().nonnegative(),
  availableMinutes: z.number().int().nonnegative(),
  /** Every task with time in the period, largest share first (task id breaks ties). */
  tasks: z.array(z.object({ taskId: z.string().min(1), minutes: z.number().int().positive() })).min(2),
});
export type DoubleBooking = z.infer<typeof DoubleBooking>;

export interface DoubleBookingOptions {
  /** 'week' (default) compares a week's allocation with the week's time; 'day' looks day by day. */
  readonly period?: 'week' | 'day';
  /** Only people of these teams; absent means everyone. */
  readonly teamIds?: readonly string[];
}

/**
 * Periods in the horizon where one person's overlapping tasks together need more time than the
 * person has. One task that alone exceeds the time is over-allocation (the grid shows it), not a
 * double booking, so a finding always names at least two tasks.
 * Ordered by person (as given to the availability index), then by period.
 * @example
 * findDoubleBookings(allocation, { start: '2026-11-09', weeks: 4 })
 * // [{ personId: 'ana', period: { start: '2026-11-09', end: '2026-11-15' }, allocatedMinutes: 2400, availableMinutes: 1920,
 * //    tasks: [{ taskId: 'WEB-1', minutes: 1200 }, { taskId: 'WEB-2', minutes: 1200 }] }]
 */
export function findDoubleBookings(allocation: Allocation, horizon: CapacityHorizon, options: DoubleBookingOptions = {}): DoubleBooking[] {
  const checkedHorizon = CapacityHorizon.parse(horizon);
  const people = allocation.availability.people;
  const teams = options.teamIds ? new Set(options.teamIds) : undefined;
  const shown = (personIndex: number): boolean => !teams || teams.has(people[personIndex]?.person.teamId ?? '');
  const daysPerPeriod = options.period === 'day' ? 1 : 7;
  const split: PeriodSplit = { firstDay: horizonFirstDay(checkedHorizon), daysPerPeriod, periods: (checkedHorizon.weeks * 7) / daysPerPeriod };
  const totals = totalsByPeriod(allocation, split, shown);

  const overbooked = new Map<number, Array<{ taskId: string; minutes: number }>>();
  totals.allocated.forEach((allocated, cell) => {
    if (allocated > (totals.available[cell] ?? 0)) overbooked.set(cell, []);
  });
  if (overbooked.size === 0) return [];
  // A second pass names the tasks, only for the cells that need it.
  totalsByPeriod(allocation, split, shown, (task, period, minutes) => {
    overbooked.get(task.personIndex * split.periods + period)?.push({ taskId: task.taskId, minutes });
  });

  const findings: DoubleBooking[] = [];
  for (const [cell, tasks] of [...overbooked.entries()].sort(([a], [b]) => a - b)) {
    if (tasks.length < 2) continue;
    const personIndex = Math.floor(cell / split.periods);
    const period = cell - personIndex * split.periods;
    const start = split.firstDay + period * daysPerPeriod;
    tasks.sort((a, b) => b.minutes - a.minutes || (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0));
    findings.push({
      personId: people[personIndex]?.person.id ?? '',
      period: { start: localDateOfDayNumber(start), end: localDateOfDayNumber(start + daysPerPeriod - 1) },
      allocatedMinutes: totals.allocated[cell] ?? 0,
      availableMinutes: totals.available[cell] ?? 0,
      tasks,
    });
  }
  return findings;
}
