import { z } from 'zod';

/*
 * Asana's resources as Mops reads them (asana_oas.yaml: TaskResponse, CustomFieldResponse,
 * CustomFieldSettingResponse, StoryResponse). Only the fields Mops asks for with `opt_fields` are named;
 * anything else Asana adds is let through untouched. A field that is present with the wrong type makes
 * the whole answer unreadable (AsanaResponseShapeError), because then Asana is not the API Mops knows.
 */

export const Gid = z.string().regex(/^\d{1,64}$/, { message: 'An Asana gid is a string of digits, e.g. "1209876500000042"' });

const Ref = z.object({ gid: Gid }).loose();
const NamedRef = z.object({ gid: Gid, name: z.string().nullish() }).loose();
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Expected a date like 2026-11-23' });
const Stamp = z.iso.datetime({ offset: true });

/** One custom field's value on a task: `number_value` for numbers, `enum_value` for enums, `text_value` for text. */
export const AsanaCustomFieldValue = z
  .object({
    gid: Gid,
    name: z.string().nullish(),
    number_value: z.number().nullish(),
    text_value: z.string().nullish(),
    enum_value: NamedRef.nullish(),
  })
  .loose();
export type AsanaCustomFieldValue = z.infer<typeof AsanaCustomFieldValue>;

export const AsanaTaskRecord = z
  .object({
    gid: Gid,
    name: z.string().optional(),
    notes: z.string().optional(),
    resource_subtype: z.string().optional(),
    completed: z.boolean().optional(),
    created_at: Stamp.optional(),
    modified_at: Stamp.optional(),
    start_on: Day.nullish(),
    due_on: Day.nullish(),
    parent: Ref.nullish(),
    assignee: NamedRef.nullish(),
    created_by: Ref.nullish(),
    projects: z.array(Ref).optional(),
    memberships: z.array(z.object({ project: Ref.nullish(), section: NamedRef.nullish() }).loose()).optional(),
    tags: z.array(NamedRef).optional(),
    custom_fields: z.array(AsanaCustomFieldValue).optional(),
  })
  .loose();
export type AsanaTaskRecord = z.infer<typeof AsanaTaskRecord>;

/** `{ "data": … }`, the envelope of every single-object answer. */
export const dataOf = <T extends z.ZodType>(schema: T) => z.object({ data: schema });

export const AsanaTaskAnswer = dataOf(AsanaTaskRecord);
/** A write whose answer Mops does not need beyond "it worked": just a gid. */
export const AsanaCreatedAnswer = dataOf(z.object({ gid: Gid }).loose());

export const AsanaEnumOption = z.object({ gid: Gid, name: z.string(), enabled: z.boolean().optional() }).loose();
export type AsanaEnumOption = z.infer<typeof AsanaEnumOption>;

export const AsanaCustomFieldDefinition = z
  .object({
    gid: Gid,
    name: z.string(),
    resource_subtype: z.string().optional(),
    type: z.string().optional(),
    format: z.string().nullish(),
    currency_code: z.string().nullish(),
    precision: z.number().int().nullish(),
    enum_options: z.array(AsanaEnumOption).nullish(),
    /** Set on the fields Asana itself made, e.g. "estimated_time" for its "Estimated time" (minutes). */
    asana_created_field: z.string().nullish(),
  })
  .loose();
export type AsanaCustomFieldDefinition = z.infer<typeof AsanaCustomFieldDefinition>;

export const AsanaCustomFieldSetting = z.object({ gid: Gid, custom_field: z.object({ gid: Gid }).loose() }).loose();
export type AsanaCustomFieldSetting = z.infer<typeof AsanaCustomFieldSetting>;
