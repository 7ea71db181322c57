import { z } from 'zod';
import { budgetLineSchema } from '../../../core/budget/budget-line';
import { type CostCategory, DEFAULT_COST_CATEGORIES } from '../../../core/budget/categories';
import { type Instant, LocalDate } from '../../../core/dates/local-date';
import { type StatusCategory, Task, type TaskInput } from '../../../core/task/task';
import { AdfNode } from '../adf/adf-node';
import { adfToText } from '../adf/adf-to-text';
import {
  JiraIdRef,
  JiraIssueType,
  JiraNamed,
  JiraProject,
  JiraStatus,
  JiraTimeTracking,
  JiraUser,
} from '../rest/issue-fields';
import type { JiraIssue } from '../rest/responses';
import { type JiraFieldMap, textFieldsByName } from './field-map';
import { jiraInstant } from './jira-time';
import type { JiraProblem } from './problems';

export type MappedIssue =
  | { ok: true; task: Task; updatedAt?: Instant; problems: JiraProblem[] }
  | { ok: false; problems: JiraProblem[] };

const CATEGORY_BY_KEY: Record<string, StatusCategory> = { new: 'todo', indeterminate: 'in_progress', done: 'done' };

/**
 * Jira's status category key as Mops' category. Jira's "No category" (key "undefined") reads as to do:
 * work nobody has started.
 * @example statusCategoryOf('indeterminate') // 'in_progress'
 */
export function statusCategoryOf(key: string): StatusCategory {
  return CATEGORY_BY_KEY[key] ?? 'todo';
}

/**
 * Jira's issue type as Mops' task type: the name in lower case, and every sub-task type as "subtask".
 * @example taskTypeOf({ name: 'Sub-task', subtask: true }) // 'subtask'
 */
export function taskTypeOf(type: { name: string; subtask?: boolean | undefined }): string {
  if (type.subtask === true || /^sub-?task$/i.test(type.name.trim())) return 'subtask';
  return type.name.trim().toLowerCase();
}

/** The Jira field each required task field comes from, to name it when it is missing. */
const JIRA_FIELD_OF: Record<string, string> = { title: 'summary', projectId: 'project', type: 'issuetype', status: 'status', createdAt: 'created' };

const secondsToMinutes = (seconds: number | undefined) => (seconds === undefined ? undefined : Math.round(seconds / 60));

/** Text as it sits in a Jira field: plain text, a rich-text document, a number, or an option. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const doc = AdfNode.safeParse(value);
  if (doc.success && doc.data.type === 'doc') return adfToText(doc.data);
  const option = z.object({ value: z.string() }).safeParse(value);
  if (option.success) return option.data.value;
  const named = JiraNamed.safeParse(value);
  return named.success ? named.data.name : undefined;
}

const describe = (value: unknown) => JSON.stringify(value)?.slice(0, 120) ?? String(value);

/** Reads the issue's fields one at a time, so one odd field costs that field, not the task. */
class FieldReader {
  readonly problems: JiraProblem[] = [];
  constructor(private readonly issue: JiraIssue) {}

  raw(field: string): unknown {
    const value = this.issue.fields[field];
    return value === null ? undefined : value;
  }

  read<T>(field: string, schema: z.ZodType<T>, expected: string): T | undefined {
    const value = this.raw(field);
    if (value === undefined) return undefined;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    this.problem(field, `${describe(value)} is not ${expected}; ignored`);
    return undefined;
  }

  problem(field: string, message: string): void {
    this.problems.push({ issue: this.issue.key, field, message });
  }

  localDate(field: string): LocalDate | undefined {
    return this.read(field, LocalDate, 'a date like 2026-11-23');
  }

  instant(field: string): Instant | undefined {
    const value = this.raw(field);
    if (value === undefined) return undefined;
    const instant = jiraInstant(value);
    if (instant === undefined) this.problem(field, `${describe(value)} is not a Jira timestamp like 2026-11-23T09:30:00.000+0000`);
    return instant;
  }

  text(field: string): string | undefined {
    const value = this.raw(field);
    if (value === undefined) return undefined;
    const text = textOf(value);
    if (text === undefined) this.problem(field, `${describe(value)} is not text, a rich-text document or an option; ignored`);
    return text;
  }

  teamId(field: string): string | undefined {
    const value = this.raw(field);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    return this.read(field, JiraIdRef, 'a team (an object with an id) or a team name')?.id;
  }
}

function budgetOf(reader: FieldReader, field: string, categories: readonly CostCategory[]): Task['budget'] {
  const value = reader.raw(field);
  if (value === undefined) return undefined;
  const parsed = budgetLineSchema(categories).safeParse(value);
  if (parsed.success) return parsed.data;
  const reasons = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; ');
  reader.problem(field, `Budget value ${describe(value)} is invalid (${reasons}); the task is read without a budget`);
  return undefined;
}

function customTextFields(reader: FieldReader, map: JiraFieldMap): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, field] of Object.entries(textFieldsByName(map))) {
    const text = reader.text(field.id)?.trim();
    if (text) fields[name] = text;
  }
  return fields;
}

export interface IssueMappingOptions {
  fieldMap: JiraFieldMap;
  costCategories?: readonly CostCategory[];
}

/**
 * A Jira issue (as `GET /issue/{id}` or search returns it) as a Mops task. Fields that hold values Mops
 * cannot read are left out and reported; only an issue missing what every task has (summary, project,
 * type, status, created) cannot be mapped.
 * @example issueToTask(webinarIssue, { fieldMap }).task.statusCategory // 'in_progress'
 */
export function issueToTask(issue: JiraIssue, options: IssueMappingOptions): MappedIssue {
  const { fieldMap } = options;
  const reader = new FieldReader(issue);
  const status = reader.read('status', JiraStatus, 'a status with a category');
  const type = reader.read('issuetype', JiraIssueType, 'an issue type');
  const assigneeId = reader.read('assignee', JiraUser, 'a user')?.accountId;
  const reporterId = reader.read('reporter', JiraUser, 'a user')?.accountId;
  const ownerId = (fieldMap.ownerField && reader.read(fieldMap.ownerField, JiraUser, 'a user')?.accountId) || reporterId;
  const description = reader.read('description', z.union([AdfNode, z.string()]), 'a document');
  const timetracking = reader.read('timetracking', JiraTimeTracking, 'time tracking');
  const teamId = fieldMap.teamField ? reader.teamId(fieldMap.teamField) : undefined;

  const candidate: TaskInput = {
    id: issue.id,
    key: issue.key,
    title: reader.read('summary', z.string(), 'text') ?? '',
    description: typeof description === 'string' ? description : adfToText(description),
    projectId: reader.read('project', JiraProject, 'a project')?.id ?? '',
    teamId,
    parentId: reader.read('parent', JiraIdRef, 'an issue')?.id,
    type: type ? taskTypeOf(type) : '',
    labels: reader.read('labels', z.array(z.string()), 'a list of labels') ?? [],
    components: reader.read('components', z.array(JiraNamed), 'a list of components')?.map((component) => component.name) ?? [],
    status: status?.name ?? '',
    statusCategory: statusCategoryOf(status?.statusCategory.key ?? ''),
    assigneeId,
    ownerId,
    createdAt: reader.instant('created') ?? '',
    startDate: reader.localDate(fieldMap.startDateField),
    dueDate: reader.localDate('duedate'),
    estimateMinutes: secondsToMinutes(timetracking?.originalEstimateSeconds),
    remainingMinutes: secondsToMinutes(timetracking?.remainingEstimateSeconds),
    budget: budgetOf(reader, fieldMap.budgetField, options.costCategories ?? DEFAULT_COST_CATEGORIES),
    fields: customTextFields(reader, fieldMap),
  };
  const withoutEmpty = Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined)) as TaskInput;
  const parsed = Task.safeParse(withoutEmpty);
  if (!parsed.success) {
    for (const problem of parsed.error.issues) {
      const taskField = problem.path.join('.');
      const jiraField = JIRA_FIELD_OF[taskField] ?? taskField;
      reader.problem(jiraField, `Issue ${issue.key} cannot be read as a task: its ${jiraField} field is missing or unreadable (${taskField}: ${problem.message})`);
    }
    return { ok: false, problems: reader.problems };
  }
  const updatedAt = reader.instant('updated');
  return { ok: true, task: parsed.data, ...(updatedAt ? { updatedAt } : {}), problems: reader.problems };
}
