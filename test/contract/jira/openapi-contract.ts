import {
  describeSchemaErrors,
  DocumentValidators,
  documentedOperations,
  isObject,
  type Json,
  type JsonObject,
  type MatchedOperation as DocumentMatch,
  matchOperation,
  type Operation as DocumentedOperation,
  type OperationEntry,
  queryValue,
} from '../../support/openapi-document';
import pinned from './jira-platform-v3.subset.json';
import { ERROR_SCHEMA, ISSUE_FIELD_SCHEMAS } from './spec-subset';

interface Operation extends DocumentedOperation {
  'x-atlassian-oauth2-scopes'?: Array<{ scopes: string[]; state: string }>;
}

export interface MatchedOperation extends DocumentMatch {
  method: string;
}

export interface RequestUnderCheck {
  method: string;
  /** Path and query, as the adapter's route holds it. */
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * Statuses any Jira operation may answer though the document lists them for few: rate limiting (429)
 * and server or gateway failures (5xx), per Atlassian's rate-limiting guide rather than per operation.
 */
const TRANSPORT_STATUSES = new Set([429, 500, 502, 503, 504]);

const DOC_ID = 'jira-platform-v3.subset.json';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * Jira's documented contract, read from the pinned OpenAPI subset: which operations exist, which query
 * parameters and bodies each accepts, and what each answers. Contract tests run every request the
 * adapter sends and every response a fixture gives through it.
 */
export class JiraContract {
  private readonly validators = new DocumentValidators(pinned as object, DOC_ID);
  private readonly operations: Array<OperationEntry<Operation>> = documentedOperations<Operation>((pinned as unknown as { paths: Record<string, Record<string, unknown>> }).paths, METHODS);

  /** Every operation in the pinned subset, as "METHOD /path". */
  operationList(): string[] {
    return this.operations.map(({ method, pathTemplate }) => `${method.toUpperCase()} ${pathTemplate}`);
  }

  private find(operationId: string) {
    const found = this.operations.find((candidate) => candidate.operation.operationId === operationId);
    if (!found) throw new Error(`Operation ${operationId} is not in the pinned subset`);
    return found;
  }

  /** The operation a method and path name, with its path parameters. */
  match(method: string, pathname: string): MatchedOperation | undefined {
    const matched = matchOperation(this.operations, method, pathname);
    if (!matched) return undefined;
    const { entry, pathParams } = matched;
    return { operationId: entry.operation.operationId, method: entry.method, pathTemplate: entry.pathTemplate, pathParams };
  }

  /** OAuth scopes Jira currently documents for an operation: what the app's manifest must request. */
  scopes(operationId: string): string[] {
    const entries = this.find(operationId).operation['x-atlassian-oauth2-scopes'] ?? [];
    return entries.filter((entry) => entry.state === 'Current').flatMap((entry) => entry.scopes);
  }

  /** Violations of the documented contract by one request; an empty list means Jira's spec allows it. */
  checkRequest(request: RequestUnderCheck): { operation?: MatchedOperation; violations: string[] } {
    const url = new URL(request.url, 'https://example.atlassian.net');
    const label = `${request.method} ${url.pathname}`;
    const operation = this.match(request.method, url.pathname);
    if (!operation) return { violations: [`${label}: no such operation in Jira's REST v3 (pinned subset: ${this.operationList().join(', ')})`] };
    const { operation: spec } = this.find(operation.operationId);
    const violations: string[] = [];
    const parameters = spec.parameters ?? [];

    for (const parameter of parameters.filter((candidate) => candidate.in === 'path')) {
      const value = operation.pathParams[parameter.name] ?? '';
      if (value === '') violations.push(`${label}: path parameter ${parameter.name} is empty`);
    }
    const queryParameters = new Map(parameters.filter((candidate) => candidate.in === 'query').map((parameter) => [parameter.name, parameter]));
    for (const name of new Set(url.searchParams.keys())) {
      const parameter = queryParameters.get(name);
      if (!parameter) {
        violations.push(`${label}: query parameter "${name}" is not documented (known: ${[...queryParameters.keys()].join(', ') || 'none'})`);
        continue;
      }
      const schema = parameter.schema ?? {};
      const coerced = queryValue(url.searchParams.getAll(name), schema, { repeatedLists: true });
      if (coerced.problem) violations.push(`${label}: query parameter ${name} ${coerced.problem}`);
      else {
        const validate = this.validators.validator('request', schema);
        if (!validate(coerced.value)) violations.push(...describeSchemaErrors(validate.errors, 'Jira').map((text) => `${label}: query ${name}${text}`));
      }
    }
    for (const parameter of queryParameters.values()) {
      if (parameter.required && !url.searchParams.has(parameter.name)) violations.push(`${label}: required query parameter ${parameter.name} is missing`);
    }

    const bodySpec = spec.requestBody;
    if (request.body === undefined) {
      if (bodySpec?.required) violations.push(`${label}: a JSON body is required`);
      return { operation, violations };
    }
    if (!bodySpec) return { operation, violations: [...violations, `${label}: takes no request body`] };
    const contentType = Object.entries(request.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
    const media = bodySpec.content[contentType.split(';')[0]?.trim() ?? ''];
    if (!media) return { operation, violations: [...violations, `${label}: Content-Type "${contentType}" is not one of ${Object.keys(bodySpec.content).join(', ')}`] };
    let body: unknown;
    try {
      body = JSON.parse(request.body);
    } catch {
      return { operation, violations: [...violations, `${label}: body is not JSON`] };
    }
    const validate = this.validators.validator('request', (media.schema ?? {}) as Json);
    if (!validate(body)) violations.push(...describeSchemaErrors(validate.errors, 'Jira').map((text) => `${label} body: ${text}`));
    return { operation, violations };
  }

  /** Violations of the documented contract by one response to an operation. */
  checkResponse(operationId: string, status: number, bodyText: string): string[] {
    const { operation, method, pathTemplate } = this.find(operationId);
    const label = `${method.toUpperCase()} ${pathTemplate} → ${status}`;
    const documented = operation.responses[String(status)] ?? operation.responses.default;
    if (!documented && !TRANSPORT_STATUSES.has(status)) {
      return [`${label}: status ${status} is not documented for ${operationId} (documented: ${Object.keys(operation.responses).join(', ')})`];
    }
    if (bodyText.trim() === '') return [];
    // A gateway in front of Jira may answer 502/503 with its own page rather than Jira's JSON.
    if (!documented && status >= 500) return [];
    let body: unknown;
    try {
      body = JSON.parse(bodyText);
    } catch {
      return [`${label}: body is not JSON`];
    }
    const schema = documented?.content?.['application/json']?.schema;
    const violations: string[] = [];
    if (schema !== undefined) {
      const validate = this.validators.validator('response', schema as Json);
      if (!validate(body)) violations.push(...describeSchemaErrors(validate.errors, 'Jira').map((text) => `${label}: ${text}`));
    } else if (status >= 400) {
      const validate = this.validators.validator('response', { $ref: `#/components/schemas/${ERROR_SCHEMA}` });
      if (!validate(body)) violations.push(...describeSchemaErrors(validate.errors, 'Jira').map((text) => `${label} (as ${ERROR_SCHEMA}): ${text}`));
    }
    for (const issue of issuesIn(body)) violations.push(...this.checkIssueFields(issue, label));
    return violations;
  }

  /** `IssueBean.fields` is free-form in the document; known fields are held to the document's own models of them. */
  private checkIssueFields(issue: JsonObject, label: string): string[] {
    const fields = issue.fields;
    if (!isObject(fields)) return [];
    const violations: string[] = [];
    for (const [field, schemaName] of Object.entries(ISSUE_FIELD_SCHEMAS)) {
      const value = fields[field];
      if (value === undefined || value === null) continue;
      const list = schemaName.endsWith('[]');
      const ref = { $ref: `#/components/schemas/${schemaName.replace(/\[\]$/, '')}` };
      const validate = this.validators.validator('response', list ? { type: 'array', items: ref } : ref);
      if (!validate(value)) violations.push(...describeSchemaErrors(validate.errors, 'Jira').map((text) => `${label}: issue ${String(issue.key)} field ${field}${text}`));
    }
    return violations;
  }
}

/** The issues inside a response body: an issue itself, or a search page's issues. */
function issuesIn(body: unknown): JsonObject[] {
  if (!isObject(body)) return [];
  if (Array.isArray(body.issues)) return body.issues.filter(isObject).filter((issue) => isObject(issue.fields));
  return isObject(body.fields) && typeof body.id === 'string' ? [body] : [];
}
