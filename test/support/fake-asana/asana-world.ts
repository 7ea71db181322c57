/*
 * The fake Asana's data: one workspace with users, projects (with sections and custom field settings),
 * tasks, custom fields, stories and per-project event logs, all in memory. Objects render the way Asana
 * sends them (compact references with gid and resource_type) and are cut down to the `opt_fields` asked.
 */

export interface FakeUser {
  gid: string;
  name: string;
  token: string;
}

export interface FakeProject {
  gid: string;
  name: string;
  /** The team that owns the project, if any. */
  team: string | null;
  /** Custom field gids shown on the project's tasks, in order. */
  fieldSettings: string[];
  /** When set, only these users may see the project (a private project): others' listings leave it out. */
  members?: string[];
}

/** A webhook the fake created, with the secret it handshook with; deliveries are signed with it. */
export interface FakeWebhook {
  gid: string;
  resource: string;
  resourceType: 'project' | 'team';
  target: string;
  secret: string;
  filters: unknown[];
  created_at: string;
}

export interface FakeCustomField {
  gid: string;
  name: string;
  resource_subtype: 'number' | 'text' | 'enum';
  format?: string;
  currency_code?: string | null;
  precision?: number;
  enum_options: Array<{ gid: string; name: string; enabled: boolean }>;
}

export type FakeFieldValue = number | string | null;

export interface FakeTask {
  gid: string;
  name: string;
  notes: string;
  resource_subtype: 'default_task' | 'milestone' | 'approval';
  completed: boolean;
  created_at: string;
  modified_at: string;
  start_on: string | null;
  due_on: string | null;
  parent: string | null;
  assignee: string | null;
  created_by: string;
  projects: string[];
  section: { gid: string; name: string } | null;
  tags: string[];
  /** Custom field gid → number, text or enum option gid. */
  values: Record<string, FakeFieldValue>;
  /** When set, only these users may read the task (a private task of another team). */
  readers?: string[];
}

export interface FakeStory {
  gid: string;
  taskGid: string;
  html_text: string;
  created_at: string;
  created_by: string;
}

/** An external attachment (a link), as `POST /attachments` with `resource_subtype=external` makes one. */
export interface FakeAttachment {
  gid: string;
  parent: string;
  name: string;
  url: string;
  connectedToApp: boolean;
  created_at: string;
  created_by: string;
  /**
   * The link's URLs as Asana answers them, when a test wants them other than the posted `url`: the spec
   * makes both nullable and does not promise an external attachment's URL back in either.
   */
  answeredUrls?: { view_url: string | null; download_url: string | null };
}

/** A tag of the workspace; tasks carry tags by name (FakeTask.tags). */
export interface FakeTag {
  gid: string;
  name: string;
  created_at: string;
}

export interface FakeEvent {
  action: 'added' | 'changed' | 'removed' | 'deleted';
  resource: { gid: string; resource_type: string; resource_subtype?: string; name?: string };
  parent: { gid: string; resource_type: string } | null;
  created_at: string;
  user: { gid: string; resource_type: 'user' } | null;
  change?: { field: string; action: 'changed'; new_value?: unknown };
  type: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export class AsanaWorld {
  readonly workspaceGid = '1200000000000001';
  readonly workspaceName = 'Kestrel Marketing';
  /** Teams by gid → name. */
  readonly teams = new Map<string, string>();
  /** Webhooks by gid. */
  readonly webhooks = new Map<string, FakeWebhook>();
  readonly users = new Map<string, FakeUser>();
  readonly projects = new Map<string, FakeProject>();
  readonly tasks = new Map<string, FakeTask>();
  readonly customFields = new Map<string, FakeCustomField>();
  readonly stories: FakeStory[] = [];
  readonly attachments: FakeAttachment[] = [];
  /** The workspace's tags by gid (tasks name theirs in FakeTask.tags). */
  readonly tags = new Map<string, FakeTag>();
  /** Per project: every event so far, and sync token → position. */
  readonly events = new Map<string, FakeEvent[]>();
  readonly syncTokens = new Map<string, { resource: string; position: number }>();
  private nextGid = 1_300_000_000_000_000n;
  private clockMs = Date.parse('2026-11-23T09:00:00.000Z');

  gid(): string {
    this.nextGid += 1n;
    return this.nextGid.toString();
  }

  /** The fake's clock: each call is one second later, so modified_at orders writes. */
  tick(): string {
    this.clockMs += 1000;
    return new Date(this.clockMs).toISOString();
  }

  now(): string {
    return new Date(this.clockMs).toISOString();
  }

  addUser(name: string, token: string): FakeUser {
    const user = { gid: this.gid(), name, token };
    this.users.set(user.gid, user);
    return user;
  }

  addProject(name: string, team: string | null = null): FakeProject {
    const project = { gid: this.gid(), name, team, fieldSettings: [] };
    this.projects.set(project.gid, project);
    this.events.set(project.gid, []);
    return project;
  }

  addTeam(name: string): string {
    const gid = this.gid();
    this.teams.set(gid, name);
    return gid;
  }

  addTag(name: string): FakeTag {
    const tag = { gid: this.gid(), name, created_at: this.tick() };
    this.tags.set(tag.gid, tag);
    return tag;
  }

  addCustomField(field: Omit<FakeCustomField, 'gid' | 'enum_options'> & { enum_options?: string[] }): FakeCustomField {
    const created: FakeCustomField = { ...field, gid: this.gid(), enum_options: (field.enum_options ?? []).map((name) => ({ gid: this.gid(), name, enabled: true })) };
    this.customFields.set(created.gid, created);
    return created;
  }

  /** A task as a person would make it in Asana's UI; adds an "added" event to each of its projects. */
  addTask(task: Partial<Omit<FakeTask, 'gid'>> & { name: string; created_by: string }): FakeTask {
    const at = this.tick();
    const created: FakeTask = {
      gid: this.gid(),
      notes: '',
      resource_subtype: 'default_task',
      completed: false,
      created_at: at,
      modified_at: at,
      start_on: null,
      due_on: null,
      parent: null,
      assignee: null,
      projects: [],
      section: null,
      tags: [],
      values: {},
      ...task,
    };
    this.tasks.set(created.gid, created);
    for (const project of created.projects) this.record(project, { action: 'added', resource: taskResource(created), parent: { gid: project, resource_type: 'project' }, created_at: at, user: { gid: created.created_by, resource_type: 'user' }, type: 'task' });
    return created;
  }

  record(projectGid: string, event: FakeEvent): void {
    this.events.get(projectGid)?.push(event);
  }

  canSeeProject(projectGid: string, userGid: string): boolean {
    const members = this.projects.get(projectGid)?.members;
    return members === undefined || members.includes(userGid);
  }

  canRead(task: FakeTask, userGid: string): boolean {
    return task.readers === undefined || task.readers.includes(userGid);
  }

  /** Fields a task shows: those its projects (or its parent's) carry, and any holding a value. */
  fieldsOn(task: FakeTask): FakeCustomField[] {
    const gids = new Set<string>();
    const parent = task.parent ? this.tasks.get(task.parent) : undefined;
    for (const projectGid of task.projects.length > 0 ? task.projects : (parent?.projects ?? [])) for (const gid of this.projects.get(projectGid)?.fieldSettings ?? []) gids.add(gid);
    for (const gid of Object.keys(task.values)) gids.add(gid);
    return [...gids].flatMap((gid) => {
      const field = this.customFields.get(gid);
      return field ? [field] : [];
    });
  }

  renderUser(gid: string | null): Json {
    if (gid === null) return null;
    return { gid, resource_type: 'user', name: this.users.get(gid)?.name ?? 'Unknown user' };
  }

  renderField(field: FakeCustomField): { [key: string]: Json } {
    return {
      gid: field.gid,
      resource_type: 'custom_field',
      name: field.name,
      resource_subtype: field.resource_subtype,
      type: field.resource_subtype,
      format: field.format ?? 'none',
      currency_code: field.currency_code ?? null,
      precision: field.precision ?? 0,
      enum_options: field.enum_options.map((option) => ({ gid: option.gid, resource_type: 'enum_option', name: option.name, enabled: option.enabled, color: 'none' })),
    };
  }

  renderTask(task: FakeTask): { [key: string]: Json } {
    const parent = task.parent ? this.tasks.get(task.parent) : undefined;
    return {
      gid: task.gid,
      resource_type: 'task',
      name: task.name,
      notes: task.notes,
      resource_subtype: task.resource_subtype,
      completed: task.completed,
      created_at: task.created_at,
      modified_at: task.modified_at,
      start_on: task.start_on,
      due_on: task.due_on,
      parent: parent ? { gid: parent.gid, resource_type: 'task', name: parent.name, resource_subtype: parent.resource_subtype } : null,
      assignee: this.renderUser(task.assignee),
      created_by: { gid: task.created_by, resource_type: 'user' },
      projects: task.projects.map((gid) => ({ gid, resource_type: 'project', name: this.projects.get(gid)?.name ?? '' })),
      memberships: task.projects.map((gid) => ({
        project: { gid, resource_type: 'project', name: this.projects.get(gid)?.name ?? '' },
        // Every task in a project sits in a section; Asana names the default one "Untitled section".
        section: task.section ? { gid: task.section.gid, resource_type: 'section', name: task.section.name } : { gid: `${gid.slice(0, 12)}0001`, resource_type: 'section', name: 'Untitled section' },
      })),
      tags: task.tags.map((name, index) => ({ gid: [...this.tags.values()].find((tag) => tag.name === name)?.gid ?? `${1_400_000_000_000_000 + index}`, resource_type: 'tag', name })),
      custom_fields: this.fieldsOn(task).map((field) => {
        const value = task.values[field.gid] ?? null;
        const option = field.enum_options.find((candidate) => candidate.gid === value);
        return {
          ...this.renderField(field),
          number_value: field.resource_subtype === 'number' && typeof value === 'number' ? value : null,
          text_value: field.resource_subtype === 'text' && typeof value === 'string' ? value : null,
          enum_value: option ? { gid: option.gid, resource_type: 'enum_option', name: option.name, enabled: option.enabled, color: 'none' } : null,
          display_value: value === null ? null : String(option?.name ?? value),
        };
      }),
    };
  }
}

export function taskResource(task: FakeTask): FakeEvent['resource'] {
  return { gid: task.gid, resource_type: 'task', resource_subtype: task.resource_subtype, name: task.name };
}

/**
 * `value` cut down to the dotted `opt_fields` paths (plus gid and resource_type at every level, as
 * Asana always sends them); with no opt_fields, the compact form: gid, resource_type, name, subtype.
 * @example project({ gid: '1', name: 'A', notes: 'x' }, ['name']) // { gid: '1', name: 'A' }
 */
export function project(value: Json, fields: readonly string[] | undefined): Json {
  const paths = fields ?? ['name', 'resource_subtype'];
  return pick(value, paths.map((path) => path.split('.')));
}

function pick(value: Json, paths: readonly string[][]): Json {
  if (Array.isArray(value)) return value.map((item) => pick(item, paths));
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: Json } = {};
  for (const key of ['gid', 'resource_type']) if (key in value) out[key] = value[key] as Json;
  const heads = new Map<string, string[][]>();
  for (const [head, ...rest] of paths) {
    if (head === undefined) continue;
    const list = heads.get(head) ?? [];
    if (rest.length > 0) list.push(rest);
    heads.set(head, list);
  }
  for (const [head, rest] of heads) {
    if (!(head in value)) continue;
    const inner = value[head] as Json;
    out[head] = rest.length === 0 ? compactOf(inner) : pick(inner, rest);
  }
  return out;
}

/** A nested object asked for by name only comes back compact, as Asana sends it. */
function compactOf(value: Json): Json {
  if (Array.isArray(value)) return value.map(compactOf);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => ['gid', 'resource_type', 'name', 'resource_subtype'].includes(key)));
}
