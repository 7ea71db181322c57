import { displayMoney } from '../../core/money/display';
import { formatBasisPoints, formatLocalDate } from '../shared/format';
import type { Translate } from '../shared/messages';
import { keyedName } from '../shared/readable-key';
import type { BudgetAlertView, BudgetReportView, RollupLineView } from '../shared/report-schemas';

type Rollup = BudgetReportView['rollup'];

/** The line and every line beneath it, by id. */
function idsWithin(rollup: Rollup, lineId: string): Set<string> {
  const found = new Set<string>();
  const stack = [lineId];
  while (stack.length > 0) {
    const id = stack.pop() ?? '';
    const line = rollup.lines[id];
    if (line === undefined || found.has(id)) continue;
    found.add(id);
    stack.push(...line.childIds);
  }
  return found;
}

export interface BudgetScope {
  scope: 'project' | 'organisation';
  line: RollupLineView;
  lineIds: Set<string>;
}

/**
 * What a project page reports on: the project's own line when the roll-up has it, else the whole
 * organisation (a project with no budgeted work yet, or a page opened outside a project).
 * @example budgetScope(report, '10000').scope // 'project'
 */
export function budgetScope(report: BudgetReportView, projectId: string | undefined): BudgetScope | undefined {
  const projectLine = projectId === undefined ? undefined : report.rollup.lines[`project:${projectId}`];
  const line = projectLine ?? report.rollup.lines[report.rollup.rootId];
  if (line === undefined) return undefined;
  return { scope: projectLine ? 'project' : 'organisation', line, lineIds: idsWithin(report.rollup, line.id) };
}

/**
 * actual ÷ planned as a whole percent rounded down, exact for any amounts; a dash with no plan.
 * @example spentOfPlanned(5_600_000, 5_000_000, 'en') // '112%'
 */
export function spentOfPlanned(actual: number, planned: number, locale: string): string {
  if (planned <= 0) return '–';
  return formatBasisPoints(Number((BigInt(actual) * 10_000n) / BigInt(planned)), locale);
}

export interface BudgetRowView {
  key: string;
  name: string;
  level: string;
  planned: string;
  committed: string;
  actual: string;
  spent: string;
  /** Actual above planned. */
  over: boolean;
}

export interface BudgetTableView {
  caption: string;
  rows: BudgetRowView[];
  total: BudgetRowView;
  /** Money under the scope that no rate could convert, named by currency. */
  missingRates?: string;
}

function row(line: RollupLineView, name: string, currency: BudgetReportView['rollup']['base'], t: Translate, locale: string): BudgetRowView {
  const { planned, committed, actual } = line.total;
  return {
    key: line.id,
    name,
    level: t(`level.${line.level}`),
    planned: displayMoney(planned, currency, locale),
    committed: displayMoney(committed, currency, locale),
    actual: displayMoney(actual, currency, locale),
    spent: spentOfPlanned(actual, planned, locale),
    over: actual > planned,
  };
}

/**
 * The lines under a line; under a single portfolio, that portfolio's projects instead, since a table
 * of one portfolio only repeats the total (an Asana workspace, or a Jira site, is its report's one
 * portfolio). With nothing under that portfolio there is nothing to list: the report says so rather
 * than show a row of zeros for the site.
 */
function linesUnder(rollup: Rollup, line: RollupLineView): RollupLineView[] {
  const children = line.childIds.flatMap((id) => rollup.lines[id] ?? []);
  const only = children.length === 1 ? children[0] : undefined;
  return only?.level === 'portfolio' ? linesUnder(rollup, only) : children;
}

/**
 * The lines a budget report lists for a scope: its campaigns in tree order, or, when it has none, the
 * lines directly under it (its epics and tasks, or the organisation's portfolios — or the projects of
 * its only portfolio).
 * @example reportedLines(report, budgetScope(report, '10000')).map((line) => line.name) // ['Spring launch']
 */
export function reportedLines(report: BudgetReportView, scope: BudgetScope): RollupLineView[] {
  const { rollup } = report;
  const campaigns = rollup.order.flatMap((id) => {
    const line = rollup.lines[id];
    return line && line.level === 'campaign' && scope.lineIds.has(id) ? [line] : [];
  });
  return campaigns.length > 0 ? campaigns : linesUnder(rollup, scope.line);
}

/**
 * Campaign lines in the scope, in tree order, with planned, committed and actual in the base
 * currency; when the scope has no campaigns, the lines directly under it (its epics and tasks, or
 * the organisation's portfolios), so a site without a Campaign issue type still sees its money.
 * @example budgetTable(report, '10000', t, 'en').rows.map((row) => row.name) // ['MKT-1 Spring launch']
 */
export function budgetTable(report: BudgetReportView, projectId: string | undefined, t: Translate, locale: string): BudgetTableView | undefined {
  const scope = budgetScope(report, projectId);
  if (!scope) return undefined;
  const { rollup } = report;
  const named = (line: RollupLineView) => keyedName(line.key, line.name);
  const lines = reportedLines(report, scope);
  const caption = t(scope.scope === 'project' ? 'budget.scope.project' : 'budget.scope.organisation', { currency: rollup.base, date: formatLocalDate(rollup.asOf, locale) });
  const table: BudgetTableView = {
    caption,
    rows: lines.map((line) => row(line, named(line), rollup.base, t, locale)),
    total: row(scope.line, t('budget.total'), rollup.base, t, locale),
  };
  const currencies = [...new Set(scope.line.missingRates.map((missing) => missing.currency))];
  if (currencies.length > 0) table.missingRates = t('budget.missingRates', { currencies: currencies.join(', ') });
  return table;
}

export interface AlertView {
  key: string;
  text: string;
  /** Overruns (rules at 100 % or more) and spend with no plan are errors; early warnings are warnings. */
  appearance: 'error' | 'warning';
}

function alertText(alert: BudgetAlertView, t: Translate, locale: string): string {
  const where = t('budget.alert.where', { level: t(`level.${alert.level}`), name: keyedName(alert.key, alert.name) });
  const metric = t(`money.${alert.rule.metric}`).toLocaleLowerCase(locale);
  const value = displayMoney(alert.value, alert.currency, locale);
  if (alert.percentReachedBasisPoints === null) return t('budget.alert.noPlan', { where, metric, value });
  return t('budget.alert.threshold', {
    where,
    metric,
    value,
    percent: formatBasisPoints(alert.percentReachedBasisPoints, locale),
    planned: displayMoney(alert.planned, alert.currency, locale),
  });
}

/**
 * The budget alerts inside the scope, worded in the reader's language from the alert's numbers (the
 * core's own message is English).
 * @example alertViews(report, '10000', t, 'en')[0].text // 'Campaign “MKT-1 Spring launch”: actual is 112% of planned (€56,000.00 of €50,000.00).'
 */
export function alertViews(report: BudgetReportView, projectId: string | undefined, t: Translate, locale: string): AlertView[] {
  const scope = budgetScope(report, projectId);
  if (!scope) return [];
  return report.alerts
    .filter((alert) => scope.lineIds.has(alert.lineId))
    .map((alert) => ({
      key: `${alert.lineId}:${alert.rule.id}`,
      text: alertText(alert, t, locale),
      appearance: alert.kind === 'spent-with-no-plan' || alert.rule.percentOfPlanned >= 100 ? 'error' : 'warning',
    }));
}
