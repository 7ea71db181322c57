import React from 'react';
import type { CellTaskRow } from '../../../src/frontend/capacity-view/heatmap-view-model';
import type { Translate } from '../../../src/frontend/shared/messages';
import { EmptyNote } from '../../shared/states';
import { buttonStyle, messageStyle, styles } from '../../shared/styles';

interface CellTasksPanelProps {
  title: string;
  detail: string;
  over: boolean;
  rows: CellTaskRow[];
  /** Role cells list whose work each item is. */
  showPerson: boolean;
  t: Translate;
  onClose: () => void;
}

/**
 * The work items that fill one heatmap cell, each linking to its page in the tracker, with its project.
 * @example <CellTasksPanel title="Piotr Zieliński, Nov 30 – Dec 6" detail="Over-allocated: 120 hr of 40 hr" over rows={rows} showPerson={false} t={t} onClose={close} />
 */
export function CellTasksPanel({ title, detail, over, rows, showPerson, t, onClose }: CellTasksPanelProps) {
  return (
    <section aria-label={title} style={over ? messageStyle('error') : styles.card}>
      <div style={{ ...styles.row, justifyContent: 'space-between' }}>
        <h2 style={styles.heading}>{title}</h2>
        <button type="button" style={buttonStyle('subtle', false)} onClick={onClose}>
          {t('capacityView.cell.close')}
        </button>
      </div>
      <span style={over ? undefined : styles.subtle}>{detail}</span>
      {rows.length === 0 ? (
        <EmptyNote>{t('capacityView.cell.empty')}</EmptyNote>
      ) : (
        <table style={styles.table}>
          <thead>
            <tr>
              <th scope="col" style={styles.headCell}>
                {t('capacityView.cell.head.item')}
              </th>
              <th scope="col" style={styles.headCell}>
                {t('capacityView.cell.head.project')}
              </th>
              {showPerson ? (
                <th scope="col" style={styles.headCell}>
                  {t('capacityView.cell.head.person')}
                </th>
              ) : null}
              <th scope="col" style={styles.headCell}>
                {t('capacityView.cell.head.time')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <td style={styles.cell}>
                  {/* The host resolves /browse/<key> on its own site, as Jira does; _top leaves the app's frame. */}
                  <a href={`/browse/${encodeURIComponent(row.taskKey)}`} target="_top" style={styles.link}>
                    {row.taskKey}
                  </a>{' '}
                  {row.title}
                </td>
                <td style={styles.cell}>{row.project}</td>
                {showPerson ? <td style={styles.cell}>{row.person}</td> : null}
                <td style={{ ...styles.cell, fontVariantNumeric: 'tabular-nums' }}>{row.time}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
