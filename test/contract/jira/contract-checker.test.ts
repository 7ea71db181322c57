import bulkPartial from './fixtures/bulk-create-partial.json';
import commentCreated from './fixtures/comment-created.json';
import error400 from './fixtures/error-400-jql-missing-ids.json';
import error403 from './fixtures/error-403-edit.json';
import error404 from './fixtures/error-404-issue.json';
import error429 from './fixtures/error-429.json';
import damaged from './fixtures/issue-damaged.json';
import webinar from './fixtures/issue-webinar.json';
import page1 from './fixtures/search-page-1.json';
import page2 from './fixtures/search-page-2.json';
import page3 from './fixtures/search-page-3.json';
import pinned from './jira-platform-v3.subset.json';
import { JiraContract } from './openapi-contract';
import { extraSchemaNames, JIRA_OPERATIONS, pinSpec } from './spec-subset';

const contract = new JiraContract();
const json = { 'Content-Type': 'application/json' };
const copy = <T>(value: T): T => structuredClone(value);

describe('the pinned subset of Jira REST v3', () => {
  it('holds exactly the seven operations the adapter calls, with their scopes', () => {
    expect(contract.operationList().sort()).toEqual(JIRA_OPERATIONS.map(({ method, path }) => `${method.toUpperCase()} ${path}`).sort());
    expect(contract.scopes('searchAndReconsileIssuesUsingJqlPost')).toEqual(['read:jira-work']);
    expect(contract.scopes('createIssues')).toEqual(['write:jira-work']);
  });

  it('defines every schema it references, so nothing resolves outside the pinned file', () => {
    const defined = new Set(Object.keys(pinned.components.schemas));
    const referenced = new Set<string>();
    JSON.stringify(pinned, (key, value: unknown) => {
      if (key === '$ref' && typeof value === 'string') referenced.add(value.replace('#/components/schemas/', ''));
      return value;
    });
    expect([...referenced].filter((name) => !defined.has(name))).toEqual([]);
    for (const name of extraSchemaNames()) expect(defined.has(name)).toBe(true);
  });

  it('records where it came from', () => {
    const origin = (pinned.info as Record<string, unknown>)['x-mops-pinned'] as { sha256: string; operations: string[] };
    expect(origin.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(origin.operations).toHaveLength(9);
  });
});

describe('pinSpec', () => {
  const spec = {
    openapi: '3.0.1',
    info: { title: 'Tiny' },
    paths: {
      '/a': { get: { responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } } } } },
      '/b': { post: { responses: {} } },
    },
    components: {
      schemas: {
        A: { properties: { b: { $ref: '#/components/schemas/B' } } },
        B: { items: { $ref: '#/components/schemas/C' } },
        C: { type: 'string' },
        Unused: { type: 'number' },
        Extra: { type: 'boolean' },
      },
    },
  };

  it('keeps the asked operations and the schemas they reach through any depth of references', () => {
    const subset = pinSpec(spec, { operations: [{ method: 'get', path: '/a' }], extraSchemas: ['Extra'], source: 'tiny', sha256: '0' });
    expect(Object.keys(subset.paths as object)).toEqual(['/a']);
    expect(Object.keys((subset.components as { schemas: object }).schemas)).toEqual(['A', 'B', 'C', 'Extra']);
  });

  it('refuses an operation the document does not have, naming it', () => {
    expect(() => pinSpec(spec, { operations: [{ method: 'put', path: '/a' }], extraSchemas: [], source: 'tiny', sha256: '0' })).toThrow('Operation PUT /a is not in the document');
  });
});

describe('checking requests', () => {
  it('accepts a documented search request', () => {
    const result = contract.checkRequest({
      method: 'POST',
      url: '/rest/api/3/search/jql',
      headers: json,
      body: JSON.stringify({ jql: 'project in (10000)', fields: ['summary'], maxResults: 100, nextPageToken: 'CAEaAggD' }),
    });
    expect(result.violations).toEqual([]);
    expect(result.operation?.operationId).toBe('searchAndReconsileIssuesUsingJqlPost');
  });

  it('accepts the issue read with comma-separated fields and properties', () => {
    const result = contract.checkRequest({ method: 'GET', url: '/rest/api/3/issue/10042?fields=summary%2Cstatus&properties=mops-state' });
    expect(result.violations).toEqual([]);
    expect(result.operation?.pathParams).toEqual({ issueIdOrKey: '10042' });
  });

  it('refuses the search endpoint Atlassian removed', () => {
    const result = contract.checkRequest({ method: 'POST', url: '/rest/api/3/search', headers: json, body: '{"jql":"project = WEB"}' });
    expect(result.violations[0]).toContain('POST /rest/api/3/search: no such operation');
  });

  it('refuses an undocumented query parameter, naming the ones Jira knows', () => {
    const result = contract.checkRequest({ method: 'GET', url: '/rest/api/3/issue/10042?fieldz=summary' });
    expect(result.violations).toEqual([expect.stringContaining('query parameter "fieldz" is not documented (known: fields, fieldsByKeys, expand, properties')]);
  });

  it('refuses a query value of the wrong type', () => {
    const result = contract.checkRequest({ method: 'GET', url: '/rest/api/3/issue/10042?failFast=sometimes' });
    expect(result.violations).toEqual([expect.stringContaining('query parameter failFast "sometimes" is not true or false')]);
  });

  it('refuses a body property the schema does not have (the old startAt paging)', () => {
    const result = contract.checkRequest({ method: 'POST', url: '/rest/api/3/search/jql', headers: json, body: JSON.stringify({ jql: 'project = WEB', startAt: 100 }) });
    expect(result.violations).toEqual([expect.stringContaining('has property "startAt", which the schema does not allow')]);
  });

  it('refuses a body that sets what Jira only reports', () => {
    const body = { type: { name: 'Duplicate', self: 'https://acme-marketing.atlassian.net/rest/api/3/issueLinkType/10002' }, inwardIssue: { id: '1' }, outwardIssue: { id: '2' } };
    const result = contract.checkRequest({ method: 'POST', url: '/rest/api/3/issueLink', headers: json, body: JSON.stringify(body) });
    expect(result.violations).toEqual([expect.stringContaining('/type/self is read-only')]);
  });

  it('refuses a link without its required outward issue, and a write without a body', () => {
    const link = contract.checkRequest({ method: 'POST', url: '/rest/api/3/issueLink', headers: json, body: JSON.stringify({ type: { name: 'Relates' }, inwardIssue: { id: '1' } }) });
    expect(link.violations).toEqual([expect.stringContaining("must have required property 'outwardIssue'")]);
    const property = contract.checkRequest({ method: 'PUT', url: '/rest/api/3/issue/10042/properties/mops-state' });
    expect(property.violations).toEqual(['PUT /rest/api/3/issue/10042/properties/mops-state: a JSON body is required']);
  });

  it('refuses a JSON body sent without its content type', () => {
    const result = contract.checkRequest({ method: 'POST', url: '/rest/api/3/issue/bulk', body: '{"issueUpdates":[]}' });
    expect(result.violations).toEqual([expect.stringContaining('Content-Type "" is not one of application/json')]);
  });
});

describe('checking the recorded fixtures against the documented responses', () => {
  it.each([
    ['getIssue', 200, 'issue-webinar', webinar],
    ['getIssue', 200, 'issue-damaged', damaged],
    ['getIssue', 404, 'error-404-issue', error404],
    ['searchAndReconsileIssuesUsingJqlPost', 200, 'search-page-1', page1],
    ['searchAndReconsileIssuesUsingJqlPost', 200, 'search-page-2', page2],
    ['searchAndReconsileIssuesUsingJqlPost', 200, 'search-page-3', page3],
    ['searchAndReconsileIssuesUsingJqlPost', 400, 'error-400-jql-missing-ids', error400],
    ['searchAndReconsileIssuesUsingJqlPost', 429, 'error-429', error429],
    ['createIssues', 201, 'bulk-create-partial', bulkPartial],
    ['addComment', 201, 'comment-created', commentCreated],
    ['editIssue', 403, 'error-403-edit', error403],
    ['setIssueProperty', 403, 'error-403-edit', error403],
  ] as const)('%s answering %i with %s fits the contract', (operationId, status, _name, body) => {
    expect(contract.checkResponse(operationId, status, JSON.stringify(body))).toEqual([]);
  });

  it('refuses a status the operation does not document (getIssue never answers 403)', () => {
    expect(contract.checkResponse('getIssue', 403, JSON.stringify(error403))).toEqual([expect.stringContaining('status 403 is not documented for getIssue (documented: 200, 401, 404)')]);
  });

  it('refuses an issue with a top-level property IssueBean does not have', () => {
    const odd = { ...copy(webinar), changelogs: [] };
    expect(contract.checkResponse('getIssue', 200, JSON.stringify(odd))).toEqual([expect.stringContaining('has property "changelogs"')]);
  });

  it('holds system field values to their own models: a status category id must be a number', () => {
    const odd = copy(page3);
    const first = odd.issues[0];
    if (!first) throw new Error('fixture page 3 has issues');
    (first.fields.status.statusCategory as { id: unknown }).id = '2';
    expect(contract.checkResponse('searchAndReconsileIssuesUsingJqlPost', 200, JSON.stringify(odd))).toEqual([
      expect.stringContaining('issue EML-7 field status/statusCategory/id must be integer'),
    ]);
  });

  it('refuses a search page whose last-page token is null, which the schema types as a string', () => {
    const odd = { ...copy(page3), nextPageToken: null };
    expect(contract.checkResponse('searchAndReconsileIssuesUsingJqlPost', 200, JSON.stringify(odd))).toEqual([expect.stringContaining('/nextPageToken must be string')]);
  });

  it('holds error bodies to Jira\'s error collection shape', () => {
    expect(contract.checkResponse('editIssue', 400, JSON.stringify({ message: 'bad' }))).toEqual([expect.stringContaining('has property "message"')]);
  });
});
