import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import appComponents from './app_components_oas.subset.json';
import asanaOas from './asana_oas.subset.json';

/**
 * Asana's documented contracts, read from the pinned subsets, as Ajv validators. Two gaps in the
 * documents are closed here, each from the documents' own words:
 * - `EventResponse.user` and `.parent` are plain objects in the schema, but its prose says system events
 *   "will have `null` as the user" and the parent "will be `null` for other event types": null is allowed.
 * - the widget's `fields` and `footer` are untyped; each item is held to the schema its `type` /
 *   `footer_type` names (WidgetField-*, WidgetFooter-*), as the description lists them.
 */

const DOCS = { 'app_components_oas.subset.json': appComponents, 'asana_oas.subset.json': asanaOas } as const;
type DocId = keyof typeof DOCS;

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
for (const [id, doc] of Object.entries(DOCS)) ajv.addSchema(doc as object, id);
const compiled = new Map<string, ValidateFunction>();

function validator(doc: DocId, schema: object): ValidateFunction {
  const key = `${doc} ${JSON.stringify(schema)}`;
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(key, validate);
  }
  return validate;
}

const ref = (doc: DocId, name: string) => ({ $ref: `${doc}#/components/schemas/${name}` });

function check(validate: ValidateFunction, value: unknown, label: string): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${label}${error.instancePath || ''} ${error.message ?? error.keyword}${error.keyword === 'enum' ? ` (${JSON.stringify(error.params)})` : ''}`);
}

/** Violations of a named component schema by `value`. */
export function schemaViolations(doc: DocId, name: string, value: unknown): string[] {
  return check(validator(doc, ref(doc, name)), value, name);
}

/** Violations of the documented JSON response of an App Components operation. */
export function responseViolations(method: 'get' | 'post', path: string, status: number, body: unknown): string[] {
  const operation = (appComponents.paths as unknown as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> }>>)[path]?.[method];
  if (!operation) return [`${method.toUpperCase()} ${path} is not in the pinned App Components subset`];
  const documented = operation.responses[String(status)];
  if (!documented) return [`${method.toUpperCase()} ${path}: status ${status} is not documented (${Object.keys(operation.responses).join(', ')})`];
  const schema = documented.content?.['application/json']?.schema;
  if (!schema) return [];
  const name = schema.$ref.replace('#/components/schemas/', '');
  const violations = schemaViolations('app_components_oas.subset.json', name, body);
  if (name === 'WidgetMetadataResponse') violations.push(...widgetItemViolations(body));
  return violations;
}

const WIDGET_FIELDS: Record<string, string> = { pill: 'WidgetField-Pill', text_with_icon: 'WidgetField-TextWithIcon', datetime_with_icon: 'WidgetField-DatetimeWithIcon' };
const WIDGET_FOOTERS: Record<string, string> = { created: 'WidgetFooter-Created', updated: 'WidgetFooter-Updated', custom_text: 'WidgetFooter-CustomText' };

function widgetItemViolations(body: unknown): string[] {
  const metadata = (body as { metadata?: { fields?: unknown; footer?: unknown } }).metadata;
  const violations: string[] = [];
  const fields = Array.isArray(metadata?.fields) ? (metadata.fields as Array<{ type?: unknown }>) : [];
  // "A widget must contain at least 1 field and no more than 5 fields."
  if (fields.length < 1 || fields.length > 5) violations.push(`metadata.fields has ${fields.length} fields; 1 to 5 are allowed`);
  fields.forEach((field, index) => {
    const name = WIDGET_FIELDS[String(field.type)];
    if (!name) violations.push(`metadata.fields/${index} has type ${JSON.stringify(field.type)}; expected ${Object.keys(WIDGET_FIELDS).join(', ')}`);
    else violations.push(...schemaViolations('app_components_oas.subset.json', name, field).map((text) => `metadata.fields/${index} ${text}`));
  });
  const footer = metadata?.footer as { footer_type?: unknown } | undefined;
  const footerName = WIDGET_FOOTERS[String(footer?.footer_type)];
  if (!footerName) violations.push(`metadata.footer has footer_type ${JSON.stringify(footer?.footer_type)}; expected ${Object.keys(WIDGET_FOOTERS).join(', ')}`);
  else violations.push(...schemaViolations('app_components_oas.subset.json', footerName, footer).map((text) => `metadata.footer ${text}`));
  return violations;
}

/**
 * Violations of `EventResponse` by one webhook event. A null `user` or `parent` is allowed (per the
 * schema's prose) by leaving it out before validation; any other value is held to the schema.
 */
export function eventViolations(event: unknown): string[] {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return ['EventResponse: an event is a JSON object'];
  const withoutNulls = Object.fromEntries(Object.entries(event).filter(([key, value]) => !((key === 'user' || key === 'parent') && value === null)));
  return schemaViolations('asana_oas.subset.json', 'EventResponse', withoutNulls);
}
