import { token } from '@atlaskit/tokens';
import React from 'react';
import type { RateForm } from '../../../src/app/admin-settings-form';
import { ExchangeRate } from '../../../src/core/money/exchange-rates';
import { formatLocalDate } from '../../../src/frontend/shared/format';
import { EmptyNote } from '../../shared/states';
import { buttonStyle, styles } from '../../shared/styles';
import { Field } from './form-controls';
import { replaceAt, type SettingsTabProps } from './settings-tab-props';

/**
 * The base currency and the dated rates into it. Each rate is read back in the admin's number format
 * once the core accepts it, so "0.2360" is seen as "1 PLN = 0,236 EUR od 1 lis 2026" before saving.
 * @example <RatesTab form={form} edit={edit} errors={errors} t={t} locale="pl-PL" />
 */
export function RatesTab({ form, edit, errors, t, locale }: SettingsTabProps) {
  const base = form.baseCurrency.trim() || '…';
  const rateFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 12 });
  const setRate = (index: number, change: Partial<RateForm>, field: keyof RateForm) =>
    edit((current) => ({ ...current, rates: replaceAt(current.rates, index, { ...current.rates[index]!, ...change }) }), `exchangeRates.rates.${index}.${field}`);
  const baseErrors = [...new Set([...errors('baseCurrency'), ...errors('exchangeRates.base')])];
  const readsAs = (rate: RateForm) => {
    const valid = ExchangeRate.safeParse({ ...rate, currency: rate.currency.trim(), rate: rate.rate.trim() });
    if (!valid.success) return '';
    // Intl formats the decimal string itself, so no digit is lost to a float.
    return t('admin.summary.rate', { from: valid.data.currency, rate: rateFormat.format(valid.data.rate as Intl.StringNumericLiteral), to: base, date: formatLocalDate(valid.data.date, locale) });
  };

  return (
    <div style={styles.section}>
      <Field id="base-currency" label={t('adminApp.rates.base')} errors={baseErrors} help={t('adminApp.rates.base.help')} style={{ maxWidth: '16rem' }}>
        {(control) => (
          <input
            {...control}
            value={form.baseCurrency}
            maxLength={3}
            autoComplete="off"
            onChange={(event) => {
              const baseCurrency = event.target.value.toUpperCase();
              edit((current) => ({ ...current, baseCurrency }), 'baseCurrency', 'exchangeRates.base');
            }}
          />
        )}
      </Field>
      <h2 style={styles.heading}>{t('adminApp.tab.rates')}</h2>
      <span style={styles.subtle}>{t('adminApp.rates.help', { base })}</span>
      {form.rates.length === 0 ? (
        <EmptyNote>{t('adminApp.rates.empty')}</EmptyNote>
      ) : (
        <table style={styles.table} aria-label={t('adminApp.tab.rates')}>
          <thead>
            <tr>
              <th scope="col" style={styles.headCell}>{t('adminApp.rates.currency')}</th>
              <th scope="col" style={styles.headCell}>{t('adminApp.rates.date')}</th>
              <th scope="col" style={styles.headCell}>{t('adminApp.rates.rate', { base })}</th>
              <th scope="col" style={styles.headCell}>{t('adminApp.rates.reads')}</th>
              <th scope="col" style={styles.headCell} aria-label={t('adminApp.remove')} />
            </tr>
          </thead>
          <tbody>
            {form.rates.map((rate, index) => (
              <tr key={index} data-row={index}>
                <td style={styles.cell}>
                  <Field id={`rate-${index}-currency`} label={`${t('adminApp.rates.currency')} ${index + 1}`} hideLabel errors={errors(`exchangeRates.rates.${index}.currency`)}>
                    {(control) => <input {...control} value={rate.currency} maxLength={3} size={5} autoComplete="off" onChange={(event) => setRate(index, { currency: event.target.value.toUpperCase() }, 'currency')} />}
                  </Field>
                </td>
                <td style={styles.cell}>
                  <Field id={`rate-${index}-date`} label={`${t('adminApp.rates.date')} ${index + 1}`} hideLabel errors={errors(`exchangeRates.rates.${index}.date`)}>
                    {(control) => <input {...control} type="date" value={rate.date} onChange={(event) => setRate(index, { date: event.target.value }, 'date')} />}
                  </Field>
                </td>
                <td style={styles.cell}>
                  <Field id={`rate-${index}-rate`} label={`${t('adminApp.rates.rate', { base })} ${index + 1}`} hideLabel errors={errors(`exchangeRates.rates.${index}.rate`)}>
                    {(control) => <input {...control} value={rate.rate} inputMode="decimal" autoComplete="off" style={{ ...control.style, fontVariantNumeric: 'tabular-nums' }} onChange={(event) => setRate(index, { rate: event.target.value }, 'rate')} />}
                  </Field>
                </td>
                <td style={{ ...styles.cell, ...styles.subtle }}>{readsAs(rate)}</td>
                <td style={styles.cell}>
                  <button type="button" style={buttonStyle('subtle', false)} aria-label={`${t('adminApp.remove')} ${rate.currency} ${rate.date}`} onClick={() => edit((current) => ({ ...current, rates: current.rates.filter((_, position) => position !== index) }))}>
                    {t('adminApp.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div style={{ marginTop: token('space.100') }}>
        <button type="button" style={buttonStyle('default', false)} onClick={() => edit((current) => ({ ...current, rates: [...current.rates, { currency: '', date: '', rate: '' }] }))}>
          {t('adminApp.rates.add')}
        </button>
      </div>
    </div>
  );
}
