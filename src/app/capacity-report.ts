import { z } from 'zod';
import {
  allocateEffort,
  capacityGrid,
  CapacityGrid,
  CapacityHorizon,
  CellTasks,
  DoubleBooking,
  findDoubleBookings,
  indexAvailability,
  tasksByCell,
} from '../core/capacity';
import type { Task } from '../core/task/task';
import type { OrganisationSnapshot } from '../core/org/snapshot';
import { collect } from './collect';
import type { Tracker } from './ports/tracker';

/** What a reader needs to recognise a task the grid names by id: its key, title and project. */
export const CapacityTaskSummary = z.object({ key: z.string().min(1), title: z.string(), projectId: z.string().min(1) });
export type CapacityTaskSummary = z.infer<typeof CapacityTaskSummary>;

/** The capacity view: also what crosses the wire to the UI, checked by the resolvers and the apps. */
export const CapacityReport = z.object({
  grid: CapacityGrid,
  doubleBookings: z.array(DoubleBooking),
  /** The tasks behind each non-empty person × week cell, so a cell can open its work. */
  cellTasks: z.array(CellTasks),
  /** Key, title and project of every task that cellTasks, doubleBookings or grid.unallocated name, by task id. */
  tasks: z.record(z.string(), CapacityTaskSummary),
});
export type CapacityReport = z.infer<typeof CapacityReport>;

export interface CapacityReportOptions {
  /** Only people of these teams; everyone when absent. */
  teamIds?: readonly string[];
}

/** The work and the people a capacity report reads. */
export type CapacityInputs = Pick<OrganisationSnapshot, 'tasks' | 'people'> & { settings: Pick<OrganisationSnapshot['settings'], 'holidays'> };

/** Summaries of the tasks a report mentions, and only those, so the answer stays proportional to what is shown. */
function summariesOf(tasks: readonly Task[], ids: Iterable<string>): Record<string, CapacityTaskSummary> {
  const wanted = new Set(ids);
  const summaries: Record<string, CapacityTaskSummary> = {};
  for (const task of tasks) {
    if (wanted.has(task.id)) summaries[task.id] = { key: task.key, title: task.title, projectId: task.projectId };
  }
  return summaries;
}

/**
 * People and roles × weeks over the horizon: allocated against available time, the tasks that could
 * not be placed, the weeks where someone's overlapping tasks need more time than they have, and the
 * tasks behind every cell.
 * @example capacityReport(generateDemoOrganisation(), { start: '2026-11-23', weeks: 8 }).doubleBookings[0].personId
 */
export function capacityReport(organisation: CapacityInputs, horizon: CapacityHorizon, options: CapacityReportOptions = {}): CapacityReport {
  const checkedHorizon = CapacityHorizon.parse(horizon);
  const availability = indexAvailability(organisation.people, organisation.settings.holidays);
  const allocation = allocateEffort(organisation.tasks, availability);
  const filter = options.teamIds ? { teamIds: options.teamIds } : {};
  const grid = capacityGrid(allocation, checkedHorizon, filter);
  const doubleBookings = findDoubleBookings(allocation, checkedHorizon, filter);
  const cellTasks = tasksByCell(allocation, checkedHorizon, filter);
  const mentioned = [
    ...cellTasks.flatMap((cell) => cell.tasks.map((task) => task.taskId)),
    ...doubleBookings.flatMap((booking) => booking.tasks.map((task) => task.taskId)),
    ...grid.unallocated.map((task) => task.taskId),
  ];
  return { grid, doubleBookings, cellTasks, tasks: summariesOf(organisation.tasks, mentioned) };
}

/**
 * The capacity view straight from a tracker: every open task the viewer may see, across projects (a
 * person's load elsewhere is still their load), read with paged searches only, never one call per task.
 */
export async function trackerCapacityReport(
  horizon: CapacityHorizon,
  deps: { tracker: Tracker; people: OrganisationSnapshot['people']; settings: Pick<OrganisationSnapshot['settings'], 'holidays'> },
  options: CapacityReportOptions = {},
): Promise<CapacityReport> {
  const tasks = await collect(deps.tracker.searchTasks({ openOnly: true }));
  return capacityReport({ tasks, people: deps.people, settings: deps.settings }, horizon, options);
}
