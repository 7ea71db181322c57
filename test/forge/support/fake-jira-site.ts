import { FakeJira, type FakeReply, type ReceivedRequest } from '../../contract/jira/fake-jira';

/**
 * A small Jira Cloud site for entry-point tests: issues with their fields and properties, subtasks,
 * comments and links, statuses, and who may see what. It answers through two contract-checking fake
 * Jiras, one for requests made as the person (`asUser`) and one for requests made as the app
 * (`asApp`), so a test can tell which principal made every call and hold each to a budget.
 */

export const SITE = 'https://acme-marketing.atlassian.net';
export const BUDGET_FIELD = 'customfield_10050';
export const KPI_FIELD = 'customfield_10060';

export type CategoryKey = 'new' | 'indeterminate' | 'done';

export interface SiteStatus {
  id: string;
  name: string;
  category: CategoryKey;
}

export const STATUSES: Record<string, SiteStatus> = {
  toDo: { id: '10000', name: 'To Do', category: 'new' },
  inProgress: { id: '3', name: 'In Progress', category: 'indeterminate' },
  done: { id: '10001', name: 'Done', category: 'done' },
};

export interface SiteIssue {
  id: string;
  key: string;
  projectId: string;
  summary: string;
  description?: string;
  type: string;
  subtask?: boolean;
  status: SiteStatus;
  labels?: string[];
  created: string;
  updated?: string;
  duedate?: string;
  assignee?: string;
  reporter?: string;
  estimateSeconds?: number;
  parentId?: string;
  budget?: { planned: number; committed: number; actual: number; currency: string; category: string; vendor?: string };
  kpi?: string;
  properties: Record<string, unknown>;
  /** The person using the UI may not browse it (another team's restricted project). */
  hiddenFromViewer?: boolean;
  /** The person using the UI has Edit Issues on it; the app always has. */
  editableByViewer?: boolean;
}

export interface RecordedComment {
  issueId: string;
  text: string;
}

const CATEGORY_IDS: Record<CategoryKey, { id: number; colorName: string; name: string }> = {
  new: { id: 2, colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, colorName: 'green', name: 'Done' },
};

function statusJson(status: SiteStatus) {
  const category = CATEGORY_IDS[status.category];
  return {
    self: `${SITE}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: `${SITE}/images/icons/statuses/generic.png`,
    name: status.name,
    id: status.id,
    statusCategory: { self: `${SITE}/rest/api/3/statuscategory/${category.id}`, id: category.id, key: status.category, colorName: category.colorName, name: category.name },
  };
}

function userJson(accountId: string) {
  return { self: `${SITE}/rest/api/3/user?accountId=${accountId}`, accountId, displayName: accountId, active: true, accountType: 'atlassian' };
}

function adf(text: string) {
  return { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

function textOfAdf(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const { text, content } = node as { text?: unknown; content?: unknown };
  const own = typeof text === 'string' ? text : '';
  return own + (Array.isArray(content) ? content.map(textOfAdf).join(' ') : '');
}

const errorBody = (message: string) => ({ errorMessages: [message], errors: {} });

export class FakeJiraSite {
  readonly issues = new Map<string, SiteIssue>();
  readonly comments: RecordedComment[] = [];
  readonly links: Array<{ type: string; inward: string; outward: string }> = [];
  readonly edits: Array<{ issueId: string; body: unknown }> = [];
  readonly asUser = new FakeJira();
  readonly asApp = new FakeJira();
  readonly statuses = new Map(Object.values(STATUSES).map((status) => [status.id, status]));
  /** Whether the person using the UI administers Jira. */
  viewerIsAdmin = false;
  private nextId = 20_000;

  constructor() {
    for (const [fake, principal] of [
      [this.asUser, 'user'],
      [this.asApp, 'app'],
    ] as const) {
      fake.on('getIssue', (request) => this.getIssue(request, principal));
      fake.on('searchAndReconsileIssuesUsingJqlPost', (request) => this.search(request, principal));
      fake.on('createIssues', (request) => this.createIssues(request));
      fake.on('editIssue', (request) => {
        this.edits.push({ issueId: this.find(request.pathParams.issueIdOrKey ?? '')?.id ?? '', body: request.body });
        return { status: 204 };
      });
      fake.on('setIssueProperty', (request) => this.setProperty(request));
      fake.on('addComment', (request) => this.addComment(request));
      fake.on('linkIssues', (request) => {
        const body = request.body as { type: { name: string }; inwardIssue: { id: string }; outwardIssue: { id: string } };
        this.links.push({ type: body.type.name, inward: body.inwardIssue.id, outward: body.outwardIssue.id });
        return { status: 201 };
      });
      fake.on('getStatus', (request) => {
        const status = this.statuses.get(request.pathParams.idOrName ?? '');
        return status ? { status: 200, body: statusJson(status) } : { status: 404, body: errorBody('The status with ID was not found.') };
      });
      fake.on('getMyPermissions', (request) => {
        const issueId = request.query.get('issueId');
        if (issueId === null) return this.globalPermissions(principal);
        const issue = this.find(issueId);
        if (!issue || !this.visible(issue, principal)) return { status: 404, body: errorBody('Issue does not exist or you do not have permission to see it.') };
        const editable = principal === 'app' || issue.editableByViewer === true;
        return { status: 200, body: { permissions: { EDIT_ISSUES: { id: '12', key: 'EDIT_ISSUES', name: 'Edit Issues', type: 'PROJECT', description: 'Ability to edit issues.', havePermission: editable } } } };
      });
    }
  }

  private globalPermissions(principal: 'user' | 'app'): FakeReply {
    return {
      status: 200,
      body: {
        permissions: {
          ADMINISTER: {
            id: '0',
            key: 'ADMINISTER',
            name: 'Administer Jira',
            type: 'GLOBAL',
            description: 'Create and administer projects, issue types, fields, workflows, and schemes for all projects.',
            havePermission: principal === 'user' ? this.viewerIsAdmin : true,
          },
        },
      },
    };
  }

  add(issue: Omit<SiteIssue, 'properties'> & { properties?: Record<string, unknown> }): SiteIssue {
    const stored: SiteIssue = { properties: {}, ...issue };
    this.issues.set(stored.id, stored);
    return stored;
  }

  find(idOrKey: string): SiteIssue | undefined {
    return this.issues.get(idOrKey) ?? [...this.issues.values()].find((issue) => issue.key === idOrKey);
  }

  subtasksOf(id: string): SiteIssue[] {
    return [...this.issues.values()].filter((issue) => issue.parentId === id);
  }

  /** Requests made so far, by principal. */
  calls(): { user: string[]; app: string[] } {
    return { user: this.asUser.requests.map((request) => request.operationId), app: this.asApp.requests.map((request) => request.operationId) };
  }

  violations(): string[] {
    return [...this.asUser.violations, ...this.asApp.violations];
  }

  private visible(issue: SiteIssue, principal: 'user' | 'app'): boolean {
    return principal === 'app' || !issue.hiddenFromViewer;
  }

  issueJson(issue: SiteIssue, fields?: readonly string[], properties?: readonly string[]) {
    const project = this.projectOf(issue);
    const all: Record<string, unknown> = {
      summary: issue.summary,
      description: issue.description === undefined ? null : adf(issue.description),
      project: { self: `${SITE}/rest/api/3/project/${issue.projectId}`, id: issue.projectId, key: project, name: project, projectTypeKey: 'business', simplified: false },
      issuetype: {
        self: `${SITE}/rest/api/3/issuetype/${issue.subtask ? '10003' : '10021'}`,
        id: issue.subtask ? '10003' : '10021',
        description: '',
        iconUrl: `${SITE}/images/icons/issuetypes/generic.svg`,
        name: issue.type,
        subtask: issue.subtask === true,
        hierarchyLevel: issue.subtask ? -1 : 0,
      },
      labels: issue.labels ?? [],
      components: [],
      status: statusJson(issue.status),
      assignee: issue.assignee ? userJson(issue.assignee) : null,
      reporter: userJson(issue.reporter ?? '712020:reporter'),
      created: issue.created,
      updated: issue.updated ?? issue.created,
      duedate: issue.duedate ?? null,
      [BUDGET_FIELD]: issue.budget ?? null,
      [KPI_FIELD]: issue.kpi ?? null,
      timetracking: issue.estimateSeconds === undefined ? {} : { originalEstimateSeconds: issue.estimateSeconds, remainingEstimateSeconds: issue.estimateSeconds },
      subtasks: this.subtasksOf(issue.id).map((subtask) => ({
        id: subtask.id,
        key: subtask.key,
        self: `${SITE}/rest/api/3/issue/${subtask.id}`,
        fields: { summary: subtask.summary, status: statusJson(subtask.status) },
      })),
    };
    const parent = issue.parentId ? this.issues.get(issue.parentId) : undefined;
    if (parent) all.parent = { id: parent.id, key: parent.key, self: `${SITE}/rest/api/3/issue/${parent.id}`, fields: { summary: parent.summary, status: statusJson(parent.status) } };
    const picked = fields ? Object.fromEntries(Object.entries(all).filter(([name]) => fields.includes(name))) : all;
    const props = properties ? Object.fromEntries(properties.filter((name) => issue.properties[name] !== undefined).map((name) => [name, issue.properties[name]])) : undefined;
    return { id: issue.id, key: issue.key, self: `${SITE}/rest/api/3/issue/${issue.id}`, fields: picked, ...(props ? { properties: props } : {}) };
  }

  private projectOf(issue: SiteIssue): string {
    return issue.key.slice(0, issue.key.lastIndexOf('-'));
  }

  private getIssue(request: ReceivedRequest, principal: 'user' | 'app'): FakeReply {
    const issue = this.find(request.pathParams.issueIdOrKey ?? '');
    if (!issue || !this.visible(issue, principal)) return { status: 404, body: errorBody('Issue does not exist or you do not have permission to see it.') };
    const fields = request.query.get('fields')?.split(',');
    const properties = request.query.get('properties')?.split(',');
    return { status: 200, body: this.issueJson(issue, fields, properties) };
  }

  /** Enough JQL for what Mops asks: id/project lists, id >, statusCategory != Done, ORDER BY id. */
  matches(jql: string, issue: SiteIssue): boolean {
    const ids = /\bid in \(([^)]*)\)/.exec(jql)?.[1];
    if (ids !== undefined && !ids.split(',').map((id) => id.trim().replace(/"/g, '')).some((id) => id === issue.id || id === issue.key)) return false;
    const projects = /\bproject in \(([^)]*)\)/.exec(jql)?.[1];
    if (projects !== undefined && !projects.split(',').map((id) => id.trim()).includes(issue.projectId)) return false;
    const after = /\bid > (\d+)/.exec(jql)?.[1];
    if (after !== undefined && BigInt(issue.id) <= BigInt(after)) return false;
    if (/statusCategory != Done/.test(jql) && issue.status.category === 'done') return false;
    return true;
  }

  private search(request: ReceivedRequest, principal: 'user' | 'app'): FakeReply {
    const body = request.body as { jql: string; fields?: string[]; maxResults?: number; nextPageToken?: string };
    const found = [...this.issues.values()]
      .filter((issue) => this.visible(issue, principal) && this.matches(body.jql, issue))
      .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    const size = body.maxResults ?? 50;
    const offset = body.nextPageToken ? Number(body.nextPageToken.slice(1)) : 0;
    const page = found.slice(offset, offset + size);
    const isLast = offset + size >= found.length;
    const fields = body.fields ?? ['id'];
    return {
      status: 200,
      body: {
        issues: page.map((issue) => (fields.length === 1 && fields[0] === 'id' ? { id: issue.id } : this.issueJson(issue, fields))),
        isLast,
        ...(isLast ? {} : { nextPageToken: `p${offset + size}` }),
      },
    };
  }

  private createIssues(request: ReceivedRequest): FakeReply {
    const updates = (request.body as { issueUpdates: Array<{ fields: { summary: string; parent: { id: string }; labels?: string[]; duedate?: string } }> }).issueUpdates;
    const created = updates.map((update) => {
      const parent = this.issues.get(update.fields.parent.id);
      const id = String(this.nextId++);
      const key = `${parent ? this.projectOf(parent) : 'NEW'}-${id}`;
      this.add({
        id,
        key,
        projectId: parent?.projectId ?? '10000',
        summary: update.fields.summary,
        type: 'Sub-task',
        subtask: true,
        status: STATUSES.toDo as SiteStatus,
        labels: update.fields.labels ?? [],
        created: '2026-11-23T10:00:00.000+0100',
        parentId: update.fields.parent.id,
        ...(update.fields.duedate ? { duedate: update.fields.duedate } : {}),
      });
      return { id, key, self: `${SITE}/rest/api/3/issue/${id}` };
    });
    return { status: 201, body: { issues: created, errors: [] } };
  }

  private setProperty(request: ReceivedRequest): FakeReply {
    const issue = this.find(request.pathParams.issueIdOrKey ?? '');
    if (!issue) return { status: 404, body: errorBody('Issue does not exist or you do not have permission to see it.') };
    const key = request.pathParams.propertyKey ?? '';
    const existed = issue.properties[key] !== undefined;
    issue.properties[key] = request.body;
    return { status: existed ? 200 : 201 };
  }

  private addComment(request: ReceivedRequest): FakeReply {
    const issue = this.find(request.pathParams.issueIdOrKey ?? '');
    if (!issue) return { status: 404, body: errorBody('Issue does not exist or you do not have permission to see it.') };
    const body = (request.body as { body: unknown }).body;
    this.comments.push({ issueId: issue.id, text: textOfAdf(body).trim() });
    const author = { self: `${SITE}/rest/api/3/user?accountId=557058:mops`, accountId: '557058:mops', displayName: 'Mops', active: true, accountType: 'app' };
    return {
      status: 201,
      body: { self: `${SITE}/rest/api/3/issue/${issue.id}/comment/1`, id: String(10_200 + this.comments.length), author, body, updateAuthor: author, created: '2026-11-23T09:31:05.004+0100', updated: '2026-11-23T09:31:05.004+0100', jsdPublic: true },
    };
  }
}
