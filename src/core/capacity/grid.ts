import { z } from 'zod';
import { type Allocation, UnallocatedTask } from './allocation';
import { CapacityHorizon, WeekColumn, horizonFirstDay, weekColumns } from './horizon';
import { totalsByPeriod } from './period-totals';
import { wholeDivision } from './whole-division';

const Minutes = z.number().int().nonnegative();

/** One person (or role) in one week. */
export const CapacityCell = z.object({
  allocatedMinutes: Minutes,
  availableMinutes: Minutes,
  /** allocated / available in basis points (10000 = 100 %), rounded down; null when nothing is available. */
  utilisationBasisPoints: z.number().int().nonnegative().nullable(),
  /** More minutes allocated than available (any excess, however small). */
  overAllocated: z.boolean(),
});
export type CapacityCell = z.infer<typeof CapacityCell>;

export const PersonCapacityRow = z.object({
  personId: z.string().min(1),
  name: z.string().min(1),
  teamId: z.string().min(1),
  roles: z.array(z.string().min(1)),
  cells: z.array(CapacityCell),
  /** Scheduled minutes of this person's tasks that fall before the first week or after the last. */
  beforeHorizonMinutes: Minutes,
  afterHorizonMinutes: Minutes,
});
export type PersonCapacityRow = z.infer<typeof PersonCapacityRow>;

/**
 * A role or skill summed over the people who have it. Someone with several roles (a designer who also
 * edits) counts in full toward each, both their allocation and their time, so role rows answer
 * "how loaded are the people who can do X" and do not add up to the people rows.
 */
export const RoleCapacityRow = z.object({
  role: z.string().min(1),
  personIds: z.array(z.string().min(1)),
  cells: z.array(CapacityCell),
  beforeHorizonMinutes: Minutes,
  afterHorizonMinutes: Minutes,
});
export type RoleCapacityRow = z.infer<typeof RoleCapacityRow>;

export const CapacityGrid = z.object({
  horizon: CapacityHorizon,
  weeks: z.array(WeekColumn),
  people: z.array(PersonCapacityRow),
  roles: z.array(RoleCapacityRow),
  /** Over the people shown: minutes inside the weeks, before them and after them. */
  totals: z.object({
    allocatedInHorizonMinutes: Minutes,
    availableInHorizonMinutes: Minutes,
    beforeHorizonMinutes: Minutes,
    afterHorizonMinutes: Minutes,
  }),
  /** Tasks that could not be placed (see UnallocatedReason), limited to the team filter if one is given. */
  unallocated: z.array(UnallocatedTask),
});
export type CapacityGrid = z.infer<typeof CapacityGrid>;

export interface CapacityGridOptions {
  /** Show only people of these teams; absent shows everyone. */
  readonly teamIds?: readonly string[];
}

/**
 * allocated / available in basis points, rounded down, from integers only.
 * @example utilisationBasisPoints(1200, 1920) // 6250
 */
export function utilisationBasisPoints(allocatedMinutes: number, availableMinutes: number): number | null {
  if (availableMinutes === 0) return null;
  const scaled = allocatedMinutes * 10_000;
  if (!Number.isSafeInteger(scaled)) return Number((BigInt(allocatedMinutes) * 10_000n) / BigInt(availableMinutes));
  return wholeDivision(scaled, availableMinutes)[0];
}

function cell(allocatedMinutes: number, availableMinutes: number): CapacityCell {
  return {
    allocatedMinutes,
    availableMinutes,
    utilisationBasisPoints: utilisationBasisPoints(allocatedMinutes, availableMinutes),
    overAllocated: allocatedMinutes > availableMinutes,
  };
}

/**
 * People × weeks (and roles × weeks): allocated against available minutes, utilisation and
 * over-allocation, for the ISO weeks of the horizon. Scheduled minutes outside the weeks are reported
 * as before/after-horizon totals, so cells + before + after = every scheduled minute of the people shown.
 *
 * With a team filter, people outside those teams disappear with their tasks; unallocated tasks stay
 * when their assignee is in the teams or, lacking a known assignee, when the task's own team is.
 * @example
 * const grid = capacityGrid(allocateEffort(tasks, indexAvailability(people, holidays)), { start: '2026-11-09', weeks: 26 });
 * grid.people[0].cells[0] // { allocatedMinutes: 1200, availableMinutes: 1920, utilisationBasisPoints: 6250, overAllocated: false }
 */
export function capacityGrid(allocation: Allocation, horizon: CapacityHorizon, options: CapacityGridOptions = {}): CapacityGrid {
  const checkedHorizon = CapacityHorizon.parse(horizon);
  const people = allocation.availability.people;
  const teams = options.teamIds ? new Set(options.teamIds) : undefined;
  const shown = (personIndex: number): boolean => !teams || teams.has(people[personIndex]?.person.teamId ?? '');
  const weeks = checkedHorizon.weeks;
  const totals = totalsByPeriod(allocation, { firstDay: horizonFirstDay(checkedHorizon), daysPerPeriod: 7, periods: weeks }, shown);

  const personRows: PersonCapacityRow[] = [];
  const roleSums = new Map<string, { personIds: string[]; allocated: number[]; available: number[]; before: number; after: number }>();
  let allocatedInHorizonMinutes = 0;
  let availableInHorizonMinutes = 0;
  let beforeHorizonMinutes = 0;
  let afterHorizonMinutes = 0;

  people.forEach(({ person }, personIndex) => {
    if (!shown(personIndex)) return;
    const cells: CapacityCell[] = new Array<CapacityCell>(weeks);
    const before = totals.beforeFirst[personIndex] ?? 0;
    const after = totals.afterLast[personIndex] ?? 0;
    for (let week = 0; week < weeks; week += 1) {
      const allocated = totals.allocated[personIndex * weeks + week] ?? 0;
      const available = totals.available[personIndex * weeks + week] ?? 0;
      cells[week] = cell(allocated, available);
      allocatedInHorizonMinutes += allocated;
      availableInHorizonMinutes += available;
    }
    beforeHorizonMinutes += before;
    afterHorizonMinutes += after;
    personRows.push({ personId: person.id, name: person.name, teamId: person.teamId, roles: person.roles, cells, beforeHorizonMinutes: before, afterHorizonMinutes: after });

    for (const role of new Set(person.roles)) {
      let sum = roleSums.get(role);
      if (!sum) {
        sum = { personIds: [], allocated: new Array<number>(weeks).fill(0), available: new Array<number>(weeks).fill(0), before: 0, after: 0 };
        roleSums.set(role, sum);
      }
      sum.personIds.push(person.id);
      for (let week = 0; week < weeks; week += 1) {
        sum.allocated[week] = (sum.allocated[week] ?? 0) + (cells[week]?.allocatedMinutes ?? 0);
        sum.available[week] = (sum.available[week] ?? 0) + (cells[week]?.availableMinutes ?? 0);
      }
      sum.before += before;
      sum.after += after;
    }
  });

  const roles = [...roleSums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([role, sum]) => ({
      role,
      personIds: sum.personIds,
      cells: sum.allocated.map((allocated, week) => cell(allocated, sum.available[week] ?? 0)),
      beforeHorizonMinutes: sum.before,
      afterHorizonMinutes: sum.after,
    }));

  const unallocated = teams
    ? allocation.unallocated.filter((task) => {
        const assignee = task.assigneeId === undefined ? undefined : allocation.availability.indexOfPerson.get(task.assigneeId);
        if (assignee !== undefined) return shown(assignee);
        return task.teamId !== undefined && teams.has(task.teamId);
      })
    : [...allocation.unallocated];

  return {
    horizon: checkedHorizon,
    weeks: weekColumns(checkedHorizon),
    people: personRows,
    roles,
    totals: { allocatedInHorizonMinutes, availableInHorizonMinutes, beforeHorizonMinutes, afterHorizonMinutes },
    unallocated,
  };
}
