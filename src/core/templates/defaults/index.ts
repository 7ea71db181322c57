import { type Template, parseTemplate } from '../schema';
import emailCampaign from './email-campaign.json';
import productLaunch from './product-launch.json';
import webinar from './webinar.json';

function load(file: string, data: unknown): Template {
  const result = parseTemplate(data);
  if (!result.ok) throw new Error(`Default template ${file} is invalid:\n${result.errors.join('\n')}`);
  return result.template;
}

/**
 * The templates every organisation starts with; admins copy and edit them on the settings page.
 * Ids, task types, labels and required field names are relied on by the demo data: keep them stable.
 * @example DEFAULT_TEMPLATES.map((template) => template.id) // ['webinar', 'email-campaign', 'product-launch']
 */
export const DEFAULT_TEMPLATES: readonly Template[] = [
  load('webinar.json', webinar),
  load('email-campaign.json', emailCampaign),
  load('product-launch.json', productLaunch),
];

/**
 * One default template by id, for tests, demo data and the "reset to default" button.
 * @example defaultTemplate('webinar').steps.length // 9
 */
export function defaultTemplate(id: 'webinar' | 'email-campaign' | 'product-launch'): Template {
  const template = DEFAULT_TEMPLATES.find((candidate) => candidate.id === id);
  if (template === undefined) throw new Error(`No default template "${id}"`);
  return template;
}
