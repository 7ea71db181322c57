import { DEFAULT_COST_CATEGORIES } from '../core/budget/categories';
import type { SettingsInput } from '../core/settings/settings';
import { DEFAULT_TEMPLATES } from '../core/templates';
import { DEMO_HOLIDAYS } from './holidays';

/**
 * The demo organisation's admin settings: euros as the base, two months of rates for the other
 * currencies its teams spend in (deliberately none for CHF), and the default templates.
 * Rates are euros per one unit of the currency, near the market levels of 2026.
 * @example Settings.parse(demoSettings()).baseCurrency // 'EUR'
 */
export function demoSettings(): SettingsInput {
  return {
    baseCurrency: 'EUR',
    exchangeRates: {
      base: 'EUR',
      rates: [
        { currency: 'USD', date: '2026-07-01', rate: '0.8600' },
        { currency: 'GBP', date: '2026-07-01', rate: '1.1650' },
        { currency: 'PLN', date: '2026-07-01', rate: '0.2345' },
        { currency: 'USD', date: '2026-11-01', rate: '0.8650' },
        { currency: 'GBP', date: '2026-11-01', rate: '1.1480' },
        { currency: 'PLN', date: '2026-11-01', rate: '0.2360' },
      ],
    },
    costCategories: [...DEFAULT_COST_CATEGORIES],
    thresholds: [
      { id: 'committed-warning', metric: 'committed', percentOfPlanned: 90 },
      { id: 'actual-overrun', metric: 'actual', percentOfPlanned: 100 },
    ],
    holidays: DEMO_HOLIDAYS,
    defaultCalendar: { timeZone: 'Europe/Warsaw', minutesPerWeekday: [480, 480, 480, 480, 480, 0, 0], timeOff: [] },
    templates: [...DEFAULT_TEMPLATES],
  };
}
