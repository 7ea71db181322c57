import { IN_HOUSE_VENDOR, NO_TEAM } from '../../core/budget/breakdown';
import type { RollupLevel } from '../../core/budget/rollup-line';
import { budgetScope, reportedLines } from '../project-page/budget-view-model';
import { hasMessage, type Translate } from '../shared/messages';
import { keyedName } from '../shared/readable-key';
import type { BreakdownEntryView, BudgetReportView } from '../shared/report-schemas';

/**
 * The four ways the report cuts the money. 'campaign' is the scope's own lines: its campaigns, or where
 * it has none, the lines under it (a Jira site's or an Asana workspace's projects, a project's epics and
 * tasks); each such row carries its `level`, so nothing calls a project a campaign.
 */
export const BUDGET_DIMENSIONS = ['campaign', 'category', 'team', 'vendor'] as const;
export type BudgetDimension = (typeof BUDGET_DIMENSIONS)[number];

/** One row of the report in the base currency's minor units: what the table, the chart and the CSV all read. */
export interface BudgetRow {
  dimension: BudgetDimension;
  /** The line's key (or entity id), or the category, team or vendor id. */
  key: string;
  name: string;
  /** What a 'campaign' row is: a campaign, or a project, epic or task of a scope with no campaigns. */
  level?: RollupLevel;
  planned: number;
  committed: number;
  actual: number;
}

export interface BudgetRows {
  scope: 'project' | 'organisation';
  base: BudgetReportView['rollup']['base'];
  asOf: string;
  /** The scope's own totals: every cut adds up to these. */
  total: { planned: number; committed: number; actual: number };
  byDimension: Record<BudgetDimension, BudgetRow[]>;
}

function breakdownName(dimension: 'category' | 'team' | 'vendor', entry: BreakdownEntryView, t: Translate): string {
  if (dimension === 'vendor' && entry.id === IN_HOUSE_VENDOR) return t('budgetReport.vendor.inHouse');
  if (dimension === 'team' && entry.id === NO_TEAM) return t('budgetReport.team.none');
  const key = `category.${entry.id}`;
  return dimension === 'category' && hasMessage(key) ? t(key) : entry.label;
}

/**
 * The report's rows for a project page (or the whole organisation when the project has no budget
 * line): its campaigns, and the scope's money by cost category, team and vendor, in the base currency.
 * @example budgetRows(report, 'prj-growth', t).byDimension.campaign[0] // { dimension: 'campaign', key: 'GRW-17', name: 'GRW-17 Black Friday 2026', level: 'campaign', planned: 4772683, … }
 */
export function budgetRows(report: BudgetReportView, projectId: string | undefined, t: Translate): BudgetRows | undefined {
  const scope = budgetScope(report, projectId);
  if (!scope) return undefined;
  const campaign = reportedLines(report, scope).map((line) => ({
    dimension: 'campaign' as const,
    key: line.key ?? line.entityId,
    name: keyedName(line.key, line.name),
    level: line.level,
    ...line.total,
  }));
  const cut = (dimension: 'category' | 'team' | 'vendor', entries: readonly BreakdownEntryView[] = []): BudgetRow[] =>
    entries.map((entry) => ({ dimension, key: entry.id, name: breakdownName(dimension, entry, t), planned: entry.planned, committed: entry.committed, actual: entry.actual }));
  const breakdown = scope.line.breakdown;
  return {
    scope: scope.scope,
    base: report.rollup.base,
    asOf: report.rollup.asOf,
    total: scope.line.total,
    byDimension: { campaign, category: cut('category', breakdown?.byCategory), team: cut('team', breakdown?.byTeam), vendor: cut('vendor', breakdown?.byVendor) },
  };
}
