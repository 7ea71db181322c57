import type { Template } from '../../../core/templates';
import { type FormField, FormMetadataResponse } from '../app-components/responses';
import { MATCHING_TEMPLATE, type RuleActionConfig, type RuleActionKind } from './rule-action-config';

export interface RuleActionFormUrls {
  onChange: string;
  onSubmit: string;
}

/** Asana refuses form field names over 50 characters. */
const fit = (text: string, max = 50): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The newest version of each template, by name. */
function newestTemplates(templates: readonly Template[]): Template[] {
  const newest = new Map<string, Template>();
  for (const template of templates) {
    const known = newest.get(template.id);
    if (!known || template.version > known.version) newest.set(template.id, template);
  }
  return [...newest.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * One line about what a template choice will do, for the form's summary.
 * @example templateSummary('webinar', templates) // 'Webinar: 9 subtasks, 4 required fields'
 */
export function templateSummary(choice: string, templates: readonly Template[]): string {
  if (choice === MATCHING_TEMPLATE) return 'The template whose tags or type the task matches';
  const template = newestTemplates(templates).find((candidate) => candidate.id === choice);
  if (!template) return `No template "${choice}"; choose another`;
  return `${template.name}: ${template.steps.length} subtasks, ${template.requiredFields.length} required fields`;
}

/**
 * The configuration form of a Mops rule action (App Components `form_metadata_v0`), checked against
 * Asana's limits on the way out. "Apply Mops template" offers the matching template or a named one and
 * summarises the choice (the dropdown is watched, so changing it asks for this form again);
 * "Check for duplicates" needs no choice and says what it does.
 * @example ruleActionForm('apply-template', { kind: 'apply-template', template: 'webinar' }, templates, urls).metadata.fields[1] // dropdown, value 'webinar'
 */
export function ruleActionForm(kind: RuleActionKind, config: RuleActionConfig, templates: readonly Template[], urls: RuleActionFormUrls): FormMetadataResponse {
  let fields: FormField[];
  let title: string;
  if (kind === 'apply-template') {
    const choice = config.kind === 'apply-template' ? config.template : MATCHING_TEMPLATE;
    title = 'Apply Mops template';
    fields = [
      { type: 'static_text', id: 'about', name: fit('Adds the template’s subtasks and default fields') },
      {
        type: 'dropdown',
        id: 'template',
        name: 'Template',
        is_required: true,
        is_watched: true,
        options: [{ id: MATCHING_TEMPLATE, label: 'The template matching the task' }, ...newestTemplates(templates).map((template) => ({ id: template.id, label: fit(template.name, 80) }))],
        value: choice,
      },
      { type: 'static_text', id: 'summary', name: fit(templateSummary(choice, templates)) },
    ];
  } else {
    title = 'Check for duplicates';
    fields = [
      { type: 'static_text', id: 'about', name: 'Compares the task with all connected work' },
      { type: 'static_text', id: 'comment', name: 'Comments only on a likely duplicate, once' },
    ];
  }
  return FormMetadataResponse.parse({ template: 'form_metadata_v0', metadata: { title, fields, on_change_callback: urls.onChange, on_submit_callback: urls.onSubmit } });
}

/**
 * The configuration a submitted (or changed) form stands for; a template id the settings do not know is
 * refused with the ids they do.
 * @example configFromValues('apply-template', { template: 'webinar' }, templates) // { ok: true, config: { kind: 'apply-template', template: 'webinar' } }
 */
export function configFromValues(kind: RuleActionKind, values: Readonly<Record<string, unknown>>, templates: readonly Template[]): { ok: true; config: RuleActionConfig } | { ok: false; field: string; message: string } {
  if (kind === 'check-duplicates') return { ok: true, config: { kind } };
  const chosen = values.template ?? MATCHING_TEMPLATE;
  const known = newestTemplates(templates).map((template) => template.id);
  if (typeof chosen !== 'string' || (chosen !== MATCHING_TEMPLATE && !known.includes(chosen))) {
    return { ok: false, field: 'template', message: fit(`Choose "${MATCHING_TEMPLATE}" or one of ${known.join(', ')}`, 200) };
  }
  return { ok: true, config: { kind, template: chosen } };
}
