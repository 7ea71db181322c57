import type { ThresholdRule } from '../core/budget/thresholds';
import { DuplicateDetectionSettings, Settings, type SettingsInput } from '../core/settings/settings';

/*
 * The settings as the admin page's form holds them: what people typed, as text, so a half-typed
 * "12a" stays on screen with its error instead of vanishing into NaN. `checkSettingsForm` turns the
 * form back into settings with the core's own schema, so the page and the server apply one set of
 * rules, and names every problem by its path in the settings document ("exchangeRates.rates.1.rate").
 */

export interface RateForm {
  currency: string;
  date: string;
  rate: string;
}

export interface ThresholdForm {
  id: string;
  metric: string;
  percentOfPlanned: string;
  /** Empty means every level, as the core reads an absent list. */
  levels: string[];
}

export interface DuplicateDetectionForm {
  sameTeam: string;
  sameProject: string;
  closedWithinDays: string;
  topK: string;
}

export interface SettingsForm {
  baseCurrency: string;
  rates: RateForm[];
  thresholds: ThresholdForm[];
  duplicateDetection: DuplicateDetectionForm;
  /** One JSON text per template, as the admin edits it. */
  templates: string[];
  /** What this page does not edit (cost categories, holidays, the default calendar), kept as loaded. */
  kept: Pick<SettingsInput, 'costCategories' | 'holidays' | 'defaultCalendar'>;
}

/**
 * One problem with the form, named by its path in the settings document. `code` marks the problems the
 * page found before the schema could (text that is not a number, a template that is not JSON), so the
 * page can word them in the reader's language; the rest carry the core's message.
 */
export interface SettingsProblem {
  path: string;
  message: string;
  code?: 'not-a-whole-number' | 'invalid-json' | 'account-taken' | 'not-an-account-id';
  value?: string;
  /** For 'account-taken': the name of the person who has the account already. */
  takenBy?: string;
}

export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; problems: SettingsProblem[] };

/**
 * A problem's path as the page keys fields by it: segments joined with dots.
 * @example pathKey(['exchangeRates', 'rates', 1, 'rate']) // 'exchangeRates.rates.1.rate'
 */
export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * The form for saved settings (or for a starter document, before anything was saved).
 * @example settingsForm(settings).rates[0] // { currency: 'USD', date: '2026-07-01', rate: '0.8600' }
 */
export function settingsForm(settings: Settings | SettingsInput): SettingsForm {
  const duplicates = DuplicateDetectionSettings.parse(settings.duplicateDetection ?? {});
  return {
    baseCurrency: settings.baseCurrency,
    rates: settings.exchangeRates.rates.map((rate) => ({ ...rate })),
    thresholds: settings.thresholds.map((rule) => ({ id: rule.id, metric: rule.metric, percentOfPlanned: String(rule.percentOfPlanned), levels: [...(rule.levels ?? [])] })),
    duplicateDetection: {
      sameTeam: duplicates.sameTeam,
      sameProject: duplicates.sameProject,
      closedWithinDays: String(duplicates.closedWithinDays),
      topK: String(duplicates.topK),
    },
    templates: settings.templates.map(pretty),
    kept: { costCategories: settings.costCategories, holidays: settings.holidays, defaultCalendar: settings.defaultCalendar },
  };
}

/**
 * Reads whole numbers typed into a form; anything else is kept as typed (for the schema to refuse) and
 * noted at its path. The settings and the people forms both read with it.
 * @example const reader = new NumberReader(); reader.read('480', 'people.0.calendar.minutesPerWeekday.0') // 480
 */
export class NumberReader {
  constructor(readonly problems: SettingsProblem[] = []) {}

  read(text: string, path: string): number | string {
    const trimmed = text.trim();
    if (/^-?\d+$/.test(trimmed)) return Number(trimmed);
    this.problems.push({ path, code: 'not-a-whole-number', value: text, message: `"${text}" is not a whole number` });
    return text;
  }
}

function parsedTemplates(texts: readonly string[], problems: SettingsProblem[]): unknown[] {
  return texts.map((text, index) => {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      problems.push({ path: `templates.${index}`, code: 'invalid-json', value: detail, message: `Template ${index + 1} is not valid JSON: ${detail}` });
      return null;
    }
  });
}

/**
 * The settings document the form describes, checked by the core's Settings schema: the settings to
 * save, or every problem at once. A field with a problem of the page's own (not a number, not JSON) is
 * not reported again by the schema, and each field keeps its first complaint only, so each mistake
 * shows once, next to its field.
 * @example checkSettingsForm({ ...form, rates: [{ currency: 'PLN', date: '2026-11-01', rate: '-1' }] })
 * // { ok: false, problems: [{ path: 'exchangeRates.rates.0.rate', message: 'Rate must be a positive decimal string with at most 12 decimals, e.g. "0.2315"' }] }
 */
export function checkSettingsForm(form: SettingsForm): SettingsCheck {
  const numbers = new NumberReader();
  const own: SettingsProblem[] = [];
  const templates = parsedTemplates(form.templates, own);
  const input = {
    baseCurrency: form.baseCurrency.trim(),
    // One base for both: the page shows a single "base currency", and the core insists they agree.
    exchangeRates: { base: form.baseCurrency.trim(), rates: form.rates.map((rate) => ({ currency: rate.currency.trim(), date: rate.date, rate: rate.rate.trim() })) },
    ...form.kept,
    thresholds: form.thresholds.map((rule, index) => ({
      id: rule.id.trim(),
      metric: rule.metric,
      percentOfPlanned: numbers.read(rule.percentOfPlanned, `thresholds.${index}.percentOfPlanned`),
      ...(rule.levels.length > 0 ? { levels: rule.levels } : {}),
    })),
    templates,
    duplicateDetection: {
      sameTeam: form.duplicateDetection.sameTeam,
      sameProject: form.duplicateDetection.sameProject,
      closedWithinDays: numbers.read(form.duplicateDetection.closedWithinDays, 'duplicateDetection.closedWithinDays'),
      topK: numbers.read(form.duplicateDetection.topK, 'duplicateDetection.topK'),
    },
  };
  const problems = [...numbers.problems, ...own];
  const parsed = Settings.safeParse(input);
  if (parsed.success && problems.length === 0) return { ok: true, settings: parsed.data };
  const claimed = new Set(problems.map((problem) => problem.path));
  const claimedBy = (path: string) => [...claimed].some((own) => path === own || path.startsWith(`${own}.`));
  for (const issue of parsed.error?.issues ?? []) {
    const path = pathKey(issue.path);
    // The first complaint about a field is the one to fix ("capitals, e.g. EUR" before "unknown currency").
    if (claimedBy(path)) continue;
    problems.push({ path, message: issue.message });
    claimed.add(path);
  }
  return { ok: false, problems };
}

/**
 * The problems at a field or inside it, for showing next to that field or section.
 * @example problemsAt(problems, 'exchangeRates.rates.1') // the problems of the second rate's currency, date and rate
 */
export function problemsAt(problems: readonly SettingsProblem[], path: string): SettingsProblem[] {
  return problems.filter((problem) => problem.path === path || problem.path.startsWith(`${path}.`));
}

/** A new threshold rule row: an id not yet used, alerting on actual spend at 100 % of planned. */
export function newThresholdForm(existing: readonly ThresholdForm[]): ThresholdForm {
  const used = new Set(existing.map((rule) => rule.id));
  let count = existing.length + 1;
  while (used.has(`rule-${count}`)) count += 1;
  const metric: ThresholdRule['metric'] = 'actual';
  return { id: `rule-${count}`, metric, percentOfPlanned: '100', levels: [] };
}
