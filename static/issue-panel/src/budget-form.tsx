import React, { type FormEvent, useMemo, useState } from 'react';
import type { PanelBudget } from '../../../src/app/issue-panel';
import type { BudgetLine } from '../../../src/core/budget/budget-line';
import {
  AMOUNT_FIELDS,
  type AmountField,
  amountHint,
  type BudgetDraft,
  categoryChoices,
  checkDraft,
  currencyChoices,
  type DraftField,
  draftFromFieldValue,
  FIELD_LABEL,
  visibleProblems,
} from '../../../src/frontend/budget-field-edit/budget-draft';
import { savePanelBudget } from '../../../src/frontend/issue-panel/save-panel-budget';
import type { Translate } from '../../../src/frontend/shared/messages';
import { forgeInvoker } from '../../../src/frontend/shared/use-resolver';
import type { BudgetFieldOptionsView } from '../../../src/hosts/jira/resolvers/budget-field-options';
// The admin app's labelled field (tokens, danger border, message tied by aria-describedby), reused as is.
import { errorTextStyle, Field } from '../../admin/src/form-controls';
import { buttonStyle, messageStyle, styles } from '../../shared/styles';

export interface BudgetFormProps {
  options: BudgetFieldOptionsView;
  /** The budget the person starts from; the server refuses to save over a different one. */
  startedFrom: BudgetLine | undefined;
  t: Translate;
  locale: string;
  onSaved: (budget: PanelBudget) => void;
  /** Someone else changed the budget meanwhile: the section says so and offers a reload. */
  onConflict: (message: string) => void;
  onCancel: () => void;
}

const inputId = (field: DraftField) => `mops-panel-budget-${field}`;

/**
 * The issue panel's budget form: planned, committed and actual as decimals of the chosen currency,
 * the currency and cost category from the organisation's lists, and the vendor. Each field is checked
 * as the person types, with the budget field's own rules and words (budget-draft.ts); Save sends
 * minor units only once every field is right.
 * @example <BudgetForm options={options} startedFrom={view.budget?.line} t={t} locale="pl-PL" onSaved={show} onConflict={warn} onCancel={close} />
 */
export function BudgetForm({ options, startedFrom, t, locale, onSaved, onConflict, onCancel }: BudgetFormProps) {
  const [draft, setDraft] = useState<BudgetDraft>(() => draftFromFieldValue(startedFrom, options.baseCurrency));
  const [attemptedSave, setAttemptedSave] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();

  const check = useMemo(() => checkDraft(draft, options.categories, { t, locale }), [draft, options.categories, t, locale]);
  const problems = visibleProblems(check, attemptedSave);
  const categories = useMemo(() => categoryChoices(options.categories, t), [options.categories, t]);
  const currencies = currencyChoices(options.currencies, draft.currency);
  const change = (field: DraftField, value: string) => setDraft((previous) => ({ ...previous, [field]: value }));
  const errorsOf = (field: DraftField) => (problems[field] ? [problems[field].message] : []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setAttemptedSave(true);
    setFailure(undefined);
    if (!check.ok) return;
    setSaving(true);
    const outcome = await savePanelBudget(check, startedFrom ?? null, forgeInvoker, t);
    setSaving(false);
    if (outcome.status === 'saved') onSaved(outcome.budget);
    else if (outcome.status === 'conflict') onConflict(outcome.message);
    else if (outcome.status === 'failed') setFailure(outcome.message);
  };

  const amountBox = (field: AmountField) => (
    <Field key={field} id={inputId(field)} label={t(FIELD_LABEL[field])} errors={errorsOf(field)} {...(field === 'planned' ? { help: amountHint(draft.currency, t) } : {})}>
      {(control) => <input {...control} name={field} value={draft[field]} inputMode="decimal" autoComplete="off" placeholder="0" size={14} disabled={saving} onChange={(event) => change(field, event.target.value)} />}
    </Field>
  );

  return (
    <form aria-label={t('panel.budget.edit')} aria-busy={saving} noValidate onSubmit={(event) => void save(event)} style={styles.section}>
      <div style={{ ...styles.row, alignItems: 'flex-start' }}>{AMOUNT_FIELDS.map(amountBox)}</div>
      <div style={{ ...styles.row, alignItems: 'flex-start' }}>
        <Field id={inputId('currency')} label={t('budgetEdit.currency')} errors={errorsOf('currency')}>
          {(control) => (
            <select {...control} value={draft.currency} disabled={saving} onChange={(event) => change('currency', event.target.value)}>
              {currencies.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={inputId('category')} label={t('budgetEdit.category')} errors={errorsOf('category')}>
          {(control) => (
            <select {...control} value={draft.category} disabled={saving} onChange={(event) => change('category', event.target.value)}>
              {/* A category the organisation has since dropped stays listed, so the form can say what is wrong with it. */}
              {draft.category === '' || categories.some((choice) => choice.value === draft.category) ? null : <option value={draft.category}>{draft.category}</option>}
              <option value="">{t('budgetEdit.category.placeholder')}</option>
              {categories.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id={inputId('vendor')} label={t('budgetEdit.vendor')} errors={errorsOf('vendor')} help={t('budgetEdit.vendor.help')}>
        {(control) => <input {...control} name="vendor" value={draft.vendor} autoComplete="off" disabled={saving} onChange={(event) => change('vendor', event.target.value)} />}
      </Field>
      {attemptedSave && !check.ok ? (
        <span role="alert" style={errorTextStyle}>
          {t('budgetEdit.fixFirst')}
        </span>
      ) : null}
      {failure ? (
        <p role="alert" style={{ ...messageStyle('error'), margin: 0 }}>
          {failure}
        </p>
      ) : null}
      <div style={styles.row}>
        <button type="submit" disabled={saving} style={buttonStyle('primary', saving)}>
          {saving ? t('panel.budget.saving') : t('panel.budget.save')}
        </button>
        <button type="button" disabled={saving} style={buttonStyle('subtle', saving)} onClick={onCancel}>
          {t('panel.budget.cancel')}
        </button>
      </div>
    </form>
  );
}
