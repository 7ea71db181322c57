import React from 'react';
import type { IssuePanelView } from '../../../src/app/issue-panel';
import type { Translate } from '../../../src/frontend/shared/messages';
import { findingRows } from '../../../src/frontend/issue-panel/panel-view-model';
import { EmptyNote } from '../../shared/states';
import { lozengeStyle, styles } from '../../shared/styles';

/**
 * The task's process template: what is still missing, and which gate each gap blocks.
 * @example <TemplateSection template={view.template} t={t} />
 */
export function TemplateSection({ template, t }: { template: IssuePanelView['template']; t: Translate }) {
  if (!template) return <EmptyNote>{t('panel.template.none')}</EmptyNote>;
  const title = t('panel.template.title', { name: template.name, version: template.version });
  const rows = findingRows(template, t);
  return (
    <section aria-label={title} style={styles.section}>
      <div style={styles.row}>
        <h2 style={styles.heading}>{title}</h2>
        {template.applied ? null : <span style={lozengeStyle('moved')}>{t('panel.template.notApplied')}</span>}
      </div>
      {rows.length === 0 ? (
        <p style={{ ...styles.success, margin: 0 }}>{t('panel.template.compliant')}</p>
      ) : (
        <table style={styles.table}>
          <thead>
            <tr>
              <th scope="col" style={{ ...styles.headCell, width: '15%' }}>
                {t('panel.template.head.severity')}
              </th>
              <th scope="col" style={{ ...styles.headCell, width: '20%' }}>
                {t('panel.template.head.finding')}
              </th>
              <th scope="col" style={styles.headCell}>
                {t('panel.template.head.details')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <td style={styles.cell}>
                  <span style={lozengeStyle(row.severity.tone)}>{row.severity.text}</span>
                </td>
                <td style={styles.cell}>{row.what}</td>
                <td style={styles.cell}>{row.details}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
