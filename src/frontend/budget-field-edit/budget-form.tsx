import React, { useCallback, useMemo, useState } from 'react';
import { Box, ErrorMessage, HelperMessage, Inline, Label, SectionMessage, Select, Stack, Text, Textfield, xcss } from '@forge/react';
import { CustomFieldEdit } from '@forge/react/jira';
import { z } from 'zod';
import type { BudgetFieldOptionsView } from '../../hosts/jira/resolvers/budget-field-options';
import type { Translate } from '../shared/messages';
import { AMOUNT_FIELDS, type AmountField, amountHint, type BudgetDraft, categoryChoices, checkDraft, currencyChoices, type DraftField, draftFromFieldValue, FIELD_LABEL, visibleProblems } from './budget-draft';
import { type FieldSubmitter, submitBudget } from './submit-budget';

const SelectedOption = z.object({ value: z.string() }).nullable();
const amountBoxStyle = xcss({ minWidth: '140px' });
const inputId = (field: DraftField) => `mops-budget-${field}`;

/** The message under a field: its problem when it has one, else its hint. */
function FieldNote({ problem, hint }: { problem: string | undefined; hint?: string }) {
  if (problem) return <ErrorMessage>{problem}</ErrorMessage>;
  return hint ? <HelperMessage>{hint}</HelperMessage> : null;
}

/**
 * The budget field's form: planned, committed and actual as decimals of the chosen currency, the
 * currency, the cost category and the vendor. Checked as the person types; Jira receives the value
 * (minor units) only when it is a valid budget line of this organisation.
 * @example <BudgetForm options={options} fieldValue={context.extension.fieldValue} submit={view.submit} t={t} locale="pl-PL" />
 */
export function BudgetForm({ options, fieldValue, submit, t, locale }: { options: BudgetFieldOptionsView; fieldValue: unknown; submit: FieldSubmitter; t: Translate; locale: string }) {
  const [draft, setDraft] = useState<BudgetDraft>(() => draftFromFieldValue(fieldValue, options.baseCurrency));
  const [attemptedSave, setAttemptedSave] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();

  const check = useMemo(() => checkDraft(draft, options.categories, { t, locale }), [draft, options.categories, t, locale]);
  const problems = visibleProblems(check, attemptedSave);
  const categories = useMemo(() => categoryChoices(options.categories, t), [options.categories, t]);
  const currencies = currencyChoices(options.currencies, draft.currency).map((code) => ({ label: code, value: code }));
  const change = (field: DraftField, value: string) => setDraft((previous) => ({ ...previous, [field]: value }));

  const save = useCallback(async () => {
    setAttemptedSave(true);
    setFailure(undefined);
    const outcome = await submitBudget(check, submit, t);
    if (outcome.status === 'failed') setFailure(outcome.message);
  }, [check, submit, t]);

  const amountBox = (field: AmountField) => (
    <Box key={field} xcss={amountBoxStyle}>
      <Label labelFor={inputId(field)}>{t(FIELD_LABEL[field])}</Label>
      <Textfield
        id={inputId(field)}
        name={field}
        value={draft[field]}
        isInvalid={problems[field] !== undefined}
        placeholder="0"
        onChange={(event) => change(field, String(event.target.value ?? ''))}
      />
      <FieldNote problem={problems[field]?.message} hint={field === 'planned' ? amountHint(draft.currency, t) : undefined} />
    </Box>
  );

  return (
    <CustomFieldEdit onSubmit={save}>
      <Stack space="space.150">
        <Inline space="space.150" shouldWrap>
          {AMOUNT_FIELDS.map(amountBox)}
        </Inline>
        <Inline space="space.150" shouldWrap>
          <Box>
            <Label labelFor={inputId('currency')}>{t('budgetEdit.currency')}</Label>
            <Select
              inputId={inputId('currency')}
              options={currencies}
              value={currencies.find((option) => option.value === draft.currency)}
              isInvalid={problems.currency !== undefined}
              onChange={(value: unknown) => change('currency', SelectedOption.safeParse(value).data?.value ?? options.baseCurrency)}
            />
            <FieldNote problem={problems.currency?.message} />
          </Box>
          <Box>
            <Label labelFor={inputId('category')}>{t('budgetEdit.category')}</Label>
            <Select
              inputId={inputId('category')}
              options={categories}
              value={categories.find((option) => option.value === draft.category) ?? null}
              placeholder={t('budgetEdit.category.placeholder')}
              isInvalid={problems.category !== undefined}
              onChange={(value: unknown) => change('category', SelectedOption.safeParse(value).data?.value ?? '')}
            />
            <FieldNote problem={problems.category?.message} />
          </Box>
        </Inline>
        <Box>
          <Label labelFor={inputId('vendor')}>{t('budgetEdit.vendor')}</Label>
          <Textfield id={inputId('vendor')} name="vendor" value={draft.vendor} onChange={(event) => change('vendor', String(event.target.value ?? ''))} />
          <HelperMessage>{t('budgetEdit.vendor.help')}</HelperMessage>
        </Box>
        {attemptedSave && !check.ok ? <ErrorMessage>{t('budgetEdit.fixFirst')}</ErrorMessage> : null}
        {failure ? (
          <SectionMessage appearance="error">
            <Text>{failure}</Text>
          </SectionMessage>
        ) : null}
      </Stack>
    </CustomFieldEdit>
  );
}
