import { z } from 'zod';
import { CurrencyCode } from '../money/currency';
import { ExchangeRateTable } from '../money/exchange-rates';
import { CostCategory, DEFAULT_COST_CATEGORIES } from '../budget/categories';
import { ThresholdRule } from '../budget/thresholds';
import { HolidayCalendars, WorkingCalendar } from '../capacity/calendar';
import { Template } from '../templates';
import { duplicateIds } from './duplicate-ids';

/** Where Mops looks for duplicate work when a task is created, and how much it shows. */
export const DuplicateDetectionSettings = z.object({
  /**
   * 'exclude' (the default) looks only at other teams' and agencies' work: the case nobody else sees.
   * A team's own tasks within one campaign share its vocabulary by design and would drown the signal.
   */
  sameTeam: z.enum(['include', 'exclude']).default('exclude'),
  /** 'exclude' looks only at other projects. */
  sameProject: z.enum(['include', 'exclude']).default('include'),
  /** Finished work stays relevant for this long: reusing last quarter's assets is the point. */
  closedWithinDays: z.number().int().nonnegative().max(3650).default(180),
  /** Suggestions kept per task. */
  topK: z.number().int().min(1).max(20).default(5),
});
export type DuplicateDetectionSettings = z.infer<typeof DuplicateDetectionSettings>;

const settingsShape = z.object({
  /** Every roll-up and alert is expressed in this currency. */
  baseCurrency: CurrencyCode,
  exchangeRates: ExchangeRateTable,
  costCategories: z.array(CostCategory).default(() => [...DEFAULT_COST_CATEGORIES]),
  thresholds: z.array(ThresholdRule),
  holidays: HolidayCalendars,
  /** Used for work nobody is known to be assigned to, so its dates still count working days. */
  defaultCalendar: WorkingCalendar,
  templates: z.array(Template),
  duplicateDetection: DuplicateDetectionSettings.default(() => DuplicateDetectionSettings.parse({})),
});

type SettingsShape = z.infer<typeof settingsShape>;
type IssueSink = z.core.$RefinementCtx<SettingsShape>;

function checkUniqueIds(list: 'costCategories' | 'thresholds' | 'templates', what: string, items: readonly { id: string }[], ctx: IssueSink): void {
  for (const duplicate of duplicateIds(items)) {
    ctx.addIssue({
      code: 'custom',
      path: [list, duplicate.index, 'id'],
      message: `Duplicate ${what} id "${duplicate.id}" (already used by ${list}[${duplicate.firstIndex}]); ids must be unique`,
    });
  }
}

function checkRateBase(settings: SettingsShape, ctx: IssueSink): void {
  if (settings.exchangeRates.base === settings.baseCurrency) return;
  // An unknown code already has its own error; a mismatch message on top would only repeat it.
  if (!CurrencyCode.safeParse(settings.baseCurrency).success || !CurrencyCode.safeParse(settings.exchangeRates.base).success) return;
  ctx.addIssue({
    code: 'custom',
    path: ['exchangeRates', 'base'],
    message: `Exchange rates are into ${settings.exchangeRates.base}, but the base currency is ${settings.baseCurrency}; rates must convert into ${settings.baseCurrency}`,
  });
}

function checkHolidayRegion(settings: SettingsShape, ctx: IssueSink): void {
  const region = settings.defaultCalendar.holidayRegion;
  if (region === undefined || Object.hasOwn(settings.holidays, region)) return;
  ctx.addIssue({
    code: 'custom',
    path: ['defaultCalendar', 'holidayRegion'],
    message: `Holiday region "${region}" has no holiday list; known regions: ${Object.keys(settings.holidays).join(', ') || '(none)'}`,
  });
}

function checkTemplateCategories(settings: SettingsShape, ctx: IssueSink): void {
  const known = new Set(settings.costCategories.map((category) => category.id));
  settings.templates.forEach((template, index) => {
    const category = template.fieldDefaults.budget?.category;
    if (category === undefined || known.has(category)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['templates', index, 'fieldDefaults', 'budget', 'category'],
      message: `Template "${template.id}" opens budgets in cost category "${category}", which settings do not list; expected one of: ${[...known].join(', ')}`,
    });
  });
}

/**
 * What admins configure for one organisation: money (base currency, rates, categories, thresholds),
 * time (holidays, the fallback working week) and process templates. Every cross-reference inside
 * settings is checked here so a broken save is refused with every mistake named at once.
 */
export const Settings = settingsShape.superRefine((settings, ctx) => {
  checkRateBase(settings, ctx);
  checkUniqueIds('costCategories', 'cost category', settings.costCategories, ctx);
  checkUniqueIds('thresholds', 'threshold rule', settings.thresholds, ctx);
  checkUniqueIds('templates', 'template', settings.templates, ctx);
  checkHolidayRegion(settings, ctx);
  checkTemplateCategories(settings, ctx);
});
export type Settings = z.infer<typeof Settings>;
export type SettingsInput = z.input<typeof Settings>;
