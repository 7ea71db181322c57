import React from 'react';
import type { IssuePanelView } from '../../../src/app/issue-panel';
import type { LinkKind } from '../../../src/app/ports/link-kind';
import { duplicateActionOutcome, type DuplicateAction, type Outcome } from '../../../src/frontend/issue-panel/duplicate-action';
import { useDuplicateActions } from '../../../src/frontend/issue-panel/use-issue-panel';
import { duplicateRows, type DuplicateRow } from '../../../src/frontend/issue-panel/panel-view-model';
import type { Translate } from '../../../src/frontend/shared/messages';
import { EmptyNote } from '../../shared/states';
import { buttonStyle, lozengeStyle, messageStyle, styles } from '../../shared/styles';

interface DuplicatesSectionProps {
  duplicates: IssuePanelView['duplicates'];
  t: Translate;
  locale: string;
  /** Runs an action through its resolver; the panel reloads itself afterwards. */
  act: (action: DuplicateAction) => Promise<Outcome>;
}

function DuplicateCard({ row, t, busy, onAction }: { row: DuplicateRow; t: Translate; busy: boolean; onAction: (kind: LinkKind | 'dismiss') => void }) {
  return (
    <article aria-label={`${row.key} ${row.title}`} data-task-key={row.key} style={styles.card}>
      <div style={styles.row}>
        {/* The host resolves /browse/<key> on its own site, as Jira does; _top leaves the panel's frame. */}
        <a href={row.href} target="_top" style={styles.link}>
          {row.key}
        </a>
        <strong>{row.title}</strong>
        <span style={lozengeStyle(row.decision.tone)}>{row.decision.text}</span>
        <span title={t('panel.duplicates.head.match')} style={styles.badge}>
          {row.score}
        </span>
      </div>
      <span>
        {t('panel.duplicates.head.words')}: {row.words}
      </span>
      {row.sharedAssets ? <span>{row.sharedAssets}</span> : null}
      <div style={{ ...styles.row, ...styles.subtle, gap: '0 16px' }}>
        <span>{row.where}</span>
        <span>
          {t('panel.duplicates.head.owner')}: {row.ownerName ?? row.ownerAccountId ?? t('panel.duplicates.noOwner')}
        </span>
        <span>
          {t('panel.duplicates.head.budget')}: {row.budget}
        </span>
      </div>
      <div role="group" aria-label={t('panel.duplicates.head.actions')} style={styles.row}>
        <button type="button" disabled={busy} style={buttonStyle('primary', busy)} onClick={() => onAction('duplicate')}>
          {t('action.linkDuplicate')}
        </button>
        <button type="button" disabled={busy} style={buttonStyle('default', busy)} onClick={() => onAction('relates')}>
          {t('action.linkRelated')}
        </button>
        <button type="button" disabled={busy} style={buttonStyle('subtle', busy)} onClick={() => onAction('dismiss')}>
          {t('action.dismiss')}
        </button>
      </div>
    </article>
  );
}

/**
 * Work in other teams or projects that looks like this task, with link-as-duplicate, link-as-related and dismiss.
 * @example <DuplicatesSection duplicates={view.duplicates} t={t} locale="en" act={(action) => runDuplicateAction(forgeInvoker, action)} />
 */
export function DuplicatesSection({ duplicates, t, locale, act }: DuplicatesSectionProps) {
  const { pendingTaskId, outcome, run } = useDuplicateActions(act);
  const rows = duplicateRows(duplicates, t, locale);
  const title = t('panel.duplicates.title');
  return (
    <section aria-label={title} style={styles.section}>
      <h2 style={styles.heading}>{title}</h2>
      {outcome ? (
        <p role="status" style={messageStyle(outcome.ok ? 'success' : 'error')}>
          {duplicateActionOutcome(outcome, t)}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <EmptyNote>{t('panel.duplicates.none')}</EmptyNote>
      ) : (
        rows.map((row) => <DuplicateCard key={row.taskId} row={row} t={t} busy={pendingTaskId !== undefined} onAction={(kind) => void run(row, kind)} />)
      )}
    </section>
  );
}
