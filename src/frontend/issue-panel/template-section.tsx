import React from 'react';
import { DynamicTable, Heading, Inline, Lozenge, Stack, Text } from '@forge/react';
import type { IssuePanelView } from '../../app/issue-panel';
import type { Translate } from '../shared/messages';
import { EmptyNote } from '../shared/states';
import { findingRows } from './panel-view-model';

/**
 * The task's process template: what is still missing, and which gate each gap blocks.
 * @example <TemplateSection template={view.template} t={t} />
 */
export function TemplateSection({ template, t }: { template: IssuePanelView['template']; t: Translate }) {
  if (!template) {
    return <EmptyNote>{t('panel.template.none')}</EmptyNote>;
  }
  const rows = findingRows(template, t);
  return (
    <Stack space="space.100">
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Heading size="small">{t('panel.template.title', { name: template.name, version: template.version })}</Heading>
        {template.applied ? null : <Lozenge appearance="moved">{t('panel.template.notApplied')}</Lozenge>}
      </Inline>
      {rows.length === 0 ? (
        <Text color="color.text.success">{t('panel.template.compliant')}</Text>
      ) : (
        <DynamicTable
          label={t('panel.template.title', { name: template.name, version: template.version })}
          head={{
            cells: [
              { key: 'severity', content: t('panel.template.head.severity'), width: 15 },
              { key: 'what', content: t('panel.template.head.finding'), width: 20 },
              { key: 'details', content: t('panel.template.head.details') },
            ],
          }}
          rows={rows.map((row) => ({
            key: row.key,
            cells: [
              { key: 'severity', content: <Lozenge appearance={row.severity.tone}>{row.severity.text}</Lozenge> },
              { key: 'what', content: row.what },
              { key: 'details', content: row.details },
            ],
          }))}
        />
      )}
    </Stack>
  );
}
