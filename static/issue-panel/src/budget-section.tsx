import React from 'react';
import type { IssuePanelView } from '../../../src/app/issue-panel';
import type { Translate } from '../../../src/frontend/shared/messages';
import { budgetTable } from '../../../src/frontend/issue-panel/panel-view-model';
import { EmptyNote } from '../../shared/states';
import { messageStyle, styles } from '../../shared/styles';

/**
 * Planned, committed and actual money on the task, in its own currency and the organisation's base currency.
 * @example <BudgetSection budget={view.budget} t={t} locale="pl-PL" />
 */
export function BudgetSection({ budget, t, locale }: { budget: IssuePanelView['budget']; t: Translate; locale: string }) {
  const title = t('panel.budget.title');
  if (!budget) {
    return (
      <section aria-label={title} style={styles.section}>
        <h2 style={styles.heading}>{title}</h2>
        <EmptyNote>{t('panel.budget.none')}</EmptyNote>
      </section>
    );
  }
  const table = budgetTable(budget, t, locale);
  return (
    <section aria-label={title} style={styles.section}>
      <h2 style={styles.heading}>{title}</h2>
      <div style={{ ...styles.row, ...styles.subtle }}>
        <span>{table.category}</span>
        {table.vendor ? <span>{table.vendor}</span> : null}
      </div>
      <table style={styles.table}>
        <thead>
          <tr>
            {table.head.map((text) => (
              <th key={text} scope="col" style={styles.headCell}>
                {text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((text, index) =>
                index === 0 ? (
                  <th key={index} scope="row" style={styles.cell}>
                    {text}
                  </th>
                ) : (
                  <td key={index} style={{ ...styles.cell, fontVariantNumeric: 'tabular-nums' }}>
                    {text}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {table.missingRate ? <p style={messageStyle('warning')}>{table.missingRate}</p> : null}
    </section>
  );
}
