import type { CapacityCell, CapacityGrid } from '../../core/capacity/grid';
import { UnallocatedReason } from '../../core/capacity/allocation';
import { formatBasisPoints, formatCount, formatHours, formatWeek } from '../shared/format';
import type { Translate } from '../shared/messages';
import type { CapacityReportView } from '../shared/report-schemas';

export interface CapacityCellView {
  key: string;
  /** Utilisation as a whole percent, rounded down; a dash where the person has no working time and no work. */
  text: string;
  /** Allocated and available hours, for the tooltip. */
  detail: string;
  /** More allocated than available: the cell is drawn as a danger lozenge. */
  over: boolean;
}

export interface CapacityRowView {
  key: string;
  person: string;
  team: string;
  cells: CapacityCellView[];
}

export interface CapacityTableView {
  head: Array<{ key: string; text: string; detail: string }>;
  rows: CapacityRowView[];
}

/**
 * People × weeks as table cells: utilisation per week, the hours behind it, and which cells are
 * over-allocated. Over-allocation is the grid's own flag, so a cell 1 minute over stands out even
 * though its percentage reads 100 %.
 * @example capacityTable(grid, t, 'en').rows[0].cells[0] // { key: 'ana:2026-W46', text: '125%', detail: 'Over-allocated: 50 hr of 40 hr', over: true }
 */
export function capacityTable(grid: CapacityGrid, t: Translate, locale: string, teamNames: Readonly<Record<string, string>> = {}): CapacityTableView {
  const head = grid.weeks.map((week) => ({ key: week.isoWeek, text: formatWeek(week, locale), detail: week.isoWeek }));
  const rows = grid.people.map((person) => ({
    key: person.personId,
    person: person.name,
    team: teamNames[person.teamId] ?? person.teamId,
    cells: person.cells.map((cell, index) => capacityCell(cell, `${person.personId}:${head[index]?.key ?? index}`, t, locale)),
  }));
  return { head, rows };
}

/**
 * One cell of a person's or a role's row, worded: utilisation, the hours behind it, over or not.
 * @example capacityCell({ allocatedMinutes: 3000, availableMinutes: 2400, utilisationBasisPoints: 12500, overAllocated: true }, 'ana:2026-W46', t, 'en')
 * // { key: 'ana:2026-W46', text: '125%', detail: 'Over-allocated: 50 hr of 40 hr', over: true }
 */
export function capacityCell(cell: CapacityCell, key: string, t: Translate, locale: string): CapacityCellView {
  const hours = { allocated: formatHours(cell.allocatedMinutes, locale), available: formatHours(cell.availableMinutes, locale) };
  const text = cell.utilisationBasisPoints === null ? (cell.allocatedMinutes > 0 ? hours.allocated : '–') : formatBasisPoints(cell.utilisationBasisPoints, locale);
  const detail = cell.overAllocated ? t('capacity.cell.over', hours) : cell.availableMinutes === 0 ? t('capacity.cell.noTime') : t('capacity.cell', hours);
  return { key, text, detail, over: cell.overAllocated };
}

/**
 * The teams a reader can filter by, from the people in an unfiltered grid, by name (the id where the
 * host knows no name), sorted by what the reader sees.
 * @example teamOptions(grid, { brand: 'Brand & Content' }) // [{ label: 'Brand & Content', value: 'brand' }, { label: 'web', value: 'web' }]
 */
export function teamOptions(grid: CapacityGrid, teamNames: Readonly<Record<string, string>> = {}): Array<{ label: string; value: string }> {
  return [...new Set(grid.people.map((person) => person.teamId))]
    .map((teamId) => ({ label: teamNames[teamId] ?? teamId, value: teamId }))
    .sort((a, b) => a.label.localeCompare(b.label) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

export interface DoubleBookingRowView {
  key: string;
  person: string;
  week: string;
  booked: string;
  /** The tasks that share the week, largest share first, with their hours. */
  tasks: string[];
}

/**
 * Each double booking as a row: who, which week, how far over, and the tasks responsible.
 * @example doubleBookingRows(report, t, 'en')[0] // { person: 'Ana', week: 'Nov 9 – 15', booked: '50 hr of 40 hr', tasks: ['10012 (25 hr)', '10013 (25 hr)'] }
 */
export function doubleBookingRows(report: CapacityReportView, t: Translate, locale: string): DoubleBookingRowView[] {
  const names = new Map(report.grid.people.map((person) => [person.personId, person.name]));
  return report.doubleBookings.map((booking) => ({
    key: `${booking.personId}:${booking.period.start}`,
    person: names.get(booking.personId) ?? booking.personId,
    week: formatWeek(booking.period, locale),
    booked: t('capacity.cell', { allocated: formatHours(booking.allocatedMinutes, locale), available: formatHours(booking.availableMinutes, locale) }),
    tasks: booking.tasks.map((task) => t('capacity.doubleBookings.task', { task: task.taskId, time: formatHours(task.minutes, locale) })),
  }));
}

export interface UnallocatedSummary {
  rows: Array<{ key: UnallocatedReason; reason: string; count: string; effort: string }>;
  unscheduled: number;
  unestimated: number;
  unassigned: number;
}

/**
 * The work the grid could not place, counted by reason in the core's order, so unscheduled and
 * unestimated work is visible instead of silently missing from the cells.
 * @example unallocatedSummary(grid, t, 'en').rows[0] // { key: 'unestimated', reason: 'No estimate', count: '2', effort: '0 hr' }
 */
export function unallocatedSummary(grid: CapacityGrid, t: Translate, locale: string): UnallocatedSummary {
  const byReason = new Map<UnallocatedReason, { count: number; minutes: number }>();
  for (const task of grid.unallocated) {
    const tally = byReason.get(task.reason) ?? { count: 0, minutes: 0 };
    tally.count += 1;
    tally.minutes += task.remainingMinutes ?? 0;
    byReason.set(task.reason, tally);
  }
  const rows = UnallocatedReason.options.flatMap((reason) => {
    const tally = byReason.get(reason);
    if (!tally) return [];
    return [{ key: reason, reason: t(`unallocated.${reason}`), count: formatCount(tally.count, locale), effort: formatHours(tally.minutes, locale) }];
  });
  const count = (reason: UnallocatedReason) => byReason.get(reason)?.count ?? 0;
  return { rows, unscheduled: count('unscheduled'), unestimated: count('unestimated'), unassigned: count('unassigned') };
}

/**
 * One line over the table: allocated against available hours in the weeks shown, and what lies outside.
 * @example capacityTotals(grid, t, 'en') // { summary: 'Allocated in these weeks: 90 hr of 80 hr available', outside: undefined }
 */
export function capacityTotals(grid: CapacityGrid, t: Translate, locale: string): { summary: string; outside?: string } {
  const { totals } = grid;
  const summary = t('capacity.summary', { allocated: formatHours(totals.allocatedInHorizonMinutes, locale), available: formatHours(totals.availableInHorizonMinutes, locale) });
  if (totals.beforeHorizonMinutes === 0 && totals.afterHorizonMinutes === 0) return { summary };
  return { summary, outside: t('capacity.outside', { before: formatHours(totals.beforeHorizonMinutes, locale), after: formatHours(totals.afterHorizonMinutes, locale) }) };
}
