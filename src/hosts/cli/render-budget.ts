import type { BudgetReport } from '../../app/budget-report';
import { formatMoney, type RollupLine } from '../../core/budget';
import { heading, textTable } from './text-table';

/** Levels shown as rows of the roll-up; tasks and epics are summarised by their campaign. */
const TREE_LEVELS = new Set(['organisation', 'portfolio', 'project', 'campaign']);
const INDENT: Record<string, string> = { organisation: '', portfolio: '  ', project: '    ', campaign: '      ' };

function nameOf(line: RollupLine): string {
  return `${INDENT[line.level] ?? ''}${line.key ? `${line.key} ` : ''}${line.name}`;
}

export function renderBudget(report: BudgetReport, options: { allAlerts: boolean }): string[] {
  const { rollup, alerts } = report;
  const money = (minor: number) => formatMoney(minor, rollup.base).replace(`${rollup.base} `, '');
  const lines = [...heading(`Budget roll-up in ${rollup.base}, rates as of ${rollup.asOf}`)];
  const rows = [['', 'planned', 'committed', 'actual', 'actual/plan']];
  for (const id of rollup.order) {
    const line = rollup.lines[id];
    if (!line || !TREE_LEVELS.has(line.level)) continue;
    const share = line.total.planned > 0 ? `${Math.floor((line.total.actual * 100) / line.total.planned)}%` : '—';
    rows.push([nameOf(line), money(line.total.planned), money(line.total.committed), money(line.total.actual), share]);
  }
  lines.push(...textTable(rows));

  const root = rollup.lines[rollup.rootId];
  for (const missing of root?.missingRates ?? []) lines.push('', `! ${missing.message}`);
  for (const problem of rollup.problems) lines.push(`! ${problem.message}`);

  const breakdown = root?.breakdown;
  if (breakdown) {
    lines.push('', 'Actual by category:  ' + breakdown.byCategory.map((entry) => `${entry.label} ${money(entry.actual)}`).join(' · '));
    lines.push('Actual by team:      ' + breakdown.byTeam.map((entry) => `${entry.label} ${money(entry.actual)}`).join(' · '));
    lines.push('Actual by vendor:    ' + breakdown.byVendor.map((entry) => `${entry.label} ${money(entry.actual)}`).join(' · '));
  }

  const shown = options.allAlerts ? alerts : alerts.filter((alert) => TREE_LEVELS.has(alert.level));
  lines.push(...heading(`Budget alerts: ${alerts.length} (${shown.length} shown${options.allAlerts ? '' : ': campaigns and above; --all-alerts lists epics and tasks too'})`));
  for (const alert of shown) lines.push(`- ${alert.message}`);
  return lines;
}
