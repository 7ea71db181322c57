import { AsanaSpecCheck } from './asana-spec-check';
import { handlers } from './handlers';

const check = new AsanaSpecCheck();
const request = (method: string, path: string, query: string, body?: unknown) => check.checkRequest({ method, path, query: new URLSearchParams(query), contentType: 'application/json', ...(body === undefined ? {} : { body }) });

describe('the fake Asana’s contract check', () => {
  it('accepts what the adapter sends for a task read', () => {
    const checked = request('GET', '/tasks/1209', 'opt_fields=name,due_on,custom_fields.number_value');
    expect(checked).toEqual({ operation: { operationId: 'getTask', pathTemplate: '/tasks/{task_gid}', pathParams: { task_gid: '1209' } }, violations: [] });
  });

  it('flags an opt_field Asana does not list, an undocumented parameter and a limit over 100', () => {
    expect(request('GET', '/tasks/1209', 'opt_fields=name,budget').violations).toEqual([expect.stringContaining('query parameter "opt_fields"/1 must be one of ["actual_time_minutes"')]);
    expect(request('GET', '/tasks', 'project=1&per_page=5').violations).toEqual([expect.stringContaining('query parameter "per_page" is not documented')]);
    expect(request('GET', '/tasks', 'project=1&limit=250').violations).toEqual([expect.stringContaining('"limit" must be <= 100')]);
  });

  it('flags a missing required parameter and a read-only property in a body', () => {
    expect(request('GET', '/events', '').violations).toEqual([expect.stringContaining('required query parameter "resource" is missing')]);
    expect(request('POST', '/tasks/1209/subtasks', '', { data: { name: 'Dry run', memberships: [] } }).violations).toEqual([expect.stringContaining("/data/memberships is read-only in Asana's schema")]);
  });

  it('allows numbers in custom_fields, as the field’s description says, but not a list where a string goes', () => {
    expect(request('PUT', '/tasks/1209', '', { data: { custom_fields: { '1201': 1250.5, '1204': '1301' } } }).violations).toEqual([]);
    expect(request('PUT', '/tasks/1209', '', { data: { name: ['a'] } }).violations).toContainEqual('updateTask (PUT /tasks/{task_gid}): body/data/name must be string');
  });

  it('flags an undocumented status and a wrong answer shape, and allows 429 anywhere', () => {
    expect(check.checkResponse('getTask', 418, {})).toEqual(['getTask: status 418 is not documented (200, 400, 401, 403, 404, 500)']);
    expect(check.checkResponse('getTask', 429, { errors: [{ message: 'slow down' }] })).toEqual([]);
    expect(check.checkResponse('getTask', 200, { data: { gid: 42 } })).toEqual(['getTask 200: body/data/gid must be string']);
    expect(check.checkResponse('getTask', 200, { data: { gid: '42', assignee: null } })).toEqual([]);
  });

  it('checks an attachment’s multipart fields against AttachmentRequest, with the rule its prose adds for links', () => {
    const form = (fields: Record<string, string>, contentType = 'multipart/form-data; boundary=----x') => check.checkRequest({ method: 'POST', path: '/attachments', query: new URLSearchParams('opt_fields=created_at'), contentType, form: fields }).violations;
    const link = { parent: '1209', resource_subtype: 'external', url: 'https://mops.example.com/asana/workspaces/1200/tasks/1209', name: 'Mops' };
    expect(form({ ...link, connect_to_app: 'true' })).toEqual([]);
    expect(form({ parent: '1209', resource_subtype: 'external', name: 'Mops' })).toEqual(['createAttachmentForObject (POST /attachments): form field "url" is required for an external attachment']);
    expect(form({ ...link, resource_subtype: 'link' })).toEqual([expect.stringContaining('form/resource_subtype must be one of')]);
    expect(form({ ...link, connect_to_app: 'yes' })).toEqual(['createAttachmentForObject (POST /attachments): form field "connect_to_app" is "yes", not true or false']);
    expect(form(link, 'application/x-www-form-urlencoded')).toEqual([expect.stringContaining('body must be sent as multipart/form-data')]);
    expect(request('POST', '/attachments', '', { data: link }).violations).toEqual(['createAttachmentForObject (POST /attachments): takes no JSON body']);
  });

  it('knows nothing outside the pinned subset', () => {
    expect(request('DELETE', '/tasks/1209', '').violations).toEqual(['DELETE /tasks/1209 is not an operation in the pinned Asana subset']);
  });
});

describe('the fake’s coverage of the pinned subset', () => {
  it('serves every pinned operation the adapter and the app server call', () => {
    const pinned = check.operationIds().sort();
    expect(Object.keys(handlers).sort()).toEqual(pinned);
  });
});
