import {
  allocateEffort,
  capacityGrid,
  type CapacityGrid,
  CapacityHorizon,
  type DoubleBooking,
  findDoubleBookings,
  indexAvailability,
} from '../core/capacity';
import type { OrganisationSnapshot } from '../core/org/snapshot';
import { collect } from './collect';
import type { Tracker } from './ports/tracker';

export interface CapacityReport {
  grid: CapacityGrid;
  doubleBookings: DoubleBooking[];
}

export interface CapacityReportOptions {
  /** Only people of these teams; everyone when absent. */
  teamIds?: readonly string[];
}

/**
 * People and roles × weeks over the horizon: allocated against available time, the tasks that could
 * not be placed, and the weeks where someone's overlapping tasks need more time than they have.
 * @example capacityReport(generateDemoOrganisation(), { start: '2026-11-23', weeks: 8 }).doubleBookings[0].personId
 */
/** The work and the people a capacity report reads. */
export type CapacityInputs = Pick<OrganisationSnapshot, 'tasks' | 'people'> & { settings: Pick<OrganisationSnapshot['settings'], 'holidays'> };

export function capacityReport(organisation: CapacityInputs, horizon: CapacityHorizon, options: CapacityReportOptions = {}): CapacityReport {
  const checkedHorizon = CapacityHorizon.parse(horizon);
  const availability = indexAvailability(organisation.people, organisation.settings.holidays);
  const allocation = allocateEffort(organisation.tasks, availability);
  const filter = options.teamIds ? { teamIds: options.teamIds } : {};
  return {
    grid: capacityGrid(allocation, checkedHorizon, filter),
    doubleBookings: findDoubleBookings(allocation, checkedHorizon, filter),
  };
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
