import type { LocalDate } from '../core/dates/local-date';
import type { OrganisationSnapshot } from '../core/org/snapshot';
import type { Task } from '../core/task/task';
import { type ComplianceReport, evaluateCompliance, pickTemplate, type Template } from '../core/templates';
import { subtasksByParent } from './subtasks-by-parent';

export interface TaskCompliance {
  task: Pick<Task, 'id' | 'key' | 'title' | 'projectId' | 'teamId' | 'status'>;
  templateName: string;
  report: ComplianceReport;
}

export interface ComplianceSummary {
  /** Every task that follows a template or should, non-compliant first, then by key. */
  tasks: TaskCompliance[];
  checked: number;
  compliant: number;
}

/** The newest version of the template a task follows, or of the one that matches it if none was applied. */
function templateFor(task: Task, templates: readonly Template[]): Template | undefined {
  if (task.template === undefined) return task.templateStepId === undefined ? pickTemplate(task, templates) : undefined;
  const versions = templates.filter((template) => template.id === task.template?.templateId);
  return versions.reduce<Template | undefined>((newest, template) => (newest && newest.version >= template.version ? newest : template), undefined);
}

/**
 * Template compliance for every task that follows (or matches and should follow) a process template:
 * missing fields, steps not done or late, and gates already passed with work outstanding.
 * @example complianceReport(generateDemoOrganisation(), '2026-11-23').tasks.filter((entry) => !entry.report.compliant).length // 3
 */
export function complianceReport(organisation: OrganisationSnapshot, asOf: LocalDate): ComplianceSummary {
  const children = subtasksByParent(organisation.tasks);
  const tasks: TaskCompliance[] = [];
  for (const task of organisation.tasks) {
    const template = templateFor(task, organisation.settings.templates);
    if (!template) continue;
    const report = evaluateCompliance(task, children.get(task.id) ?? [], template, asOf);
    const { id, key, title, projectId, teamId, status } = task;
    tasks.push({ task: { id, key, title, projectId, teamId, status }, templateName: template.name, report });
  }
  tasks.sort((a, b) => Number(a.report.compliant) - Number(b.report.compliant) || a.task.key.localeCompare(b.task.key));
  return { tasks, checked: tasks.length, compliant: tasks.filter((entry) => entry.report.compliant).length };
}
