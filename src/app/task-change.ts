import type { FieldDefaultChange } from '../core/templates';
import type { TaskChange } from './ports/tracker';

/**
 * A template's field defaults as one change to send to the tracker; undefined when there is nothing to set.
 * @example taskChangeFromDefaults([{ kind: 'add-labels', labels: ['webinar'] }]) // { addLabels: ['webinar'] }
 */
export function taskChangeFromDefaults(defaults: readonly FieldDefaultChange[]): TaskChange | undefined {
  if (defaults.length === 0) return undefined;
  const addLabels: string[] = [];
  const addComponents: string[] = [];
  const fields: Record<string, string> = {};
  let budget: TaskChange['budget'];
  for (const change of defaults) {
    if (change.kind === 'add-labels') addLabels.push(...change.labels);
    else if (change.kind === 'add-components') addComponents.push(...change.components);
    else if (change.kind === 'set-field') fields[change.name] = change.value;
    else budget = change.budget;
  }
  return {
    ...(addLabels.length > 0 ? { addLabels } : {}),
    ...(addComponents.length > 0 ? { addComponents } : {}),
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
    ...(budget ? { budget } : {}),
  };
}
