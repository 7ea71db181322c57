import { formatMinorUnits } from '../../core/money/amount';
import type { Translate } from '../shared/messages';
import { BUDGET_DIMENSIONS, type BudgetRow, type BudgetRows } from './budget-rows';

/** RFC 4180 ends every record, the last included, with CRLF. */
const CRLF = '\r\n';

/**
 * One CSV field: quoted when it holds a comma, a quote, CR or LF (quotes doubled), as RFC 4180 asks.
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe,
 * so a campaign named "=HYPERLINK(…)" stays text; amounts are written by `budgetCsv` and never need it.
 * @example csvField('Kreacje, "landing"') // '"Kreacje, ""landing"""'
 * @example csvField('=1+1') // "'=1+1"
 */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function record(fields: readonly string[]): string {
  return fields.join(',') + CRLF;
}

/**
 * The report as CSV: one row per campaign (or project, epic, task: a line row says its level), category,
 * team and vendor, the header in the reader's
 * language, amounts as plain decimal strings with the base currency's digits ("47726.83", never a
 * float), so a spreadsheet and a script both read them exactly.
 * @example budgetCsv(rows, t).split('\r\n')[0] // 'Dimension,Key,Name,Currency,Planned,Committed,Actual'
 */
export function budgetCsv(rows: BudgetRows, t: Translate): string {
  const header = [t('budgetReport.csv.dimension'), t('budgetReport.csv.key'), t('budgetReport.csv.name'), t('budgetReport.csv.currency'), t('money.planned'), t('money.committed'), t('money.actual')];
  const amount = (minor: number) => formatMinorUnits(minor, rows.base);
  const line = (row: BudgetRow) =>
    record([csvField(row.level ? t(`level.${row.level}`) : t(`budgetReport.kind.${row.dimension}`)), csvField(row.key), csvField(row.name), rows.base, amount(row.planned), amount(row.committed), amount(row.actual)]);
  return record(header.map(csvField)) + BUDGET_DIMENSIONS.flatMap((dimension) => rows.byDimension[dimension].map(line)).join('');
}

/**
 * A file name that says what and as of when.
 * @example budgetCsvFileName(rows, 'GRW') // 'mops-budget-GRW-2026-11-23.csv'
 */
export function budgetCsvFileName(rows: Pick<BudgetRows, 'asOf' | 'scope'>, projectKey: string | undefined): string {
  const scope = rows.scope === 'project' && projectKey ? projectKey.replace(/[^A-Za-z0-9_-]/g, '') || 'project' : 'organisation';
  return `mops-budget-${scope}-${rows.asOf}.csv`;
}
