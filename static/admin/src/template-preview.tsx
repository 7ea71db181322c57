import { token } from '@atlaskit/tokens';
import React, { useMemo, useState } from 'react';
import { type AppliedPreview, previewTemplate, type SampleTask } from '../../../src/app/admin-template-preview';
import type { Person } from '../../../src/core/capacity/calendar';
import { LocalDate } from '../../../src/core/dates/local-date';
import type { Settings } from '../../../src/core/settings/settings';
import type { Template } from '../../../src/core/templates';
import { categoryLabel } from '../../../src/frontend/issue-panel/panel-view-model';
import { formatHours, formatLocalDate } from '../../../src/frontend/shared/format';
import type { Translate } from '../../../src/frontend/shared/messages';
import { EmptyNote } from '../../shared/states';
import { messageStyle, styles } from '../../shared/styles';
import { Field } from './form-controls';

export interface TemplatePreviewProps {
  /** The templates as the editor holds them now, only those the core accepts. */
  templates: readonly Template[];
  /** Names of templates left out because they have problems. */
  leftOut: readonly string[];
  calendars: Pick<Settings, 'defaultCalendar' | 'holidays' | 'baseCurrency'>;
  people: readonly Person[];
  t: Translate;
  locale: string;
}

interface SampleForm {
  title: string;
  type: string;
  labels: string;
  projectId: string;
  dueDate: string;
  ownerId: string;
}

function sampleOf(form: SampleForm): SampleTask {
  const due = LocalDate.safeParse(form.dueDate);
  return {
    title: form.title,
    type: form.type,
    labels: form.labels.split(','),
    projectId: form.projectId.trim(),
    ...(due.success ? { dueDate: due.data } : {}),
    ...(form.ownerId ? { ownerId: form.ownerId } : {}),
  };
}

function AppliedResult({ applied, t, locale }: { applied: AppliedPreview; t: Translate; locale: string }) {
  const subtask = (key: 'step' | 'role' | 'due' | 'estimate') => (
    <th key={key} scope="col" style={styles.headCell}>
      {t(`adminApp.preview.head.${key}`)}
    </th>
  );
  const fieldText = (change: AppliedPreview['fieldDefaults'][number]): string => {
    switch (change.kind) {
      case 'add-labels':
        return t('adminApp.preview.field.labels', { values: change.labels.join(', ') });
      case 'add-components':
        return t('adminApp.preview.field.components', { values: change.components.join(', ') });
      case 'set-field':
        return t('adminApp.preview.field.set', { name: change.name, value: change.value });
      case 'open-budget':
        return t('adminApp.preview.field.budget', { currency: change.budget.currency, category: categoryLabel(change.budget.category, t) });
    }
  };
  return (
    <>
      <section aria-label={t('adminApp.preview.subtasks')} style={styles.section}>
        <h4 style={styles.heading}>{t('adminApp.preview.subtasks')}</h4>
        {applied.subtasks.length === 0 ? (
          <EmptyNote>{t('adminApp.preview.subtasks.none')}</EmptyNote>
        ) : (
          <table style={styles.table} aria-label={t('adminApp.preview.subtasks')}>
            <thead>
              <tr>{(['step', 'role', 'due', 'estimate'] as const).map(subtask)}</tr>
            </thead>
            <tbody>
              {applied.subtasks.map((step) => (
                <tr key={step.templateStepId} data-step={step.templateStepId}>
                  <th scope="row" style={{ ...styles.cell, fontWeight: 'normal' }}>
                    {step.title}
                  </th>
                  <td style={styles.cell}>{step.role}</td>
                  <td style={{ ...styles.cell, whiteSpace: 'nowrap' }}>{step.dueDate ? formatLocalDate(step.dueDate, locale) : <span style={styles.subtlest}>{t('adminApp.preview.noDate')}</span>}</td>
                  <td style={{ ...styles.cell, whiteSpace: 'nowrap' }}>{step.estimateMinutes === undefined ? '—' : formatHours(step.estimateMinutes, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-label={t('adminApp.preview.fields')} style={styles.section}>
        <h4 style={styles.heading}>{t('adminApp.preview.fields')}</h4>
        {applied.fieldDefaults.length === 0 ? <EmptyNote>{t('adminApp.preview.fields.none')}</EmptyNote> : <ul style={{ margin: 0 }}>{applied.fieldDefaults.map((change, index) => <li key={index}>{fieldText(change)}</li>)}</ul>}
      </section>
      <section aria-label={t('adminApp.preview.required')} style={styles.section}>
        <h4 style={styles.heading}>{t('adminApp.preview.required')}</h4>
        {applied.requiredFields.length === 0 ? (
          <EmptyNote>{t('adminApp.preview.required.none')}</EmptyNote>
        ) : (
          <ul style={{ margin: 0 }}>
            {applied.requiredFields.map((required) => (
              <li key={`${required.field} ${required.rule}`}>{t(`adminApp.preview.required.${required.rule}`, { label: required.label, field: required.field })}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label={t('adminApp.preview.gates')} style={styles.section}>
        <h4 style={styles.heading}>{t('adminApp.preview.gates')}</h4>
        {applied.gates.length === 0 ? (
          <EmptyNote>{t('adminApp.preview.gates.none')}</EmptyNote>
        ) : (
          <ul style={{ margin: 0 }}>
            {applied.gates.map(({ gate, requiredStepTitles }, index) => {
              const status = gate.toStatus ?? t(`adminApp.preview.gate.${gate.toStatusCategory ?? 'done'}`);
              const conditions = [
                ...(requiredStepTitles.length > 0 ? [t('adminApp.preview.gate.steps', { steps: requiredStepTitles.join(', ') })] : []),
                ...(gate.requiredFields ? [t('adminApp.preview.gate.fields')] : []),
              ];
              return <li key={index}>{t('adminApp.preview.gate', { status, conditions: conditions.join('; ') || '—' })}</li>;
            })}
          </ul>
        )}
      </section>
      {applied.warnings.length > 0 ? (
        <section aria-label={t('adminApp.preview.notes')} style={{ ...messageStyle('information'), margin: 0 }}>
          <h4 style={styles.heading}>{t('adminApp.preview.notes')}</h4>
          <ul style={{ margin: 0 }}>
            {/* The core words these for the people who will read them on the task; they stay as written. */}
            {applied.warnings.map((warning, index) => (
              <li key={index}>{warning.message}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/**
 * A sample task and what it would get on creation: which template, which subtasks with which due
 * dates, which field values, required fields and gates. Runs the core's matchTemplates and
 * planTemplate in the browser on every keystroke; nothing is sent or created.
 * @example <TemplatePreview templates={valid} leftOut={[]} calendars={settings} people={people} t={t} locale="en" />
 */
export function TemplatePreview({ templates, leftOut, calendars, people, t, locale }: TemplatePreviewProps) {
  const [form, setForm] = useState<SampleForm>({ title: '', type: 'task', labels: '', projectId: '', dueDate: '', ownerId: '' });
  const preview = useMemo(() => previewTemplate(sampleOf(form), templates, calendars, people), [form, templates, calendars, people]);
  const projectIds = [...new Set(templates.flatMap((template) => [...(template.appliesTo.projectIds ?? []), ...(template.appliesTo.anyOf ?? []).flatMap((alternative) => alternative.projectIds ?? [])]))].sort();
  const text = (field: keyof SampleForm, label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <Field id={`preview-${field}`} label={label} errors={[]}>
      {(control) => <input {...control} {...extra} value={form[field]} autoComplete="off" onChange={(event) => setForm((current) => ({ ...current, [field]: event.target.value }))} />}
    </Field>
  );
  const applied = preview.applied;
  const others = preview.matches.slice(1).map((match) => match.name);

  return (
    <section aria-label={t('adminApp.preview.title')} style={{ ...styles.card, gap: token('space.150') }}>
      <h3 style={styles.heading}>{t('adminApp.preview.title')}</h3>
      <span style={styles.subtle}>{t('adminApp.preview.help')}</span>
      <div style={{ ...styles.row, alignItems: 'flex-start', gap: token('space.150') }}>
        {text('title', t('adminApp.preview.taskTitle'), { size: 28 })}
        {text('type', t('adminApp.preview.type'), { size: 14 })}
        {text('labels', t('adminApp.preview.labels'), { size: 20 })}
        {text('projectId', t('adminApp.preview.project'), { size: 14, list: 'preview-project-ids' })}
        {text('dueDate', t('adminApp.preview.dueDate'), { type: 'date' })}
        <Field id="preview-owner" label={t('adminApp.preview.owner')} errors={[]}>
          {(control) => (
            <select {...control} value={form.ownerId} onChange={(event) => setForm((current) => ({ ...current, ownerId: event.target.value }))}>
              <option value="">{t('adminApp.preview.noOwner')}</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <datalist id="preview-project-ids">
          {projectIds.map((id) => (
            <option key={id} value={id} />
          ))}
        </datalist>
      </div>
      {leftOut.length > 0 ? <p style={{ ...messageStyle('warning'), margin: 0 }}>{t('adminApp.preview.leftOut', { names: leftOut.join(', ') })}</p> : null}
      <div role="status" aria-label={t('adminApp.preview.title')} style={styles.section}>
        {applied ? (
          <p style={{ ...styles.success, margin: 0, fontWeight: 600 }}>{t('adminApp.preview.applies', { name: applied.template.name, version: applied.template.version })}</p>
        ) : (
          <EmptyNote>{t('adminApp.preview.none')}</EmptyNote>
        )}
        {others.length > 0 ? <span style={styles.subtle}>{t('adminApp.preview.alsoMatches', { names: others.join(', ') })}</span> : null}
      </div>
      {applied ? <AppliedResult applied={applied} t={t} locale={locale} /> : null}
    </section>
  );
}
