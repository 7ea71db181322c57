import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/*
 * What the Jira and the Asana contract checkers (and the scripts that pin their subsets) share: an
 * OpenAPI document's JSON and operation shapes, its operations as a table, a validator per direction
 * with compiled schemas kept, path templates, the schemas a subset must keep, and schema errors said
 * as sentences.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/**
 * Whether a JSON value is an object (not null, not a list).
 * @example isObject({ type: 'string' }) // true; isObject([]) // false
 */
export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
}

export interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: JsonObject }> };
  responses: Record<string, { content?: Record<string, { schema?: JsonObject }> }>;
}

/**
 * Ajv over one pinned document (registered as `documentId`) for one direction: a request must not
 * carry what the host only reports (readOnly); a response must not carry what it only accepts (writeOnly).
 * @example const ajv = openApiAjv(pinned, 'jira-platform-v3', 'request'); ajv.getSchema('jira-platform-v3#/components/schemas/IssueUpdateDetails')
 */
export function openApiAjv(document: object, documentId: string, direction: 'request' | 'response'): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
  const forbidden = direction === 'request' ? 'readOnly' : 'writeOnly';
  ajv.removeKeyword(forbidden);
  ajv.addKeyword({ keyword: forbidden, schemaType: 'boolean', validate: (schemaValue: boolean) => !schemaValue });
  ajv.addSchema(document, documentId);
  return ajv;
}

/**
 * Points the document-local `#/…` references of a schema taken out of a document at the document as
 * registered under `documentId`, so Ajv resolves them there.
 * @example anchorRefs({ $ref: '#/components/schemas/IssueBean' }, 'jira-platform-v3.subset.json') // { $ref: 'jira-platform-v3.subset.json#/components/schemas/IssueBean' }
 */
export function anchorRefs(value: Json, documentId: string): Json {
  if (Array.isArray(value)) return value.map((item) => anchorRefs(item, documentId));
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, key === '$ref' && typeof inner === 'string' && inner.startsWith('#/') ? `${documentId}${inner}` : anchorRefs(inner, documentId)]),
  );
}

/**
 * A document's validators, one Ajv per direction (see `openApiAjv`), each schema compiled once however
 * often it is asked for. `prepare` rewrites a schema before it is compiled (after its refs are anchored),
 * for gaps a checker closes in the document's own words.
 * @example new DocumentValidators(pinned, 'jira-platform-v3.subset.json').validator('response', { $ref: '#/components/schemas/ErrorCollection' })(body)
 */
export class DocumentValidators {
  private readonly ajv: Record<'request' | 'response', Ajv>;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    document: object,
    private readonly documentId: string,
    private readonly prepare: (schema: Json) => Json = (schema) => schema,
  ) {
    this.ajv = { request: openApiAjv(document, documentId, 'request'), response: openApiAjv(document, documentId, 'response') };
  }

  validator(direction: 'request' | 'response', schema: Json): ValidateFunction {
    const key = `${direction} ${JSON.stringify(schema)}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv[direction].compile(this.prepare(anchorRefs(schema, this.documentId)) as object);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

/** One operation of a document, with what finds it from a request. */
export interface OperationEntry<O extends Operation = Operation> {
  /** As the document spells it: lower case. */
  method: string;
  pathTemplate: string;
  /** Its parameters follow the path item's shared ones. */
  operation: O;
  regex: RegExp;
  /** The path parameters' names, in the order `regex` captures them. */
  names: string[];
}

/**
 * Every operation of `paths` under the given methods, in document order, each with the path item's
 * shared parameters ahead of its own and its path template as a regex.
 * @example documentedOperations({ '/tasks/{task_gid}': { parameters: [gid], get: getTask } }, ['get'])[0]?.operation.parameters // [gid, …getTask's]
 */
export function documentedOperations<O extends Operation = Operation>(paths: Record<string, Record<string, unknown>>, methods: readonly string[]): Array<OperationEntry<O>> {
  const operations: Array<OperationEntry<O>> = [];
  for (const [pathTemplate, item] of Object.entries(paths)) {
    const shared = (item.parameters as Parameter[] | undefined) ?? [];
    for (const method of methods) {
      const operation = item[method] as O | undefined;
      if (operation) operations.push({ method, pathTemplate, operation: { ...operation, parameters: [...shared, ...(operation.parameters ?? [])] }, ...pathTemplateRegex(pathTemplate) });
    }
  }
  return operations;
}

/** The operation a request is for, and the values of its path parameters. */
export interface MatchedOperation {
  operationId: string;
  pathTemplate: string;
  pathParams: Record<string, string>;
}

/**
 * The first operation of `entries` with this method whose path template fits `path`, with the path
 * parameters' values decoded; undefined when none does.
 * @example matchOperation(entries, 'GET', '/rest/api/3/issue/PRJ-1')?.pathParams // { issueIdOrKey: 'PRJ-1' }
 */
export function matchOperation<O extends Operation>(entries: ReadonlyArray<OperationEntry<O>>, method: string, path: string): { entry: OperationEntry<O>; pathParams: Record<string, string> } | undefined {
  for (const entry of entries) {
    if (entry.method !== method.toLowerCase()) continue;
    const found = entry.regex.exec(path);
    if (!found) continue;
    return { entry, pathParams: Object.fromEntries(entry.names.map((name, index) => [name, decodeURIComponent(found[index + 1] ?? '')])) };
  }
  return undefined;
}

const SCHEMA_REF = /^#\/components\/schemas\/(.+)$/;

/**
 * The component schema a `$ref` names, or undefined for any other reference.
 * @example componentSchemaName('#/components/schemas/AttachmentRequest') // 'AttachmentRequest'
 */
export function componentSchemaName(ref: string): string | undefined {
  return SCHEMA_REF.exec(ref)?.[1];
}

/** How a host reads a query parameter given more than once. */
export interface QueryValueOptions {
  /** True when a list may be sent as the parameter repeated (Jira), each value itself comma-separated; false when only once (Asana). */
  repeatedLists: boolean;
}

/**
 * A query parameter's values as the JSON its schema describes (lists comma-separated, `style: form,
 * explode: false`), or the problem with them: a value its type refuses, or a parameter repeated where
 * the host takes it once.
 * @example queryValue(['key,names', 'id'], { type: 'array' }, { repeatedLists: true }) // { value: ['key', 'names', 'id'] }
 * @example queryValue(['5', '6'], { type: 'integer' }, { repeatedLists: false }).problem // 'is given 2 times; only one value is taken (lists comma-separated)'
 */
export function queryValue(values: readonly string[], schema: JsonObject, options: QueryValueOptions): { value?: Json; problem?: string } {
  const list = schema.type === 'array';
  if (values.length > 1 && !(list && options.repeatedLists)) {
    return { problem: `is given ${values.length} times; ${options.repeatedLists ? 'it is not a list' : 'only one value is taken (lists comma-separated)'}` };
  }
  if (list) return { value: values.flatMap((value) => value.split(',')) };
  const [value = ''] = values;
  if (schema.type === 'boolean') return value === 'true' || value === 'false' ? { value: value === 'true' } : { problem: `"${value}" is not true or false` };
  if (schema.type === 'integer') return /^-?\d+$/.test(value) ? { value: Number(value) } : { problem: `"${value}" is not an integer` };
  return { value };
}

/**
 * Adds to `into` the name of every component schema `value` references, at any depth. A reference to
 * anything but `#/components/schemas/…` is refused: a subset keeps schemas only.
 * @example schemaRefNames({ items: { $ref: '#/components/schemas/C' } }, names) // names now holds 'C'
 */
export function schemaRefNames(value: Json | undefined, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) schemaRefNames(item, into);
    return;
  }
  if (!isObject(value)) return;
  for (const [key, inner] of Object.entries(value)) {
    if (key === '$ref' && typeof inner === 'string') {
      const name = componentSchemaName(inner);
      if (name === undefined) throw new Error(`Unsupported $ref "${inner}"; only #/components/schemas/… references are pinned`);
      into.add(name);
    } else {
      schemaRefNames(inner, into);
    }
  }
}

/**
 * The names of the component schemas `roots` reach, themselves included, following references
 * transitively; `source` names the document in the error for a schema that is referenced but missing.
 * @example reachableSchemas({ A: { $ref: '#/components/schemas/B' }, B: {}, C: {} }, ['A'], 'tiny.json') // Set { 'A', 'B' }
 */
export function reachableSchemas(schemas: JsonObject, roots: Iterable<string>, source: string): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (seen.has(name)) continue;
    const schema = schemas[name];
    if (schema === undefined) throw new Error(`Schema "${name}" is referenced but not defined in ${source}`);
    seen.add(name);
    const refs = new Set<string>();
    schemaRefNames(schema, refs);
    queue.push(...refs);
  }
  return seen;
}

/**
 * An OpenAPI path template ("/tasks/{task_gid}/subtasks") as a regex over real paths and the names of
 * its parameters in order, so a request's path finds its operation and its parameters' values.
 * @example pathTemplateRegex('/rest/api/3/issue/{issueIdOrKey}').regex.exec('/rest/api/3/issue/PRJ-1')?.[1] // 'PRJ-1'
 */
export function pathTemplateRegex(template: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('');
  return { regex: new RegExp(`^${source}$`), names };
}

/**
 * Ajv's errors as sentences naming where and what, with the keywords a contract test most often trips
 * on (read-only sent, write-only returned, an enum, an extra property) said in the host's terms.
 * @example describeSchemaErrors(validate.errors, 'Jira') // ['/fields/summary is read-only in Jira’s schema and must not be sent']
 */
export function describeSchemaErrors(errors: readonly ErrorObject[] | null | undefined, host: string): string[] {
  return (errors ?? []).map((error) => {
    const where = error.instancePath || '(root)';
    if (error.keyword === 'readOnly') return `${where} is read-only in ${host}'s schema and must not be sent`;
    if (error.keyword === 'writeOnly') return `${where} is write-only in ${host}'s schema and cannot come back`;
    if (error.keyword === 'enum') return `${where} must be one of ${JSON.stringify(error.params.allowedValues)}`;
    if (error.keyword === 'additionalProperties') return `${where} has property "${String(error.params.additionalProperty)}", which the schema does not allow`;
    return `${where} ${error.message ?? error.keyword}`;
  });
}
