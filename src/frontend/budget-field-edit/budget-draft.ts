import { BudgetLine, budgetLineSchema } from '../../core/budget/budget-line';
import type { CostCategory } from '../../core/budget/categories';
import { formatMinorUnits } from '../../core/money/amount';
import { CurrencyCode } from '../../core/money/currency';
import { hasMessage, type MessageKey, type Translate } from '../shared/messages';
import { amountExample, amountProblemMessage, readAmount } from './amount-input';

export const AMOUNT_FIELDS = ['planned', 'committed', 'actual'] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];

/** The form as typed: amounts are decimal text in the chosen currency, the vendor may be empty. */
export interface BudgetDraft {
  planned: string;
  committed: string;
  actual: string;
  currency: string;
  category: string;
  vendor: string;
}
export type DraftField = keyof BudgetDraft;

/** One field's problem; `missing` marks a choice not made yet, which a fresh form should not shout about. */
export interface FieldProblem {
  message: string;
  missing?: true;
}
export type DraftProblems = Partial<Record<DraftField, FieldProblem>>;

/** The draft as the budget field's value (minor units), or what stops it from being one. */
export type DraftCheck = { ok: true; value: BudgetLine } | { ok: false; problems: DraftProblems };

export interface ReaderWords {
  t: Translate;
  locale: string;
}

export const FIELD_LABEL: Record<DraftField, MessageKey> = {
  planned: 'money.planned',
  committed: 'money.committed',
  actual: 'money.actual',
  currency: 'budgetEdit.currency',
  category: 'budgetEdit.category',
  vendor: 'budgetEdit.vendor',
};

/**
 * The form's starting point: the field's current value written back as decimals of its currency, or
 * an empty budget in the organisation's base currency when the field is empty (or holds something
 * that is not a budget line, which the form then replaces).
 * @example draftFromFieldValue({ planned: 125050, committed: 0, actual: 0, currency: 'EUR', category: 'events' }, 'EUR')
 * // { planned: '1250.50', committed: '0.00', actual: '0.00', currency: 'EUR', category: 'events', vendor: '' }
 */
export function draftFromFieldValue(value: unknown, baseCurrency: CurrencyCode): BudgetDraft {
  const line = BudgetLine.safeParse(value);
  if (!line.success) return { planned: '', committed: '', actual: '', currency: baseCurrency, category: '', vendor: '' };
  const { planned, committed, actual, currency, category, vendor } = line.data;
  return {
    planned: formatMinorUnits(planned, currency),
    committed: formatMinorUnits(committed, currency),
    actual: formatMinorUnits(actual, currency),
    currency,
    category,
    vendor: vendor ?? '',
  };
}

/**
 * A cost category as people read it: Mops' own wording for the standard ids, the admin's label for
 * categories the organisation added.
 * @example categoryChoices([{ id: 'events', label: 'Events' }, { id: 'influencers', label: 'Influencers' }], translatorFor('pl'))
 * // [{ label: 'Wydarzenia', value: 'events' }, { label: 'Influencers', value: 'influencers' }]
 */
export function categoryChoices(categories: readonly CostCategory[], t: Translate): Array<{ label: string; value: string }> {
  return categories.map(({ id, label }) => {
    const key = `category.${id}`;
    return { label: hasMessage(key) ? t(key) : label, value: id };
  });
}

/**
 * The currencies to offer: the organisation's, plus the one the field already holds if it is not
 * among them, so an existing budget always shows its own currency.
 * @example currencyChoices(['EUR', 'USD'], 'CHF') // ['EUR', 'USD', 'CHF']
 */
export function currencyChoices(currencies: readonly string[], current: string): string[] {
  return current === '' || currencies.includes(current) ? [...currencies] : [...currencies, current];
}

function categoryList(categories: readonly CostCategory[], t: Translate): string {
  return categoryChoices(categories, t)
    .map((choice) => choice.label)
    .join(', ');
}

/**
 * Checks the draft as the person types: each amount against its currency (`parseDecimalAmount`'s
 * rule), then the whole line against `budgetLineSchema(categories)`, the same schema the back end
 * reads the field with. Every message names the field and says what would be accepted.
 * @example checkDraft({ planned: '12000', committed: '3.141', actual: '', currency: 'EUR', category: 'events', vendor: '' }, categories, { t, locale: 'en' })
 * // { ok: false, problems: { committed: { message: 'Committed: EUR allows at most 2 decimals; got "3.141"' } } }
 */
export function checkDraft(draft: BudgetDraft, categories: readonly CostCategory[], { t, locale }: ReaderWords): DraftCheck {
  const problems: DraftProblems = {};
  const currency = CurrencyCode.safeParse(draft.currency);
  if (!currency.success) problems.currency = { message: t('budgetEdit.error.currency', { value: draft.currency }) };
  if (draft.category === '') problems.category = { message: t('budgetEdit.error.categoryMissing', { categories: categoryList(categories, t) }), missing: true };
  // Without a currency there is no telling how many decimals an amount may have.
  if (!currency.success) return { ok: false, problems };

  const minor: Record<AmountField, number> = { planned: 0, committed: 0, actual: 0 };
  for (const field of AMOUNT_FIELDS) {
    const reading = readAmount(draft[field], currency.data, locale);
    if (reading.ok) minor[field] = reading.minor;
    else problems[field] = { message: amountProblemMessage({ field: t(FIELD_LABEL[field]), text: draft[field], currency: currency.data, problem: reading.problem }, t, locale) };
  }

  // The line is checked even while an amount is wrong (standing in as 0), so an unknown category shows at once.
  const vendor = draft.vendor.trim();
  const line = budgetLineSchema(categories).safeParse({ ...minor, currency: currency.data, category: draft.category, ...(vendor ? { vendor } : {}) });
  if (line.success && Object.keys(problems).length === 0) return { ok: true, value: line.data };
  for (const issue of line.success ? [] : line.error.issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || !(field in FIELD_LABEL) || problems[field as DraftField]) continue;
    problems[field as DraftField] = {
      message:
        field === 'category'
          ? t('budgetEdit.error.categoryUnknown', { value: draft.category, categories: categoryList(categories, t) })
          : `${t(FIELD_LABEL[field as DraftField])}: ${issue.message}`,
    };
  }
  return { ok: false, problems };
}

/**
 * The problems to show: all of them once the person tried to save, and before that only those about
 * what they typed, so a fresh form is not red for a category nobody had the chance to choose.
 * @example visibleProblems(check, false) // no `category` entry while the category is merely unchosen
 */
export function visibleProblems(check: DraftCheck, attemptedSave: boolean): DraftProblems {
  if (check.ok) return {};
  if (attemptedSave) return check.problems;
  return Object.fromEntries(Object.entries(check.problems).filter(([, problem]) => !problem.missing)) as DraftProblems;
}

/**
 * The hint under an amount box: its currency and an example with the right decimals.
 * @example amountHint('JPY', t) // 'In JPY, e.g. 1250; empty means 0.'
 */
export function amountHint(currency: string, t: Translate): string {
  const code = CurrencyCode.safeParse(currency);
  return code.success ? t('budgetEdit.amount.help', { currency: code.data, example: amountExample(code.data) }) : '';
}
