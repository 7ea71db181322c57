import { token } from '@atlaskit/tokens';
import React from 'react';
import type { DuplicateCluster, DuplicatesReportTask } from '../../../src/app/duplicates-report-view';
import { displayMoney } from '../../../src/core/money/display';
import { formatScore } from '../../../src/frontend/shared/format';
import type { Translate } from '../../../src/frontend/shared/messages';
import { readableKey, taskLinkText } from '../../../src/frontend/shared/readable-key';
import { lozengeStyle, messageStyle, styles } from '../../shared/styles';
import type { CurrencyCode } from '../../../src/core/money/currency';

const STATUS_TONE = { todo: 'default', in_progress: 'inprogress', done: 'success' } as const;

const numeric = { ...styles.cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function TaskRow({ task, cluster, base, t, locale }: { task: DuplicatesReportTask; cluster: DuplicateCluster; base: CurrencyCode; t: Translate; locale: string }) {
  const kept = task.id === cluster.largestTaskId;
  return (
    <tr data-task-key={task.key} style={task.membership === 'related' && cluster.tier === 'likely-duplicate' ? styles.subtle : undefined}>
      <td style={styles.cell}>
        {/* The host chose where the task opens (its own /browse/<key>, or Asana); _top leaves the app's frame.
            The link says the key where people know the task by one, "Open" where the key is an Asana gid. */}
        <a href={task.url} target="_top" style={styles.link}>
          {taskLinkText(task.key, t('duplicatesReport.task.open'))}
        </a>{' '}
        {task.title}
        {task.membership === 'related' && cluster.tier === 'likely-duplicate' ? (
          <>
            {' '}
            <span style={lozengeStyle('default')}>{t('panel.duplicates.related')}</span>
          </>
        ) : null}
      </td>
      <td style={styles.cell}>{task.teamName ?? t('budgetReport.team.none')}</td>
      {/* A project's key where people know it by one (ATL); its name where the key is only an id (an Asana gid). */}
      <td style={styles.cell} title={task.projectName}>
        {readableKey(task.projectKey) ?? task.projectName}
      </td>
      <td style={styles.cell}>{task.ownerName ?? t('panel.duplicates.noOwner')}</td>
      <td style={styles.cell}>
        <span style={lozengeStyle(STATUS_TONE[task.statusCategory])}>{task.status}</span>
      </td>
      <td style={numeric}>{task.planned ? displayMoney(task.planned.amount, task.planned.currency, locale) : t('panel.duplicates.noBudget')}</td>
      <td style={numeric}>
        {task.plannedInBase !== null ? displayMoney(task.plannedInBase, base, locale) : task.planned ? <span style={lozengeStyle('moved')}>{t('duplicatesReport.noRate')}</span> : '—'}
        {kept ? (
          <div>
            <small style={styles.subtlest}>{t('duplicatesReport.cluster.kept')}</small>
          </div>
        ) : null}
      </td>
    </tr>
  );
}

/**
 * One cluster of overlapping work: the money at stake first and large, the teams it crosses, the words
 * the tasks share, and each task with a link to it.
 * @example <ClusterCard cluster={report.clusters[0]} base="EUR" t={t} locale="pl-PL" />
 */
export function ClusterCard({ cluster, base, t, locale }: { cluster: DuplicateCluster; base: CurrencyCode; t: Translate; locale: string }) {
  const label = t('duplicatesReport.cluster.label', { count: cluster.tasks.length, teams: cluster.teamNames.join(' · ') });
  return (
    <article aria-label={label} data-cluster-id={cluster.id} data-tier={cluster.tier} data-money-at-stake={cluster.moneyAtStake} style={styles.card}>
      <div style={{ ...styles.row, justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.050') }}>
          <div style={styles.row}>
            {cluster.teamNames.map((team, position) => (
              <React.Fragment key={team}>
                {position > 0 ? <span aria-hidden="true" style={styles.subtlest}>⇄</span> : null}
                <strong>{team}</strong>
              </React.Fragment>
            ))}
          </div>
          <span style={styles.subtle}>{t('duplicatesReport.cluster.words', { words: cluster.matchedTerms.join(', ') })}</span>
          {cluster.sharedAssets.length > 0 ? <span style={styles.subtle}>{t('panel.duplicates.sharedAssets', { assets: cluster.sharedAssets.join(', ') })}</span> : null}
          <span style={styles.subtlest}>{t('duplicatesReport.cluster.score', { score: formatScore(cluster.bestScore, locale) })}</span>
        </div>
        <div style={{ textAlign: 'right' }}>
          <div style={{ ...styles.subtle, font: token('font.body.small') }}>{t('duplicatesReport.cluster.atStake')}</div>
          <div data-testid="cluster-money" style={{ font: token('font.heading.medium'), color: cluster.moneyAtStake > 0 ? token('color.text.danger') : token('color.text.subtle') }}>
            {displayMoney(cluster.moneyAtStake, base, locale)}
          </div>
        </div>
      </div>
      <div style={{ overflowX: 'auto' }}>
        <table style={styles.table}>
          <thead>
            <tr>
              <th scope="col" style={styles.headCell}>{t('duplicatesReport.head.item')}</th>
              <th scope="col" style={styles.headCell}>{t('duplicatesReport.head.team')}</th>
              <th scope="col" style={styles.headCell}>{t('duplicatesReport.head.project')}</th>
              <th scope="col" style={styles.headCell}>{t('duplicatesReport.head.owner')}</th>
              <th scope="col" style={styles.headCell}>{t('duplicatesReport.head.status')}</th>
              <th scope="col" style={{ ...styles.headCell, textAlign: 'right' }}>{t('duplicatesReport.head.planned')}</th>
              <th scope="col" style={{ ...styles.headCell, textAlign: 'right' }}>{t('duplicatesReport.head.inBase', { currency: base })}</th>
            </tr>
          </thead>
          <tbody>
            {cluster.tasks.map((task) => (
              <TaskRow key={task.id} task={task} cluster={cluster} base={base} t={t} locale={locale} />
            ))}
          </tbody>
        </table>
      </div>
      {cluster.unconverted.map((entry) => (
        <p key={entry.taskId} style={{ ...messageStyle('warning'), margin: 0 }}>
          {t('duplicatesReport.cluster.unconverted', { currency: entry.currency, key: readableKey(entry.key) ?? cluster.tasks.find((task) => task.id === entry.taskId)?.title ?? entry.key, amount: displayMoney(entry.amount, entry.currency, locale) })}
        </p>
      ))}
    </article>
  );
}
