import { token } from '@atlaskit/tokens';
import React, { useEffect, useMemo, useState } from 'react';
import { bandLegend, cellTaskRows, heatmap, projectOptions, roleOptions, unallocatedKeys } from '../../../src/frontend/capacity-view/heatmap-view-model';
import { capacityTotals, doubleBookingRows, teamOptions, unallocatedSummary } from '../../../src/frontend/project-page/capacity-view-model';
import { formatHours } from '../../../src/frontend/shared/format';
import type { Translate } from '../../../src/frontend/shared/messages';
import { CapacityReportView } from '../../../src/frontend/shared/report-schemas';
import { useResolver } from '../../../src/frontend/shared/use-resolver';
import { EmptyNote, FailureState, LoadingState } from '../../shared/states';
import { buttonStyle, lozengeStyle, styles } from '../../shared/styles';
import { useBridgeLocale } from '../../shared/use-bridge-locale';
import { useProjectContext } from '../../shared/use-project-context';
import { CellTasksPanel } from './cell-tasks-panel';
import { HeatmapTable, type OpenCell } from './heatmap-table';
import { swatchStyle } from './heat-styles';

const WEEK_CHOICES = [4, 8, 12, 26] as const;

type Option = { label: string; value: string };

/** Team choices seen so far: a narrower answer (one project's people) never takes a team away. */
function mergeOptions(seen: readonly Option[], more: readonly Option[]): Option[] {
  const byValue = new Map(seen.map((option) => [option.value, option]));
  for (const option of more) byValue.set(option.value, option);
  return [...byValue.values()].sort((a, b) => a.label.localeCompare(b.label));
}

function Legend({ t, locale }: { t: Translate; locale: string }) {
  return (
    <div role="list" aria-label={t('capacityView.legend')} style={{ ...styles.row, ...styles.subtle }}>
      {bandLegend(t, locale).map((entry) => (
        <span role="listitem" key={entry.band} style={styles.row}>
          <span aria-hidden="true" style={swatchStyle(entry.band)}>
            {entry.band === 'over' ? '⚠' : '\u00a0'}
          </span>
          {entry.text}
        </span>
      ))}
    </div>
  );
}

function Unallocated({ report, t, locale }: { report: CapacityReportView; t: Translate; locale: string }) {
  const summary = unallocatedSummary(report.grid, t, locale);
  const title = t('capacity.unallocated.title');
  const chip = (count: number, text: string) => <span style={lozengeStyle(count > 0 ? 'moved' : 'success')}>{text}</span>;
  return (
    <section aria-label={title} style={styles.section}>
      <h2 style={styles.heading}>{title}</h2>
      <div style={styles.row}>
        {chip(summary.unscheduled, t('capacity.unallocated.unscheduledCount', { count: summary.unscheduled }))}
        {chip(summary.unestimated, t('capacity.unallocated.unestimatedCount', { count: summary.unestimated }))}
        {chip(summary.unassigned, t('capacity.unallocated.unassignedCount', { count: summary.unassigned }))}
      </div>
      {summary.rows.length === 0 ? (
        <EmptyNote>{t('capacity.unallocated.none')}</EmptyNote>
      ) : (
        <table style={styles.table}>
          <thead>
            <tr>
              {(['capacity.unallocated.head.reason', 'capacity.unallocated.head.count', 'capacity.unallocated.head.effort'] as const).map((key) => (
                <th key={key} scope="col" style={styles.headCell}>
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summary.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" style={styles.cell}>
                  <details>
                    <summary>{row.reason}</summary>
                    <small style={styles.subtle}>{t('capacityView.unallocated.items', { items: unallocatedKeys(report, row.key).join(', ') })}</small>
                  </details>
                </th>
                <td style={styles.cell}>{row.count}</td>
                <td style={styles.cell}>{row.effort}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function DoubleBookings({ report, t, locale }: { report: CapacityReportView; t: Translate; locale: string }) {
  const rows = doubleBookingRows(report, t, locale);
  const title = t('capacity.doubleBookings.title');
  return (
    <section aria-label={title} style={styles.section}>
      <h2 style={styles.heading}>{title}</h2>
      {rows.length === 0 ? (
        <EmptyNote>{t('capacity.doubleBookings.none')}</EmptyNote>
      ) : (
        <ul style={{ margin: 0 }}>
          {rows.map((row, index) => (
            <li key={row.key}>
              <strong>{row.person}</strong>, {row.week}: <span style={lozengeStyle('removed')}>{row.booked}</span> —{' '}
              {(report.doubleBookings[index]?.tasks ?? [])
                .map((task) => t('capacity.doubleBookings.task', { task: report.tasks[task.taskId]?.key ?? task.taskId, time: formatHours(task.minutes, locale) }))
                .join(', ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Mops' capacity view, as Custom UI: people and roles × weeks as a heatmap of utilisation, filters by
 * project, team and role, a cell opening the work items that fill it, double bookings, and the work
 * that could not be placed. On a project page it starts on that project's people; with no project
 * (a global page) on everyone's. Capacity is read across projects either way: a person's load
 * elsewhere is still their load.
 * @example mountApp(<CapacityViewApp />, 'capacity view');
 */
export function CapacityViewApp() {
  const { t } = useBridgeLocale();
  const context = useProjectContext();
  // The first request waits for the context, so a project page never loads everyone's capacity first.
  if (!context.known) return <main style={styles.panel}><LoadingState t={t} /></main>;
  return <CapacityHeatmap initialProjectId={context.projectId ?? ''} initialProjectKey={context.projectKey ?? ''} />;
}

function CapacityHeatmap({ initialProjectId, initialProjectKey }: { initialProjectId: string; initialProjectKey: string }) {
  const { t, locale } = useBridgeLocale();
  const [weeks, setWeeks] = useState<number>(8);
  const [projectId, setProjectId] = useState(initialProjectId);
  const [teamId, setTeamId] = useState('');
  const [role, setRole] = useState('');
  const [showRoles, setShowRoles] = useState(true);
  const [teams, setTeams] = useState<Option[]>([]);
  const [open, setOpen] = useState<OpenCell | undefined>();
  const payload = { weeks, ...(teamId ? { teamIds: [teamId] } : {}), ...(projectId ? { projectIds: [projectId] } : {}) };
  const { state, refreshing, reload } = useResolver('getCapacity', payload, CapacityReportView);

  // The team choices come from answers without a team filter, so choosing one team never hides the others.
  useEffect(() => {
    if (state.status === 'loaded' && teamId === '') setTeams((seen) => mergeOptions(seen, teamOptions(state.data.grid, state.data.teamNames)));
  }, [state, teamId]);
  useEffect(() => setOpen(undefined), [weeks, projectId, teamId, role]);

  const report = state.status === 'loaded' ? state.data : undefined;
  const view = useMemo(() => (report ? heatmap(report, { ...(role ? { role } : {}), showRoles }, t, locale) : undefined), [report, role, showRoles, t, locale]);

  const filters = (
    <div style={{ ...styles.row, gap: '8px 24px' }}>
      <label style={styles.row}>
        {t('capacityView.projects')}
        <select value={projectId} onChange={(event) => setProjectId(event.target.value)}>
          <option value="">{t('capacityView.projects.all')}</option>
          {(report ? projectOptions(report) : []).map((project) => (
            <option key={project.value} value={project.value}>
              {project.label}
            </option>
          ))}
          {/* The page's own project stays choosable while its first answer loads, or if it has no open work. */}
          {projectId && !report?.projects.some((project) => project.id === projectId) ? <option value={projectId}>{initialProjectKey || projectId}</option> : null}
        </select>
      </label>
      <label style={styles.row}>
        {t('capacity.teams')}
        <select value={teamId} onChange={(event) => setTeamId(event.target.value)}>
          <option value="">{t('capacity.teams.placeholder')}</option>
          {teams.map((team) => (
            <option key={team.value} value={team.value}>
              {team.label}
            </option>
          ))}
        </select>
      </label>
      <label style={styles.row}>
        {t('capacityView.roles')}
        <select value={role} onChange={(event) => setRole(event.target.value)}>
          <option value="">{t('capacityView.roles.all')}</option>
          {(report ? roleOptions(report.grid) : role ? [role] : []).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label style={styles.row}>
        {t('capacity.weeks')}
        <select value={weeks} onChange={(event) => setWeeks(Number(event.target.value))}>
          {WEEK_CHOICES.map((count) => (
            <option key={count} value={count}>
              {count}
            </option>
          ))}
        </select>
      </label>
      <label style={styles.row}>
        <input type="checkbox" checked={showRoles} onChange={(event) => setShowRoles(event.target.checked)} />
        {t('capacityView.showRoles')}
      </label>
      <button type="button" disabled={refreshing} style={buttonStyle('subtle', refreshing)} onClick={reload}>
        {t('action.refresh')}
      </button>
    </div>
  );

  const title = <h1 style={{ ...styles.heading, font: token('font.heading.small') }}>{t('capacityView.title')}</h1>;
  if (state.status === 'loading') return <main style={styles.panel}>{title}{filters}<LoadingState t={t} /></main>;
  if (state.status === 'failed') return <main style={styles.panel}>{title}{filters}<FailureState failure={state} t={t} onRetry={reload} /></main>;
  if (!report || !view) return null;

  const totals = capacityTotals(report.grid, t, locale);
  const openRows = open ? cellTaskRows(report, open.row.personIds, open.cell.week, locale) : [];
  return (
    <main style={styles.panel} aria-busy={refreshing}>
      {title}
      {filters}
      <section aria-label={t('capacityView.title')} style={styles.section}>
        <span style={styles.subtle}>{t('capacityView.caption')}</span>
        <span style={styles.subtle}>{totals.summary}</span>
        {totals.outside ? <span style={styles.subtlest}>{totals.outside}</span> : null}
        <Legend t={t} locale={locale} />
        {view.rows.length === 0 ? <EmptyNote>{t('capacity.empty')}</EmptyNote> : <HeatmapTable view={view} t={t} open={open} onOpen={setOpen} />}
      </section>
      {open ? (
        <CellTasksPanel
          title={t('capacityView.cell.title', { who: open.row.name, week: view.head.find((week) => week.key === open.cell.week)?.text ?? open.cell.week })}
          detail={open.cell.detail}
          over={open.cell.over}
          rows={openRows}
          showPerson={open.row.kind === 'role'}
          t={t}
          onClose={() => setOpen(undefined)}
        />
      ) : null}
      <DoubleBookings report={report} t={t} locale={locale} />
      <Unallocated report={report} t={t} locale={locale} />
    </main>
  );
}
