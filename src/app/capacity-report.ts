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
export function capacityReport(organisation: OrganisationSnapshot, horizon: CapacityHorizon, options: CapacityReportOptions = {}): CapacityReport {
  const checkedHorizon = CapacityHorizon.parse(horizon);
  const availability = indexAvailability(organisation.people, organisation.settings.holidays);
  const allocation = allocateEffort(organisation.tasks, availability);
  const filter = options.teamIds ? { teamIds: options.teamIds } : {};
  return {
    grid: capacityGrid(allocation, checkedHorizon, filter),
    doubleBookings: findDoubleBookings(allocation, checkedHorizon, filter),
  };
}
