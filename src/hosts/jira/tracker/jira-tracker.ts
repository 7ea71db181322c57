import { route } from '@forge/api';
import { z } from 'zod';
import { TaskState } from '../../../app/ports/task-state';
import type { Comment, LinkKind, TaskChange, TaskContext, TaskQuery, Tracker } from '../../../app/ports/tracker';
import type { CostCategory } from '../../../core/budget/categories';
import type { Task } from '../../../core/task/task';
import type { PlannedSubtask } from '../../../core/templates';
import { commentToAdf } from '../adf/comment-to-adf';
import { JiraSubtaskRef } from '../rest/issue-fields';
import { JiraHttpError, JiraNotFoundError, JiraResponseShapeError } from '../rest/jira-errors';
import type { JiraHttp } from '../rest/jira-http';
import { jqlIn, taskJql } from '../rest/jql';
import { IgnoredBody, JiraBulkCreateResult, JiraCreatedComment, JiraIdPage, JiraIssue, JiraSearchPage } from '../rest/responses';
import { searchJqlPages } from '../rest/search-jql-pages';
import { customFieldIds } from './field-map';
import { issueEditOf } from './issue-edit';
import { issueToTask } from './issue-to-task';
import type { JiraProblem, ProblemSink } from './problems';
import { type FailedSubtask, SubtasksPartlyCreatedError } from '../../../app/ports/subtasks-partly-created';
import { subtaskPayload } from './subtask-payload';
import { subtaskToTask } from './subtask-to-task';
import type { JiraTrackerSettings } from './settings';

/** Jira's limit of issues per bulk create request. */
export const BULK_CREATE_LIMIT = 50;
/** Jira's limit on an issue property value, in bytes of JSON. */
export const PROPERTY_VALUE_LIMIT = 32_768;
/** Jira returns at most this many issue properties per search (`properties` of `POST /search/jql`). */
export const SEARCH_PROPERTY_LIMIT = 5;
/** How many times one id batch is re-asked after Jira names ids in it that it will not resolve. */
const MISSING_ID_PASSES = 3;

/** System fields every mapped task needs; custom fields come from the field map. */
const TASK_FIELDS = ['summary', 'description', 'project', 'issuetype', 'labels', 'components', 'status', 'assignee', 'reporter', 'created', 'duedate', 'timetracking', 'parent'];

const chunk = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

/**
 * Ids or keys Jira names as unresolvable in a JQL error ("An issue with key 'WEB-9' does not exist for
 * field 'id'."). Jira answers that way for issues that were deleted and for ones the caller may not see.
 */
function unresolvedIds(error: JiraHttpError, asked: readonly string[]): Set<string> {
  const askedSet = new Set(asked);
  const named = new Set<string>();
  for (const message of [...error.details.errorMessages, ...Object.values(error.details.errors)]) {
    if (!/does not exist|is invalid|not found/i.test(message)) continue;
    for (const match of message.matchAll(/'([^']+)'/g)) if (match[1] !== undefined && askedSet.has(match[1])) named.add(match[1]);
  }
  return named;
}

/** What a caller reads from the issues a search finds beyond their tasks, so it needs no call of its own. */
export interface SearchReader {
  /** Issue fields asked for beside the task's own, e.g. `issuelinks`. */
  fields: readonly string[];
  /** Issue properties asked for; Jira returns at most 5 per search. */
  properties: readonly string[];
  /** Shown every issue a search returns, as Jira sent it. */
  read(issue: JiraIssue): void;
}

export interface JiraTrackerOptions {
  /** Cost categories the budget field's values are checked against. */
  costCategories?: readonly CostCategory[];
  /** Told of every value Mops read around or could not write; problems are also kept (see `problems()`). */
  onProblem?: ProblemSink;
  /** Read more of every issue `searchTasks` finds, each shown every issue (see `alsoReadingFor`). */
  searchReaders?: readonly SearchReader[];
}

/** The issue properties the readers ask for together, each once, in the order first asked. */
function readerProperties(readers: readonly SearchReader[]): string[] {
  return [...new Set(readers.flatMap((reader) => reader.properties))];
}

/**
 * The Tracker port over Jira Cloud's REST API v3. It acts as whoever the transport acts as: build it on
 * `asUser().requestJira` for what a person sees, on `asApp().requestJira` for automation. Every read asks
 * only for the fields Mops maps; every call is counted by the transport.
 * @example const tracker = new JiraTracker(new JiraHttp(api.asApp().requestJira), JiraTrackerSettings.parse(config))
 */
export class JiraTracker implements Tracker {
  constructor(
    private readonly http: JiraHttp,
    private readonly settings: JiraTrackerSettings,
    private readonly options: JiraTrackerOptions = {},
    /** Kept problems; the trackers `alsoReadingFor` makes share this tracker's, so `problems()` here sees theirs. */
    private readonly found: JiraProblem[] = [],
  ) {
    const properties = readerProperties(options.searchReaders ?? []);
    if (properties.length > SEARCH_PROPERTY_LIMIT) {
      throw new Error(`Search readers ask for ${properties.length} issue properties (${properties.join(', ')}); a Jira search returns at most ${SEARCH_PROPERTY_LIMIT}`);
    }
  }

  hostCalls(): number {
    return this.http.hostCalls();
  }

  /**
   * This tracker over the same transport (so calls are counted together) and the same problems list,
   * whose searches also ask for what `reader` needs and show it each issue found, beside the readers it
   * already serves: a use case's searches serve a second read. Throws when the readers together ask for
   * more issue properties than a Jira search returns.
   * @example withBoundedSearch(viewer.tracker.alsoReadingFor(reviews.searchReader))
   */
  alsoReadingFor(reader: SearchReader): JiraTracker {
    return new JiraTracker(this.http, this.settings, { ...this.options, searchReaders: [...(this.options.searchReaders ?? []), reader] }, this.found);
  }

  /** Everything read around or left unwritten so far. */
  problems(): readonly JiraProblem[] {
    return this.found;
  }

  private report(problems: readonly JiraProblem[]): void {
    for (const problem of problems) {
      this.found.push(problem);
      this.options.onProblem?.(problem);
    }
  }

  private taskFields(): string[] {
    return [...TASK_FIELDS, ...customFieldIds(this.settings.fields)];
  }

  private mapIssue(issue: JiraIssue): ReturnType<typeof issueToTask> {
    const mapped = issueToTask(issue, {
      fieldMap: this.settings.fields,
      ...(this.options.costCategories ? { costCategories: this.options.costCategories } : {}),
    });
    this.report(mapped.problems);
    return mapped;
  }

  /** One call: the issue with its subtasks field and Mops' state property. Undefined when Jira has no such issue (for this principal). */
  async loadTaskContext(taskId: string): Promise<TaskContext | undefined> {
    const fields = [...this.taskFields(), 'updated', 'subtasks'].join(',');
    const property = this.settings.stateProperty;
    const request = { method: 'GET' as const, route: route`/rest/api/3/issue/${taskId}?fields=${fields}&properties=${property}`, subject: `issue ${taskId}` };
    let issue: JiraIssue;
    try {
      issue = await this.http.request({ ...request, schema: JiraIssue });
    } catch (error) {
      if (error instanceof JiraNotFoundError) return undefined;
      throw error;
    }
    const mapped = this.mapIssue(issue);
    if (!mapped.ok) {
      throw new JiraResponseShapeError({ method: 'GET', path: request.route.value, subject: request.subject }, mapped.problems.map((problem) => problem.message));
    }
    // The template and each subtask's step come from the state, read together by the use cases.
    const state = this.readState(issue);
    const task = mapped.task;
    const subtasks = this.readSubtasks(issue, task).map((ref) => subtaskToTask(ref, task));
    return { task, subtasks, ...(state ? { state } : {}), updatedAt: mapped.updatedAt ?? task.createdAt };
  }

  private readState(issue: JiraIssue): TaskState | undefined {
    const value = issue.properties?.[this.settings.stateProperty];
    if (value === undefined || value === null) return undefined;
    const parsed = TaskState.safeParse(value);
    if (parsed.success) return parsed.data;
    const reasons = parsed.error.issues.map((problem) => `${problem.path.join('.') || 'value'}: ${problem.message}`).join('; ');
    this.report([{ issue: issue.key, field: `property ${this.settings.stateProperty}`, message: `Mops state is unreadable (${reasons}); treated as absent` }]);
    return undefined;
  }

  private readSubtasks(issue: JiraIssue, parent: Task): z.infer<typeof JiraSubtaskRef>[] {
    const parsed = z.array(z.unknown()).safeParse(issue.fields.subtasks ?? []);
    const refs: z.infer<typeof JiraSubtaskRef>[] = [];
    for (const entry of parsed.success ? parsed.data : []) {
      const ref = JiraSubtaskRef.safeParse(entry);
      if (ref.success) refs.push(ref.data);
      else this.report([{ issue: parent.key, field: 'subtasks', message: `A subtask entry cannot be read (${ref.error.issues[0]?.message ?? 'invalid'}); left out` }]);
    }
    return refs;
  }

  async *searchTasks(query: TaskQuery): AsyncIterable<Task[]> {
    if (query.projectIds?.length === 0 || query.taskIds?.length === 0) return;
    const idBatches = query.taskIds ? chunk([...new Set(query.taskIds)], this.settings.idBatchSize) : [undefined];
    for (const taskIds of idBatches) {
      const jql = taskJql({ ...query, ...(taskIds ? { taskIds } : {}) }, this.settings.jqlTimeZone);
      const readers = this.options.searchReaders ?? [];
      const properties = readerProperties(readers);
      const body = {
        jql,
        fields: [...new Set([...this.taskFields(), ...readers.flatMap((reader) => reader.fields)])],
        ...(properties.length > 0 ? { properties } : {}),
        maxResults: this.settings.pageSize,
      };
      for await (const page of searchJqlPages(this.http, body, JiraSearchPage, `search ${jql}`)) {
        for (const issue of page.issues) for (const reader of readers) reader.read(issue);
        const tasks = page.issues.flatMap((issue) => {
          const mapped = this.mapIssue(issue);
          return mapped.ok ? [mapped.task] : [];
        });
        if (tasks.length > 0) yield tasks;
      }
    }
  }

  /**
   * Runs the search as the acting principal, so Jira itself decides: ids it does not return are ones
   * this person (or the app) may not browse, or that no longer exist.
   */
  async visibleTaskIds(taskIds: readonly string[]): Promise<Set<string>> {
    const visible = new Set<string>();
    for (const batch of chunk([...new Set(taskIds)], this.settings.idBatchSize)) {
      for (const id of await this.visibleInBatch(batch)) visible.add(id);
    }
    return visible;
  }

  private async visibleInBatch(batch: readonly string[]): Promise<string[]> {
    let asked = [...batch];
    for (let pass = 0; ; pass += 1) {
      try {
        const found: string[] = [];
        const body = { jql: jqlIn('id', asked), fields: ['id'], maxResults: asked.length };
        for await (const page of searchJqlPages(this.http, body, JiraIdPage, `visibility of ${asked.length} issues`)) found.push(...page.issues.map((issue) => issue.id));
        const askedSet = new Set(asked);
        return found.filter((id) => askedSet.has(id));
      } catch (error) {
        if (!(error instanceof JiraHttpError) || error.status !== 400 || pass >= MISSING_ID_PASSES) throw error;
        const unresolved = unresolvedIds(error, asked);
        if (unresolved.size === 0) throw error;
        asked = asked.filter((id) => !unresolved.has(id));
        if (asked.length === 0) return [];
      }
    }
  }

  async createSubtasks(parent: Task, subtasks: readonly PlannedSubtask[]): Promise<Record<string, string>> {
    const created: Record<string, string> = {};
    const failed: FailedSubtask[] = [];
    for (const group of chunk(subtasks, BULK_CREATE_LIMIT)) {
      const result = await this.http.request({
        method: 'POST',
        route: route`/rest/api/3/issue/bulk`,
        subject: `${group.length} subtasks of ${parent.key}`,
        body: { issueUpdates: group.map((planned) => subtaskPayload(parent, planned, this.settings)) },
        schema: JiraBulkCreateResult,
        answerStatuses: [400],
      });
      const outcome = bulkOutcome(group, result);
      Object.assign(created, outcome.created);
      failed.push(...outcome.failed);
    }
    if (failed.length > 0) throw new SubtasksPartlyCreatedError(parent.key, created, failed);
    return created;
  }

  async updateTask(taskId: string, change: TaskChange): Promise<void> {
    const { edit, problems } = issueEditOf(change, this.settings.fields, taskId);
    this.report(problems);
    if (!edit) return;
    await this.http.request({ method: 'PUT', route: route`/rest/api/3/issue/${taskId}`, subject: `issue ${taskId}`, body: edit, schema: IgnoredBody });
  }

  /**
   * Links "from" to "to". Jira's reference calls the outward issue the "from" issue (it gets the link's
   * comment and needs the Link issues permission), so `fromTaskId` goes on the outward side.
   */
  async linkTasks(fromTaskId: string, toTaskId: string, kind: LinkKind): Promise<void> {
    const name = kind === 'duplicate' ? this.settings.linkTypes.duplicate : this.settings.linkTypes.relates;
    await this.http.request({
      method: 'POST',
      route: route`/rest/api/3/issueLink`,
      subject: `a "${name}" link from issue ${fromTaskId} to issue ${toTaskId}`,
      body: { type: { name }, inwardIssue: { id: toTaskId }, outwardIssue: { id: fromTaskId } },
      schema: IgnoredBody,
    });
  }

  async addComment(taskId: string, comment: Comment): Promise<void> {
    const body = commentToAdf(comment, this.settings.siteUrl ? { siteUrl: this.settings.siteUrl } : {});
    await this.http.request({
      method: 'POST',
      route: route`/rest/api/3/issue/${taskId}/comment`,
      subject: `a comment on issue ${taskId}`,
      body: { body },
      schema: JiraCreatedComment,
    });
  }

  async saveTaskState(taskId: string, state: TaskState): Promise<void> {
    const value = TaskState.parse(state);
    const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
    if (bytes > PROPERTY_VALUE_LIMIT) {
      throw new Error(`Mops state for issue ${taskId} is ${bytes} bytes; Jira issue properties hold at most ${PROPERTY_VALUE_LIMIT}`);
    }
    const property = this.settings.stateProperty;
    await this.http.request({
      method: 'PUT',
      route: route`/rest/api/3/issue/${taskId}/properties/${property}`,
      subject: `Mops state of issue ${taskId}`,
      body: value,
      schema: IgnoredBody,
    });
  }
}

/**
 * Which steps of a bulk request Jira created and which it refused. Jira lists created issues in request
 * order, skipping failed elements, and names each failure by its 0-based element number.
 */
function bulkOutcome(group: readonly PlannedSubtask[], result: JiraBulkCreateResult): { created: Record<string, string>; failed: FailedSubtask[] } {
  const reasonsByIndex = new Map<number, string[]>();
  if (Array.isArray(result.errors)) {
    for (const error of result.errors) {
      if (error.failedElementNumber === undefined) continue;
      const details = error.elementErrors;
      const reasons = [...(details?.errorMessages ?? []), ...Object.entries(details?.errors ?? {}).map(([field, message]) => `${field}: ${message}`)];
      reasonsByIndex.set(error.failedElementNumber, reasons);
    }
  } else {
    // The whole request was refused: every element failed for the same reasons.
    const reasons = [...result.errorMessages, ...Object.entries(result.errors).map(([field, message]) => `${field}: ${message}`)];
    group.forEach((_, index) => reasonsByIndex.set(index, reasons));
  }
  const succeeded = group.filter((_, index) => !reasonsByIndex.has(index));
  const created: Record<string, string> = {};
  const failed: FailedSubtask[] = [];
  if (succeeded.length !== result.issues.length) {
    // Jira's answer does not line up with the request: record nothing rather than misattribute issues.
    const note = `Jira reported ${result.issues.length} created issues for ${succeeded.length} successful elements (${result.issues.map((issue) => issue.key).join(', ') || 'none'}); the created ones are adopted by title on the next run`;
    return { created, failed: group.map((planned, index) => ({ stepId: planned.templateStepId, title: planned.title, reasons: reasonsByIndex.get(index) ?? [note] })) };
  }
  succeeded.forEach((planned, index) => {
    const issue = result.issues[index];
    if (issue) created[planned.templateStepId] = issue.id;
  });
  group.forEach((planned, index) => {
    const reasons = reasonsByIndex.get(index);
    if (reasons) failed.push({ stepId: planned.templateStepId, title: planned.title, reasons });
  });
  return { created, failed };
}
