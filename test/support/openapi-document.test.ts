import { anchorRefs, componentSchemaName, DocumentValidators, documentedOperations, matchOperation, queryValue, reachableSchemas, schemaRefNames } from './openapi-document';

/** A tiny document: one path with a shared parameter, and schemas that reference each other. */
const document = {
  openapi: '3.0.1',
  paths: {
    '/tasks/{task_gid}': {
      parameters: [{ name: 'task_gid', in: 'path', required: true, schema: { type: 'string' } }],
      get: { operationId: 'getTask', parameters: [{ name: 'opt_fields', in: 'query', schema: { type: 'array', items: { type: 'string' } } }], responses: {} },
      put: { operationId: 'updateTask', responses: {} },
    },
    '/tasks': { get: { operationId: 'getTasks', responses: {} } },
  },
  components: {
    schemas: {
      Task: { type: 'object', properties: { gid: { type: 'string', readOnly: true }, parent: { $ref: '#/components/schemas/Parent' } } },
      Parent: { allOf: [{ $ref: '#/components/schemas/Compact' }] },
      Compact: { type: 'object', properties: { gid: { type: 'string' } } },
      Unused: { type: 'number' },
    },
  },
};

describe('the OpenAPI document helpers the contract checkers share', () => {
  it('points a schema’s local references at the registered document, at any depth', () => {
    expect(anchorRefs({ items: [{ $ref: '#/components/schemas/Task' }], note: '#/not-a-ref' }, 'tiny.json')).toEqual({ items: [{ $ref: 'tiny.json#/components/schemas/Task' }], note: '#/not-a-ref' });
  });

  it('lists operations with the path item’s parameters first, and finds one from a request with its decoded path values', () => {
    const operations = documentedOperations(document.paths, ['get', 'put']);
    expect(operations.map((entry) => `${entry.method} ${entry.pathTemplate}`)).toEqual(['get /tasks/{task_gid}', 'put /tasks/{task_gid}', 'get /tasks']);
    expect(operations[0]?.operation.parameters?.map((parameter) => parameter.name)).toEqual(['task_gid', 'opt_fields']);
    const matched = matchOperation(operations, 'PUT', '/tasks/12%2F9');
    expect(matched && { operationId: matched.entry.operation.operationId, pathParams: matched.pathParams }).toEqual({ operationId: 'updateTask', pathParams: { task_gid: '12/9' } });
    expect(matchOperation(operations, 'DELETE', '/tasks/1209')).toBeUndefined();
  });

  it('keeps the schemas a subset reaches, and names the document when one is missing', () => {
    const names = new Set<string>();
    schemaRefNames({ properties: { parent: { $ref: '#/components/schemas/Parent' } }, items: [{ $ref: '#/components/schemas/Task' }] }, names);
    expect([...names]).toEqual(['Parent', 'Task']);
    expect([...reachableSchemas(document.components.schemas, ['Task'], 'tiny.json')].sort()).toEqual(['Compact', 'Parent', 'Task']);
    expect(() => reachableSchemas(document.components.schemas, ['Task', 'Gone'], 'tiny.json')).toThrow('Schema "Gone" is referenced but not defined in tiny.json');
    expect(() => schemaRefNames({ $ref: '#/components/parameters/limit' }, names)).toThrow('Unsupported $ref "#/components/parameters/limit"');
  });

  it('compiles a schema once per direction, after the checker’s own rewrite, and holds read-only properties to requests', () => {
    const rewritten: unknown[] = [];
    const validators = new DocumentValidators(document, 'tiny.json', (schema) => {
      rewritten.push(schema);
      return schema;
    });
    const task = { $ref: '#/components/schemas/Task' };
    const request = validators.validator('request', task);
    expect(validators.validator('request', { $ref: '#/components/schemas/Task' })).toBe(request);
    expect(rewritten).toEqual([{ $ref: 'tiny.json#/components/schemas/Task' }]);
    expect(request({ gid: '1209' })).toBe(false);
    expect(validators.validator('response', task)({ gid: '1209' })).toBe(true);
  });

  it('reads a query the way each host does: Jira takes a list repeated, Asana only once, both comma-separated', () => {
    const list = { type: 'array', items: { type: 'string' } };
    expect(queryValue(['key,names', 'id'], list, { repeatedLists: true })).toEqual({ value: ['key', 'names', 'id'] });
    expect(queryValue(['name,notes', 'due_on'], list, { repeatedLists: false })).toEqual({ problem: 'is given 2 times; only one value is taken (lists comma-separated)' });
    expect(queryValue(['name,notes'], list, { repeatedLists: false })).toEqual({ value: ['name', 'notes'] });
    expect(queryValue(['50', '100'], { type: 'integer' }, { repeatedLists: true })).toEqual({ problem: 'is given 2 times; it is not a list' });
    expect(queryValue(['sometimes'], { type: 'boolean' }, { repeatedLists: true })).toEqual({ problem: '"sometimes" is not true or false' });
    expect(queryValue(['-5'], { type: 'integer' }, { repeatedLists: false })).toEqual({ value: -5 });
    expect(queryValue([], { type: 'string' }, { repeatedLists: false })).toEqual({ value: '' });
  });

  it('names the component schema of a reference, and nothing for another kind', () => {
    expect([componentSchemaName('#/components/schemas/AttachmentRequest'), componentSchemaName('#/components/parameters/pretty')]).toEqual(['AttachmentRequest', undefined]);
  });
});
