import React from 'react';
import { Badge, Box, Button, ButtonGroup, Heading, Inline, Link, Lozenge, SectionMessage, Stack, Text, Tooltip, User, xcss } from '@forge/react';
import type { IssuePanelView } from '../../app/issue-panel';
import type { LinkKind } from '../../app/ports/link-kind';
import type { Translate } from '../shared/messages';
import { duplicateActionOutcome, type DuplicateAction, type Outcome } from './duplicate-action';
import { useDuplicateActions } from './use-issue-panel';
import { EmptyNote } from '../shared/states';
import { duplicateRows, type DuplicateRow } from './panel-view-model';

const cardStyle = xcss({
  borderColor: 'color.border',
  borderStyle: 'solid',
  borderWidth: 'border.width',
  borderRadius: 'radius.medium',
  padding: 'space.150',
});

interface DuplicatesSectionProps {
  duplicates: IssuePanelView['duplicates'];
  t: Translate;
  locale: string;
  /** Runs an action through its resolver; the panel reloads itself afterwards. */
  act: (action: DuplicateAction) => Promise<Outcome>;
}

function DuplicateCard({ row, t, busy, onAction }: { row: DuplicateRow; t: Translate; busy: boolean; onAction: (kind: LinkKind | 'dismiss') => void }) {
  return (
    <Box xcss={cardStyle}>
      <Stack space="space.100">
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <Link href={row.href}>{row.key}</Link>
          <Text weight="medium">{row.title}</Text>
          <Lozenge appearance={row.decision.tone}>{row.decision.text}</Lozenge>
          <Tooltip content={t('panel.duplicates.head.match')}>
            <Badge appearance="primary">{row.score}</Badge>
          </Tooltip>
        </Inline>
        <Text>
          {t('panel.duplicates.head.words')}: {row.words}
        </Text>
        {row.sharedAssets ? <Text>{row.sharedAssets}</Text> : null}
        <Inline space="space.200" alignBlock="center" shouldWrap>
          <Text color="color.text.subtle">{row.where}</Text>
          <Inline space="space.050" alignBlock="center">
            <Text color="color.text.subtle">{t('panel.duplicates.head.owner')}:</Text>
            {row.ownerAccountId ? <User accountId={row.ownerAccountId} /> : <Text color="color.text.subtle">{t('panel.duplicates.noOwner')}</Text>}
          </Inline>
          <Text color="color.text.subtle">
            {t('panel.duplicates.head.budget')}: {row.budget}
          </Text>
        </Inline>
        <ButtonGroup label={t('panel.duplicates.head.actions')}>
          <Button appearance="primary" isDisabled={busy} onClick={() => onAction('duplicate')}>
            {t('action.linkDuplicate')}
          </Button>
          <Button isDisabled={busy} onClick={() => onAction('relates')}>
            {t('action.linkRelated')}
          </Button>
          <Button appearance="subtle" isDisabled={busy} onClick={() => onAction('dismiss')}>
            {t('action.dismiss')}
          </Button>
        </ButtonGroup>
      </Stack>
    </Box>
  );
}

/**
 * Work in other teams or projects that looks like this task, with the link and dismiss actions.
 * @example <DuplicatesSection duplicates={view.duplicates} t={t} locale="en" act={(action) => runDuplicateAction(forgeInvoker, action)} />
 */
export function DuplicatesSection({ duplicates, t, locale, act }: DuplicatesSectionProps) {
  const { pendingTaskId, outcome, run } = useDuplicateActions(act);
  const rows = duplicateRows(duplicates, t, locale);

  return (
    <Stack space="space.100">
      <Heading size="small">{t('panel.duplicates.title')}</Heading>
      {outcome ? (
        <SectionMessage appearance={outcome.ok ? 'success' : 'error'}>
          <Text>{duplicateActionOutcome(outcome, t)}</Text>
        </SectionMessage>
      ) : null}
      {rows.length === 0 ? (
        <EmptyNote>{t('panel.duplicates.none')}</EmptyNote>
      ) : (
        rows.map((row) => <DuplicateCard key={row.taskId} row={row} t={t} busy={pendingTaskId !== undefined} onAction={(kind) => void run(row, kind)} />)
      )}
    </Stack>
  );
}
