import { type Allocation, type ScheduledTask, allocationThrough } from './allocation';
import { groupDaysThrough } from './availability';
import type { DayNumber } from './day-number';

/** Consecutive periods of equal length: weeks (7 days) for the grid, days (1) for day-level checks. */
export interface PeriodSplit {
  readonly firstDay: DayNumber;
  readonly daysPerPeriod: number;
  readonly periods: number;
}

/**
 * Allocated and available minutes per person and period, in flat arrays indexed
 * `personIndex * periods + period` (one allocation per person, not one object per cell).
 * Allocation outside the periods is kept per person, so nothing scheduled is lost.
 */
export interface PeriodTotals {
  readonly split: PeriodSplit;
  readonly allocated: Float64Array;
  readonly available: Float64Array;
  readonly beforeFirst: Float64Array;
  readonly afterLast: Float64Array;
}

/** Called for each non-zero share of a task in a period, for callers that need to know who is responsible. */
export type ShareListener = (task: ScheduledTask, period: number, minutes: number) => void;

/**
 * Sums every scheduled task into the periods. Each task costs one count per period it spans (per group
 * of equal-length days), because its allocation up to a boundary is arithmetic on its rounding plan;
 * successive boundaries telescope, so the shares of a task add up to its remaining effort exactly.
 * @example totalsByPeriod(allocation, { firstDay: dayNumberOf('2026-11-09'), daysPerPeriod: 7, periods: 26 }).allocated[0] // Ana's minutes in week 46
 */
export function totalsByPeriod(
  allocation: Allocation,
  split: PeriodSplit,
  includePerson: (personIndex: number) => boolean = () => true,
  onShare?: ShareListener,
): PeriodTotals {
  const { firstDay, daysPerPeriod, periods } = split;
  const people = allocation.availability.people;
  const lastDay = firstDay + daysPerPeriod * periods - 1;
  const allocated = new Float64Array(people.length * periods);
  const available = new Float64Array(people.length * periods);
  const beforeFirst = new Float64Array(people.length);
  const afterLast = new Float64Array(people.length);
  const included = Uint8Array.from(people, (_, index) => (includePerson(index) ? 1 : 0));

  for (const task of allocation.scheduled) {
    const personIndex = task.personIndex;
    const person = people[personIndex];
    if (!person || included[personIndex] === 0) continue;
    const base = allocationThrough(person, task, task.startDay - 1);
    let previous = base;
    if (task.startDay < firstDay) {
      const through = allocationThrough(person, task, firstDay - 1);
      beforeFirst[personIndex] = (beforeFirst[personIndex] ?? 0) + (through - previous);
      previous = through;
    }
    if (task.endDay >= firstDay && task.startDay <= lastDay) {
      const firstPeriod = task.startDay <= firstDay ? 0 : Math.floor((task.startDay - firstDay) / daysPerPeriod);
      const lastPeriod = task.endDay >= lastDay ? periods - 1 : Math.floor((task.endDay - firstDay) / daysPerPeriod);
      const row = personIndex * periods;
      for (let period = firstPeriod; period <= lastPeriod; period += 1) {
        const through = allocationThrough(person, task, firstDay + (period + 1) * daysPerPeriod - 1);
        const share = through - previous;
        previous = through;
        if (share === 0) continue;
        allocated[row + period] = (allocated[row + period] ?? 0) + share;
        if (onShare) onShare(task, period, share);
      }
    }
    if (task.endDay > lastDay) {
      afterLast[personIndex] = (afterLast[personIndex] ?? 0) + (task.remainingMinutes - (previous - base));
    }
  }

  people.forEach((person, personIndex) => {
    if (included[personIndex] === 0) return;
    const groups = person.groupMinutes;
    for (let group = 0; group < groups.length; group += 1) {
      const minutes = groups[group] ?? 0;
      let previous = groupDaysThrough(person, group, firstDay - 1);
      for (let period = 0; period < periods; period += 1) {
        const through = groupDaysThrough(person, group, firstDay + (period + 1) * daysPerPeriod - 1);
        const cell = personIndex * periods + period;
        available[cell] = (available[cell] ?? 0) + (through - previous) * minutes;
        previous = through;
      }
    }
  });

  return { split, allocated, available, beforeFirst, afterLast };
}
