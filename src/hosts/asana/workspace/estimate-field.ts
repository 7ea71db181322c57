import type { AsanaCustomFieldDefinition } from '../api/responses';

type FieldDefinition = Pick<AsanaCustomFieldDefinition, 'gid' | 'name' | 'resource_subtype' | 'type' | 'format' | 'asana_created_field'>;

const isDuration = (field: FieldDefinition) => (field.resource_subtype ?? field.type) === 'number' && field.format === 'duration';

/**
 * The workspace's estimated-time field, whose number value is the estimate in minutes: Asana's own
 * "Estimated time" (`asana_created_field: estimated_time`) when the workspace has it; else the one
 * number field formatted as a duration, or among several the one named "Estimated time" (any case).
 * Undefined when there is none, or several and none by that name: guessing would plan hours from the
 * wrong field.
 * @example estimateFieldOf([{ gid: '1205', name: 'Estimated time', resource_subtype: 'number', format: 'duration', asana_created_field: 'estimated_time' }]) // '1205'
 * @example estimateFieldOf([{ gid: '1206', name: 'Mops planned (EUR)', resource_subtype: 'number', format: 'currency' }]) // undefined
 */
export function estimateFieldOf(fields: readonly FieldDefinition[]): string | undefined {
  const asanas = fields.find((field) => field.asana_created_field === 'estimated_time');
  if (asanas) return asanas.gid;
  const durations = fields.filter(isDuration);
  if (durations.length === 1) return durations[0]?.gid;
  return durations.find((field) => field.name.trim().toLowerCase() === 'estimated time')?.gid;
}
