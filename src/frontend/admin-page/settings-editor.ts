import { z } from 'zod';
import { Person } from '../../core/capacity/calendar';
import { Settings, type SettingsInput } from '../../core/settings/settings';
import type { AdminSettingsView } from '../../hosts/jira/resolvers/views';
import { formatLocalDate, formatWholePercent } from '../shared/format';
import type { MessageKey, Translate } from '../shared/messages';
import type { Accepts } from '../shared/schema-fit';

/**
 * What the admin page reads from getAdminSettings and saveAdminSettings. The full answer is defined
 * beside the resolvers; that module also reaches Forge storage, so only its type comes into this
 * browser bundle, and the check below fails to compile if the two drift apart.
 */
export const AdminView = z.object({ settings: Settings.nullable(), people: z.array(Person) });
export type AdminView = z.infer<typeof AdminView>;
export type AdminViewFits = Accepts<z.input<typeof AdminView>, AdminSettingsView>;

/** The parts of settings edited as JSON once settings exist; before that, the whole document is. */
export const EDITABLE_SECTIONS = ['templates', 'exchangeRates', 'thresholds'] as const;
export type EditableSection = (typeof EDITABLE_SECTIONS)[number];
export type EditorField = EditableSection | 'settings';

export const FIELD_LABEL: Record<EditorField, MessageKey> = {
  templates: 'admin.edit.templates',
  exchangeRates: 'admin.edit.exchangeRates',
  thresholds: 'admin.edit.thresholds',
  settings: 'admin.edit.settings',
};

/**
 * A first settings document that the settings schema accepts: euro base, no rates, an overrun alert,
 * a Monday–Friday 8-hour week and no templates. Admins change it before they save it.
 */
export const STARTER_SETTINGS: SettingsInput = {
  baseCurrency: 'EUR',
  exchangeRates: { base: 'EUR', rates: [] },
  thresholds: [{ id: 'overrun', metric: 'actual', percentOfPlanned: 100 }],
  holidays: {},
  defaultCalendar: { timeZone: 'UTC', minutesPerWeekday: [480, 480, 480, 480, 480, 0, 0] },
  templates: [],
};

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * The text each editor field starts with: the current sections as indented JSON, or the starter
 * document when nothing has been saved yet.
 * @example Object.keys(editorDrafts(null)) // ['settings']
 */
export function editorDrafts(settings: Settings | null): Partial<Record<EditorField, string>> {
  if (settings === null) return { settings: pretty(STARTER_SETTINGS) };
  return { templates: pretty(settings.templates), exchangeRates: pretty(settings.exchangeRates), thresholds: pretty(settings.thresholds) };
}

export type DraftCheck = { ok: true; settings: unknown } | { ok: false; errors: Array<{ field: EditorField; message: string }> };

/**
 * The settings document to send: each field's JSON parsed and laid over the current settings. Only
 * JSON syntax is checked here; the server checks meaning (ids, currencies, gates) and names each
 * mistake, so there is one set of rules, not two.
 * @example draftsToSettings(current, { templates: '[', exchangeRates: '{…}', thresholds: '[]' }, t)
 * // { ok: false, errors: [{ field: 'templates', message: 'Process templates is not valid JSON: Unexpected end of JSON input' }] }
 */
export function draftsToSettings(current: Settings | null, drafts: Partial<Record<EditorField, string>>, t: Translate): DraftCheck {
  const fields: readonly EditorField[] = current === null ? ['settings'] : EDITABLE_SECTIONS;
  const parsed: Partial<Record<EditorField, unknown>> = {};
  const errors: Array<{ field: EditorField; message: string }> = [];
  for (const field of fields) {
    try {
      parsed[field] = JSON.parse(drafts[field] ?? '');
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      errors.push({ field, message: t('admin.edit.invalidJson', { field: t(FIELD_LABEL[field]), detail }) });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  if (current === null) return { ok: true, settings: parsed.settings };
  return { ok: true, settings: { ...current, templates: parsed.templates, exchangeRates: parsed.exchangeRates, thresholds: parsed.thresholds } };
}

export interface SummaryEntry {
  key: string;
  label: string;
  values: string[];
}

/**
 * Settings as an admin reads them at a glance, in their language and number format.
 * @example settingsSummary(settings, 0, t, 'pl').find((entry) => entry.key === 'rates')?.values // ['1 PLN = 0,2315 EUR od 1 sty 2026']
 */
export function settingsSummary(settings: Settings, peopleCount: number, t: Translate, locale: string): SummaryEntry[] {
  const none = [t('admin.summary.none')];
  const orNone = (values: string[]) => (values.length > 0 ? values : none);
  const rateFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 12 });
  const duplicates = settings.duplicateDetection;
  return [
    { key: 'baseCurrency', label: t('admin.summary.baseCurrency'), values: [settings.baseCurrency] },
    {
      key: 'rates',
      label: t('admin.summary.rates'),
      values: orNone(
        settings.exchangeRates.rates.map((rate) =>
          t('admin.summary.rate', {
            from: rate.currency,
            // The rate is a decimal string; Intl formats the string itself, so no digit is lost to a float.
            rate: rateFormat.format(rate.rate as Intl.StringNumericLiteral),
            to: settings.exchangeRates.base,
            date: formatLocalDate(rate.date, locale),
          }),
        ),
      ),
    },
    { key: 'categories', label: t('admin.summary.categories'), values: orNone(settings.costCategories.map((category) => category.label)) },
    {
      key: 'thresholds',
      label: t('admin.summary.thresholds'),
      values: orNone(
        settings.thresholds.map((rule) => {
          const sentence = t('admin.summary.threshold', { metric: t(`money.${rule.metric}`), percent: formatWholePercent(rule.percentOfPlanned, locale) });
          return rule.levels ? `${sentence} (${rule.levels.map((level) => t(`level.${level}`)).join(', ')})` : sentence;
        }),
      ),
    },
    { key: 'templates', label: t('admin.summary.templates'), values: orNone(settings.templates.map((template) => t('admin.summary.template', { name: template.name, version: template.version }))) },
    { key: 'holidays', label: t('admin.summary.holidays'), values: orNone(Object.entries(settings.holidays).map(([region, days]) => `${region} (${days.length})`)) },
    { key: 'people', label: t('admin.summary.people'), values: [String(peopleCount)] },
    {
      key: 'duplicates',
      label: t('admin.summary.duplicates'),
      values: [
        t(duplicates.sameProject === 'include' ? 'admin.summary.duplicates.include' : 'admin.summary.duplicates.exclude'),
        t('admin.summary.duplicates.window', { days: duplicates.closedWithinDays, count: duplicates.topK }),
      ],
    },
  ];
}

/**
 * The server's refusal as lines: zod messages come one per line, each naming the field and value.
 * @example refusalLines('templates.0.id: Duplicate template id "webinar"\nthresholds.1.metric: …') // ['templates.0.id: …', 'thresholds.1.metric: …']
 */
export function refusalLines(message: string): string[] {
  return message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
