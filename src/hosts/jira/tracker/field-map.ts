import { z } from 'zod';

const FIELD_ID = /^[A-Za-z0-9_.:-]+$/;
const fieldId = z.string().regex(FIELD_ID, { error: (issue) => `Jira field id "${String(issue.input)}" must look like "customfield_10050"` });

/**
 * A Jira field that holds Mops text: plain text fields take a string, paragraph (rich-text) fields take
 * an Atlassian document in REST v3, so writes need to know which. "customfield_10060" means plain text.
 */
export const JiraTextField = z
  .union([fieldId, z.object({ id: fieldId, kind: z.enum(['text', 'rich-text']).default('text') })])
  .transform((ref) => (typeof ref === 'string' ? { id: ref, kind: 'text' as const } : ref));
export type JiraTextField = z.output<typeof JiraTextField>;

/**
 * Where Mops' task fields live on a Jira site. Custom field ids differ per site, so they are settings;
 * the defaults are Jira Cloud's usual ones.
 */
export const JiraFieldMap = z.object({
  /** Jira's "Start date" field; customfield_10015 on most Cloud sites. */
  startDateField: fieldId.default('customfield_10015'),
  /** The Mops budget field (the Forge object custom field), e.g. "customfield_10050". */
  budgetField: fieldId,
  /** Becomes `fields.kpi` on the task. */
  kpiField: JiraTextField.optional(),
  /** Atlassian's Team field (an object with an id) or a text field naming the team. */
  teamField: fieldId.optional(),
  /** A user-picker field for the accountable person; without it (or when empty) the reporter is the owner. */
  ownerField: fieldId.optional(),
  /** Other free-form task fields templates use, by Mops name: { channel: "customfield_10070" } → `fields.channel`. */
  textFields: z.record(z.string().regex(/^[A-Za-z0-9_-]+$/), JiraTextField).default({}),
});
export type JiraFieldMap = z.output<typeof JiraFieldMap>;
export type JiraFieldMapInput = z.input<typeof JiraFieldMap>;

/**
 * Every free-form field by its Mops name, `kpi` included.
 * @example textFieldsByName(JiraFieldMap.parse({ budgetField: 'customfield_10050', kpiField: 'customfield_10060' })) // { kpi: { id: 'customfield_10060', kind: 'text' } }
 */
export function textFieldsByName(map: JiraFieldMap): Record<string, JiraTextField> {
  return { ...(map.kpiField ? { kpi: map.kpiField } : {}), ...map.textFields };
}

/**
 * The custom field ids a read must ask Jira for.
 * @example customFieldIds(JiraFieldMap.parse({ budgetField: 'customfield_10050' })) // ['customfield_10015', 'customfield_10050']
 */
export function customFieldIds(map: JiraFieldMap): string[] {
  const ids = [map.startDateField, map.budgetField, map.teamField, map.ownerField, ...Object.values(textFieldsByName(map)).map((field) => field.id)];
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}
