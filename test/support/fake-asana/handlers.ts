import { randomBytes } from 'node:crypto';
import { type FakeAttachment, type FakeTag, type FakeTask, type FakeWebhook, project, taskResource } from './asana-world';
import type { FakeAsana } from './fake-asana';
import type { FakeAsanaAccount } from './oauth-endpoints';

/** A request (or batch action) as the fake received it, after the contract check. */
export interface Received {
  operationId: string;
  method: string;
  path: string;
  pathParams: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  userGid: string;
  inBatch: boolean;
  contentType?: string;
  /** The text fields of a multipart/form-data body (POST /attachments). */
  form?: Record<string, string>;
  /** The account of a token the fake's OAuth side issued or accepted (GET /users/me answers with it). */
  account?: FakeAsanaAccount;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (request: Received, fake: FakeAsana) => Answer | Promise<Answer>;
type Json = Parameters<typeof project>[0];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const error = (status: number, message: string): Answer => ({ status, body: { errors: [{ message, help: 'For more information on API status codes and how to handle them, read the docs on errors: https://developers.asana.com/docs/errors' }] } });
const fieldsOf = (request: Received) => request.query.get('opt_fields')?.split(',');
const dataOf = (request: Received): Record<string, unknown> => (isObject(request.body) && isObject(request.body.data) ? request.body.data : {});

/** A list answer, paged by `limit` and an opaque `offset`, as Asana pages every list. */
function page(request: Received, items: Json[]): Answer {
  const limit = Number(request.query.get('limit') ?? '100');
  const offsetText = request.query.get('offset');
  const start = offsetText ? Number(Buffer.from(offsetText, 'base64url').toString('utf8').replace('offset:', '')) : 0;
  if (!Number.isInteger(start) || start < 0) return error(400, `offset: Invalid offset "${offsetText}"`);
  const slice = items.slice(start, start + limit).map((item) => project(item, fieldsOf(request)));
  const end = start + slice.length;
  const nextOffset = Buffer.from(`offset:${end}`, 'utf8').toString('base64url');
  const next_page = end < items.length ? { offset: nextOffset, path: `${request.path}?limit=${limit}&offset=${nextOffset}`, uri: `https://app.asana.com/api/1.0${request.path}?limit=${limit}&offset=${nextOffset}` } : null;
  return { status: 200, body: { data: slice, next_page } };
}

function readableTask(request: Received, fake: FakeAsana, gid: string | undefined): FakeTask | Answer {
  const task = gid ? fake.world.tasks.get(gid) : undefined;
  if (!task) return error(404, `task: Not a recognized ID: ${gid ?? ''}`);
  if (!fake.world.canRead(task, request.userGid)) return error(403, 'Forbidden');
  return task;
}

const isAnswer = (value: FakeTask | Answer): value is Answer => 'status' in value;

function setFieldValues(fake: FakeAsana, task: FakeTask, values: unknown): Answer | undefined {
  if (values === undefined) return undefined;
  if (!isObject(values)) return error(400, 'custom_fields: Value is not an object');
  const allowed = new Set(fake.world.fieldsOn(task).map((field) => field.gid));
  for (const [gid, value] of Object.entries(values)) {
    const field = fake.world.customFields.get(gid);
    if (!field || !allowed.has(gid)) return error(400, `custom_fields: Custom field with ID ${gid} is not on given object`);
    if (value === null) {
      task.values[gid] = null;
    } else if (field.resource_subtype === 'number') {
      const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
      if (!Number.isFinite(number)) return error(400, `custom_fields: Number value for ${gid} is not a number`);
      task.values[gid] = number;
    } else if (field.resource_subtype === 'enum') {
      if (!field.enum_options.some((option) => option.gid === value)) return error(400, `custom_fields: Enum option ${String(value)} is not an option of ${gid}`);
      task.values[gid] = String(value);
    } else {
      task.values[gid] = String(value);
    }
  }
  return undefined;
}

function newTask(fake: FakeAsana, request: Received, data: Record<string, unknown>, parent: string | null): FakeTask | Answer {
  if (typeof data.name !== 'string') return error(400, 'name: Missing input');
  return fake.world.addTask({
    name: data.name,
    created_by: request.userGid,
    parent,
    ...(typeof data.notes === 'string' ? { notes: data.notes } : {}),
    ...(typeof data.due_on === 'string' ? { due_on: data.due_on } : {}),
    ...(typeof data.start_on === 'string' ? { start_on: data.start_on } : {}),
    ...(typeof data.assignee === 'string' ? { assignee: data.assignee } : {}),
  });
}

/** A project as Asana lists it: compact, with its team and workspace when asked for. */
function renderProject(fake: FakeAsana, gid: string): Json {
  const found = fake.world.projects.get(gid);
  return {
    gid,
    resource_type: 'project',
    name: found?.name ?? '',
    archived: false,
    workspace: { gid: fake.world.workspaceGid, resource_type: 'workspace', name: fake.world.workspaceName },
    ...(found?.team ? { team: { gid: found.team, resource_type: 'team', name: fake.world.teams.get(found.team) ?? `Team ${found.team}` } } : {}),
  };
}

/** An external attachment as Asana answers for one: the link is both its download and its view URL unless the test says otherwise. */
function renderAttachment(fake: FakeAsana, attachment: FakeAttachment): Json {
  const parent = fake.world.tasks.get(attachment.parent);
  return {
    gid: attachment.gid,
    resource_type: 'attachment',
    name: attachment.name,
    resource_subtype: 'external',
    created_at: attachment.created_at,
    download_url: attachment.answeredUrls ? attachment.answeredUrls.download_url : attachment.url,
    view_url: attachment.answeredUrls ? attachment.answeredUrls.view_url : attachment.url,
    permanent_url: null,
    host: 'external',
    connected_to_app: attachment.connectedToApp,
    parent: parent ? { gid: parent.gid, resource_type: 'task', name: parent.name, resource_subtype: parent.resource_subtype } : null,
  };
}

const renderTag = (fake: FakeAsana, tag: FakeTag): Json => ({
  gid: tag.gid,
  resource_type: 'tag',
  name: tag.name,
  color: null,
  notes: '',
  created_at: tag.created_at,
  followers: [],
  workspace: { gid: fake.world.workspaceGid, resource_type: 'workspace', name: fake.world.workspaceName },
});

/** The fake's operations, by Asana's operationId. */
export const handlers: Record<string, Handler> = {
  /**
   * Asana's webhook creation: before answering, it POSTs `X-Hook-Secret` to the target and creates the
   * webhook only if the target echoes it with 200 (the receiver must answer while this call is in flight).
   */
  async createWebhook(request, fake) {
    const data = dataOf(request);
    const resource = typeof data.resource === 'string' ? data.resource : '';
    const target = typeof data.target === 'string' ? data.target : '';
    const filters = Array.isArray(data.filters) ? data.filters : [];
    const isProject = fake.world.projects.has(resource);
    const isTeam = [...fake.world.projects.values()].some((candidate) => candidate.team === resource) || fake.world.teams.has(resource);
    if (!isProject && !isTeam) return error(404, `resource: Not a recognized ID: ${resource}`);
    if (isTeam && filters.some((filter) => isObject(filter) && filter.fields !== undefined)) return error(400, 'filters: Subscriptions created on higher-level resources do not support fields');
    if (isTeam && filters.length === 0) return error(400, 'filters: Webhooks on a team require filters');
    const secret = randomBytes(32).toString('hex');
    let echoed = false;
    try {
      const handshake = await fetch(target, { method: 'POST', headers: { 'X-Hook-Secret': secret } });
      echoed = handshake.status === 200 && handshake.headers.get('x-hook-secret') === secret;
    } catch {
      echoed = false;
    }
    if (!echoed) return error(400, 'The remote server did not respond with the handshake secret.');
    const webhook: FakeWebhook = { gid: fake.world.gid(), resource, resourceType: isProject ? 'project' : 'team', target, secret, filters, created_at: fake.world.tick() };
    fake.world.webhooks.set(webhook.gid, webhook);
    const rendered = { gid: webhook.gid, resource_type: 'webhook', active: true, created_at: webhook.created_at, resource: { gid: resource, resource_type: webhook.resourceType, name: fake.world.projects.get(resource)?.name ?? `Team ${resource}` }, target };
    return { status: 201, body: { data: project(rendered, fieldsOf(request) ?? ['active', 'resource', 'resource.name', 'target']) } };
  },

  getProjectsForWorkspace(request, fake) {
    if (request.pathParams.workspace_gid !== fake.world.workspaceGid) return error(404, `workspace: Not a recognized ID: ${request.pathParams.workspace_gid ?? ''}`);
    return page(request, [...fake.world.projects.keys()].filter((gid) => fake.world.canSeeProject(gid, request.userGid)).map((gid) => renderProject(fake, gid)));
  },

  getUser(request, fake) {
    const asked = request.pathParams.user_gid;
    if (asked !== 'me' && asked !== request.userGid) return error(403, 'Forbidden');
    const account = request.account;
    const workspaces = account?.workspaces ?? [{ gid: fake.world.workspaceGid, name: fake.world.workspaceName }];
    const name = account?.name ?? fake.world.users.get(request.userGid)?.name ?? 'Unknown user';
    const rendered = { gid: request.userGid, resource_type: 'user', name, email: `${request.userGid}@example.com`, workspaces: workspaces.map((workspace) => ({ ...workspace, resource_type: 'workspace' })) };
    return { status: 200, body: { data: project(rendered, fieldsOf(request)) } };
  },

  getTask(request, fake) {
    const task = readableTask(request, fake, request.pathParams.task_gid);
    if (isAnswer(task)) return task;
    return { status: 200, body: { data: project(fake.world.renderTask(task), fieldsOf(request)) } };
  },

  updateTask(request, fake) {
    const task = readableTask(request, fake, request.pathParams.task_gid);
    if (isAnswer(task)) return task;
    const data = dataOf(request);
    const refused = setFieldValues(fake, task, data.custom_fields);
    if (refused) return refused;
    for (const key of ['name', 'notes', 'due_on', 'start_on'] as const) if (typeof data[key] === 'string') task[key] = data[key];
    if (typeof data.completed === 'boolean') task.completed = data.completed;
    task.modified_at = fake.world.tick();
    for (const field of Object.keys(data)) {
      for (const projectGid of task.projects) {
        fake.world.record(projectGid, { action: 'changed', resource: taskResource(task), parent: null, created_at: task.modified_at, user: { gid: request.userGid, resource_type: 'user' }, change: { field, action: 'changed' }, type: 'task' });
      }
    }
    return { status: 200, body: { data: project(fake.world.renderTask(task), fieldsOf(request)) } };
  },

  getTasks(request, fake) {
    const projectGid = request.query.get('project');
    if (!projectGid) return error(400, 'Must specify exactly one of project, tag, section, user task list, or assignee + workspace');
    if (!fake.world.projects.has(projectGid)) return error(404, `project: Not a recognized ID: ${projectGid}`);
    if (!fake.world.canSeeProject(projectGid, request.userGid)) return error(403, 'Forbidden');
    const modifiedSince = request.query.get('modified_since');
    const completedSince = request.query.get('completed_since');
    const tasks = [...fake.world.tasks.values()].filter(
      (task) =>
        task.projects.includes(projectGid) &&
        fake.world.canRead(task, request.userGid) &&
        (!modifiedSince || Date.parse(task.modified_at) >= Date.parse(modifiedSince)) &&
        (!completedSince || !task.completed),
    );
    return page(request, tasks.map((task) => fake.world.renderTask(task)));
  },

  getSubtasksForTask(request, fake) {
    const parent = readableTask(request, fake, request.pathParams.task_gid);
    if (isAnswer(parent)) return parent;
    const subtasks = [...fake.world.tasks.values()].filter((task) => task.parent === parent.gid && fake.world.canRead(task, request.userGid));
    return page(request, subtasks.map((task) => fake.world.renderTask(task)));
  },

  createSubtaskForTask(request, fake) {
    const parent = readableTask(request, fake, request.pathParams.task_gid);
    if (isAnswer(parent)) return parent;
    const task = newTask(fake, request, dataOf(request), parent.gid);
    if (isAnswer(task)) return task;
    return { status: 201, body: { data: project(fake.world.renderTask(task), fieldsOf(request)) } };
  },

  createStoryForTask(request, fake) {
    const task = readableTask(request, fake, request.pathParams.task_gid);
    if (isAnswer(task)) return task;
    const data = dataOf(request);
    if (typeof data.html_text !== 'string' && typeof data.text !== 'string') return error(400, 'text: Missing input');
    const html = typeof data.html_text === 'string' ? data.html_text : `<body>${String(data.text)}</body>`;
    if (!/^<body>[\s\S]*<\/body>$/.test(html)) return error(400, 'html_text: XML is invalid: the text must be one <body> element');
    const story = { gid: fake.world.gid(), taskGid: task.gid, html_text: html, created_at: fake.world.tick(), created_by: request.userGid };
    fake.world.stories.push(story);
    const rendered = { gid: story.gid, resource_type: 'story', resource_subtype: 'comment_added', created_at: story.created_at, html_text: story.html_text, text: story.html_text.replace(/<[^>]+>/g, ''), created_by: fake.world.renderUser(story.created_by), type: 'comment' };
    return { status: 201, body: { data: project(rendered, fieldsOf(request)) } };
  },

  /** Links only (`resource_subtype=external`): Mops attaches its widget's URL, never a file. */
  createAttachmentForObject(request, fake) {
    const form = request.form ?? {};
    if (form.resource_subtype !== 'external') return error(400, 'resource_subtype: the fake Asana takes external attachments (links) only');
    const parent = readableTask(request, fake, form.parent);
    if (isAnswer(parent)) return parent;
    const connectedToApp = form.connect_to_app === 'true';
    if (connectedToApp && !request.account) return error(400, 'connect_to_app: can only be set when authenticating with an OAuth token');
    const attachment: FakeAttachment = { gid: fake.world.gid(), parent: parent.gid, name: form.name ?? '', url: form.url ?? '', connectedToApp, created_at: fake.world.tick(), created_by: request.userGid };
    fake.world.attachments.push(attachment);
    return { status: 200, body: { data: project(renderAttachment(fake, attachment), fieldsOf(request)) } };
  },

  getAttachmentsForObject(request, fake) {
    const parent = readableTask(request, fake, request.query.get('parent') ?? undefined);
    if (isAnswer(parent)) return parent;
    return page(request, fake.world.attachments.filter((attachment) => attachment.parent === parent.gid).map((attachment) => renderAttachment(fake, attachment)));
  },

  getTagsForWorkspace(request, fake) {
    if (request.pathParams.workspace_gid !== fake.world.workspaceGid) return error(404, `workspace: Not a recognized ID: ${request.pathParams.workspace_gid ?? ''}`);
    return page(request, [...fake.world.tags.values()].map((tag) => renderTag(fake, tag)));
  },

  createTagForWorkspace(request, fake) {
    if (request.pathParams.workspace_gid !== fake.world.workspaceGid) return error(404, `workspace: Not a recognized ID: ${request.pathParams.workspace_gid ?? ''}`);
    const name = dataOf(request).name;
    if (typeof name !== 'string' || name.trim() === '') return error(400, 'name: Missing input');
    return { status: 201, body: { data: project(renderTag(fake, fake.world.addTag(name)), fieldsOf(request)) } };
  },

  addTagForTask(request, fake) {
    const task = readableTask(request, fake, request.pathParams.task_gid);
    if (isAnswer(task)) return task;
    const tag = fake.world.tags.get(String(dataOf(request).tag ?? ''));
    if (!tag) return error(400, `tag: Not a recognized ID: ${String(dataOf(request).tag ?? '')}`);
    // Asana answers the same for a tag the task already has.
    if (!task.tags.includes(tag.name)) task.tags.push(tag.name);
    return { status: 200, body: { data: {} } };
  },

  async createBatchRequest(request, fake) {
    const actions = isObject(dataOf(request)) && Array.isArray(dataOf(request).actions) ? (dataOf(request).actions as unknown[]) : [];
    if (actions.length === 0) return error(400, 'actions: Missing input');
    if (actions.length > 10) return error(400, `actions: A batch request may contain at most 10 actions; got ${actions.length}`);
    const results = [];
    for (const action of actions) results.push(await fake.runAction(action, request.userGid));
    return { status: 200, body: { data: results } };
  },

  getEvents(request, fake) {
    const resource = request.query.get('resource') ?? '';
    const log = fake.world.events.get(resource);
    if (!log) return error(404, `resource: Not a recognized ID: ${resource}`);
    const newToken = (position: number) => {
      const token = `${resource.slice(-4)}${fake.world.gid().slice(-8)}`.padEnd(32, '0');
      fake.world.syncTokens.set(token, { resource, position });
      return token;
    };
    const sync = request.query.get('sync');
    const known = sync ? fake.world.syncTokens.get(sync) : undefined;
    if (!known || known.resource !== resource) {
      return { status: 412, body: { errors: [{ message: 'Sync token invalid or too old. If you are attempting to keep resources in sync, you must fetch the full dataset for this query now and use the new sync token for the next sync.' }], sync: newToken(log.length) } };
    }
    const events = log.slice(known.position, known.position + fake.eventsPageSize);
    const end = known.position + events.length;
    return { status: 200, body: { data: events, sync: newToken(end), has_more: end < log.length } };
  },

  getCustomFieldsForWorkspace(request, fake) {
    if (request.pathParams.workspace_gid !== fake.world.workspaceGid) return error(404, `workspace: Not a recognized ID: ${request.pathParams.workspace_gid ?? ''}`);
    return page(request, [...fake.world.customFields.values()].map((field) => fake.world.renderField(field)));
  },

  createCustomField(request, fake) {
    const data = dataOf(request);
    if (data.workspace !== fake.world.workspaceGid) return error(400, 'workspace: Not a recognized ID');
    if (typeof data.name !== 'string' || data.name.trim() === '') return error(400, 'name: Missing input');
    if (data.resource_subtype !== 'number' && data.resource_subtype !== 'text' && data.resource_subtype !== 'enum') return error(400, 'resource_subtype: Not supported by the fake');
    const taken = [...fake.world.customFields.values()].some((field) => field.name.toLowerCase() === String(data.name).toLowerCase());
    if (taken) return error(403, `Custom field with name ${data.name} already exists in this workspace`);
    if (data.format === 'currency' && typeof data.currency_code !== 'string') return error(400, 'currency_code: A currency field needs a currency_code');
    const options = Array.isArray(data.enum_options) ? data.enum_options.flatMap((option) => (isObject(option) && typeof option.name === 'string' ? [option.name] : [])) : [];
    const field = fake.world.addCustomField({
      name: data.name,
      resource_subtype: data.resource_subtype,
      ...(typeof data.format === 'string' ? { format: data.format } : {}),
      ...(typeof data.currency_code === 'string' ? { currency_code: data.currency_code } : {}),
      ...(typeof data.precision === 'number' ? { precision: data.precision } : {}),
      enum_options: options,
    });
    return { status: 201, body: { data: project(fake.world.renderField(field), fieldsOf(request)) } };
  },

  createEnumOptionForCustomField(request, fake) {
    const field = fake.world.customFields.get(request.pathParams.custom_field_gid ?? '');
    if (!field) return error(404, 'custom_field: Not a recognized ID');
    const data = dataOf(request);
    if (typeof data.name !== 'string') return error(400, 'name: Missing input');
    const option = { gid: fake.world.gid(), name: data.name, enabled: true };
    field.enum_options.push(option);
    return { status: 201, body: { data: project({ ...option, resource_type: 'enum_option', color: 'none' }, fieldsOf(request)) } };
  },

  getCustomFieldSettingsForProject(request, fake) {
    const found = fake.world.projects.get(request.pathParams.project_gid ?? '');
    if (!found) return error(404, 'project: Not a recognized ID');
    return page(request, found.fieldSettings.map((gid) => settingOf(fake, found.gid, gid)));
  },

  addCustomFieldSettingForProject(request, fake) {
    const found = fake.world.projects.get(request.pathParams.project_gid ?? '');
    if (!found) return error(404, 'project: Not a recognized ID');
    const gid = dataOf(request).custom_field;
    if (typeof gid !== 'string' || !fake.world.customFields.has(gid)) return error(400, 'custom_field: Not a recognized ID');
    if (found.fieldSettings.includes(gid)) return error(400, `Custom field ${gid} is already on project ${found.gid}`);
    found.fieldSettings.push(gid);
    return { status: 200, body: { data: project(settingOf(fake, found.gid, gid), fieldsOf(request)) } };
  },
};

function settingOf(fake: FakeAsana, projectGid: string, fieldGid: string): Json {
  const field = fake.world.customFields.get(fieldGid);
  return {
    gid: `${fieldGid.slice(0, 8)}${projectGid.slice(-8)}`,
    resource_type: 'custom_field_setting',
    is_important: true,
    project: { gid: projectGid, resource_type: 'project', name: fake.world.projects.get(projectGid)?.name ?? '' },
    custom_field: field ? fake.world.renderField(field) : null,
  };
}
