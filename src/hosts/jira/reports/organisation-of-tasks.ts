import type { Person } from '../../../core/capacity/calendar';
import type { OrganisationSnapshot } from '../../../core/org/snapshot';
import type { Project } from '../../../core/org/organisation';
import type { Settings } from '../../../core/settings/settings';
import type { Task } from '../../../core/task/task';

/** Jira has no portfolios; every project of the site sits in this one. */
export const SITE_PORTFOLIO = { id: 'jira-site', name: 'Jira site' } as const;

/**
 * The projects the tasks belong to, named by their key ("WEB" from "WEB-12"): tasks carry only the
 * project id, and the key is what people recognise.
 * @example projectsOfTasks([{ projectId: '10000', key: 'WEB-12', … }]) // [{ id: '10000', key: 'WEB', name: 'WEB', portfolioId: 'jira-site' }]
 */
export function projectsOfTasks(tasks: readonly Pick<Task, 'projectId' | 'key'>[]): Project[] {
  const projects = new Map<string, Project>();
  for (const task of tasks) {
    if (projects.has(task.projectId)) continue;
    const dash = task.key.lastIndexOf('-');
    const key = dash > 0 ? task.key.slice(0, dash) : task.projectId;
    projects.set(task.projectId, { id: task.projectId, key, name: key, portfolioId: SITE_PORTFOLIO.id });
  }
  return [...projects.values()];
}

/**
 * What the budget and capacity reports need, from the tasks read out of Jira and what admins
 * configured. Teams are known only by id in Jira, so breakdowns label them by id.
 * @example budgetReport(organisationOfTasks('Acme Marketing', tasks, settings, people), '2026-11-23')
 */
export function organisationOfTasks(name: string, tasks: Task[], settings: Settings, people: Person[]): OrganisationSnapshot {
  return { name, teams: [], people, portfolios: [SITE_PORTFOLIO], projects: projectsOfTasks(tasks), tasks, settings };
}
