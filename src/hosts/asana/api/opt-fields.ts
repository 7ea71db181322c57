/*
 * The `opt_fields` each call asks for, and nothing more: Asana sends only what is named (plus gid and
 * resource_type), which keeps answers small and says in one place what Mops reads. Every name is one of
 * the values asana_oas.yaml lists for the operation's `opt_fields` parameter.
 */

/** What a task needs to become a Mops task; `custom_fields.*` carries budget, text fields and estimate. */
export const TASK_FIELDS = [
  'name',
  'notes',
  'resource_subtype',
  'completed',
  'created_at',
  'modified_at',
  'start_on',
  'due_on',
  'parent',
  'assignee',
  // Names Asana users Mops has no person for, in the reports' owner column, at no extra call.
  'assignee.name',
  'created_by',
  'projects',
  'memberships.project',
  'memberships.section.name',
  'tags.name',
  'custom_fields.number_value',
  'custom_fields.text_value',
  'custom_fields.enum_value',
] as const;

/** Enough to prove the token can read a task: the cheapest readable field. */
export const VISIBILITY_FIELDS = ['name'] as const;

/** A created subtask or story: only its gid (always sent) matters; `created_at` keeps the answer tiny. */
export const CREATED_FIELDS = ['created_at'] as const;

/** A task after an update: Mops reads nothing back but when it changed. */
export const UPDATED_FIELDS = ['modified_at'] as const;

/** Custom field definitions, to find Mops' budget fields by name and check their currency, and Asana's own "Estimated time". */
export const CUSTOM_FIELD_FIELDS = ['name', 'resource_subtype', 'format', 'currency_code', 'precision', 'enum_options', 'enum_options.name', 'enum_options.enabled', 'asana_created_field'] as const;

/** A project's custom field settings: which fields are already on it. */
export const FIELD_SETTING_FIELDS = ['custom_field'] as const;

/** A task's attachments, to find the widget's link by its URL or, as Asana may not answer that URL back, by its name. */
export const ATTACHMENT_FIELDS = ['name', 'resource_subtype', 'download_url', 'view_url'] as const;

/** Tags of a workspace, to find Mops' flag tags by name. */
export const TAG_FIELDS = ['name'] as const;

/**
 * The comma-separated value of `opt_fields`.
 * @example optFields(['name', 'due_on']) // 'name,due_on'
 */
export function optFields(fields: readonly string[]): string {
  return fields.join(',');
}
