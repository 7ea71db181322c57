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
import { type Directory, type NameLookup, nameLookup, projectKeyOf } from './directory';
import type { Tracker } from './ports/tracker';

/** What a reader needs to recognise a task the grid names by id: its key, title and project. */
export const CapacityTaskSummary = z.object({ key: z.string().min(1), title: z.string(), projectId: z.string().min(1) });
export type CapacityTaskSummary = z.infer<typeof CapacityTaskSummary>;

/** A project the report's open work belongs to, for the view's project filter. */
export const CapacityProject = z.object({ id: z.string().min(1), key: z.string().min(1), name: z.string().min(1) });
export type CapacityProject = z.infer<typeof CapacityProject>;

/** The capacity view: also what crosses the wire to the UI, checked by the resolvers and the apps. */
export const CapacityReport = z.object({
  grid: CapacityGrid,
  doubleBookings: z.array(DoubleBooking),
  /** The tasks behind each non-empty person × week cell, so a cell can open its work. */
  cellTasks: z.array(CellTasks),
  /** Key, title and project of every task that cellTasks, doubleBookings or grid.unallocated name, by task id. */
  tasks: z.record(z.string(), CapacityTaskSummary),
  /** Team names by id, for every team the host can name; a team missing here is shown by its id. */
  teamNames: z.record(z.string(), z.string()),
  /** Every project with open work the viewer may see, by key: the choices of the project filter, whatever is chosen. */
  projects: z.array(CapacityProject),
});
export type CapacityReport = z.infer<typeof CapacityReport>;

export interface CapacityReportOptions {
  /** Only people of these teams; everyone when absent. */
  teamIds?: readonly string[];
  /**
   * Only the people with open work in these projects, each with their whole load (their work elsewhere
   * still fills their weeks), and only these projects' unplaced work; every project when absent.
   */
  projectIds?: readonly string[];
}

/** The work and the people a capacity report reads, and the names the host knows for their ids. */
export type CapacityInputs = Pick<OrganisationSnapshot, 'tasks' | 'people'> & { settings: Pick<OrganisationSnapshot['settings'], 'holidays'>; directory?: Directory };

/** The people assigned open work in the projects: whose weeks a project's work competes for. */
function peopleWithWorkIn(tasks: readonly Task[], people: OrganisationSnapshot['people'], projects: ReadonlySet<string>): OrganisationSnapshot['people'] {
  const assigned = new Set(tasks.flatMap((task) => (projects.has(task.projectId) && task.assigneeId !== undefined ? [task.assigneeId] : [])));
  return people.filter((person) => assigned.has(person.id));
}

/** The projects of the tasks, named from the directory or by their key, in key order. */
function projectsOf(tasks: readonly Task[], names: NameLookup): CapacityProject[] {
  const projects = new Map<string, CapacityProject>();
  for (const task of tasks) {
    if (projects.has(task.projectId)) continue;
    const known = names.project(task.projectId);
    const key = known?.key ?? projectKeyOf(task.key, task.projectId);
    projects.set(task.projectId, { id: task.projectId, key, name: known?.name ?? key });
  }
  return [...projects.values()].sort((a, b) => a.key.localeCompare(b.key, 'en'));
}

function teamNamesOf(people: OrganisationSnapshot['people'], names: NameLookup): Record<string, string> {
  const teamNames: Record<string, string> = {};
  for (const person of people) {
    const name = names.team(person.teamId);
    if (name !== undefined) teamNames[person.teamId] = name;
  }
  return teamNames;
}

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
  const inProjects = options.projectIds ? new Set(options.projectIds) : undefined;
  // Leaving other people out of the availability leaves their work unplaced; the project filter below drops it.
  const people = inProjects ? peopleWithWorkIn(organisation.tasks, organisation.people, inProjects) : organisation.people;
  const availability = indexAvailability(people, organisation.settings.holidays);
  const allocation = allocateEffort(organisation.tasks, availability);
  const filter = options.teamIds ? { teamIds: options.teamIds } : {};
  const teamGrid = capacityGrid(allocation, checkedHorizon, filter);
  const projectOf = new Map(organisation.tasks.map((task) => [task.id, task.projectId]));
  const grid = inProjects ? { ...teamGrid, unallocated: teamGrid.unallocated.filter((task) => inProjects.has(projectOf.get(task.taskId) ?? '')) } : teamGrid;
  const doubleBookings = findDoubleBookings(allocation, checkedHorizon, filter);
  const cellTasks = tasksByCell(allocation, checkedHorizon, filter);
  const mentioned = [
    ...cellTasks.flatMap((cell) => cell.tasks.map((task) => task.taskId)),
    ...doubleBookings.flatMap((booking) => booking.tasks.map((task) => task.taskId)),
    ...grid.unallocated.map((task) => task.taskId),
  ];
  const names = nameLookup(organisation.directory);
  return {
    grid,
    doubleBookings,
    cellTasks,
    tasks: summariesOf(organisation.tasks, mentioned),
    teamNames: teamNamesOf(organisation.people, names),
    projects: projectsOf(organisation.tasks, names),
  };
}

/**
 * The capacity view straight from a tracker: every open task the viewer may see, across projects (a
 * person's load elsewhere is still their load), read with paged searches only, never one call per task.
 * A directory given as a function is asked only after the tasks are read (a host may learn names from them).
 * @example await trackerCapacityReport({ start: '2026-11-23', weeks: 8 }, { tracker, people, settings, directory: () => namesSeenSoFar() })
 */
export async function trackerCapacityReport(
  horizon: CapacityHorizon,
  deps: { tracker: Tracker; people: OrganisationSnapshot['people']; settings: Pick<OrganisationSnapshot['settings'], 'holidays'>; directory?: Directory | (() => Directory) },
  options: CapacityReportOptions = {},
): Promise<CapacityReport> {
  // Every project, even with a project filter: the chosen projects' people have work elsewhere too.
  const tasks = await collect(deps.tracker.searchTasks({ openOnly: true }));
  const directory = typeof deps.directory === 'function' ? deps.directory() : deps.directory;
  return capacityReport({ tasks, people: deps.people, settings: deps.settings, ...(directory ? { directory } : {}) }, horizon, options);
}
