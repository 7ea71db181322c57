import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

/*
 * What the Jira and the Asana contract checkers share: an OpenAPI document's JSON and operation shapes,
 * a validator per direction, path templates, and schema errors said as sentences.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

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
