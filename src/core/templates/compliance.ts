import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { LocalDate } from '../dates/local-date';
import type { StatusCategory, Task, TemplateRef } from '../task/task';
import { fieldGate, gateGuards, gateMoment, gateName } from './gates';
import { checkRequiredField } from './required-fields';
import type { Gate, Template, RequiredField, TemplateStep } from './schema';
import { stepProgress } from './step-progress';

export type FindingKind =
  | 'template-not-applied'
  | 'template-outdated'
  | 'gate-violation'
  | 'field-missing'
  | 'field-invalid'
  | 'step-missing'
  | 'step-overdue'
  | 'step-open';

/**
 * `violation`: the task is already past a gate it should not have passed; `warning`: something a
 * person has to do (a field to fill, a late step); `info`: progress, not a problem yet.
 */
export type FindingSeverity = 'violation' | 'warning' | 'info';

export type ComplianceFinding = {
  kind: FindingKind;
  severity: FindingSeverity;
  /** The template field path the finding is about, e.g. "fields.kpi". */
  field?: string;
  /** The template step the finding is about, e.g. "dry-run". */
  stepId?: string;
  /** Subtasks linked to that step, so a panel can link to them. */
  subtaskIds?: string[];
  message: string;
};

export type ComplianceReport = {
  taskId: string;
  template: TemplateRef;
  /** No violations and no warnings; open steps that are not late do not count against a task. */
  compliant: boolean;
  /** Most severe first, then in the template's own order (fields, then steps). */
  findings: ComplianceFinding[];
};

export type TransitionCheck = { allowed: true } | { allowed: false; reasons: string[] };

const SEVERITY_ORDER: Record<FindingSeverity, number> = { violation: 0, warning: 1, info: 2 };

function fieldMoment(template: Template): string {
  const gate = fieldGate(template);
  return gate ? ` ${gateMoment(gate)}` : '';
}

function stepNotDoneReason(step: TemplateStep, gate: Gate, missing: boolean): string {
  return `Step “${step.title}” is not done${missing ? ' (it has no subtask yet)' : ''}; it must be done before ${gateName(gate)}`;
}

const fieldKey = (required: RequiredField) => `field:${required.field}:${required.rule}`;

type FailedField = { required: RequiredField; outcome: 'missing' | 'invalid'; fix: string };

function failedFields(task: Task, template: Template): FailedField[] {
  const failed: FailedField[] = [];
  for (const required of template.requiredFields) {
    const check = checkRequiredField(task, required);
    if (check.outcome !== 'ok') failed.push({ required, outcome: check.outcome, fix: check.fix });
  }
  return failed;
}

function assertTemplateOfTask(task: Task, template: Template): void {
  if (task.template !== undefined && task.template.templateId !== template.id) {
    throw new Error(`${task.key} follows template "${task.template.templateId}", not "${template.id}"; pass the template the task was planned from`);
  }
}

function gateReasons(task: Task, subtasks: readonly Task[], template: Template, status: string, category: StatusCategory): Map<string, string> {
  // Keyed by subject ("step:dry-run", "field:fields.kpi:set") so a step required by two gates is named once.
  const reasons = new Map<string, string>();
  const failed = failedFields(task, template);
  for (const gate of template.gates.filter((candidate) => gateGuards(candidate, status, category))) {
    for (const stepId of gate.requiredSteps) {
      const step = template.steps.find((candidate) => candidate.id === stepId);
      const progress = stepProgress(task, subtasks, stepId);
      if (step && progress.state !== 'done' && !reasons.has(`step:${stepId}`)) {
        reasons.set(`step:${stepId}`, stepNotDoneReason(step, gate, progress.state === 'missing'));
      }
    }
    if (!gate.requiredFields) continue;
    for (const field of failed) {
      const key = fieldKey(field.required);
      if (!reasons.has(key)) reasons.set(key, `${field.fix}: the ${template.name} template requires it${fieldMoment(template)}`);
    }
  }
  return reasons;
}

/**
 * Whether a task may move to a status under its template: every gate the target status is at or past
 * must have its required steps done and, where the gate says so, the required fields valid. This is
 * what the Jira workflow validator answers with; on Asana it decides what to flag.
 * @example checkTransition(webinarTask, subtasks, webinar, 'Done', 'done')
 * // { allowed: false, reasons: ['Step “Dry run with speakers” is not done; it must be done before “Done”'] }
 */
export function checkTransition(
  task: Task,
  subtasks: readonly Task[],
  template: Template,
  toStatus: string,
  toStatusCategory: StatusCategory,
): TransitionCheck {
  assertTemplateOfTask(task, template);
  const reasons = [...gateReasons(task, subtasks, template, toStatus, toStatusCategory).values()];
  return reasons.length === 0 ? { allowed: true } : { allowed: false, reasons };
}

function templateFindings(task: Task, template: Template): ComplianceFinding[] {
  if (task.template === undefined) {
    return [
      {
        kind: 'template-not-applied',
        severity: 'warning',
        message: `The ${template.name} template has not been applied to ${task.key}; apply it to create its ${template.steps.length} steps`,
      },
    ];
  }
  if (task.template.version < template.version) {
    return [
      {
        kind: 'template-outdated',
        severity: 'info',
        message: `${task.key} follows ${template.name} v${task.template.version}; v${template.version} is current: migrate it to pick up the changes`,
      },
    ];
  }
  return [];
}

function stepFinding(task: Task, subtasks: readonly Task[], template: Template, step: TemplateStep, asOf: LocalDate): ComplianceFinding | undefined {
  const progress = stepProgress(task, subtasks, step.id);
  if (progress.state === 'done') return undefined;
  if (progress.state === 'missing') {
    return {
      kind: 'step-missing',
      severity: 'warning',
      stepId: step.id,
      subtaskIds: [],
      message: `Step “${step.title}” has no subtask: apply the ${template.name} template again to create it`,
    };
  }
  const open = progress.subtasks.filter((subtask) => subtask.statusCategory !== 'done');
  const subtaskIds = progress.subtasks.map((subtask) => subtask.id);
  const dueDates = open.flatMap((subtask) => (subtask.dueDate === undefined ? [] : [subtask.dueDate])).sort();
  const earliestDue = dueDates[0];
  const keys = open.map((subtask) => subtask.key).join(', ');
  if (earliestDue !== undefined && earliestDue < asOf) {
    const late = differenceInCalendarDays(parseISO(asOf), parseISO(earliestDue));
    return {
      kind: 'step-overdue',
      severity: 'warning',
      stepId: step.id,
      subtaskIds,
      message: `Step “${step.title}” (${keys}, ${step.role}) was due ${earliestDue} and is not done: ${late} day${late === 1 ? '' : 's'} late as of ${asOf}`,
    };
  }
  return {
    kind: 'step-open',
    severity: 'info',
    stepId: step.id,
    subtaskIds,
    message: `Step “${step.title}” (${keys}, ${step.role}) is not done yet${earliestDue ? `; due ${earliestDue}` : '; it has no due date'}`,
  };
}

/**
 * Everything about a task that its template asks for and does not have yet, as of a date: required
 * fields missing or invalid, steps without a subtask, steps open or late, and gates the task is
 * already past without meeting them. One finding per field or step, the most severe one.
 * @example evaluateCompliance(webinarTask, subtasks, webinar, '2026-11-30').findings[0]?.message
 * // 'Set the KPI/goal: the Webinar template requires it before the task can start (the task is already “In Progress”)'
 */
export function evaluateCompliance(task: Task, subtasks: readonly Task[], template: Template, asOf: LocalDate): ComplianceReport {
  assertTemplateOfTask(task, template);
  const findings: ComplianceFinding[] = templateFindings(task, template);
  const gated = gateReasons(task, subtasks, template, task.status, task.statusCategory);
  const already = ` (the task is already “${task.status}”)`;

  for (const field of failedFields(task, template)) {
    const reason = gated.get(fieldKey(field.required));
    findings.push(
      reason !== undefined
        ? { kind: 'gate-violation', severity: 'violation', field: field.required.field, message: reason + already }
        : {
            kind: field.outcome === 'missing' ? 'field-missing' : 'field-invalid',
            severity: 'warning',
            field: field.required.field,
            message: `${field.fix}: the ${template.name} template requires it${fieldMoment(template)}`,
          },
    );
  }
  for (const step of template.steps) {
    const finding = stepFinding(task, subtasks, template, step, asOf);
    if (finding === undefined) continue;
    const reason = gated.get(`step:${step.id}`);
    findings.push(reason !== undefined ? { ...finding, kind: 'gate-violation', severity: 'violation', message: reason + already } : finding);
  }

  // Array.prototype.sort is stable, so equal severities keep the template's order.
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return {
    taskId: task.id,
    template: task.template ?? { templateId: template.id, version: template.version },
    compliant: findings.every((finding) => finding.severity === 'info'),
    findings,
  };
}
