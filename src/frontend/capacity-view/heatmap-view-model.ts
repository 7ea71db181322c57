import type { CapacityCell } from '../../core/capacity/grid';
import { capacityCell, type CapacityCellView } from '../project-page/capacity-view-model';
import { formatCount, formatHours, formatWeek, formatWholePercent } from '../shared/format';
import type { Translate } from '../shared/messages';
import type { CapacityReportView } from '../shared/report-schemas';

/**
 * How loaded a cell is, for its colour. Over-allocation is the grid's own flag (any excess, however
 * small), so a cell 1 minute over is 'over' even though its percentage reads 100 %.
 */
export type UtilisationBand = 'off' | 'light' | 'steady' | 'full' | 'over';

/** Lower edges of the bands, in basis points: under 50 % is light, 50–84 % steady, 85–100 % full. */
export const BAND_EDGES = { steady: 5_000, full: 8_500 } as const;

/**
 * The band of one cell.
 * @example utilisationBand({ allocatedMinutes: 7200, availableMinutes: 2400, utilisationBasisPoints: 30000, overAllocated: true }) // 'over'
 * @example utilisationBand({ allocatedMinutes: 0, availableMinutes: 0, utilisationBasisPoints: null, overAllocated: false }) // 'off'
 */
export function utilisationBand(cell: CapacityCell): UtilisationBand {
  if (cell.overAllocated) return 'over';
  if (cell.utilisationBasisPoints === null) return 'off';
  if (cell.utilisationBasisPoints >= BAND_EDGES.full) return 'full';
  if (cell.utilisationBasisPoints >= BAND_EDGES.steady) return 'steady';
  return 'light';
}

export interface HeatmapCellView extends CapacityCellView {
  band: UtilisationBand;
  /** Monday of the week, to find the cell's tasks. */
  week: string;
  /** What a screen reader announces and the button is named by: who, which week, how loaded. */
  label: string;
}

export interface HeatmapRowView {
  key: string;
  kind: 'person' | 'role';
  /** A person's name, or "Role: designer". */
  name: string;
  /** The team's name for a person; how many people for a role. */
  detail: string;
  /** Whose tasks fill the row's cells: the person, or everyone with the role. */
  personIds: string[];
  cells: HeatmapCellView[];
}

export interface HeatmapView {
  head: Array<{ key: string; text: string; detail: string }>;
  rows: HeatmapRowView[];
}

export interface HeatmapFilter {
  /** Only people with this role or skill, and only this role's row. */
  role?: string;
  /** Role rows after the people; off shows people only. */
  showRoles: boolean;
}

/**
 * People × weeks, then roles × weeks, as heatmap cells with their band and an accessible label.
 * @example heatmap(report, { showRoles: true }, t, 'en').rows[0].cells[1] // { text: '300%', band: 'over', label: 'Piotr Zieliński, Nov 30 – Dec 6: Over-allocated: 120 hr of 40 hr', … }
 */
export function heatmap(report: CapacityReportView, filter: HeatmapFilter, t: Translate, locale: string): HeatmapView {
  const { grid } = report;
  const head = grid.weeks.map((week) => ({ key: week.start, text: formatWeek(week, locale), detail: week.isoWeek }));
  const cellsOf = (rowKey: string, name: string, cells: readonly CapacityCell[]): HeatmapCellView[] =>
    cells.map((cell, index) => {
      const week = head[index];
      const view = capacityCell(cell, `${rowKey}:${week?.key ?? index}`, t, locale);
      return { ...view, band: utilisationBand(cell), week: week?.key ?? '', label: t('capacityView.cell.open', { who: name, week: week?.text ?? '', detail: view.detail }) };
    });
  const people = grid.people
    .filter((person) => filter.role === undefined || person.roles.includes(filter.role))
    .map((person): HeatmapRowView => ({ key: `person:${person.personId}`, kind: 'person', name: person.name, detail: report.teamNames[person.teamId] ?? person.teamId, personIds: [person.personId], cells: cellsOf(person.personId, person.name, person.cells) }));
  const roles = filter.showRoles
    ? grid.roles
        .filter((role) => filter.role === undefined || role.role === filter.role)
        .map((role): HeatmapRowView => {
          const name = t('capacityView.role', { role: role.role });
          return { key: `role:${role.role}`, kind: 'role', name, detail: t('capacityView.role.people', { count: formatCount(role.personIds.length, locale) }), personIds: role.personIds, cells: cellsOf(`role-${role.role}`, name, role.cells) };
        })
    : [];
  return { head, rows: [...people, ...roles] };
}

/**
 * The projects a reader can filter by: every project with open work, by name, whatever is chosen.
 * @example projectOptions(report) // [{ label: 'ATL Atlas 3 launch', value: 'prj-atlas' }, …]
 */
export function projectOptions(report: CapacityReportView): Array<{ label: string; value: string }> {
  return report.projects.map((project) => ({ label: project.name === project.key ? project.key : `${project.key} ${project.name}`, value: project.id }));
}

/**
 * The roles and skills a reader can filter by, from the grid's role rows.
 * @example roleOptions(report.grid) // ['analyst', 'copywriter', 'designer', …]
 */
export function roleOptions(grid: CapacityReportView['grid']): string[] {
  return grid.roles.map((role) => role.role);
}

/**
 * The legend: each band with its range in the reader's locale.
 * @example bandLegend(t, 'en') // [{ band: 'off', text: 'No working time' }, { band: 'light', text: 'Under 50%' }, …]
 */
export function bandLegend(t: Translate, locale: string): Array<{ band: UtilisationBand; text: string }> {
  const percent = (basisPoints: number) => formatWholePercent(basisPoints / 100, locale);
  return [
    { band: 'off', text: t('capacityView.band.off') },
    { band: 'light', text: t('capacityView.band.light', { percent: percent(BAND_EDGES.steady) }) },
    { band: 'steady', text: t('capacityView.band.steady', { from: percent(BAND_EDGES.steady), to: percent(BAND_EDGES.full - 100) }) },
    { band: 'full', text: t('capacityView.band.full', { from: percent(BAND_EDGES.full), to: percent(10_000) }) },
    { band: 'over', text: t('capacityView.band.over') },
  ];
}

export interface CellTaskRow {
  key: string;
  taskKey: string;
  title: string;
  /** The project's name: a cell's work often comes from several. */
  project: string;
  person: string;
  time: string;
}

/**
 * The work items that fill a cell, largest share first: the person's own for a person row, everyone's
 * with the role for a role row, each with its project's name. A task the answer has no summary for is
 * shown by its id.
 * @example cellTaskRows(report, ['p-piotr-zielinski'], '2026-11-30', 'en').map((row) => row.time) // ['40 hr', '40 hr', '40 hr']
 */
export function cellTaskRows(report: CapacityReportView, personIds: readonly string[], week: string, locale: string): CellTaskRow[] {
  const names = new Map(report.grid.people.map((person) => [person.personId, person.name]));
  const projects = new Map(report.projects.map((project) => [project.id, project.name]));
  const wanted = new Set(personIds);
  return report.cellTasks
    .filter((cell) => cell.week === week && wanted.has(cell.personId))
    .flatMap((cell) => cell.tasks.map((task) => ({ ...task, personId: cell.personId })))
    .sort((a, b) => b.minutes - a.minutes || (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0))
    .map((task) => {
      const summary = report.tasks[task.taskId];
      return {
        key: `${task.personId}:${task.taskId}`,
        taskKey: summary?.key ?? task.taskId,
        title: summary?.title ?? '',
        project: summary ? (projects.get(summary.projectId) ?? summary.projectId) : '',
        person: names.get(task.personId) ?? task.personId,
        time: formatHours(task.minutes, locale),
      };
    });
}

/**
 * The keys of the unplaced work items for one reason, so "Unassigned: 29" can be followed to the items.
 * @example unallocatedKeys(report, 'unassigned').slice(0, 2) // ['GRW-12', 'BRD-40']
 */
export function unallocatedKeys(report: CapacityReportView, reason: CapacityReportView['grid']['unallocated'][number]['reason']): string[] {
  return report.grid.unallocated.filter((task) => task.reason === reason).map((task) => report.tasks[task.taskId]?.key ?? task.taskId);
}
