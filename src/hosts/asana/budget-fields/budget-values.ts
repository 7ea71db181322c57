import { type BudgetLine, budgetLineSchema } from '../../../core/budget/budget-line';
import { type CostCategory, DEFAULT_COST_CATEGORIES } from '../../../core/budget/categories';
import type { AsanaCustomFieldValue } from '../api/responses';
import { asanaNumberToMinor, minorToAsanaNumber } from './asana-money';
import { type AsanaBudgetFields, BUDGET_AMOUNTS } from './budget-field-set';

export interface BudgetReading {
  budget?: BudgetLine;
  /** Why a value on the task was not read, each naming the field and the value. */
  problems: string[];
}

const hasAmount = (value: AsanaCustomFieldValue | undefined) => typeof value?.number_value === 'number';

/**
 * The task's budget from Mops' native fields: the currency whose amount fields hold a number (an empty
 * amount is 0), the category from the enum. A task with none of the amount fields set has no budget; a
 * value that is not an exact amount, or a category Mops does not know, leaves the task without one and
 * says why.
 * @example readBudget(task.custom_fields, [eurFields]).budget // { planned: 500000, committed: 0, actual: 120050, currency: 'EUR', category: 'media' }
 */
export function readBudget(values: readonly AsanaCustomFieldValue[], fieldSets: readonly AsanaBudgetFields[], categories: readonly CostCategory[] = DEFAULT_COST_CATEGORIES): BudgetReading {
  const byGid = new Map(values.map((value) => [value.gid, value]));
  const used = fieldSets.filter((set) => BUDGET_AMOUNTS.some((amount) => hasAmount(byGid.get(set[amount]))));
  const [fields, ...others] = used;
  if (!fields) return { problems: [] };
  const problems: string[] = [];
  if (others.length > 0) problems.push(`Budget fields in ${used.map((set) => set.currency).join(' and ')} are all filled in; the ${fields.currency} ones are read`);

  const amounts: Partial<Record<(typeof BUDGET_AMOUNTS)[number], number>> = {};
  for (const amount of BUDGET_AMOUNTS) {
    const value = byGid.get(fields[amount])?.number_value;
    if (typeof value !== 'number') {
      amounts[amount] = 0;
      continue;
    }
    const minor = asanaNumberToMinor(value, fields.currency);
    if (minor.ok) amounts[amount] = minor.minor;
    else problems.push(`Custom field ${fields[amount]} (${amount}) holds ${value}: ${minor.error}`);
  }
  const optionGid = byGid.get(fields.category.gid)?.enum_value?.gid;
  const category = Object.entries(fields.category.options).find(([, gid]) => gid === optionGid)?.[0];
  if (optionGid === undefined) problems.push(`Custom field ${fields.category.gid} (cost category) is empty; a budget needs a category`);
  else if (category === undefined) problems.push(`Custom field ${fields.category.gid} (cost category) holds option ${optionGid}, which is none of Mops' categories (${Object.keys(fields.category.options).join(', ')})`);
  if (problems.length > 0 && (category === undefined || Object.keys(amounts).length < BUDGET_AMOUNTS.length)) return { problems };

  const parsed = budgetLineSchema(categories).safeParse({ ...amounts, currency: fields.currency, category });
  if (parsed.success) return { budget: parsed.data, problems };
  return { problems: [...problems, ...parsed.error.issues.map((issue) => `Budget ${issue.path.join('.') || 'value'}: ${issue.message}`)] };
}

/**
 * The `custom_fields` values of a task update that write `budget` into the fields of its currency.
 * Throws, naming the currency and the ones that have fields, when the workspace has no fields for it.
 * @example budgetFieldValues({ planned: 500000, committed: 0, actual: 120050, currency: 'EUR', category: 'media' }, [eurFields]) // { '1201': 5000, '1202': 0, '1203': 1200.5, '1204': '1301' }
 */
export function budgetFieldValues(budget: BudgetLine, fieldSets: readonly AsanaBudgetFields[]): Record<string, number | string> {
  const fields = fieldSets.find((set) => set.currency === budget.currency);
  if (!fields) {
    const known = fieldSets.map((set) => set.currency).join(', ') || 'none';
    throw new Error(`No Asana budget fields for currency ${budget.currency}; the workspace has fields for: ${known}. Set up fields for ${budget.currency} first (ensureBudgetFields)`);
  }
  const option = fields.category.options[budget.category];
  if (option === undefined) {
    throw new Error(`Cost category "${budget.category}" has no option in Asana field ${fields.category.gid}; options exist for: ${Object.keys(fields.category.options).join(', ')}`);
  }
  return {
    [fields.planned]: minorToAsanaNumber(budget.planned, fields.currency),
    [fields.committed]: minorToAsanaNumber(budget.committed, fields.currency),
    [fields.actual]: minorToAsanaNumber(budget.actual, fields.currency),
    [fields.category.gid]: option,
  };
}
