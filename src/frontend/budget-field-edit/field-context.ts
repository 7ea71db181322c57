import { z } from 'zod';

const CustomFieldContext = z.looseObject({
  fieldValue: z.unknown().optional(),
  extension: z.looseObject({ fieldValue: z.unknown().optional(), renderContext: z.string().optional() }).optional(),
});

/**
 * The field's current value from the context Jira gives a custom field's edit entry point. Jira puts
 * it under `extension.fieldValue`; the edit-mode guide shows it at the top of `view.getContext()`, so
 * both are read. Null or absent means the field is empty.
 * @example currentFieldValue({ extension: { type: 'jira:customField', fieldValue: { planned: 125050 } } }) // { planned: 125050 }
 */
export function currentFieldValue(context: unknown): unknown {
  const parsed = CustomFieldContext.safeParse(context);
  if (!parsed.success) return undefined;
  return parsed.data.extension?.fieldValue ?? parsed.data.fieldValue ?? undefined;
}
