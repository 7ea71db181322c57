import type { Task } from '../task/task';
import type { CriterionKind, Template, TaskCriteria } from './schema';

/**
 * How much a criterion kind says about a task. A task type is a deliberate classification, a component
 * or label is a looser tag, and a project alone is the broadest fallback ("every task in MKT").
 */
const KIND_WEIGHT: Record<CriterionKind, number> = { taskTypes: 8, components: 4, labels: 2, projectIds: 1 };
const KINDS = Object.keys(KIND_WEIGHT) as CriterionKind[];

/** How specifically a template matched a task; larger is more specific. */
export type Specificity = {
  /** Number of criteria that had to hold. */
  criteria: number;
  /** Sum of the kind weights of those criteria (task type 8, component 4, label 2, project 1). */
  weight: number;
  /** Number of values listed in those criteria; fewer means narrower. */
  listedValues: number;
};

export type TemplateMatch = { template: Template; specificity: Specificity };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

// Project ids are identifiers and compare exactly; types, labels and components are typed by people
// in trackers that differ on case ("Webinar" vs "webinar"), so they compare without regard to case.
function criterionHolds(kind: CriterionKind, values: readonly string[], task: Task): boolean {
  switch (kind) {
    case 'projectIds':
      return values.includes(task.projectId);
    case 'taskTypes':
      return values.some((value) => same(value, task.type));
    case 'labels':
      return values.some((value) => task.labels.some((label) => same(value, label)));
    case 'components':
      return values.some((value) => task.components.some((component) => same(value, component)));
  }
}

function clauseSpecificity(criteria: Partial<TaskCriteria>, task: Task): Specificity | undefined {
  const specificity: Specificity = { criteria: 0, weight: 0, listedValues: 0 };
  for (const kind of KINDS) {
    const values = criteria[kind];
    if (values === undefined) continue;
    if (!criterionHolds(kind, values, task)) return undefined;
    specificity.criteria += 1;
    specificity.weight += KIND_WEIGHT[kind];
    specificity.listedValues += values.length;
  }
  return specificity;
}

/** Positive when `a` is more specific than `b`. */
function compareSpecificity(a: Specificity, b: Specificity): number {
  return a.criteria - b.criteria || a.weight - b.weight || b.listedValues - a.listedValues;
}

function add(a: Specificity, b: Specificity): Specificity {
  return { criteria: a.criteria + b.criteria, weight: a.weight + b.weight, listedValues: a.listedValues + b.listedValues };
}

/**
 * Whether a template applies to a task and, if so, how specifically (the best matching `anyOf`
 * alternative counts). Undefined when it does not apply.
 * @example templateSpecificity(webinar, { ...task, type: 'webinar' }) // { criteria: 1, weight: 8, listedValues: 1 }
 */
export function templateSpecificity(template: Template, task: Task): Specificity | undefined {
  const base = clauseSpecificity(template.appliesTo, task);
  if (base === undefined) return undefined;
  const alternatives = template.appliesTo.anyOf;
  if (alternatives === undefined) return base;
  let best: Specificity | undefined;
  for (const alternative of alternatives) {
    const matched = clauseSpecificity(alternative, task);
    if (matched !== undefined && (best === undefined || compareSpecificity(matched, best) > 0)) best = matched;
  }
  return best === undefined ? undefined : add(base, best);
}

function newestVersions(templates: readonly Template[]): Template[] {
  const newest = new Map<string, Template>();
  for (const template of templates) {
    const current = newest.get(template.id);
    if (current === undefined || template.version > current.version) newest.set(template.id, template);
  }
  return [...newest.values()];
}

/**
 * Every template that applies to a task, most specific first, ties by template id, so the order never
 * depends on how templates were stored. When several versions of one template are passed, only the
 * newest counts. Subtasks created from a template step never match: templates are applied to the
 * work itself, not to its checklist.
 * @example matchTemplates({ ...task, type: 'webinar', labels: ['launch'] }, DEFAULT_TEMPLATES).map((m) => m.template.id)
 * // ['webinar', 'product-launch']  (a task type outranks a label)
 */
export function matchTemplates(task: Task, templates: readonly Template[]): TemplateMatch[] {
  if (task.templateStepId !== undefined) return [];
  const matches: TemplateMatch[] = [];
  for (const template of newestVersions(templates)) {
    const specificity = templateSpecificity(template, task);
    if (specificity !== undefined) matches.push({ template, specificity });
  }
  return matches.sort(
    (a, b) => compareSpecificity(b.specificity, a.specificity) || (a.template.id < b.template.id ? -1 : a.template.id > b.template.id ? 1 : 0),
  );
}

/**
 * The one template to apply to a task, or undefined when none applies. The most specific match wins:
 * 1. more criteria that had to hold (project + type beats type alone);
 * 2. then stronger kinds of criteria (task type > component > label > project);
 * 3. then fewer listed values (`taskTypes: ['webinar']` beats `taskTypes: ['webinar', 'event']`);
 * 4. then the smaller template id, so equal matches still give the same answer on every run.
 * @example pickTemplate({ ...task, type: 'task', labels: ['webinar'] }, DEFAULT_TEMPLATES)?.id // 'webinar'
 */
export function pickTemplate(task: Task, templates: readonly Template[]): Template | undefined {
  return matchTemplates(task, templates)[0]?.template;
}
