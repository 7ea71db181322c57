import { z } from 'zod';
import { type FailedSubtask, SubtasksPartlyCreatedError } from '../../../app/ports/subtasks-partly-created';
import { TaskState } from '../../../app/ports/task-state';
import type { Comment, LinkKind, TaskChange, TaskContext, TaskQuery, Tracker } from '../../../app/ports/tracker';
import type { CostCategory } from '../../../core/budget/categories';
import type { Task } from '../../../core/task/task';
import type { PlannedSubtask } from '../../../core/templates';
import { AsanaHttpError, AsanaResponseShapeError } from '../api/asana-errors';
import { type AsanaHttp, BATCH_LIMIT, type BatchAction, type BatchOutcome, batchMessages, MAX_PAGE_SIZE, shapeProblems } from '../api/asana-http';
import { CREATED_FIELDS, optFields, TASK_FIELDS, UPDATED_FIELDS, VISIBILITY_FIELDS } from '../api/opt-fields';
import { AsanaCreatedAnswer, AsanaTaskAnswer, AsanaTaskRecord, Gid } from '../api/responses';
import type { AsanaTaskStateStore } from '../ports/asana-stores';
import { asanaTaskToTask, type MappedAsanaTask } from './asana-task-to-task';
import { commentToHtml } from './comment-to-html';
import type { AsanaProblem, AsanaProblemSink } from './problems';
import type { AsanaTrackerSettings } from './settings';
import { taskUpdateOf } from './task-update';

const SubtaskPage = z.object({ data: z.array(AsanaTaskRecord), next_page: z.object({ offset: z.string().min(1) }).loose().nullable().optional() });

const chunk = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
const isGid = (id: string) => Gid.safeParse(id).success;
const succeeded = (outcome: BatchOutcome) => outcome.status >= 200 && outcome.status < 300;
const invisible = (outcome: BatchOutcome) => outcome.status === 403 || outcome.status === 404;

export interface AsanaTrackerOptions {
  /** Cost categories the budget's category is checked against. */
  costCategories?: readonly CostCategory[];
  /** Told of every value Mops read around or could not write. */
  onProblem?: AsanaProblemSink;
  /** The clock, only to ask Asana for open tasks (`completed_since` = now). */
  now?: () => Date;
}

/**
 * The Tracker port over Asana's REST API. It acts as whoever the transport's token belongs to: build
 * it on a person's OAuth token for what that person sees, on the app's (bot) token for automation. Reads
 * ask only for TASK_FIELDS; several requests go in one `POST /batch` where Asana allows it, and every
 * HTTP call is counted by AsanaHttp. Mops' state lives in the app server's database (AsanaTaskStateStore),
 * not in Asana, so reading and saving it costs no Asana call.
 * @example const tracker = new AsanaTracker(new AsanaHttp(officialAsanaTransport({ baseUrl, accessToken })), AsanaTrackerSettings.parse(config), stateStore)
 */
export class AsanaTracker implements Tracker {
  private readonly found: AsanaProblem[] = [];
  private readonly users = new Map<string, string>();

  constructor(
    private readonly http: AsanaHttp,
    private readonly settings: AsanaTrackerSettings,
    private readonly states: AsanaTaskStateStore,
    private readonly options: AsanaTrackerOptions = {},
  ) {}

  hostCalls(): number {
    return this.http.hostCalls();
  }

  /** Everything read around or left unwritten so far. */
  problems(): readonly AsanaProblem[] {
    return this.found;
  }

  private report(problems: readonly AsanaProblem[]): void {
    for (const problem of problems) {
      this.found.push(problem);
      this.options.onProblem?.(problem);
    }
  }

  /** The Asana users (gid → name) named as assignees on the tasks read so far: names for people Mops has no person for. */
  usersSeen(): ReadonlyMap<string, string> {
    return this.users;
  }

  private map(record: AsanaTaskRecord, parent?: Task): MappedAsanaTask {
    const assigneeName = record.assignee?.name?.trim();
    if (record.assignee && assigneeName) this.users.set(record.assignee.gid, assigneeName);
    const mapped = asanaTaskToTask(record, { settings: this.settings, ...(this.options.costCategories ? { categories: this.options.costCategories } : {}), ...(parent ? { parent } : {}) });
    this.report(mapped.problems);
    return mapped;
  }

  private readAction<T>(outcome: BatchOutcome, schema: z.ZodType<T>, method: string, path: string, subject: string): T {
    const summary = { method, path, subject };
    if (!succeeded(outcome)) throw new AsanaHttpError(outcome.status, summary, batchMessages(outcome));
    const parsed = schema.safeParse(outcome.body);
    if (!parsed.success) throw new AsanaResponseShapeError(summary, shapeProblems(parsed.error));
    return parsed.data;
  }

  /**
   * One call in the common case: a `POST /batch` reading the task and the first 100 of its subtasks
   * together; a task with more subtasks costs one more call per further 100. Undefined when the task
   * does not exist or the token cannot see it.
   */
  async loadTaskContext(taskId: string): Promise<TaskContext | undefined> {
    if (!isGid(taskId)) return undefined;
    const subject = `task ${taskId} with its subtasks`;
    const [taskOutcome, subtaskOutcome] = await this.http.batch(
      [
        { method: 'get', relative_path: `/tasks/${taskId}`, options: { fields: TASK_FIELDS } },
        { method: 'get', relative_path: `/tasks/${taskId}/subtasks`, options: { fields: TASK_FIELDS, limit: MAX_PAGE_SIZE } },
      ],
      subject,
    );
    if (!taskOutcome || !subtaskOutcome || invisible(taskOutcome)) return undefined;
    const record = this.readAction(taskOutcome, AsanaTaskAnswer, 'GET', `/tasks/${taskId}`, `task ${taskId}`).data;
    const mapped = this.map(record);
    if (!mapped.ok) throw new AsanaResponseShapeError({ method: 'GET', path: `/tasks/${taskId}`, subject: `task ${taskId}` }, mapped.problems.map((problem) => problem.message));

    const state = await this.states.load(this.settings.workspaceGid, taskId);
    const task = state?.template && !mapped.task.template ? { ...mapped.task, template: state.template } : mapped.task;
    const firstPage = this.readAction(subtaskOutcome, SubtaskPage, 'GET', `/tasks/${taskId}/subtasks`, `subtasks of task ${taskId}`);
    const records = [...firstPage.data];
    if (firstPage.next_page?.offset) {
      for await (const page of this.http.pages({
        path: '/tasks/{task_gid}/subtasks',
        pathParams: { task_gid: taskId },
        query: { opt_fields: optFields(TASK_FIELDS) },
        subject: `subtasks of task ${taskId}`,
        item: AsanaTaskRecord,
        startOffset: firstPage.next_page.offset,
      })) {
        records.push(...page);
      }
    }
    const stepOf = new Map(Object.entries(state?.stepSubtasks ?? {}).map(([stepId, gid]) => [gid, stepId]));
    const subtasks = records.flatMap((subtask) => {
      const result = this.map(subtask, task);
      if (!result.ok) return [];
      const stepId = stepOf.get(result.task.id);
      return [stepId && !result.task.templateStepId ? { ...result.task, templateStepId: stepId } : result.task];
    });
    return { task, subtasks, ...(state ? { state } : {}), updatedAt: mapped.updatedAt };
  }

  /**
   * By project: `GET /tasks?project=…` a page of `pageSize` at a time, with `modified_since` for
   * `updatedSince` and `completed_since=now` for open tasks. By ids: ten task reads per `POST /batch`;
   * ids Asana does not return (deleted, or not visible to the token) are left out.
   */
  async *searchTasks(query: TaskQuery): AsyncGenerator<Task[]> {
    if (query.projectIds?.length === 0 || query.taskIds?.length === 0) return;
    const keep = (task: Task, updatedAt: string) =>
      (!query.openOnly || task.statusCategory !== 'done') &&
      (!query.updatedSince || Date.parse(updatedAt) >= Date.parse(query.updatedSince)) &&
      (!query.projectIds || query.projectIds.includes(task.projectId));
    if (query.taskIds) {
      for (const ids of chunk([...new Set(query.taskIds)].filter(isGid), BATCH_LIMIT)) {
        const outcomes = await this.http.batch(
          ids.map((gid) => ({ method: 'get', relative_path: `/tasks/${gid}`, options: { fields: TASK_FIELDS } })),
          `${ids.length} tasks by id`,
        );
        const tasks = outcomes.flatMap((outcome, index) => {
          if (invisible(outcome)) return [];
          const gid = ids[index] ?? '';
          const mapped = this.map(this.readAction(outcome, AsanaTaskAnswer, 'GET', `/tasks/${gid}`, `task ${gid}`).data);
          return mapped.ok && keep(mapped.task, mapped.updatedAt) ? [mapped.task] : [];
        });
        if (tasks.length > 0) yield tasks;
      }
      return;
    }
    const completedSince = query.openOnly && this.options.now ? this.options.now().toISOString() : undefined;
    for (const project of query.projectIds ?? this.settings.projectGids) {
      for await (const page of this.http.pages({
        path: '/tasks',
        query: { project, opt_fields: optFields(TASK_FIELDS), modified_since: query.updatedSince, completed_since: completedSince },
        subject: `tasks of project ${project}`,
        item: AsanaTaskRecord,
        limit: this.settings.pageSize,
      })) {
        const tasks = page.flatMap((record) => {
          const mapped = this.map(record);
          return mapped.ok && keep(mapped.task, mapped.updatedAt) ? [mapped.task] : [];
        });
        if (tasks.length > 0) yield tasks;
      }
    }
  }

  /**
   * Reads each task as the acting token, ten per `POST /batch`: a 403 or 404 means this person may not
   * see it (or it is gone), so it is invisible. Any other failure is an error, never "invisible".
   */
  async visibleTaskIds(taskIds: readonly string[]): Promise<Set<string>> {
    const visible = new Set<string>();
    for (const ids of chunk([...new Set(taskIds)].filter(isGid), BATCH_LIMIT)) {
      const outcomes = await this.http.batch(
        ids.map((gid) => ({ method: 'get', relative_path: `/tasks/${gid}`, options: { fields: VISIBILITY_FIELDS } })),
        `visibility of ${ids.length} tasks`,
      );
      outcomes.forEach((outcome, index) => {
        const gid = ids[index] ?? '';
        if (invisible(outcome)) return;
        this.readAction(outcome, AsanaCreatedAnswer, 'GET', `/tasks/${gid}`, `task ${gid}`);
        visible.add(gid);
      });
    }
    return visible;
  }

  /**
   * One subtask per step under the parent, with the step's title and due date. In "batch" mode (the
   * default) ten steps go in one `POST /batch` — a five-step template costs one call; "one-by-one" costs
   * one `POST /tasks/{gid}/subtasks` per step. Steps Asana refuses are reported together, with the ones
   * it made, in a SubtasksPartlyCreatedError.
   */
  async createSubtasks(parent: Task, subtasks: readonly PlannedSubtask[]): Promise<Record<string, string>> {
    const created: Record<string, string> = {};
    const failed: FailedSubtask[] = [];
    const dataOf = (planned: PlannedSubtask) => ({ name: planned.title, ...(planned.dueDate ? { due_on: planned.dueDate } : {}) });
    const parentOf = (planned: PlannedSubtask) => planned.parentId || parent.id;
    for (const planned of subtasks) {
      if (!isGid(parentOf(planned))) throw new Error(`Subtask "${planned.title}" (step ${planned.templateStepId}) has parent "${parentOf(planned)}", which is not an Asana task gid`);
    }
    if (this.settings.subtaskCreation === 'one-by-one') {
      for (const planned of subtasks) {
        try {
          const answer = await this.http.request({
            method: 'POST',
            path: '/tasks/{task_gid}/subtasks',
            pathParams: { task_gid: parentOf(planned) },
            query: { opt_fields: optFields(CREATED_FIELDS) },
            body: { data: dataOf(planned) },
            subject: `subtask "${planned.title}" of task ${parentOf(planned)}`,
            schema: AsanaCreatedAnswer,
          });
          created[planned.templateStepId] = answer.data.gid;
        } catch (error) {
          if (!(error instanceof AsanaHttpError)) throw error;
          failed.push({ stepId: planned.templateStepId, title: planned.title, reasons: [...error.messages] });
        }
      }
    } else {
      for (const group of chunk(subtasks, BATCH_LIMIT)) {
        const actions: BatchAction[] = group.map((planned) => ({ method: 'post', relative_path: `/tasks/${parentOf(planned)}/subtasks`, data: dataOf(planned), options: { fields: CREATED_FIELDS } }));
        const outcomes = await this.http.batch(actions, `${group.length} subtasks of task ${parent.id}`);
        group.forEach((planned, index) => {
          const outcome = outcomes[index];
          const answer = outcome && succeeded(outcome) ? AsanaCreatedAnswer.safeParse(outcome.body) : undefined;
          if (answer?.success) created[planned.templateStepId] = answer.data.data.gid;
          else failed.push({ stepId: planned.templateStepId, title: planned.title, reasons: outcome ? [`Asana answered ${outcome.status}`, ...batchMessages(outcome)] : ['no answer in the batch'] });
        });
      }
    }
    if (failed.length > 0) throw new SubtasksPartlyCreatedError(parent.key, created, failed);
    return created;
  }

  async updateTask(taskId: string, change: TaskChange): Promise<void> {
    const update = taskUpdateOf(change, this.settings, taskId);
    this.report(update.problems);
    if (!update.data) return;
    await this.http.request({
      method: 'PUT',
      path: '/tasks/{task_gid}',
      pathParams: { task_gid: taskId },
      query: { opt_fields: optFields(UPDATED_FIELDS) },
      body: { data: update.data },
      subject: `task ${taskId}`,
      schema: AsanaTaskAnswer,
    });
  }

  /**
   * Asana has no duplicate or "relates to" link: its dependencies mean "blocked by", which would hold up
   * the "from" task's completion and show in timelines as a schedule constraint. So the link is a story
   * on the "from" task naming the other task with a live `data-asana-gid` link, in one call; people can
   * still use Asana's own "Mark as duplicate" (there is no API for it).
   */
  async linkTasks(fromTaskId: string, toTaskId: string, kind: LinkKind): Promise<void> {
    const lead = kind === 'duplicate' ? 'Mops: this task duplicates ' : 'Mops: this task is related to ';
    await this.addComment(fromTaskId, { paragraphs: [[{ text: lead }, { taskId: toTaskId, label: toTaskId }, { text: '.' }]] });
  }

  async addComment(taskId: string, comment: Comment): Promise<void> {
    await this.http.request({
      method: 'POST',
      path: '/tasks/{task_gid}/stories',
      pathParams: { task_gid: taskId },
      query: { opt_fields: optFields(CREATED_FIELDS) },
      body: { data: { html_text: commentToHtml(comment) } },
      subject: `a comment on task ${taskId}`,
      schema: AsanaCreatedAnswer,
    });
  }

  async saveTaskState(taskId: string, state: TaskState): Promise<void> {
    await this.states.save(this.settings.workspaceGid, taskId, TaskState.parse(state));
  }
}
