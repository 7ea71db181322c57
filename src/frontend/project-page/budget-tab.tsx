import React from 'react';
import { DynamicTable, Heading, Lozenge, SectionMessage, Stack, Text } from '@forge/react';
import type { Translate } from '../shared/messages';
import { BudgetReportView } from '../shared/report-schemas';
import { EmptyNote, FailureState, LoadingState } from '../shared/states';
import { useResolver } from '../shared/use-resolver';
import { alertViews, budgetTable, type BudgetRowView } from './budget-view-model';

function cells(row: BudgetRowView, emphasis: boolean) {
  const text = (value: string) => (emphasis ? <Text weight="bold">{value}</Text> : value);
  return [
    { key: 'name', content: text(row.name) },
    { key: 'level', content: row.level },
    { key: 'planned', content: text(row.planned) },
    { key: 'committed', content: text(row.committed) },
    { key: 'actual', content: text(row.actual) },
    { key: 'spent', content: row.over ? <Lozenge appearance="removed">{row.spent}</Lozenge> : text(row.spent) },
  ];
}

/**
 * Campaign budgets (planned, committed, actual in the base currency) and the alerts they raise.
 * @example <TabPanel><BudgetTab t={t} locale="en" projectId="10000" /></TabPanel>
 */
export function BudgetTab({ t, locale, projectId }: { t: Translate; locale: string; projectId: string | undefined }) {
  const { state, reload } = useResolver('getBudgetReport', {}, BudgetReportView);
  if (state.status === 'loading') return <LoadingState t={t} />;
  if (state.status === 'failed') return <FailureState failure={state} t={t} onRetry={reload} />;

  const table = budgetTable(state.data, projectId, t, locale);
  const alerts = alertViews(state.data, projectId, t, locale);
  return (
    <Stack space="space.300">
      <Stack space="space.100">
        <Heading size="small">{t('budget.title')}</Heading>
        {table ? <Text color="color.text.subtle">{table.caption}</Text> : null}
        {table === undefined || table.rows.length === 0 ? (
          <EmptyNote>{t('budget.empty')}</EmptyNote>
        ) : (
          <DynamicTable
            label={t('budget.title')}
            head={{
              cells: [
                { key: 'name', content: t('budget.head.campaign') },
                { key: 'level', content: '' },
                { key: 'planned', content: t('money.planned') },
                { key: 'committed', content: t('money.committed') },
                { key: 'actual', content: t('money.actual') },
                { key: 'spent', content: t('budget.head.spent') },
              ],
            }}
            rows={[...table.rows.map((row) => ({ key: row.key, cells: cells(row, false) })), { key: 'total', cells: cells(table.total, true) }]}
          />
        )}
        {table?.missingRates ? (
          <SectionMessage appearance="warning">
            <Text>{table.missingRates}</Text>
          </SectionMessage>
        ) : null}
      </Stack>
      <Stack space="space.100">
        <Heading size="small">{t('budget.alerts.title')}</Heading>
        {alerts.length === 0 ? (
          <EmptyNote>{t('budget.alerts.none')}</EmptyNote>
        ) : (
          alerts.map((alert) => (
            <SectionMessage key={alert.key} appearance={alert.appearance}>
              <Text>{alert.text}</Text>
            </SectionMessage>
          ))
        )}
      </Stack>
    </Stack>
  );
}
