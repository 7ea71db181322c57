import { z } from 'zod';

/*
 * What Mops answers App Components with, from app_components_oas.yaml. The spec types
 * `WidgetMetadataResponse.metadata.fields` and `FormMetadataResponse.metadata.fields` as bare arrays and
 * `footer` as a bare object, naming the valid item schemas only in prose; here each is the union of the
 * schemas it names (WidgetField-*, WidgetFooter-*, FormField-*), with the limits its descriptions state
 * (widget: 1 to 5 fields, names and texts ≤ 40 characters, title ≤ 200; form: ≤ 30 fields with ids unique
 * across the form, names ≤ 50, option labels ≤ 80). The form union holds the field types Mops' forms use
 * (static text, single- and multi-line text, dropdown, checkbox, radio button); the spec also has rich text,
 * date, datetime and typeahead, which are added here when a form needs them.
 */

const Label40 = z.string().min(1).max(40);
const Instant = z.iso.datetime({ offset: true });

export const PillColor = z.enum(['none', 'red', 'orange', 'yellow-orange', 'yellow', 'yellow-green', 'green', 'blue-green', 'aqua', 'blue', 'indigo', 'purple', 'magenta', 'hot-pink', 'pink', 'cool-gray']);
export type PillColor = z.infer<typeof PillColor>;

export const WidgetField = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('pill'), name: Label40, text: Label40, color: PillColor }),
  z.strictObject({ type: z.literal('text_with_icon'), name: Label40, text: Label40, icon_url: z.url().optional() }),
  z.strictObject({ type: z.literal('datetime_with_icon'), name: Label40, datetime: Instant.optional(), icon_url: z.url().optional() }),
]);
export type WidgetField = z.infer<typeof WidgetField>;

export const WidgetFooter = z.discriminatedUnion('footer_type', [
  z.strictObject({ footer_type: z.literal('created'), created_at: Instant }),
  z.strictObject({ footer_type: z.literal('updated'), last_updated_at: Instant }),
  z.strictObject({ footer_type: z.literal('custom_text'), text: z.string().min(1), icon_url: z.url().optional() }),
]);

export const WidgetMetadataResponse = z.strictObject({
  template: z.literal('summary_with_details_v0'),
  metadata: z.strictObject({
    title: z.string().min(1).max(200),
    subtitle: z.string().optional(),
    subicon_url: z.url().optional(),
    fields: z.array(WidgetField).min(1).max(5),
    footer: WidgetFooter,
    num_comments: z.number().int().min(0).optional(),
  }),
});
export type WidgetMetadataResponse = z.infer<typeof WidgetMetadataResponse>;

const FieldBase = { id: z.string().min(1), name: z.string().max(50).optional(), error: z.string().optional() };
const Input = { ...FieldBase, is_required: z.boolean().optional(), is_watched: z.boolean().optional() };
const Option = z.strictObject({ id: z.string().min(1), label: z.string().min(1).max(80) });

export const FormField = z.discriminatedUnion('type', [
  z.strictObject({ ...FieldBase, type: z.literal('static_text'), name: z.string().max(50), style: z.enum(['default', 'header']).optional() }),
  z.strictObject({ ...Input, type: z.literal('single_line_text'), placeholder: z.string().optional(), width: z.enum(['full', 'half']).optional(), value: z.string().max(200).optional() }),
  z.strictObject({ ...Input, type: z.literal('multi_line_text'), placeholder: z.string().optional(), value: z.string().max(3000).optional() }),
  z.strictObject({ ...Input, type: z.literal('dropdown'), options: z.array(Option.extend({ icon_url: z.url().optional() })).min(1), width: z.enum(['full', 'half']).optional(), value: z.string().optional() }),
  z.strictObject({ ...Input, type: z.literal('checkbox'), options: z.array(Option).min(1), value: z.array(z.string()).optional() }),
  z.strictObject({ ...Input, type: z.literal('radio_button'), options: z.array(Option.extend({ sub_label: z.string().optional() })).min(1), value: z.string().optional() }),
]);
export type FormField = z.infer<typeof FormField>;

export const FormMetadataResponse = z.strictObject({
  template: z.literal('form_metadata_v0'),
  metadata: z.strictObject({
    title: z.string().min(1),
    fields: z
      .array(FormField)
      .max(30)
      .superRefine((fields, ctx) => {
        const seen = new Set<string>();
        fields.forEach((field, index) => {
          if (seen.has(field.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `Field id "${field.id}" is used twice; ids must be unique across the form` });
          seen.add(field.id);
        });
      }),
    on_submit_callback: z.url().optional(),
    on_change_callback: z.url().optional(),
  }),
});
export type FormMetadataResponse = z.infer<typeof FormMetadataResponse>;

/** RanActionResponse: `action_result` "ok" or "resources_created" (with the resources). */
export const RanActionResponse = z.strictObject({
  action_result: z.enum(['ok', 'resources_created']),
  error: z.string().optional(),
  resources_created: z.array(z.strictObject({ resource_name: z.string(), resource_url: z.url(), error: z.string().optional() })).optional(),
});
export type RanActionResponse = z.infer<typeof RanActionResponse>;
