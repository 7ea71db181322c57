import type { Template } from '../../../core/templates';

/**
 * The template field names ("kpi", "channel") Mops reads or writes as Asana text custom fields: every
 * `fields.<name>` a template requires, and every field a template sets by default.
 * @example templateFieldNames(DEFAULT_TEMPLATES) // ['kpi', 'channel', …]
 */
export function templateFieldNames(templates: readonly Template[]): string[] {
  const names = new Set<string>();
  for (const template of templates) {
    for (const required of template.requiredFields) if (required.field.startsWith('fields.')) names.add(required.field.slice('fields.'.length));
    for (const name of Object.keys(template.fieldDefaults.fields ?? {})) names.add(name);
  }
  return [...names];
}

/**
 * Template field name → gid of the workspace's text custom field of the same name (any case), so that
 * "kpi" reads and writes Asana's "KPI" field. Names with no such field are left out.
 * @example textFieldsByName(['kpi'], [{ gid: '1205', name: 'KPI', resource_subtype: 'text' }]) // { kpi: '1205' }
 */
export function textFieldsByName(names: readonly string[], fields: ReadonlyArray<{ gid: string; name: string; resource_subtype?: string | undefined; type?: string | undefined }>): Record<string, string> {
  const mapped: Record<string, string> = {};
  for (const name of names) {
    const found = fields.find((field) => (field.resource_subtype ?? field.type) === 'text' && field.name.trim().toLowerCase() === name.toLowerCase());
    if (found) mapped[name] = found.gid;
  }
  return mapped;
}
