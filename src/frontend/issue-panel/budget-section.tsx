import React from 'react';
import { DynamicTable, Heading, Inline, SectionMessage, Stack, Text } from '@forge/react';
import type { IssuePanelView } from '../../app/issue-panel';
import type { Translate } from '../shared/messages';
import { EmptyNote } from '../shared/states';
import { budgetTable } from './panel-view-model';

/**
 * Planned, committed and actual money on the task, in its currency and the base currency.
 * @example <BudgetSection budget={view.budget} t={t} locale="pl-PL" />
 */
export function BudgetSection({ budget, t, locale }: { budget: IssuePanelView['budget']; t: Translate; locale: string }) {
  if (!budget) {
    return (
      <Stack space="space.100">
        <Heading size="small">{t('panel.budget.title')}</Heading>
        <EmptyNote>{t('panel.budget.none')}</EmptyNote>
      </Stack>
    );
  }
  const table = budgetTable(budget, t, locale);
  return (
    <Stack space="space.100">
      <Heading size="small">{t('panel.budget.title')}</Heading>
      <Inline space="space.200" shouldWrap>
        <Text color="color.text.subtle">{table.category}</Text>
        {table.vendor ? <Text color="color.text.subtle">{table.vendor}</Text> : null}
      </Inline>
      <DynamicTable
        label={t('panel.budget.title')}
        head={{ cells: table.head.map((title, index) => ({ key: `column-${index}`, content: title })) }}
        rows={table.rows.map((row) => ({
          key: row.key,
          cells: row.cells.map((text, index) => ({ key: `${row.key}-${index}`, content: index === 0 ? <Text weight="medium">{text}</Text> : text })),
        }))}
      />
      {table.missingRate ? (
        <SectionMessage appearance="warning">
          <Text>{table.missingRate}</Text>
        </SectionMessage>
      ) : null}
    </Stack>
  );
}
