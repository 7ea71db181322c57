import React from 'react';
import { useIssuePanel } from '../../../src/frontend/issue-panel/use-issue-panel';
import { BudgetSection } from './budget-section';
import { DuplicatesSection } from './duplicates-section';
import { FailureState, LoadingState } from '../../shared/states';
import { buttonStyle, styles } from '../../shared/styles';
import { TemplateSection } from './template-section';
import { useBridgeLocale } from '../../shared/use-bridge-locale';

/**
 * The Mops panel on a work item, as Custom UI: budget, template checklist and possible duplicates,
 * loaded through `invoke('getIssuePanel')` — the host attaches which work item it is.
 * @example createRoot(element).render(<IssuePanelApp />);
 */
export function IssuePanelApp() {
  const { t, locale } = useBridgeLocale();
  const { state, refreshing, reload, act } = useIssuePanel();
  if (state.status === 'loading') return <LoadingState t={t} />;
  if (state.status === 'failed') return <FailureState failure={state} t={t} onRetry={reload} />;
  const view = state.data;
  return (
    <main style={styles.panel} aria-busy={refreshing} data-task-key={view.key}>
      <BudgetSection budget={view.budget} canEdit={view.canEditBudget === true} t={t} locale={locale} onChanged={reload} />
      <TemplateSection template={view.template} t={t} />
      <DuplicatesSection duplicates={view.duplicates} t={t} locale={locale} act={act} />
      <div style={styles.row}>
        <button type="button" disabled={refreshing} style={buttonStyle('subtle', refreshing)} onClick={reload}>
          {t('action.refresh')}
        </button>
        {refreshing ? <span style={styles.subtlest}>{t('state.loading')}</span> : null}
      </div>
    </main>
  );
}
