import { z } from 'zod';
import { LocalDate } from '../dates/local-date';
import type { Allocation } from './allocation';
import { localDateOfDayNumber } from './day-number';
import { CapacityHorizon, horizonFirstDay } from './horizon';
import { totalsByPeriod } from './period-totals';

/** The tasks that fill one person's week in the grid: what a reader sees on opening a cell. */
export const CellTasks = z.object({
  personId: z.string().min(1),
  /** Monday of the week, the same as the grid's WeekColumn.start. */
  week: LocalDate,
  /** Every task with time in the week, largest share first (task id breaks ties); they add up to the cell's allocation. */
  tasks: z.array(z.object({ taskId: z.string().min(1), minutes: z.number().int().positive() })).min(1),
});
export type CellTasks = z.infer<typeof CellTasks>;

export interface CellTasksOptions {
  /** Only people of these teams; absent means everyone (the grid's own filter). */
  readonly teamIds?: readonly string[];
}

/**
 * Who fills each non-empty cell of the capacity grid: per person and week, the tasks with their
 * minutes in that week. Cells with no work are left out, so the list grows with the work, not with
 * people × weeks. Ordered by person (as in the availability index), then by week.
 * @example
 * tasksByCell(allocation, { start: '2026-11-09', weeks: 2 })
 * // [{ personId: 'ana', week: '2026-11-09', tasks: [{ taskId: 'brochure', minutes: 1200 }, { taskId: 'banner', minutes: 960 }] }]
 */
export function tasksByCell(allocation: Allocation, horizon: CapacityHorizon, options: CellTasksOptions = {}): CellTasks[] {
  const checkedHorizon = CapacityHorizon.parse(horizon);
  const people = allocation.availability.people;
  const teams = options.teamIds ? new Set(options.teamIds) : undefined;
  const shown = (personIndex: number): boolean => !teams || teams.has(people[personIndex]?.person.teamId ?? '');
  const split = { firstDay: horizonFirstDay(checkedHorizon), daysPerPeriod: 7, periods: checkedHorizon.weeks };

  const cells = new Map<number, Array<{ taskId: string; minutes: number }>>();
  totalsByPeriod(allocation, split, shown, (task, period, minutes) => {
    const cell = task.personIndex * split.periods + period;
    const tasks = cells.get(cell) ?? [];
    tasks.push({ taskId: task.taskId, minutes });
    cells.set(cell, tasks);
  });

  return [...cells.entries()]
    .sort(([a], [b]) => a - b)
    .map(([cell, tasks]) => {
      const personIndex = Math.floor(cell / split.periods);
      const week = cell - personIndex * split.periods;
      tasks.sort((a, b) => b.minutes - a.minutes || (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0));
      return { personId: people[personIndex]?.person.id ?? '', week: localDateOfDayNumber(split.firstDay + week * 7), tasks };
    });
}
