import React from 'react';
import { useProductContext } from '@forge/react';
import { view } from '@forge/bridge';
import { BudgetFieldOptionsView } from '../../hosts/jira/resolvers/budget-field-options';
import { FailureState, LoadingState } from '../shared/states';
import { useReaderLocale } from '../shared/use-locale';
import { useResolver } from '../shared/use-resolver';
import { BudgetForm } from './budget-form';
import { currentFieldValue } from './field-context';
import type { FieldSubmitter } from './submit-budget';

const submitToJira: FieldSubmitter = (value) => view.submit(value);

/**
 * The edit experience of the Mops budget field (issue view and create dialog): loads the
 * organisation's currencies and cost categories, then shows the form pre-filled with the field's value.
 * @example ForgeReconciler.render(<BudgetFieldEditApp />);
 */
export function BudgetFieldEditApp() {
  const { t, locale } = useReaderLocale();
  const context = useProductContext();
  const { state, reload } = useResolver('getBudgetFieldOptions', {}, BudgetFieldOptionsView);

  // The form is built once, from the field's value, so it waits for Jira's context as well.
  if (state.status === 'loading' || context === undefined) return <LoadingState t={t} />;
  if (state.status === 'failed') return <FailureState failure={state} t={t} onRetry={reload} />;
  return <BudgetForm options={state.data} fieldValue={currentFieldValue(context)} submit={submitToJira} t={t} locale={locale} />;
}
