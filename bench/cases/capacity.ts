import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Person } from '../../src/core/capacity/calendar';
import { MAX_REMAINING_MINUTES, allocateEffort, capacityGrid, indexAvailability, localDateOf, mondayOnOrBefore, dayNumberOf, localDateOfDayNumber } from '../../src/core/capacity';
import type { CapacityGrid } from '../../src/core/capacity';
import { shiftDate, workingMinutesOn } from '../../src/core/dates/working-days';
import type { Task } from '../../src/core/task/task';
import { type BenchCase, type BenchRow, formatBytes, formatMilliseconds, formatRatio, medianMilliseconds, settledHeapProfile } from '../bench-case';
import { type CapacityScenario, capacityScenario } from '../capacity-data';

const SIZE = { tasks: 50_000, people: 300, weeks: 26, seed: 20261111 };
const TARGET_MS = 200;

/** Minutes per person and week, plus what fell outside the weeks: what both implementations must agree on. */
interface GridTotals {
  allocated: Map<string, number>;
  available: Map<string, number>;
  before: Map<string, number>;
  after: Map<string, number>;
  unallocatedTasks: number;
}

function add(map: Map<string, number>, key: string, minutes: number): void {
  map.set(key, (map.get(key) ?? 0) + minutes);
}

/** Ours: index the calendars once, allocate, build the grid. */
function oursGrid(scenario: CapacityScenario): CapacityGrid {
  const availability = indexAvailability(scenario.people, scenario.holidays);
  return capacityGrid(allocateEffort(scenario.tasks, availability), scenario.horizon);
}

function startOf(task: Task, person: Person, dueDate: string): string {
  if (task.startDate) return task.startDate;
  const created = localDateOf(task.createdAt, person.calendar.timeZone);
  return created > dueDate ? dueDate : created;
}

/**
 * The straightforward implementation: walk every calendar day of every task, ask the calendar for its
 * working minutes, round by largest remainder, add each day into a map keyed by person and week.
 */
function baselineGrid(scenario: CapacityScenario): GridTotals {
  const { people, holidays, tasks, horizon } = scenario;
  const byId = new Map(people.map((person) => [person.id, person]));
  const horizonStart = localDateOfDayNumber(mondayOnOrBefore(dayNumberOf(horizon.start)));
  const horizonEnd = shiftDate(horizonStart, horizon.weeks * 7 - 1);
  const totals: GridTotals = { allocated: new Map(), available: new Map(), before: new Map(), after: new Map(), unallocatedTasks: 0 };

  for (const task of tasks) {
    const person = task.assigneeId === undefined ? undefined : byId.get(task.assigneeId);
    const remaining = task.remainingMinutes ?? task.estimateMinutes;
    if (task.statusCategory === 'done' || !person || !remaining || remaining > MAX_REMAINING_MINUTES || !task.dueDate) {
      totals.unallocatedTasks += 1;
      continue;
    }
    const start = startOf(task, person, task.dueDate);
    if (start > task.dueDate) {
      totals.unallocatedTasks += 1;
      continue;
    }
    const days: Array<{ date: string; minutes: number; whole: number; fraction: number; order: number }> = [];
    for (let date = start; date <= task.dueDate; date = shiftDate(date, 1)) {
      days.push({ date, minutes: workingMinutesOn(date, person.calendar, holidays), whole: 0, fraction: 0, order: days.length });
    }
    const total = days.reduce((sum, day) => sum + day.minutes, 0);
    if (total === 0) {
      totals.unallocatedTasks += 1;
      continue;
    }
    let missing = remaining;
    for (const day of days) {
      day.whole = Math.floor((remaining * day.minutes) / total);
      day.fraction = (remaining * day.minutes) % total;
      missing -= day.whole;
    }
    for (const day of [...days].sort((a, b) => b.fraction - a.fraction || a.order - b.order)) {
      if (missing === 0) break;
      day.whole += 1;
      missing -= 1;
    }
    for (const day of days) {
      if (day.whole === 0) continue;
      if (day.date < horizonStart) add(totals.before, person.id, day.whole);
      else if (day.date > horizonEnd) add(totals.after, person.id, day.whole);
      else add(totals.allocated, `${person.id}|${Math.floor(differenceInCalendarDays(parseISO(day.date), parseISO(horizonStart)) / 7)}`, day.whole);
    }
  }

  for (const person of people) {
    for (let offset = 0; offset < horizon.weeks * 7; offset += 1) {
      add(totals.available, `${person.id}|${Math.floor(offset / 7)}`, workingMinutesOn(shiftDate(horizonStart, offset), person.calendar, holidays));
    }
  }
  return totals;
}

/** Throws, naming the first cell that differs, unless both grids hold the same minutes everywhere. */
function assertSameTotals(ours: CapacityGrid, baseline: GridTotals): { cells: number; minutes: number } {
  let cells = 0;
  let minutes = 0;
  const expectEqual = (what: string, mine: number, theirs: number): void => {
    if (mine !== theirs) throw new Error(`capacity grids differ at ${what}: ours ${mine} min, baseline ${theirs} min`);
  };
  for (const row of ours.people) {
    row.cells.forEach((cell, week) => {
      const key = `${row.personId}|${week}`;
      expectEqual(`${key} allocated`, cell.allocatedMinutes, baseline.allocated.get(key) ?? 0);
      expectEqual(`${key} available`, cell.availableMinutes, baseline.available.get(key) ?? 0);
      cells += 1;
      minutes += cell.allocatedMinutes;
    });
    expectEqual(`${row.personId} before horizon`, row.beforeHorizonMinutes, baseline.before.get(row.personId) ?? 0);
    expectEqual(`${row.personId} after horizon`, row.afterHorizonMinutes, baseline.after.get(row.personId) ?? 0);
    minutes += row.beforeHorizonMinutes + row.afterHorizonMinutes;
  }
  expectEqual('number of unallocated tasks', ours.unallocated.length, baseline.unallocatedTasks);
  return { cells, minutes };
}

const capacity: BenchCase = {
  name: 'capacity',
  async run(): Promise<BenchRow[]> {
    const scenario = capacityScenario(SIZE);
    const oursResult = oursGrid(scenario);
    const baselineResult = baselineGrid(scenario);
    const agreed = assertSameTotals(oursResult, baselineResult);

    const oursMs = medianMilliseconds(() => oursGrid(scenario), 15, 3);
    const baselineMs = medianMilliseconds(() => baselineGrid(scenario), 3, 1);
    const oursHeap = await settledHeapProfile(() => oursGrid(scenario));
    const baselineHeap = await settledHeapProfile(() => baselineGrid(scenario));
    const overAllocatedCells = oursResult.people.reduce((sum, row) => sum + row.cells.filter((cell) => cell.overAllocated).length, 0);
    const hours = (minutes: number): string => `${Math.round(minutes / 60).toLocaleString('en')} h`;

    return [
      {
        metric: `grid time, ${SIZE.tasks / 1000}k tasks × ${SIZE.people} people × ${SIZE.weeks} wk (median)`,
        ours: formatMilliseconds(oursMs),
        baseline: formatMilliseconds(baselineMs),
        ratio: formatRatio(oursMs, baselineMs),
        target: `< ${TARGET_MS} ms`,
        met: oursMs < TARGET_MS,
      },
      {
        metric: 'peak heap during run (above a settled heap)',
        ours: formatBytes(oursHeap.peak),
        baseline: formatBytes(baselineHeap.peak),
        ratio: formatRatio(oursHeap.peak, baselineHeap.peak),
        target: '',
      },
      {
        metric: 'heap retained by the result (after GC)',
        ours: formatBytes(oursHeap.retained),
        baseline: formatBytes(baselineHeap.retained),
        ratio: formatRatio(oursHeap.retained, baselineHeap.retained),
        target: '',
      },
      {
        metric: `grid totals equal (${agreed.cells.toLocaleString('en')} cells + before/after)`,
        ours: hours(agreed.minutes),
        baseline: hours(agreed.minutes),
        ratio: formatRatio(1, 1),
        target: 'equal',
        met: true,
      },
      {
        metric: 'tasks scheduled / unallocated; over-allocated cells',
        ours: `${(SIZE.tasks - oursResult.unallocated.length).toLocaleString('en')} / ${oursResult.unallocated.length.toLocaleString('en')}; ${overAllocatedCells}`,
        baseline: `${(SIZE.tasks - baselineResult.unallocatedTasks).toLocaleString('en')} / ${baselineResult.unallocatedTasks.toLocaleString('en')}`,
        ratio: '',
        target: '',
      },
    ];
  },
};

export default capacity;
