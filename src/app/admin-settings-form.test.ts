import { Settings } from '../core/settings/settings';
import { demoSettings } from '../demo/settings';
import { checkSettingsForm, newThresholdForm, problemsAt, settingsForm } from './admin-settings-form';

const saved = Settings.parse(demoSettings());

describe('settingsForm and checkSettingsForm', () => {
  it('give back the saved settings untouched when nothing was edited', () => {
    const check = checkSettingsForm(settingsForm(saved));
    expect(check).toEqual({ ok: true, settings: saved });
  });

  it('save a raised threshold and a new złoty rate exactly as typed', () => {
    const form = settingsForm(saved);
    form.thresholds[1] = { ...form.thresholds[1]!, percentOfPlanned: ' 110 ' };
    form.rates.push({ currency: 'PLN', date: '2026-12-01', rate: '0.2371' });
    const check = checkSettingsForm(form);
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    expect(check.settings.thresholds[1]).toEqual({ id: 'actual-overrun', metric: 'actual', percentOfPlanned: 110 });
    expect(check.settings.exchangeRates.rates.at(-1)).toEqual({ currency: 'PLN', date: '2026-12-01', rate: '0.2371' });
  });

  it('name the rate, the date and the currency that are wrong, with the core’s own words', () => {
    const form = settingsForm(saved);
    form.rates[1] = { currency: 'GBX', date: '2026-02-30', rate: '1,165' };
    const check = checkSettingsForm(form);
    expect(check.ok).toBe(false);
    expect(check.ok ? [] : problemsAt(check.problems, 'exchangeRates.rates.1')).toEqual([
      { path: 'exchangeRates.rates.1.currency', message: 'Unknown currency "GBX": not an active ISO 4217 code' },
      { path: 'exchangeRates.rates.1.date', message: '"2026-02-30" is not a real calendar date' },
      { path: 'exchangeRates.rates.1.rate', message: 'Rate must be a positive decimal string with at most 12 decimals, e.g. "0.2315"' },
    ]);
  });

  it('keep one base currency for totals and rates, and say so when it is unknown', () => {
    const form = { ...settingsForm(saved), baseCurrency: 'PLN' };
    const check = checkSettingsForm(form);
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    expect(check.settings.exchangeRates.base).toBe('PLN');
    const wrong = checkSettingsForm({ ...form, baseCurrency: 'eur' });
    expect(wrong.ok ? [] : wrong.problems).toEqual([
      { path: 'baseCurrency', message: 'Currency must be a three-letter ISO 4217 code in capitals, e.g. "EUR"' },
      { path: 'exchangeRates.base', message: 'Currency must be a three-letter ISO 4217 code in capitals, e.g. "EUR"' },
    ]);
  });

  it('report text that is not a number once, as the page’s own problem, beside the core’s limits', () => {
    const form = settingsForm(saved);
    form.thresholds[0] = { ...form.thresholds[0]!, percentOfPlanned: '90%' };
    form.duplicateDetection.topK = '50';
    const check = checkSettingsForm(form);
    expect(check.ok ? [] : check.problems).toEqual([
      { path: 'thresholds.0.percentOfPlanned', code: 'not-a-whole-number', value: '90%', message: '"90%" is not a whole number' },
      { path: 'duplicateDetection.topK', message: 'Too big: expected number to be <=20' },
    ]);
  });

  it('refuse two alert rules with one id, naming the second', () => {
    const form = settingsForm(saved);
    form.thresholds[1] = { ...form.thresholds[1]!, id: 'committed-warning' };
    const check = checkSettingsForm(form);
    expect(check.ok ? [] : check.problems).toEqual([
      { path: 'thresholds.1.id', message: 'Duplicate threshold rule id "committed-warning" (already used by thresholds[0]); ids must be unique' },
    ]);
  });

  it('point into a template at the exact field, and name a template that is not JSON', () => {
    const form = settingsForm(saved);
    const webinar = JSON.parse(form.templates[0]!) as { steps: Array<{ due: { workingDays: number } }> };
    webinar.steps[2]!.due.workingDays = -3;
    form.templates[0] = JSON.stringify(webinar);
    form.templates[1] = '{ "id": "email-campaign",';
    const check = checkSettingsForm(form);
    const problems = check.ok ? [] : check.problems;
    expect(problems.map((problem) => problem.path)).toEqual(['templates.1', 'templates.0.steps.2.due.workingDays']);
    expect(problems[0]).toMatchObject({ code: 'invalid-json' });
    expect(problems[1]?.message).toBe('workingDays cannot be negative; use direction "before" or "after" instead');
  });
});

describe('newThresholdForm', () => {
  it('picks an id no rule uses yet', () => {
    const existing = [{ id: 'rule-2', metric: 'actual', percentOfPlanned: '100', levels: [] }];
    expect(newThresholdForm(existing)).toEqual({ id: 'rule-3', metric: 'actual', percentOfPlanned: '100', levels: [] });
  });
});
