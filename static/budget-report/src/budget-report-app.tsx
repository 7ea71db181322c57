import { token } from '@atlaskit/tokens';
import React, { useState } from 'react';
import { budgetCsv, budgetCsvFileName } from '../../../src/frontend/budget-report/budget-csv';
import { BUDGET_DIMENSIONS, type BudgetDimension, type BudgetRow, budgetRows } from '../../../src/frontend/budget-report/budget-rows';
import { alertViews, budgetTable, spentOfPlanned } from '../../../src/frontend/project-page/budget-view-model';
import { displayMoney } from '../../../src/core/money/display';
import { formatMinorUnits } from '../../../src/core/money/amount';
import { formatLocalDate } from '../../../src/frontend/shared/format';
import type { Translate } from '../../../src/frontend/shared/messages';
import { BudgetReportView } from '../../../src/frontend/shared/report-schemas';
import { useResolver } from '../../../src/frontend/shared/use-resolver';
import { EmptyNote, FailureState, LoadingState } from '../../shared/states';
import { buttonStyle, lozengeStyle, messageStyle, styles } from '../../shared/styles';
import { useBridgeLocale } from '../../shared/use-bridge-locale';
import { useProjectContext } from '../../shared/use-project-context';
import { BudgetChart } from './budget-chart';
import { downloadCsv } from './download-csv';

function BudgetTable({ rows, total, dimension, t, money, locale }: { rows: BudgetRow[]; total: BudgetRow; dimension: BudgetDimension; t: Translate; money: (minor: number) => string; locale: string }) {
  const numeric = { ...styles.cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const;
  // A Jira site or an Asana workspace lists projects (or tasks) where a portfolio lists campaigns: the head names what the rows are.
  const levels = new Set(rows.map((row) => row.level));
  const rowsLevel = levels.size === 1 ? [...levels][0] : undefined;
  const line = (row: BudgetRow, isTotal: boolean) => (
    <tr key={`${row.dimension}:${row.key}`} data-key={row.key} style={isTotal ? { fontWeight: 700 } : undefined}>
      <th scope="row" style={styles.cell}>
        {row.name}
      </th>
      <td style={numeric}>{money(row.planned)}</td>
      <td style={numeric}>{money(row.committed)}</td>
      <td style={numeric}>{money(row.actual)}</td>
      <td style={numeric}>
        {row.actual > row.planned ? (
          <span style={lozengeStyle('removed')}>
            ⚠ {spentOfPlanned(row.actual, row.planned, locale)} <span style={{ textTransform: 'none' }}>{t('budgetReport.overPlan')}</span>
          </span>
        ) : (
          spentOfPlanned(row.actual, row.planned, locale)
        )}
      </td>
    </tr>
  );
  return (
    <table style={styles.table} aria-label={t(`budgetReport.dimension.${dimension}`)}>
      <thead>
        <tr>
          <th scope="col" style={styles.headCell}>
            {rowsLevel ? t(`level.${rowsLevel}`) : t(`budgetReport.kind.${dimension}`)}
          </th>
          {(['money.planned', 'money.committed', 'money.actual', 'budget.head.spent'] as const).map((key) => (
            <th key={key} scope="col" style={{ ...styles.headCell, textAlign: 'right' }}>
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => line(row, false))}
        {line(total, true)}
      </tbody>
    </table>
  );
}

/**
 * Mops' budget report on a project page, as Custom UI: planned, committed and actual in the base
 * currency by campaign, cost category, team and vendor, as a chart and a table, with the budget alerts
 * and a CSV export of the same rows.
 * @example mountApp(<BudgetReportApp />, 'budget report');
 */
export function BudgetReportApp() {
  const { t, locale } = useBridgeLocale();
  const project = useProjectContext();
  const [dimension, setDimension] = useState<BudgetDimension>('campaign');
  const [exported, setExported] = useState<string | undefined>();
  const { state, refreshing, reload } = useResolver('getBudgetReport', {}, BudgetReportView);

  const title = <h1 style={{ ...styles.heading, font: token('font.heading.small') }}>{t('budgetReport.title')}</h1>;
  if (state.status === 'loading' || !project.known) return <main style={styles.panel}>{title}<LoadingState t={t} /></main>;
  if (state.status === 'failed') return <main style={styles.panel}>{title}<FailureState failure={state} t={t} onRetry={reload} /></main>;

  const report = state.data;
  const rows = budgetRows(report, project.projectId, t);
  if (!rows) return <main style={styles.panel}>{title}<EmptyNote>{t('budgetReport.empty')}</EmptyNote></main>;
  const money = (minor: number) => displayMoney(minor, rows.base, locale);
  const compact = new Intl.NumberFormat(locale, { style: 'currency', currency: rows.base, notation: 'compact', maximumFractionDigits: 1 });
  const axisMoney = (minor: number) => compact.format(formatMinorUnits(Math.round(minor), rows.base) as Intl.StringNumericLiteral);
  const shown = rows.byDimension[dimension];
  const total: BudgetRow = { dimension, key: 'total', name: t('budget.total'), ...rows.total };
  const alerts = alertViews(report, project.projectId, t, locale);
  // The project page's own helper words the currencies left out for want of a rate.
  const missingRates = budgetTable(report, project.projectId, t, locale)?.missingRates;
  const caption = t(rows.scope === 'project' ? 'budget.scope.project' : 'budget.scope.organisation', { currency: rows.base, date: formatLocalDate(rows.asOf, locale) });

  const exportCsv = () => {
    const fileName = budgetCsvFileName(rows, project.projectKey);
    downloadCsv(budgetCsv(rows, t), fileName);
    const count = BUDGET_DIMENSIONS.reduce((sum, each) => sum + rows.byDimension[each].length, 0);
    setExported(t('budgetReport.exported', { rows: count, file: fileName }));
  };

  return (
    <main style={styles.panel} aria-busy={refreshing}>
      <div style={{ ...styles.row, justifyContent: 'space-between' }}>
        {title}
        <div style={styles.row}>
          <button type="button" style={buttonStyle('primary', false)} onClick={exportCsv}>
            {t('budgetReport.export')}
          </button>
          <button type="button" disabled={refreshing} style={buttonStyle('subtle', refreshing)} onClick={reload}>
            {t('action.refresh')}
          </button>
        </div>
      </div>
      <span style={styles.subtle}>{caption}</span>
      {exported ? (
        <p role="status" style={{ ...messageStyle('success'), margin: 0 }}>
          {exported}
        </p>
      ) : null}
      <div role="tablist" aria-label={t('budgetReport.by')} style={styles.row}>
        {BUDGET_DIMENSIONS.map((each) => (
          <button key={each} type="button" role="tab" aria-selected={each === dimension} style={buttonStyle(each === dimension ? 'primary' : 'default', false)} onClick={() => setDimension(each)}>
            {t(`budgetReport.dimension.${each}`)}
          </button>
        ))}
      </div>
      <section role="tabpanel" aria-label={t(`budgetReport.dimension.${dimension}`)} style={styles.section}>
        {shown.length === 0 ? (
          <EmptyNote>{dimension === 'campaign' ? t('budget.empty') : t('budgetReport.empty')}</EmptyNote>
        ) : (
          <>
            <BudgetChart rows={shown} t={t} money={money} axisMoney={axisMoney} />
            <BudgetTable rows={shown} total={total} dimension={dimension} t={t} money={money} locale={locale} />
          </>
        )}
        {missingRates ? <p style={{ ...messageStyle('warning'), margin: 0 }}>{missingRates}</p> : null}
      </section>
      <section aria-label={t('budget.alerts.title')} style={styles.section}>
        <h2 style={styles.heading}>{t('budget.alerts.title')}</h2>
        {alerts.length === 0 ? (
          <EmptyNote>{t('budget.alerts.none')}</EmptyNote>
        ) : (
          alerts.map((alert) => (
            <p key={alert.key} style={{ ...messageStyle(alert.appearance), margin: 0 }}>
              {alert.appearance === 'error' ? '⚠ ' : ''}
              {alert.text}
            </p>
          ))
        )}
      </section>
    </main>
  );
}
