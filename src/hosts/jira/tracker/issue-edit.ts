import type { TaskChange } from '../../../app/ports/tracker';
import type { BudgetLine } from '../../../core/budget/budget-line';
import { textToAdf } from '../adf/text-to-adf';
import { type JiraFieldMap, textFieldsByName } from './field-map';
import type { JiraProblem } from './problems';

/** The body of `PUT /rest/api/3/issue/{id}`: values to set, and operations (add a label) on list fields. */
export interface IssueEdit {
  fields?: Record<string, unknown>;
  update?: Record<string, Array<Record<string, unknown>>>;
}

/**
 * The budget field's stored value: the budget line itself, amounts in minor units.
 * @example budgetFieldValue({ planned: 1_200_000, committed: 0, actual: 0, currency: 'EUR', category: 'events' }) // { planned: 1200000, committed: 0, actual: 0, currency: 'EUR', category: 'events' }
 */
export function budgetFieldValue(budget: BudgetLine): Record<string, unknown> {
  const { planned, committed, actual, currency, category, vendor } = budget;
  return { planned, committed, actual, currency, category, ...(vendor ? { vendor } : {}) };
}

/**
 * A Mops task change as one Jira edit: labels and components are added with update operations (never
 * replacing what people set), text fields and the budget are set through their configured fields.
 * Values Jira would refuse, and fields with no Jira field configured, are left out and reported.
 * @example issueEditOf({ addLabels: ['webinar'] }, fieldMap, 'WEB-12').edit // { update: { labels: [{ add: 'webinar' }] } }
 */
export function issueEditOf(change: TaskChange, map: JiraFieldMap, issue: string): { edit?: IssueEdit; problems: JiraProblem[] } {
  const problems: JiraProblem[] = [];
  const fields: Record<string, unknown> = {};
  const update: Record<string, Array<Record<string, unknown>>> = {};

  const labels = (change.addLabels ?? []).filter((label) => {
    if (/^\S+$/.test(label)) return true;
    problems.push({ issue, field: 'labels', message: `Label "${label}" not added: Jira labels cannot contain spaces or be empty` });
    return false;
  });
  if (labels.length > 0) update.labels = labels.map((label) => ({ add: label }));
  const components = change.addComponents ?? [];
  if (components.length > 0) update.components = components.map((name) => ({ add: { name } }));

  const byName = textFieldsByName(map);
  for (const [name, value] of Object.entries(change.fields ?? {})) {
    const field = byName[name];
    if (!field) {
      const known = Object.keys(byName).join(', ') || 'none';
      problems.push({ issue, field: `fields.${name}`, message: `No Jira field is configured for "fields.${name}" (configured: ${known}); value "${value}" not written` });
      continue;
    }
    fields[field.id] = field.kind === 'rich-text' ? textToAdf(value) : value;
  }
  if (change.budget) fields[map.budgetField] = budgetFieldValue(change.budget);

  const edit: IssueEdit = {
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
    ...(Object.keys(update).length > 0 ? { update } : {}),
  };
  return Object.keys(edit).length > 0 ? { edit, problems } : { problems };
}
