import { isObject, type Json, type JsonObject, reachableSchemas, schemaRefNames } from '../../support/openapi-document';

/**
 * Cuts Atlassian's Jira Cloud platform OpenAPI document down to the operations Mops calls and every
 * component schema they reach, so contract tests carry their own small copy of the contract.
 */

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';

export interface PinnedOperation {
  method: HttpMethod;
  path: string;
}

/** The calls the Jira adapter makes; the pinned subset holds exactly these. */
export const JIRA_OPERATIONS: readonly PinnedOperation[] = [
  { method: 'get', path: '/rest/api/3/issue/{issueIdOrKey}' },
  { method: 'put', path: '/rest/api/3/issue/{issueIdOrKey}' },
  { method: 'post', path: '/rest/api/3/search/jql' },
  { method: 'post', path: '/rest/api/3/issue/bulk' },
  { method: 'post', path: '/rest/api/3/issueLink' },
  { method: 'post', path: '/rest/api/3/issue/{issueIdOrKey}/comment' },
  { method: 'put', path: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}' },
  // The workflow validator reads the target status's name and category.
  { method: 'get', path: '/rest/api/3/status/{idOrName}' },
  // Admin resolvers check, as the person asking, that they administer Jira.
  { method: 'get', path: '/rest/api/3/mypermissions' },
];

/**
 * Schemas of values inside `IssueBean.fields`, which the document types only as a free-form object.
 * Each is the document's own model of that field elsewhere (linked issues, statuses, users…); the contract
 * checker holds fixture field values to them.
 */
export const ISSUE_FIELD_SCHEMAS = {
  status: 'StatusDetails',
  issuetype: 'IssueTypeDetails',
  project: 'ProjectDetails',
  assignee: 'UserDetails',
  reporter: 'UserDetails',
  timetracking: 'TimeTrackingDetails',
  parent: 'LinkedIssue',
  subtasks: 'LinkedIssue[]',
  components: 'ProjectComponent[]',
} as const;

/** The shape Jira uses for error bodies; the document names it but attaches it to few responses. */
export const ERROR_SCHEMA = 'ErrorCollection';

export interface PinOptions {
  operations: readonly PinnedOperation[];
  extraSchemas: readonly string[];
  /** Written into the subset so a reader knows where it came from. */
  source: string;
  sha256: string;
}

/**
 * The subset of an OpenAPI 3.0 document holding `operations` and every schema they (and `extraSchemas`)
 * reference, transitively.
 * @example pinSpec(fullSpec, { operations: [{ method: 'post', path: '/rest/api/3/issueLink' }], extraSchemas: [], source, sha256 }).paths // { '/rest/api/3/issueLink': { post: … } }
 */
export function pinSpec(spec: JsonObject, options: PinOptions): JsonObject {
  const paths = spec.paths;
  const components = spec.components;
  if (!isObject(paths) || !isObject(components) || !isObject(components.schemas)) {
    throw new Error('Not an OpenAPI 3 document: expected "paths" and "components.schemas" objects');
  }
  const pinnedPaths: JsonObject = {};
  for (const { method, path } of options.operations) {
    const pathItem = paths[path];
    const operation = isObject(pathItem) ? pathItem[method] : undefined;
    if (!isObject(pathItem) || !isObject(operation)) {
      throw new Error(`Operation ${method.toUpperCase()} ${path} is not in the document`);
    }
    const pinnedItem = isObject(pinnedPaths[path]) ? (pinnedPaths[path] as JsonObject) : {};
    if (pathItem.parameters !== undefined) pinnedItem.parameters = pathItem.parameters;
    pinnedItem[method] = operation;
    pinnedPaths[path] = pinnedItem;
  }
  const roots = new Set<string>(options.extraSchemas);
  schemaRefNames(pinnedPaths, roots);
  const names = [...reachableSchemas(components.schemas, roots, 'components.schemas')].sort();
  return {
    openapi: spec.openapi ?? '3.0.1',
    info: {
      ...(isObject(spec.info) ? spec.info : {}),
      'x-mops-pinned': {
        source: options.source,
        sha256: options.sha256,
        operations: options.operations.map(({ method, path }) => `${method.toUpperCase()} ${path}`),
        extraSchemas: [...options.extraSchemas],
      },
    },
    servers: spec.servers ?? [],
    paths: pinnedPaths,
    components: {
      schemas: Object.fromEntries(names.map((name) => [name, (components.schemas as JsonObject)[name] as Json])),
      ...(components.securitySchemes !== undefined ? { securitySchemes: components.securitySchemes } : {}),
    },
  };
}

/**
 * Extra roots the contract checker needs beyond the operations' own references.
 * @example extraSchemaNames() // ['ErrorCollection', 'IssueTypeDetails', 'LinkedIssue', …]
 */
export function extraSchemaNames(): string[] {
  const names = new Set<string>([ERROR_SCHEMA]);
  for (const schema of Object.values(ISSUE_FIELD_SCHEMAS)) names.add(schema.replace(/\[\]$/, ''));
  return [...names].sort();
}
