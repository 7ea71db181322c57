import React, { useState } from 'react';
import { DynamicTable, Heading, SectionMessage, Stack, Text } from '@forge/react';
import { FailureState, LoadingState } from '../shared/states';
import { useReaderLocale } from '../shared/use-locale';
import { useResolver } from '../shared/use-resolver';
import { AdminView, settingsSummary } from './settings-editor';
import { SettingsForm } from './settings-form';

/**
 * Mops' Jira admin page: what is configured now, and the JSON editor to change it.
 * @example ForgeReconciler.render(<AdminPageApp />);
 */
export function AdminPageApp() {
  const { t, locale } = useReaderLocale();
  const { state, reload } = useResolver('getAdminSettings', {}, AdminView);
  // What the last save answered; it replaces the loaded view so the summary shows the saved settings.
  const [saved, setSaved] = useState<{ view: AdminView; count: number } | undefined>();

  if (state.status === 'loading') return <LoadingState t={t} />;
  if (state.status === 'failed') return <FailureState failure={state} t={t} onRetry={reload} />;
  const view = saved?.view ?? state.data;
  const summary = view.settings ? settingsSummary(view.settings, view.people.length, t, locale) : undefined;

  return (
    <Stack space="space.300">
      <Heading size="large">{t('admin.title')}</Heading>
      <Stack space="space.100">
        <Heading size="small">{t('admin.summary.title')}</Heading>
        {summary ? (
          <DynamicTable
            label={t('admin.summary.title')}
            rows={summary.map((entry) => ({
              key: entry.key,
              cells: [
                { key: 'label', content: <Text weight="medium">{entry.label}</Text> },
                { key: 'values', content: <Stack space="space.025">{entry.values.map((value, index) => <Text key={index}>{value}</Text>)}</Stack> },
              ],
            }))}
          />
        ) : (
          <SectionMessage appearance="information">
            <Text>{t('admin.summary.empty')}</Text>
          </SectionMessage>
        )}
      </Stack>
      <Stack space="space.100">
        <Heading size="small">{t('admin.edit.title')}</Heading>
        {/* Keyed by save, so the fields start again from what the server now holds. */}
        <SettingsForm key={saved?.count ?? 0} settings={view.settings} t={t} onSaved={(next) => setSaved((previous) => ({ view: next, count: (previous?.count ?? 0) + 1 }))} />
      </Stack>
    </Stack>
  );
}
