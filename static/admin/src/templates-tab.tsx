import { token } from '@atlaskit/tokens';
import React, { useMemo, useRef, useState } from 'react';
import { jsonLocation } from '../../../src/app/admin-json-location';
import { problemsAt, type SettingsProblem } from '../../../src/app/admin-settings-form';
import { DEFAULT_COST_CATEGORIES } from '../../../src/core/budget/categories';
import { HolidayCalendars, type Person, WorkingCalendar } from '../../../src/core/capacity/calendar';
import { AppliesTo, type Template, templateSchema } from '../../../src/core/templates/schema';
import { EmptyNote } from '../../shared/states';
import { buttonStyle, lozengeStyle, messageStyle, styles } from '../../shared/styles';
import { appliesToText, pathText, problemText, segmentsAfter } from './admin-words';
import { errorTextStyle, inputStyle, labelStyle } from './form-controls';
import type { SettingsTabProps } from './settings-tab-props';
import { TemplatePreview } from './template-preview';

/** What the list shows of a template whose JSON may be half-typed. */
interface TemplateRow {
  name: string;
  version?: number;
  appliesTo?: string;
  steps?: number;
  /** The template as the core accepts it, or undefined while it has problems. */
  valid?: Template;
}

function readRow(text: string, index: number, categories: SettingsTabProps['form']['kept']['costCategories'], t: SettingsTabProps['t']): TemplateRow {
  const fallback = t('adminApp.templates.unnamed', { number: index + 1 });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { name: fallback };
  }
  const loose = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const appliesTo = AppliesTo.safeParse(loose.appliesTo);
  const valid = templateSchema(categories ?? DEFAULT_COST_CATEGORIES).safeParse(data);
  return {
    name: typeof loose.name === 'string' && loose.name.trim() !== '' ? loose.name : fallback,
    ...(typeof loose.version === 'number' ? { version: loose.version } : {}),
    ...(appliesTo.success ? { appliesTo: appliesToText(appliesTo.data, t) } : {}),
    ...(Array.isArray(loose.steps) ? { steps: loose.steps.length } : {}),
    ...(valid.success ? { valid: valid.data } : {}),
  };
}

/** A new template the core accepts as it stands, for the admin to change. */
function starterTemplate(existing: readonly string[]): string {
  const id = `new-template-${existing.length + 1}`;
  return JSON.stringify(
    {
      id,
      name: 'New template',
      version: 1,
      appliesTo: { taskTypes: [id] },
      requiredFields: [{ field: 'dueDate', rule: 'set', label: 'due date' }],
      steps: [{ id: 'brief', title: 'Write the brief', role: 'marketer', due: { workingDays: 5, relativeTo: 'due', direction: 'before' } }],
      gates: [{ toStatusCategory: 'done', requiredSteps: ['brief'], requiredFields: true }],
    },
    null,
    2,
  );
}

function TemplateEditor({ index, text, name, problems, onChange, t }: { index: number; text: string; name: string; problems: readonly SettingsProblem[]; onChange: (text: string) => void; t: SettingsTabProps['t'] }) {
  const area = useRef<HTMLTextAreaElement>(null);
  const prefix = `templates.${index}`;
  const lines = problems.map((problem) => {
    const segments = segmentsAfter(problem.path, prefix);
    const location = problem.code === 'invalid-json' ? undefined : jsonLocation(text, segments);
    const message = problemText(problem, t, name);
    return { location, text: location ? t('adminApp.templates.problem', { line: location.line, path: pathText(segments, name), message }) : message };
  });
  const jump = (location: { start: number; end: number } | undefined) => {
    if (!location || !area.current) return;
    area.current.focus();
    area.current.setSelectionRange(location.start, location.end);
  };
  const id = `template-${index}-json`;
  return (
    <section aria-label={t('adminApp.templates.editing', { name })} style={styles.card}>
      <h3 style={styles.heading}>{t('adminApp.templates.editing', { name })}</h3>
      <label htmlFor={id} style={labelStyle}>
        {t('adminApp.templates.json')}
      </label>
      <textarea
        id={id}
        ref={area}
        value={text}
        rows={24}
        spellCheck={false}
        aria-invalid={problems.length > 0}
        aria-describedby={`${id}-problems ${id}-help`}
        onChange={(event) => onChange(event.target.value)}
        style={{ ...inputStyle, width: '100%', fontFamily: token('font.family.code'), resize: 'vertical', ...(problems.length > 0 ? { borderColor: token('color.border.danger') } : {}) }}
      />
      <small id={`${id}-help`} style={styles.subtlest}>
        {t('adminApp.templates.json.help')}
      </small>
      <div id={`${id}-problems`} data-field-error={id}>
        {problems.length === 0 ? (
          <span style={styles.success}>{t('adminApp.templates.valid')}</span>
        ) : (
          <ul style={{ margin: 0, paddingLeft: token('space.200') }}>
            {lines.map((line, position) => (
              <li key={position} style={errorTextStyle}>
                {line.location ? (
                  <button type="button" onClick={() => jump(line.location)} style={{ ...errorTextStyle, background: 'none', border: 'none', padding: 0, cursor: 'pointer', textAlign: 'left', textDecoration: 'underline' }}>
                    {line.text}
                  </button>
                ) : (
                  line.text
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/**
 * The process templates: a list with what each applies to, a JSON editor checked by the core as the
 * admin types (each problem names its path and line, and selects it), and the preview of what a new
 * task would get from the templates as they stand.
 * @example <TemplatesTab form={form} edit={edit} errors={errors} problems={problems} people={people} t={t} locale="en" />
 */
export function TemplatesTab({ form, edit, t, locale, problems, people }: SettingsTabProps & { problems: readonly SettingsProblem[]; people: readonly Person[] }) {
  const [open, setOpen] = useState<number | undefined>();
  const rows = useMemo(() => form.templates.map((text, index) => readRow(text, index, form.kept.costCategories, t)), [form.templates, form.kept.costCategories, t]);
  const valid = useMemo(() => rows.flatMap((row) => (row.valid ? [row.valid] : [])), [rows]);
  const leftOut = rows.filter((row) => !row.valid).map((row) => row.name);
  const calendars = useMemo(
    () => ({ defaultCalendar: WorkingCalendar.parse(form.kept.defaultCalendar), holidays: HolidayCalendars.parse(form.kept.holidays), baseCurrency: form.baseCurrency.trim() }),
    [form.kept.defaultCalendar, form.kept.holidays, form.baseCurrency],
  );
  const openRow = open === undefined ? undefined : rows[open];

  return (
    <div style={styles.panel}>
      <section aria-label={t('adminApp.tab.templates')} style={styles.section}>
        {rows.length === 0 ? (
          <EmptyNote>{t('adminApp.templates.empty')}</EmptyNote>
        ) : (
          <table style={styles.table} aria-label={t('adminApp.tab.templates')}>
            <thead>
              <tr>
                {(['adminApp.templates.head.name', 'adminApp.templates.head.appliesTo', 'adminApp.templates.head.steps'] as const).map((key) => (
                  <th key={key} scope="col" style={styles.headCell}>
                    {t(key)}
                  </th>
                ))}
                <th scope="col" style={styles.headCell} aria-label={t('adminApp.edit')} />
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const count = problemsAt(problems, `templates.${index}`).length;
                return (
                  <tr key={index} aria-current={open === index ? 'true' : undefined}>
                    <th scope="row" style={styles.cell}>
                      {row.version === undefined ? row.name : t('admin.summary.template', { name: row.name, version: row.version })}{' '}
                      {count > 0 ? <span style={lozengeStyle('removed')}>{t('adminApp.tab.toFix', { count })}</span> : null}
                    </th>
                    <td style={styles.cell}>{row.appliesTo ?? '—'}</td>
                    <td style={styles.cell}>{row.steps ?? '—'}</td>
                    <td style={{ ...styles.cell, whiteSpace: 'nowrap' }}>
                      <div style={styles.row}>
                        <button type="button" style={buttonStyle(open === index ? 'primary' : 'default', false)} aria-label={`${t('adminApp.edit')} ${row.name}`} onClick={() => setOpen(open === index ? undefined : index)}>
                          {open === index ? t('adminApp.close') : t('adminApp.edit')}
                        </button>
                        <button
                          type="button"
                          style={buttonStyle('subtle', false)}
                          aria-label={`${t('adminApp.remove')} ${row.name}`}
                          onClick={() => {
                            setOpen(undefined);
                            edit((current) => ({ ...current, templates: current.templates.filter((_, position) => position !== index) }));
                          }}
                        >
                          {t('adminApp.remove')}
                        </button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <div>
          <button
            type="button"
            style={buttonStyle('default', false)}
            onClick={() => {
              setOpen(form.templates.length);
              edit((current) => ({ ...current, templates: [...current.templates, starterTemplate(current.templates)] }));
            }}
          >
            {t('adminApp.templates.add')}
          </button>
        </div>
      </section>
      {open !== undefined && openRow ? (
        <TemplateEditor
          key={open}
          index={open}
          text={form.templates[open] ?? ''}
          name={openRow.name}
          problems={problemsAt(problems, `templates.${open}`)}
          onChange={(text) => edit((current) => ({ ...current, templates: current.templates.map((each, position) => (position === open ? text : each)) }), `templates.${open}`)}
          t={t}
        />
      ) : null}
      {problems.some((problem) => problem.path === 'templates') ? <p style={{ ...messageStyle('error'), margin: 0 }}>{problemsAt(problems, 'templates').filter((problem) => problem.path === 'templates').map((problem) => problem.message).join(' ')}</p> : null}
      <TemplatePreview templates={valid} leftOut={leftOut} calendars={calendars} people={people} t={t} locale={locale} />
    </div>
  );
}
