import { Settings } from '../../core/settings/settings';
import { translatorFor } from '../shared/messages';
import { AdminView, draftsToSettings, editorDrafts, refusalLines, settingsSummary, STARTER_SETTINGS } from './settings-editor';

const en = translatorFor('en');
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** A Warsaw organisation reporting in euro, with złoty and dollar rates and one overrun rule. */
const settings = Settings.parse({
  baseCurrency: 'EUR',
  exchangeRates: {
    base: 'EUR',
    rates: [
      { currency: 'PLN', date: '2026-01-01', rate: '0.2315' },
      { currency: 'USD', date: '2026-03-01', rate: '0.912345678912' },
    ],
  },
  thresholds: [
    { id: 'overrun', metric: 'actual', percentOfPlanned: 100, levels: ['campaign', 'project'] },
    { id: 'early', metric: 'committed', percentOfPlanned: 90 },
  ],
  holidays: { PL: [{ date: '2026-11-11', name: 'Independence Day' }] },
  defaultCalendar: { timeZone: 'Europe/Warsaw', minutesPerWeekday: [480, 480, 480, 480, 480, 0, 0], holidayRegion: 'PL' },
  templates: [],
  duplicateDetection: { sameProject: 'exclude', closedWithinDays: 90, topK: 3 },
});

describe('the starter settings', () => {
  it('are accepted by the settings schema as they are, so a first save of the example works', () => {
    expect(Settings.safeParse(STARTER_SETTINGS).success).toBe(true);
    expect(AdminView.safeParse({ settings: null, people: [] }).success).toBe(true);
  });
});

describe('editorDrafts and draftsToSettings', () => {
  it('edits templates, rates and thresholds and keeps everything else as saved', () => {
    const drafts = editorDrafts(settings);
    expect(Object.keys(drafts)).toEqual(['templates', 'exchangeRates', 'thresholds']);
    const edited = { ...drafts, thresholds: '[{ "id": "overrun", "metric": "actual", "percentOfPlanned": 110 }]' };
    const check = draftsToSettings(settings, edited, en);
    expect(check.ok).toBe(true);
    const saved = Settings.parse(check.ok ? check.settings : undefined);
    expect(saved.thresholds).toEqual([{ id: 'overrun', metric: 'actual', percentOfPlanned: 110 }]);
    expect(saved.exchangeRates).toEqual(settings.exchangeRates);
    expect(saved.defaultCalendar.holidayRegion).toBe('PL');
    expect(saved.duplicateDetection.topK).toBe(3);
  });

  it('names every field whose JSON does not parse, and sends nothing', () => {
    const check = draftsToSettings(settings, { templates: '[', exchangeRates: '{}', thresholds: 'rules: none' }, translatorFor('pl'));
    expect(check.ok).toBe(false);
    expect(check.ok ? [] : check.errors.map((error) => error.field)).toEqual(['templates', 'thresholds']);
    expect(check.ok ? '' : check.errors[0]?.message).toMatch(/^Szablony procesów: nieprawidłowy JSON: /);
  });

  it('edits the whole document before anything was saved', () => {
    const drafts = editorDrafts(null);
    expect(Object.keys(drafts)).toEqual(['settings']);
    const check = draftsToSettings(null, drafts, en);
    expect(check).toEqual({ ok: true, settings: STARTER_SETTINGS });
  });
});

describe('settingsSummary', () => {
  it('reads the settings back in the admin’s language and number format, rates exact to the last digit', () => {
    const summary = settingsSummary(settings, 14, translatorFor('pl'), 'pl');
    const values = Object.fromEntries(summary.map((entry) => [entry.key, entry.values.map(plain)]));
    expect(values.rates).toEqual(['1 PLN = 0,2315 EUR od 1 sty 2026', '1 USD = 0,912345678912 EUR od 1 mar 2026']);
    expect(values.thresholds).toEqual(['Wykonanie przy 100% planu (Kampania, Projekt)', 'Zobowiązania przy 90% planu']);
    expect(values.templates).toEqual(['Brak']);
    expect(values.holidays).toEqual(['PL (1)']);
    expect(values.people).toEqual(['14']);
    expect(values.duplicates).toEqual(['Tylko inne projekty', 'Zamknięta praca z ostatnich 90 dni; do 3 propozycji']);
    expect(summary.map((entry) => entry.label)[0]).toBe('Waluta bazowa');
  });
});

describe('refusalLines', () => {
  it('shows one line per mistake the server named', () => {
    expect(refusalLines('templates.0.id: Duplicate template id "webinar"\n\nthresholds.1.metric: Invalid option\n')).toEqual([
      'templates.0.id: Duplicate template id "webinar"',
      'thresholds.1.metric: Invalid option',
    ]);
  });
});
