import React from 'react';
import { Box, Button, Inline, Stack, Text } from '@forge/react';
import { FailureState, LoadingState } from '../shared/states';
import { useReaderLocale } from '../shared/use-locale';
import { BudgetSection } from './budget-section';
import { DuplicatesSection } from './duplicates-section';
import { TemplateSection } from './template-section';
import { useIssuePanel } from './use-issue-panel';

/**
 * The Mops panel on a Jira work item: budget, template checklist and compliance, possible duplicates.
 * @example ForgeReconciler.render(<IssuePanelApp />);
 */
export function IssuePanelApp() {
  const { t, locale } = useReaderLocale();
  const { state, refreshing, reload, act } = useIssuePanel();

  if (state.status === 'loading') return <LoadingState t={t} />;
  if (state.status === 'failed') return <FailureState failure={state} t={t} onRetry={reload} />;
  const view = state.data;
  return (
    <Stack space="space.300">
      <BudgetSection budget={view.budget} t={t} locale={locale} />
      <TemplateSection template={view.template} t={t} />
      <DuplicatesSection duplicates={view.duplicates} t={t} locale={locale} act={act} />
      <Inline space="space.100" alignBlock="center">
        <Box>
          <Button appearance="subtle" iconBefore="refresh" isDisabled={refreshing} onClick={reload}>
            {t('action.refresh')}
          </Button>
        </Box>
        {refreshing ? <Text color="color.text.subtlest">{t('state.loading')}</Text> : null}
      </Inline>
    </Stack>
  );
}
