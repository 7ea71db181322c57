import type { TaskChange } from '../../../app/ports/tracker';
import { budgetFieldValues } from '../budget-fields/budget-values';
import type { AsanaProblem } from './problems';
import type { AsanaTrackerSettings } from './settings';

export interface AsanaTaskUpdate {
  /** The `data` of `PUT /tasks/{task_gid}`; undefined when the change writes nothing Asana holds. */
  data?: { custom_fields: Record<string, string | number> };
  problems: AsanaProblem[];
}

/**
 * A template's field defaults as one Asana task update: template fields into their text custom fields,
 * the budget into Mops' currency fields (exact decimals, category as its enum option). Labels and
 * components have no writable counterpart (Asana tags are workspace objects Mops does not create), so
 * they are reported, not written. Throws when the budget's currency has no fields in the workspace.
 * @example taskUpdateOf({ fields: { kpi: '300 registrations' } }, settings, '1209').data // { custom_fields: { '1205': '300 registrations' } }
 */
export function taskUpdateOf(change: TaskChange, settings: Pick<AsanaTrackerSettings, 'textFields' | 'budgetFields'>, taskGid: string): AsanaTaskUpdate {
  const problems: AsanaProblem[] = [];
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(change.fields ?? {})) {
    const gid = settings.textFields[name];
    if (gid) values[gid] = value;
    else problems.push({ task: taskGid, field: `fields.${name}`, message: `No Asana text field is mapped to "${name}" (mapped: ${Object.keys(settings.textFields).join(', ') || 'none'}); "${value}" was not written` });
  }
  if (change.budget) Object.assign(values, budgetFieldValues(change.budget, settings.budgetFields));
  for (const [kind, names] of [['labels', change.addLabels], ['components', change.addComponents]] as const) {
    if (names && names.length > 0) problems.push({ task: taskGid, field: kind, message: `Asana has no ${kind} Mops writes; ${names.join(', ')} not added` });
  }
  return Object.keys(values).length > 0 ? { data: { custom_fields: values }, problems } : { problems };
}
