import { token } from '@atlaskit/tokens';
import React from 'react';
import { type DuplicateDetectionForm, newThresholdForm, type ThresholdForm } from '../../../src/app/admin-settings-form';
import { BudgetLevel } from '../../../src/core/budget/thresholds';
import { formatWholePercent } from '../../../src/frontend/shared/format';
import { EmptyNote } from '../../shared/states';
import { buttonStyle, styles } from '../../shared/styles';
import { Field, labelStyle } from './form-controls';
import { replaceAt, type SettingsTabProps } from './settings-tab-props';

const METRICS = ['committed', 'actual'] as const;

function ThresholdRow({ rule, index, edit, errors, t, locale }: SettingsTabProps & { rule: ThresholdForm; index: number }) {
  const at = `thresholds.${index}`;
  const set = (change: Partial<ThresholdForm>, field: keyof ThresholdForm) =>
    edit((current) => ({ ...current, thresholds: replaceAt(current.thresholds, index, { ...current.thresholds[index]!, ...change }) }), `${at}.${field}`);
  const percent = /^\d+$/.test(rule.percentOfPlanned.trim()) ? formatWholePercent(Number(rule.percentOfPlanned), locale) : '…';
  const metric = (METRICS as readonly string[]).includes(rule.metric) ? t(`money.${rule.metric as (typeof METRICS)[number]}`) : rule.metric;
  return (
    <tr data-row={index}>
      <td style={styles.cell}>
        <Field id={`threshold-${index}-id`} label={`${t('adminApp.thresholds.id')} ${index + 1}`} hideLabel errors={errors(`${at}.id`)}>
          {(control) => <input {...control} value={rule.id} size={18} autoComplete="off" onChange={(event) => set({ id: event.target.value }, 'id')} />}
        </Field>
      </td>
      <td style={styles.cell}>
        <Field id={`threshold-${index}-metric`} label={`${t('adminApp.thresholds.metric')} ${index + 1}`} hideLabel errors={errors(`${at}.metric`)}>
          {(control) => (
            <select {...control} value={rule.metric} onChange={(event) => set({ metric: event.target.value }, 'metric')}>
              {METRICS.map((each) => (
                <option key={each} value={each}>
                  {t(`money.${each}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </td>
      <td style={styles.cell}>
        <Field id={`threshold-${index}-percent`} label={`${t('adminApp.thresholds.percent')} ${index + 1}`} hideLabel errors={errors(`${at}.percentOfPlanned`)}>
          {(control) => <input {...control} value={rule.percentOfPlanned} inputMode="numeric" size={6} autoComplete="off" onChange={(event) => set({ percentOfPlanned: event.target.value }, 'percentOfPlanned')} />}
        </Field>
      </td>
      <td style={styles.cell}>
        <fieldset style={{ border: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: token('space.100') }}>
          <legend style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{`${t('adminApp.thresholds.levels')} ${index + 1}`}</legend>
          {BudgetLevel.options.map((level) => (
            <label key={level} style={{ ...styles.row, gap: token('space.050') }}>
              <input
                type="checkbox"
                checked={rule.levels.includes(level)}
                onChange={(event) => set({ levels: event.target.checked ? BudgetLevel.options.filter((each) => each === level || rule.levels.includes(each)) : rule.levels.filter((each) => each !== level) }, 'levels')}
              />
              {t(`level.${level}`)}
            </label>
          ))}
        </fieldset>
      </td>
      <td style={{ ...styles.cell, ...styles.subtle }}>{t('admin.summary.threshold', { metric, percent })}</td>
      <td style={styles.cell}>
        <button type="button" style={buttonStyle('subtle', false)} aria-label={`${t('adminApp.remove')} ${rule.id}`} onClick={() => edit((current) => ({ ...current, thresholds: current.thresholds.filter((_, position) => position !== index) }))}>
          {t('adminApp.remove')}
        </button>
      </td>
    </tr>
  );
}

function DuplicateDetection({ form, edit, errors, t }: SettingsTabProps) {
  const detection = form.duplicateDetection;
  const set = (change: Partial<DuplicateDetectionForm>, field: keyof DuplicateDetectionForm) =>
    edit((current) => ({ ...current, duplicateDetection: { ...current.duplicateDetection, ...change } }), `duplicateDetection.${field}`);
  const scope = (field: 'sameTeam' | 'sameProject') => (
    <Field id={`duplicates-${field}`} label={t(`adminApp.duplicates.${field}`)} errors={errors(`duplicateDetection.${field}`)}>
      {(control) => (
        <select {...control} value={detection[field]} onChange={(event) => set({ [field]: event.target.value }, field)}>
          <option value="include">{t('adminApp.duplicates.include')}</option>
          <option value="exclude">{t('adminApp.duplicates.exclude')}</option>
        </select>
      )}
    </Field>
  );
  const count = (field: 'closedWithinDays' | 'topK') => (
    <Field id={`duplicates-${field}`} label={t(`adminApp.duplicates.${field}`)} errors={errors(`duplicateDetection.${field}`)}>
      {(control) => <input {...control} value={detection[field]} inputMode="numeric" size={6} autoComplete="off" onChange={(event) => set({ [field]: event.target.value }, field)} />}
    </Field>
  );
  return (
    <section aria-label={t('adminApp.duplicates.title')} style={styles.section}>
      <h2 style={styles.heading}>{t('adminApp.duplicates.title')}</h2>
      <span style={styles.subtle}>{t('adminApp.duplicates.help')}</span>
      <div style={{ ...styles.row, alignItems: 'flex-start', gap: token('space.200') }}>
        {scope('sameTeam')}
        {scope('sameProject')}
        {count('closedWithinDays')}
        {count('topK')}
      </div>
    </section>
  );
}

/**
 * Budget alert thresholds as rows (measure, percent of planned, levels), each read back as a sentence,
 * and where duplicate detection looks.
 * @example <ThresholdsTab form={form} edit={edit} errors={errors} t={t} locale="en" />
 */
export function ThresholdsTab(props: SettingsTabProps) {
  const { form, edit, t } = props;
  return (
    <div style={styles.panel}>
      <section aria-label={t('adminApp.thresholds.title')} style={styles.section}>
        <h2 style={styles.heading}>{t('adminApp.thresholds.title')}</h2>
        <span style={styles.subtle}>{t('adminApp.thresholds.help')}</span>
        {form.thresholds.length === 0 ? (
          <EmptyNote>{t('adminApp.thresholds.empty')}</EmptyNote>
        ) : (
          <table style={styles.table} aria-label={t('adminApp.thresholds.title')}>
            <thead>
              <tr>
                {(['adminApp.thresholds.id', 'adminApp.thresholds.metric', 'adminApp.thresholds.percent', 'adminApp.thresholds.levels', 'adminApp.rates.reads'] as const).map((key) => (
                  <th key={key} scope="col" style={{ ...styles.headCell, ...(key === 'adminApp.thresholds.levels' ? {} : { whiteSpace: 'nowrap' }) }}>
                    <span style={labelStyle}>{t(key)}</span>
                  </th>
                ))}
                <th scope="col" style={styles.headCell} aria-label={t('adminApp.remove')} />
              </tr>
            </thead>
            <tbody>
              {form.thresholds.map((rule, index) => (
                <ThresholdRow key={index} {...props} rule={rule} index={index} />
              ))}
            </tbody>
          </table>
        )}
        <div>
          <button type="button" style={buttonStyle('default', false)} onClick={() => edit((current) => ({ ...current, thresholds: [...current.thresholds, newThresholdForm(current.thresholds)] }))}>
            {t('adminApp.thresholds.add')}
          </button>
        </div>
      </section>
      <DuplicateDetection {...props} />
    </div>
  );
}
