import { Settings, type SettingsInput } from './settings';
import { DEFAULT_COST_CATEGORIES } from '../budget/categories';
import { DEFAULT_TEMPLATES } from '../templates';

const mondayToFriday = { timeZone: 'Europe/Warsaw', minutesPerWeekday: [480, 480, 480, 480, 480, 0, 0], holidayRegion: 'PL' } as const;

function warsawSettings(): SettingsInput {
  return {
    baseCurrency: 'EUR',
    exchangeRates: { base: 'EUR', rates: [{ currency: 'PLN', date: '2026-11-01', rate: '0.2352' }] },
    thresholds: [
      { id: 'committed-warning', metric: 'committed', percentOfPlanned: 90 },
      { id: 'actual-overrun', metric: 'actual', percentOfPlanned: 100 },
    ],
    holidays: { PL: [{ date: '2026-11-11', name: 'Independence Day' }] },
    defaultCalendar: { ...mondayToFriday, minutesPerWeekday: [...mondayToFriday.minutesPerWeekday] },
    templates: [...DEFAULT_TEMPLATES],
  };
}

function messages(input: unknown): string[] {
  const result = Settings.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('Settings', () => {
  it('accepts a Warsaw organisation and fills in the default cost categories', () => {
    const settings = Settings.parse(warsawSettings());
    expect(settings.costCategories.map((category) => category.id)).toEqual(DEFAULT_COST_CATEGORIES.map((category) => category.id));
    expect(settings.templates.map((template) => template.id)).toEqual(['webinar', 'email-campaign', 'product-launch']);
    expect(settings.defaultCalendar.timeOff).toEqual([]);
  });

  it('refuses rates quoted into another currency than the base, naming both', () => {
    const input = { ...warsawSettings(), exchangeRates: { base: 'USD', rates: [] } };
    expect(messages(input)).toEqual(['exchangeRates.base: Exchange rates are into USD, but the base currency is EUR; rates must convert into EUR']);
  });

  it('refuses a cost category id used twice, pointing at the second one', () => {
    const input = {
      ...warsawSettings(),
      costCategories: [
        { id: 'media', label: 'Media' },
        { id: 'events', label: 'Events' },
        { id: 'media', label: 'Paid media' },
      ],
    };
    expect(messages(input)).toContain('costCategories.2.id: Duplicate cost category id "media" (already used by costCategories[0]); ids must be unique');
  });

  it('refuses an unknown currency code by name', () => {
    const input = { ...warsawSettings(), baseCurrency: 'EUX' };
    expect(messages(input)).toEqual(['baseCurrency: Unknown currency "EUX": not an active ISO 4217 code']);
  });

  it('refuses a rate in an unknown currency inside the table', () => {
    const input = { ...warsawSettings(), exchangeRates: { base: 'EUR', rates: [{ currency: 'ZZZ', date: '2026-11-01', rate: '1.5' }] } };
    expect(messages(input)).toEqual(['exchangeRates.rates.0.currency: Unknown currency "ZZZ": not an active ISO 4217 code']);
  });

  it('refuses two threshold rules with one id', () => {
    const base = warsawSettings();
    const input = { ...base, thresholds: [...(base.thresholds ?? []), { id: 'actual-overrun', metric: 'actual', percentOfPlanned: 120 }] };
    expect(messages(input)).toEqual(['thresholds.2.id: Duplicate threshold rule id "actual-overrun" (already used by thresholds[1]); ids must be unique']);
  });

  it('refuses a default calendar whose holiday region has no list', () => {
    const base = warsawSettings();
    const input = { ...base, defaultCalendar: { ...mondayToFriday, minutesPerWeekday: [...mondayToFriday.minutesPerWeekday], holidayRegion: 'GB' } };
    expect(messages(input)).toEqual(['defaultCalendar.holidayRegion: Holiday region "GB" has no holiday list; known regions: PL']);
  });

  it('refuses a template that opens budgets in a category settings no longer list', () => {
    const input = { ...warsawSettings(), costCategories: DEFAULT_COST_CATEGORIES.filter((category) => category.id !== 'events') };
    expect(messages(input)).toEqual([
      'templates.0.fieldDefaults.budget.category: Template "webinar" opens budgets in cost category "events", which settings do not list; expected one of: media, agency, production, stock-assets, tools-licences, people, other',
    ]);
  });

  it('reports every mistake of one save at once', () => {
    const input = {
      ...warsawSettings(),
      exchangeRates: { base: 'PLN', rates: [] },
      costCategories: [
        { id: 'events', label: 'Events' },
        { id: 'events', label: 'Events again' },
      ],
    };
    expect(messages(input)).toEqual([
      'exchangeRates.base: Exchange rates are into PLN, but the base currency is EUR; rates must convert into EUR',
      'costCategories.1.id: Duplicate cost category id "events" (already used by costCategories[0]); ids must be unique',
      'templates.1.fieldDefaults.budget.category: Template "email-campaign" opens budgets in cost category "media", which settings do not list; expected one of: events',
      'templates.2.fieldDefaults.budget.category: Template "product-launch" opens budgets in cost category "production", which settings do not list; expected one of: events',
    ]);
  });
});
