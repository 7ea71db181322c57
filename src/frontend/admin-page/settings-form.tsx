import React, { useState } from 'react';
import { Button, ErrorMessage, Form, FormFooter, FormSection, HelperMessage, Label, SectionMessage, Stack, Text, TextArea, useForm } from '@forge/react';
import type { Settings } from '../../core/settings/settings';
import { failureCopy } from '../shared/failure-copy';
import type { Translate } from '../shared/messages';
import { callResolver } from '../shared/resolver-answer';
import type { ResolverAnswer } from '../shared/resolver-answer';
import { forgeInvoker } from '../shared/use-resolver';
import { AdminView, draftsToSettings, type EditorField, editorDrafts, FIELD_LABEL, refusalLines } from './settings-editor';

type SaveResult = { status: 'saved' } | Extract<ResolverAnswer<AdminView>, { status: 'failed' }>;

/**
 * Templates, exchange rates and thresholds edited as JSON, saved through saveAdminSettings. The
 * server's refusal (its zod messages, one per mistake) is shown right above the Save button.
 * @example <SettingsForm settings={view.settings} t={t} onSaved={(next) => setView(next)} />
 */
export function SettingsForm({ settings, t, onSaved }: { settings: Settings | null; t: Translate; onSaved: (view: AdminView) => void }) {
  const drafts = editorDrafts(settings);
  const fields = Object.keys(drafts) as EditorField[];
  const { handleSubmit, register, getFieldId, formState } = useForm<Partial<Record<EditorField, string>>>({ defaultValues: drafts });
  const [jsonErrors, setJsonErrors] = useState<Partial<Record<EditorField, string>>>({});
  const [result, setResult] = useState<SaveResult | undefined>();

  const save = async (values: Partial<Record<EditorField, string>>) => {
    setResult(undefined);
    const check = draftsToSettings(settings, values, t);
    if (!check.ok) {
      setJsonErrors(Object.fromEntries(check.errors.map((error) => [error.field, error.message])));
      return;
    }
    setJsonErrors({});
    const answer = await callResolver(forgeInvoker, 'saveAdminSettings', { settings: check.settings }, AdminView);
    if (answer.status === 'loaded') {
      setResult({ status: 'saved' });
      onSaved(answer.data);
    } else {
      setResult(answer);
    }
  };

  return (
    <Form onSubmit={handleSubmit(save)}>
      <FormSection>
        <Stack space="space.200">
          {fields.map((field) => (
            <Stack key={field} space="space.050">
              <Label labelFor={getFieldId(field)}>{t(FIELD_LABEL[field])}</Label>
              <TextArea {...register(field)} isMonospaced minimumRows={field === 'thresholds' ? 6 : 12} resize="vertical" spellCheck={false} />
              {jsonErrors[field] ? <ErrorMessage>{jsonErrors[field]}</ErrorMessage> : <HelperMessage>{t('admin.edit.help')}</HelperMessage>}
            </Stack>
          ))}
        </Stack>
      </FormSection>
      {result?.status === 'saved' ? (
        <SectionMessage appearance="success">
          <Text>{t('admin.saved')}</Text>
        </SectionMessage>
      ) : null}
      {result?.status === 'failed' ? (
        <SectionMessage appearance="error" title={result.kind === 'bad-request' ? t('admin.rejected') : failureCopy(result, t).title}>
          <Stack space="space.050">
            {(result.kind === 'bad-request' ? refusalLines(result.message) : [failureCopy(result, t).body]).map((line, index) => (
              <Text key={index}>{line}</Text>
            ))}
          </Stack>
        </SectionMessage>
      ) : null}
      <FormFooter>
        <Button appearance="primary" type="submit" isDisabled={formState.isSubmitting}>
          {t('admin.save')}
        </Button>
      </FormFooter>
    </Form>
  );
}
