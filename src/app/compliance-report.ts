import type { LocalDate } from '../core/dates/local-date';
import type { OrganisationSnapshot } from '../core/org/snapshot';
import type { Task } from '../core/task/task';
import { type ComplianceReport, evaluateCompliance } from '../core/templates';
import { subtasksByParent } from './subtasks-by-parent';
import { templateForTask } from './template-for-task';

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

/**
 * Template compliance for every task that follows (or matches and should follow) a process template:
 * missing fields, steps not done or late, and gates already passed with work outstanding.
 * @example complianceReport(generateDemoOrganisation(), '2026-11-23').tasks.filter((entry) => !entry.report.compliant).length // 3
 */
export function complianceReport(organisation: OrganisationSnapshot, asOf: LocalDate): ComplianceSummary {
  const children = subtasksByParent(organisation.tasks);
  const tasks: TaskCompliance[] = [];
  for (const task of organisation.tasks) {
    const template = templateForTask(task, organisation.settings.templates);
    if (!template) continue;
    const report = evaluateCompliance(task, children.get(task.id) ?? [], template, asOf);
    const { id, key, title, projectId, teamId, status } = task;
    tasks.push({ task: { id, key, title, projectId, teamId, status }, templateName: template.name, report });
  }
  tasks.sort((a, b) => Number(a.report.compliant) - Number(b.report.compliant) || a.task.key.localeCompare(b.task.key));
  return { tasks, checked: tasks.length, compliant: tasks.filter((entry) => entry.report.compliant).length };
}
