import { token } from '@atlaskit/tokens';
import React, { useState } from 'react';
import { DuplicatesReportView } from '../../../src/app/duplicates-report-view';
import { displayMoney } from '../../../src/core/money/display';
import { formatCount, formatLocalDate } from '../../../src/frontend/shared/format';
import { useResolver } from '../../../src/frontend/shared/use-resolver';
import { EmptyNote, FailureState, LoadingState } from '../../shared/states';
import { buttonStyle, styles } from '../../shared/styles';
import { useBridgeLocale } from '../../shared/use-bridge-locale';
import { useProjectContext } from '../../shared/use-project-context';
import { ClusterCard } from './cluster-card';

/**
 * Mops' duplicates report as Custom UI: clusters of work several teams are doing at once, the money at
 * stake in each (what merging would save) and the total at the top; related work is a lower tier,
 * folded away until asked for. Opened with a project in its context, it shows that project's clusters.
 * @example mountApp(<DuplicatesReportApp />, 'duplicates report');
 */
export function DuplicatesReportApp() {
  const { t, locale } = useBridgeLocale();
  const project = useProjectContext();
  const [showRelated, setShowRelated] = useState(false);
  // The host's context names the project, if any; the resolver reads it from there, as Jira's does.
  const { state, refreshing, reload } = useResolver('getDuplicatesReport', {}, DuplicatesReportView);

  const title = <h1 style={{ ...styles.heading, font: token('font.heading.small') }}>{t('duplicatesReport.title')}</h1>;
  if (state.status === 'loading' || !project.known) return <main style={styles.panel}>{title}<LoadingState t={t} /></main>;
  if (state.status === 'failed') return <main style={styles.panel}>{title}<FailureState failure={state} t={t} onRetry={reload} /></main>;

  const report = state.data;
  const base = report.baseCurrency;
  const money = (minor: number) => displayMoney(minor, base, locale);
  const likely = report.clusters.filter((cluster) => cluster.tier === 'likely-duplicate');
  const related = report.clusters.filter((cluster) => cluster.tier === 'related');
  const date = formatLocalDate(report.asOf, locale);
  const caption = report.projectId
    ? t('duplicatesReport.scope.project', { project: project.projectKey ?? report.projectId, currency: base, date })
    : t('duplicatesReport.scope.all', { currency: base, date });

  return (
    <main style={styles.panel} aria-busy={refreshing}>
      <div style={{ ...styles.row, justifyContent: 'space-between' }}>
        {title}
        <button type="button" disabled={refreshing} style={buttonStyle('subtle', refreshing)} onClick={reload}>
          {t('action.refresh')}
        </button>
      </div>
      <span style={styles.subtle}>{caption}</span>

      {report.clusters.length === 0 ? (
        <EmptyNote>{t('duplicatesReport.empty')}</EmptyNote>
      ) : (
        <>
          <section aria-label={t('duplicatesReport.total')} style={{ ...styles.card, background: token('color.background.neutral.subtle') }}>
            <span style={styles.subtle}>{t('duplicatesReport.total')}</span>
            <span data-testid="total-money-at-stake" style={{ font: token('font.heading.xlarge'), color: report.totals.moneyAtStake > 0 ? token('color.text.danger') : token('color.text') }}>
              {money(report.totals.moneyAtStake)}
            </span>
            <small style={styles.subtlest}>{t('duplicatesReport.total.hint')}</small>
            <span>{t('duplicatesReport.total.clusters', { count: formatCount(report.totals.likelyClusters, locale) })}</span>
            {report.totals.relatedClusters > 0 ? (
              <span style={styles.subtle}>{t('duplicatesReport.total.related', { count: formatCount(report.totals.relatedClusters, locale), amount: money(report.totals.relatedMoneyAtStake) })}</span>
            ) : null}
            {report.totals.unconvertedTasks > 0 ? <span style={styles.subtle}>{t('duplicatesReport.total.unconverted', { count: formatCount(report.totals.unconvertedTasks, locale) })}</span> : null}
          </section>

          <section aria-label={t('duplicatesReport.likely.title')} style={styles.section}>
            <h2 style={styles.heading}>{t('duplicatesReport.likely.title')}</h2>
            {likely.length === 0 ? <EmptyNote>{t('duplicatesReport.empty')}</EmptyNote> : likely.map((cluster) => <ClusterCard key={cluster.id} cluster={cluster} base={base} t={t} locale={locale} />)}
          </section>

          {related.length > 0 ? (
            <section aria-label={t('duplicatesReport.related.title')} style={styles.section}>
              <h2 style={styles.heading}>{t('duplicatesReport.related.title')}</h2>
              <span style={styles.subtle}>{t('duplicatesReport.related.hint')}</span>
              <div>
                <button type="button" aria-expanded={showRelated} style={buttonStyle('default', false)} onClick={() => setShowRelated((shown) => !shown)}>
                  {showRelated ? t('duplicatesReport.related.hide') : t('duplicatesReport.related.show', { count: formatCount(related.length, locale) })}
                </button>
              </div>
              {showRelated ? related.map((cluster) => <ClusterCard key={cluster.id} cluster={cluster} base={base} t={t} locale={locale} />) : null}
            </section>
          ) : null}
        </>
      )}
    </main>
  );
}
