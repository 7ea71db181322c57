import { z } from 'zod';
import { type CostCategory, DEFAULT_COST_CATEGORIES } from '../budget/categories';
import { CurrencyCode } from '../money/currency';

/*
 * Process templates are data that admins edit as JSON on the settings page, so every schema here is
 * strict (a typo such as "titel" is an error, not a silently ignored key) and every message says which
 * value was wrong and what would be accepted. Cross-references (step ids used by gates, duplicates) are
 * checked even when other parts of the template are broken, so one save shows every mistake at once.
 */

const SLUG = /^[a-z][a-z0-9-]*$/;

function unknownKeys(allowed: readonly string[]) {
  return (issue: { code: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `Unknown key${(issue.keys ?? []).length > 1 ? 's' : ''} ${(issue.keys ?? []).map((key) => `"${key}"`).join(', ')}; expected: ${allowed.join(', ')}`
      : undefined;
}

function strict<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, { error: unknownKeys(Object.keys(shape)) });
}

function slug(what: string, example: string) {
  return z
    .string({ error: `${what} must be a string such as "${example}"` })
    .regex(SLUG, { error: (issue) => `${what} "${String(issue.input)}" must be lower-case letters, digits and "-", e.g. "${example}"` });
}

export const TemplateId = slug('Template id', 'webinar');
export type TemplateId = z.infer<typeof TemplateId>;

export const StepId = slug('Step id', 'landing-page');
export type StepId = z.infer<typeof StepId>;

/** A role or skill as people carry it in their profile: "designer", "copywriter", "editor", "analyst", "marketer"… */
export const Role = slug('Role', 'designer');
export type Role = z.infer<typeof Role>;

const CRITERIA = ['projectIds', 'taskTypes', 'labels', 'components'] as const;
export type CriterionKind = (typeof CRITERIA)[number];

function criterion(what: string) {
  return z
    .array(z.string().trim().min(1, { message: `${what} cannot be empty strings` }))
    .min(1, { message: `List at least one of the ${what}, or leave the criterion out (an empty list would match no task)` })
    .optional();
}

const criteriaShape = {
  projectIds: criterion('project ids'),
  taskTypes: criterion('task types'),
  labels: criterion('labels'),
  components: criterion('components'),
};

/** Criteria that must ALL hold; within one criterion ANY listed value is enough. */
export const TaskCriteria = strict(criteriaShape).refine((criteria) => CRITERIA.some((kind) => criteria[kind] !== undefined), {
  message: `Give at least one criterion: ${CRITERIA.join(', ')}`,
});
export type TaskCriteria = z.infer<typeof TaskCriteria>;

/**
 * Which tasks a template applies to. The criteria at this level all have to hold; when `anyOf` is
 * given, at least one of its alternatives has to hold as well. "Type webinar OR label webinar" is
 * `{ anyOf: [{ taskTypes: ['webinar'] }, { labels: ['webinar'] }] }`; "in project MKT, type webinar or
 * label webinar" adds `projectIds: ['MKT']` beside the `anyOf`.
 */
export const AppliesTo = strict({
  ...criteriaShape,
  anyOf: z.array(TaskCriteria).min(1, { message: 'anyOf needs at least one alternative, or leave it out' }).optional(),
}).refine((appliesTo) => appliesTo.anyOf !== undefined || CRITERIA.some((kind) => appliesTo[kind] !== undefined), {
  message: `appliesTo needs at least one criterion (${CRITERIA.join(', ')}) or an anyOf list; a template that applies to every task is almost always a mistake`,
});
export type AppliesTo = z.infer<typeof AppliesTo>;

/**
 * The closed set of checks a required field can ask for:
 * - `set`: present and not blank;
 * - `positive`: a number above zero (money in minor units, minutes, or a custom field holding a number);
 * - `before-due`: a date on or before the task's due date (a one-day task starts on its due date).
 */
export const REQUIRED_FIELD_RULES = ['set', 'positive', 'before-due'] as const;
export const RequiredFieldRule = z.enum(REQUIRED_FIELD_RULES, {
  error: (issue) => `Unknown rule ${JSON.stringify(issue.input)}; expected one of: ${REQUIRED_FIELD_RULES.join(', ')}`,
});
export type RequiredFieldRule = z.infer<typeof RequiredFieldRule>;

/** What kind of value each task field holds, which decides the rules that make sense on it. */
type FieldKind = 'date' | 'text' | 'number' | 'custom';

export const TASK_FIELD_KINDS: Readonly<Record<string, FieldKind>> = {
  dueDate: 'date',
  startDate: 'date',
  ownerId: 'text',
  assigneeId: 'text',
  teamId: 'text',
  description: 'text',
  estimateMinutes: 'number',
  'budget.planned': 'number',
  'budget.committed': 'number',
  'budget.actual': 'number',
  'budget.vendor': 'text',
};

const CUSTOM_FIELD = /^fields\.[A-Za-z0-9_-]+$/;

/** The kind of a field path, or undefined when the path names nothing on a task. */
export function fieldKind(path: string): FieldKind | undefined {
  if (CUSTOM_FIELD.test(path)) return 'custom';
  return Object.hasOwn(TASK_FIELD_KINDS, path) ? TASK_FIELD_KINDS[path] : undefined;
}

const RULE_FITS: Record<RequiredFieldRule, (path: string, kind: FieldKind) => boolean> = {
  set: () => true,
  positive: (_path, kind) => kind === 'number' || kind === 'custom',
  'before-due': (path, kind) => kind === 'date' && path !== 'dueDate',
};

const RULE_ACCEPTS: Record<RequiredFieldRule, string> = {
  set: 'any field',
  positive: `a number field (${Object.keys(TASK_FIELD_KINDS).filter((path) => TASK_FIELD_KINDS[path] === 'number').join(', ')}) or a custom field fields.<name>`,
  'before-due': 'startDate',
};

export const TaskFieldPath = z.string().refine((path) => fieldKind(path) !== undefined, {
  error: (issue) =>
    `Unknown field "${String(issue.input)}"; expected one of ${Object.keys(TASK_FIELD_KINDS).join(', ')} or a custom field such as "fields.kpi"`,
});

/** One field a template requires, e.g. `{ field: 'fields.kpi', rule: 'set', label: 'KPI/goal' }`. */
export const RequiredField = strict({
  field: TaskFieldPath,
  rule: RequiredFieldRule,
  /** What people call the field, in the middle of a sentence: "planned budget", "KPI/goal", "owner". */
  label: z.string().trim().min(1, { message: 'Give the field a label people recognise, e.g. "planned budget"' }),
}).superRefine((required, ctx) => {
  const kind = fieldKind(required.field);
  if (kind !== undefined && !RULE_FITS[required.rule](required.field, kind)) {
    ctx.addIssue({
      code: 'custom',
      path: ['rule'],
      message: `Rule "${required.rule}" cannot check "${required.field}"; it applies to ${RULE_ACCEPTS[required.rule]}`,
    });
  }
});
export type RequiredField = z.infer<typeof RequiredField>;

/** "N working days before/after the task's due/start date"; 0 means on that date. */
export const RelativeDue = strict({
  workingDays: z
    .number({ error: 'workingDays must be a whole number of working days, e.g. 5' })
    .int({ message: 'workingDays must be a whole number of working days, e.g. 5' })
    .min(0, { message: 'workingDays cannot be negative; use direction "before" or "after" instead' })
    .max(260, { message: 'workingDays above 260 (a working year) is almost certainly a typo' }),
  relativeTo: z.enum(['due', 'start'], { error: (issue) => `relativeTo ${JSON.stringify(issue.input)} must be "due" or "start"` }),
  direction: z.enum(['before', 'after'], { error: (issue) => `direction ${JSON.stringify(issue.input)} must be "before" or "after"` }),
});
export type RelativeDue = z.infer<typeof RelativeDue>;

/** One checklist item; applying the template turns it into a subtask carrying `templateStepId = id`. */
export const TemplateStep = strict({
  /** Stable across versions: renaming a step keeps its id so existing subtasks stay linked. */
  id: StepId,
  title: z.string().trim().min(1, { message: 'Step title cannot be empty' }),
  role: Role,
  due: RelativeDue,
  estimateMinutes: z.number().int({ message: 'estimateMinutes must be whole minutes' }).positive({ message: 'estimateMinutes must be above 0' }).optional(),
});
export type TemplateStep = z.infer<typeof TemplateStep>;

/**
 * What must be true before a task may enter a status. `toStatus` guards one named status (compared
 * without regard to case); `toStatusCategory` guards every status of that category and beyond
 * (an in_progress gate also guards done). When both are given, either one triggers the gate.
 */
export const Gate = strict({
  toStatus: z.string().trim().min(1, { message: 'toStatus cannot be empty; leave it out to gate by category only' }).optional(),
  toStatusCategory: z
    .enum(['in_progress', 'done'], { error: (issue) => `toStatusCategory ${JSON.stringify(issue.input)} must be "in_progress" or "done"` })
    .optional(),
  requiredSteps: z.array(StepId).default([]),
  /** When true, every required field of the template must pass before the gate opens. */
  requiredFields: z.boolean().default(false),
}).refine((gate) => gate.toStatus !== undefined || gate.toStatusCategory !== undefined, {
  message: 'A gate needs toStatus (a status name) or toStatusCategory ("in_progress" or "done")',
});
export type Gate = z.infer<typeof Gate>;

/** Values set on a task when the template is applied, only where the task has none yet. */
export const FieldDefaults = strict({
  labels: z.array(z.string().trim().min(1)).optional(),
  components: z.array(z.string().trim().min(1)).optional(),
  /** Custom fields, e.g. { channel: "email" }. */
  fields: z.record(z.string().regex(/^[A-Za-z0-9_-]+$/, { message: 'Custom field names are letters, digits, "_" and "-"' }), z.string().trim().min(1)).optional(),
  /** Used to open an empty budget line (planned 0) on a task that has none. */
  budget: strict({
    category: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: (issue) => `Cost category "${String(issue.input)}" must be a category id such as "events"` }),
    /** Falls back to the organisation's base currency passed to planning. */
    currency: CurrencyCode.optional(),
  }).optional(),
});
export type FieldDefaults = z.infer<typeof FieldDefaults>;

const templateShape = strict({
  id: TemplateId,
  name: z.string().trim().min(1, { message: 'Template name cannot be empty, e.g. "Webinar"' }),
  version: z
    .number({ error: 'version must be a positive whole number, e.g. 1' })
    .int({ message: 'version must be a positive whole number, e.g. 1' })
    .positive({ message: 'version must be a positive whole number, e.g. 1' }),
  description: z.string().optional(),
  appliesTo: AppliesTo,
  requiredFields: z.array(RequiredField).default([]),
  steps: z.array(TemplateStep).default([]),
  gates: z.array(Gate).default([]),
  fieldDefaults: FieldDefaults.default({}),
});

type IssueSink = { addIssue: (issue: { code: 'custom'; path: PropertyKey[]; message: string }) => void };

/** Reads just enough of possibly broken input to check ids against each other. */
const looseItems = <Item extends z.ZodType>(item: Item) => z.array(z.unknown()).catch([]).transform((items) => items.map((value) => item.safeParse(value).data));
const CrossReferenceView = z.object({
  steps: looseItems(z.object({ id: z.string() })),
  gates: looseItems(z.object({ requiredSteps: z.array(z.unknown()).catch([]) })),
  requiredFields: looseItems(z.object({ field: z.string(), rule: z.string() })),
});

function checkCrossReferences(raw: unknown, ctx: IssueSink): void {
  const view = CrossReferenceView.safeParse(raw).data;
  if (!view) return;
  const firstIndex = new Map<string, number>();
  view.steps.forEach((step, index) => {
    if (!step) return;
    const earlier = firstIndex.get(step.id);
    if (earlier === undefined) {
      firstIndex.set(step.id, index);
    } else {
      ctx.addIssue({ code: 'custom', path: ['steps', index, 'id'], message: `Duplicate step id "${step.id}" (already used by steps[${earlier}]); step ids must be unique` });
    }
  });
  view.gates.forEach((gate, gateIndex) => {
    gate?.requiredSteps.forEach((stepId, stepIndex) => {
      if (typeof stepId === 'string' && !firstIndex.has(stepId)) {
        const known = [...firstIndex.keys()];
        ctx.addIssue({
          code: 'custom',
          path: ['gates', gateIndex, 'requiredSteps', stepIndex],
          message: `Gate requires step "${stepId}", which this template does not have; known steps: ${known.length ? known.join(', ') : '(none)'}`,
        });
      }
    });
  });
  const seenRequirements = new Map<string, number>();
  view.requiredFields.forEach((required, index) => {
    if (!required) return;
    const key = `${required.field} ${required.rule}`;
    const earlier = seenRequirements.get(key);
    if (earlier === undefined) {
      seenRequirements.set(key, index);
    } else {
      ctx.addIssue({ code: 'custom', path: ['requiredFields', index], message: `"${required.field}" with rule "${required.rule}" is already required by requiredFields[${earlier}]` });
    }
  });
}

function checkCostCategory(template: { fieldDefaults: FieldDefaults }, categories: readonly CostCategory[], ctx: IssueSink): void {
  const category = template.fieldDefaults.budget?.category;
  if (category !== undefined && !categories.some((known) => known.id === category)) {
    ctx.addIssue({
      code: 'custom',
      path: ['fieldDefaults', 'budget', 'category'],
      message: `Unknown cost category "${category}"; expected one of: ${categories.map((known) => known.id).join(', ')}`,
    });
  }
}

/**
 * A process template. Cost categories are configured per organisation, so this schema checks only
 * the category's form; `templateSchema(categories)` and organisation settings check it is known.
 */
export const Template = templateShape.superRefine((value, ctx) => checkCrossReferences(value, ctx), { when: () => true });
export type Template = z.infer<typeof templateShape>;
export type TemplateInput = z.input<typeof templateShape>;

/**
 * A process template whose budget default must use one of the organisation's cost categories.
 * @example templateSchema([{ id: 'events', label: 'Events' }]).parse(webinarJson)
 */
export function templateSchema(categories: readonly CostCategory[] = DEFAULT_COST_CATEGORIES) {
  return Template.superRefine((template, ctx) => checkCostCategory(template, categories, ctx));
}

export type TemplateParseResult = { ok: true; template: Template } | { ok: false; errors: string[] };

function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text === '' ? '(template)' : text;
}

/**
 * Validates template data and returns every problem as "path: message", ready to show an admin.
 * @example parseTemplate({ ...webinar, steps: [...webinar.steps, webinar.steps[0]] })
 * // { ok: false, errors: ['steps[9].id: Duplicate step id "book-speakers" (already used by steps[0]); step ids must be unique'] }
 */
export function parseTemplate(input: unknown, categories: readonly CostCategory[] = DEFAULT_COST_CATEGORIES): TemplateParseResult {
  const result = templateSchema(categories).safeParse(input);
  if (result.success) return { ok: true, template: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`) };
}

/**
 * Like `parseTemplate`, for the JSON text an admin pasted or saved.
 * @example templateFromJson('{"id": "webinar",}') // { ok: false, errors: ['(template): Not valid JSON: …'] }
 */
export function templateFromJson(text: string, categories: readonly CostCategory[] = DEFAULT_COST_CATEGORIES): TemplateParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`(template): Not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  return parseTemplate(data, categories);
}
