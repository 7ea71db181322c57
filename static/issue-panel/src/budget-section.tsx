import React, { useEffect, useState } from 'react';
import type { IssuePanelView, PanelBudget } from '../../../src/app/issue-panel';
import type { Translate } from '../../../src/frontend/shared/messages';
import { budgetTable } from '../../../src/frontend/issue-panel/panel-view-model';
import { useResolver } from '../../../src/frontend/shared/use-resolver';
import { BudgetFieldOptionsView } from '../../../src/hosts/jira/resolvers/budget-field-options';
import { EmptyNote, FailureState, LoadingState } from '../../shared/states';
import { buttonStyle, messageStyle, styles } from '../../shared/styles';
import { BudgetForm } from './budget-form';

interface BudgetSectionProps {
  budget: IssuePanelView['budget'];
  /** The view says the viewer may change the budget; only then is there an Edit button. */
  canEdit: boolean;
  t: Translate;
  locale: string;
  /** Reloads the whole panel, so what depends on the budget (the template's findings) follows it. */
  onChanged: () => void;
}

type Notice = { appearance: 'success'; text: string } | { appearance: 'warning'; text: string; reload: true };

/** Planned, committed and actual in the task's currency and, where it differs, the base currency. */
function BudgetTable({ budget, t, locale }: { budget: PanelBudget; t: Translate; locale: string }) {
  const table = budgetTable(budget, t, locale);
  return (
    <>
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
    </>
  );
}

/** The form, once the organisation's currencies and cost categories have arrived. */
function BudgetEditor({ startedFrom, t, locale, onSaved, onConflict, onCancel }: { startedFrom: PanelBudget | undefined; t: Translate; locale: string; onSaved: (budget: PanelBudget) => void; onConflict: (message: string) => void; onCancel: () => void }) {
  const { state, reload } = useResolver('getBudgetFieldOptions', {}, BudgetFieldOptionsView);
  if (state.status === 'loading') return <LoadingState t={t} />;
  if (state.status === 'failed') return <FailureState failure={state} t={t} onRetry={reload} />;
  return <BudgetForm options={state.data} startedFrom={startedFrom?.line} t={t} locale={locale} onSaved={onSaved} onConflict={onConflict} onCancel={onCancel} />;
}

/**
 * The task's budget: planned, committed and actual money in its own currency and the organisation's
 * base currency, and, for people allowed to change it, an inline form to edit it.
 * @example <BudgetSection budget={view.budget} canEdit={view.canEditBudget === true} t={t} locale="pl-PL" onChanged={reload} />
 */
export function BudgetSection({ budget, canEdit, t, locale, onChanged }: BudgetSectionProps) {
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>();
  // What was just saved shows at once; the panel's reload then brings the same budget back.
  const [saved, setSaved] = useState<PanelBudget | undefined>();
  useEffect(() => setSaved(undefined), [budget]);
  const shown = saved ?? budget;
  const title = t('panel.budget.title');

  const startEditing = () => {
    setNotice(undefined);
    setEditing(true);
  };
  const reloadAfterConflict = () => {
    setNotice(undefined);
    onChanged();
  };

  return (
    <section aria-label={title} style={styles.section}>
      <div style={{ ...styles.row, justifyContent: 'space-between' }}>
        <h2 style={styles.heading}>{title}</h2>
        {canEdit && !editing ? (
          <button type="button" style={buttonStyle('default', false)} onClick={startEditing}>
            {shown ? t('panel.budget.edit') : t('panel.budget.add')}
          </button>
        ) : null}
      </div>
      {notice ? (
        <div role="status" style={{ ...messageStyle(notice.appearance), margin: 0 }}>
          <span>{notice.text}</span>
          {'reload' in notice ? (
            <div>
              <button type="button" style={buttonStyle('default', false)} onClick={reloadAfterConflict}>
                {t('panel.budget.reload')}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      {editing ? (
        <BudgetEditor
          startedFrom={shown}
          t={t}
          locale={locale}
          onSaved={(next) => {
            setSaved(next);
            setEditing(false);
            setNotice({ appearance: 'success', text: t('panel.budget.saved') });
            onChanged();
          }}
          onConflict={(message) => {
            setEditing(false);
            setNotice({ appearance: 'warning', text: message, reload: true });
          }}
          onCancel={() => setEditing(false)}
        />
      ) : shown ? (
        <BudgetTable budget={shown} t={t} locale={locale} />
      ) : (
        <EmptyNote>{t('panel.budget.none')}</EmptyNote>
      )}
    </section>
  );
}
