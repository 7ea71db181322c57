import { z } from 'zod';
import { budgetReport } from '../../../app/budget-report';
import { trackerCapacityReport } from '../../../app/capacity-report';
import { collect } from '../../../app/collect';
import { complianceReport } from '../../../app/compliance-report';
import type { Directory } from '../../../app/directory';
import { duplicatesReport } from '../../../app/duplicates-report';
import type { ReviewedPairs } from '../../../app/duplicates-report-reviews';
import { organisationToday } from '../../../app/organisation-today';
import type { Project, Team } from '../../../core/org/organisation';
import { ResolverPayloads } from '../../jira/resolvers/contract';
import { BudgetReportView, CapacityView, DuplicatesReportView } from '../../jira/resolvers/views';
import type { MopsCore } from '../automation/mops-core';
import { workspaceProjects } from '../subscribe/asana-webhooks-api';
import type { AsanaWorkspaces } from '../workspace/asana-workspaces';
import { asanaGidOf } from '../workspace/asana-task-ids';
import { asanaTeamId } from '../workspace/namespaced-tracker';
import type { AsanaTaskStateStore } from '../ports/asana-stores';
import { taskWithState } from '../../../app/task-with-state';
import { templateForTask } from '../../../app/template-for-task';
import type { Task } from '../../../core/task/task';
import type { Person } from '../../../core/capacity/calendar';
import type { Tracker } from '../../../app/ports/tracker';
import type { AsanaHttp } from '../api/asana-http';
import { trackerWithinProjects } from './projects-tracker';

/** Where people open Asana. */
const ASANA_APP_URL = 'https://app.asana.com';

export interface AsanaReportDeps {
  workspaces: AsanaWorkspaces;
  /** Mops' state of Asana tasks: which template Mops applied to a task. */
  states: AsanaTaskStateStore;
  mops: MopsCore;
  reviews: ReviewedPairs;
}

export interface AsanaWorkspaceRef {
  gid: string;
  name: string;
}

/** A report's workspace and whose eyes it reads Asana with: the viewer's own client. */
export interface AsanaReportScope {
  workspace: AsanaWorkspaceRef;
  /** Acting as the viewer signed in with Asana, so what they may not see never comes back. */
  http: AsanaHttp;
  /** The viewer's own Asana user, named even when no Mops person is linked to it. */
  asanaUser?: { gid: string; name: string };
}

interface ViewerOrganisation {
  projects: Project[];
  /** The Asana projects' teams and the Mops people's own teams. */
  teams: Team[];
  /** The names behind the ids, once the tasks were read: Asana users nobody is linked to are named as Asana names them. */
  directory(): Directory;
  people: Person[];
  /** The viewer's tracker, held to the subscribed projects the viewer's listing holds. */
  tracker: Tracker;
}

/**
 * Where an Asana task opens: the task in its project in Asana.
 * @example asanaTaskUrl({ id: 'asana:1209876500000042', projectId: '1208000000000007' }) // 'https://app.asana.com/0/1208000000000007/1209876500000042'
 */
export function asanaTaskUrl(task: Pick<Task, 'id' | 'projectId'>): string {
  return `${ASANA_APP_URL}/0/${encodeURIComponent(task.projectId)}/${encodeURIComponent(asanaGidOf(task.id) ?? task.id)}`;
}

/** A resolver the Asana report pages do not offer; the message names the ones they do. */
export class AsanaReportRefusal extends Error {
  override name = 'AsanaReportRefusal';
}

/** The resolvers the report apps call, each with the view model its answer is checked against. */
export const ASANA_REPORT_RESOLVERS = ['getDuplicatesReport', 'getBudgetReport', 'getCapacity'] as const;
export type AsanaReportResolver = (typeof ASANA_REPORT_RESOLVERS)[number];

/**
 * The workspace as the viewer sees it: one portfolio, the subscribed projects their Asana listing
 * holds (a project they are not allowed into is not listed), each with its Asana team, the Mops
 * people with their teams, and a tracker over their client held to those projects.
 */
async function organisationOf(scope: AsanaReportScope, deps: AsanaReportDeps): Promise<ViewerOrganisation> {
  const { workspace, http } = scope;
  const [subscribed, people, mopsTeams] = await Promise.all([deps.workspaces.projectsOf(workspace.gid), deps.mops.people(), deps.mops.teams()]);
  const watched = new Set(subscribed);
  // The viewer's listing is not remembered as the workspace's: it may lack projects the automation serves.
  const listed = (await workspaceProjects(http, workspace.gid)).filter((project) => watched.has(project.gid));
  // People planned in Mops belong to Mops' teams; Asana's work to its projects' teams.
  const teams = new Map<string, Team>(mopsTeams.map((team) => [team.id, team]));
  for (const project of listed) {
    if (project.team) teams.set(asanaTeamId(project.team.gid), { id: asanaTeamId(project.team.gid), name: project.team.name?.trim() || `Asana team ${project.team.gid}`, kind: 'internal' });
  }
  const projects = listed.map((project) => ({
    id: project.gid,
    key: project.gid,
    name: project.name?.trim() || `Asana project ${project.gid}`,
    portfolioId: `asana-workspace:${workspace.gid}`,
    ...(project.team ? { teamId: asanaTeamId(project.team.gid) } : {}),
  }));
  // A page load only reads: Mops' fields are looked up, never created on a cold cache.
  const asana = await deps.workspaces.trackerOver(workspace.gid, http, { readOnly: true });
  const tracker = trackerWithinProjects(asana, projects.map((project) => project.id));
  const linked = new Set(people.flatMap((person) => person.accounts?.asana ?? []));
  const viewer = scope.asanaUser && !linked.has(scope.asanaUser.gid) ? [{ id: scope.asanaUser.gid, name: scope.asanaUser.name }] : [];
  const allTeams = [...teams.values()];
  return { projects, teams: allTeams, directory: () => ({ people: [...people, ...viewer, ...asana.unlinkedUsers()], projects, teams: allTeams }), people, tracker };
}

/**
 * One report resolver for an Asana workspace, over the Asana tracker acting as the viewer (signed in
 * with Asana): the same use cases and view models as Jira's and the local host's resolvers, so the same
 * Custom UI apps render them. The payload is checked with the resolvers' contract; the answer with its view.
 * Host calls, all as the viewer: one project listing, then the paged task searches of the report.
 * @example await asanaReportAnswer('getDuplicatesReport', {}, { workspace: { gid: '1200…', name: 'Kestrel Marketing' }, http: workspaces.httpAs(viewer.accessToken) }, deps) // DuplicatesReportView
 */
export async function asanaReportAnswer(name: string, payload: unknown, scope: AsanaReportScope, deps: AsanaReportDeps): Promise<unknown> {
  const { mops } = deps;
  const { workspace } = scope;
  const settings = await mops.settings();
  if (name === 'getDuplicatesReport') {
    const { projectId } = ResolverPayloads.getDuplicatesReport.parse(payload ?? {});
    const { directory, tracker } = await organisationOf(scope, deps);
    const view = await duplicatesReport(projectId === undefined ? {} : { projectId }, { tracker, duplicates: mops.duplicates, reviews: deps.reviews, settings, clock: mops.clock, directory, taskUrl: asanaTaskUrl });
    return DuplicatesReportView.parse(view);
  }
  if (name === 'getBudgetReport') {
    ResolverPayloads.getBudgetReport.parse(payload ?? {});
    const { projects, teams, people, tracker } = await organisationOf(scope, deps);
    const tasks = await collect(tracker.searchTasks({}));
    const view = budgetReport({ name: workspace.name, teams, people, portfolios: [{ id: `asana-workspace:${workspace.gid}`, name: workspace.name }], projects, tasks, settings }, organisationToday(mops.clock, settings));
    return BudgetReportView.parse(view);
  }
  if (name === 'getCapacity') {
    const request = ResolverPayloads.getCapacity.parse(payload ?? {});
    const { directory, people, tracker } = await organisationOf(scope, deps);
    const view = await trackerCapacityReport(
      { start: organisationToday(mops.clock, settings), weeks: request.weeks },
      { tracker, people, settings, directory },
      { ...(request.teamIds ? { teamIds: request.teamIds } : {}), ...(request.projectIds ? { projectIds: request.projectIds } : {}) },
    );
    return CapacityView.parse(view);
  }
  throw new AsanaReportRefusal(`${name} is not offered on Asana report pages; they answer ${ASANA_REPORT_RESOLVERS.join(', ')}`);
}

/**
 * The workspace's template compliance as the viewer sees it: every task they may see that follows a
 * template (by its tags or type, or by what Mops applied to it), with its subtasks read so steps count
 * as done or not, as of today. Asana cannot hold a task back, so this report (and the flag comments) is
 * how gaps are followed up.
 * Host calls, as the viewer: the project listing, the task searches, then one read per task that follows a template.
 * @example (await asanaComplianceReport({ workspace: { gid: '1200…', name: 'Kestrel Marketing' }, http }, deps)).checked // 3
 */
export async function asanaComplianceReport(scope: AsanaReportScope, deps: AsanaReportDeps): Promise<ReturnType<typeof complianceReport>> {
  const { workspace } = scope;
  const settings = await deps.mops.settings();
  const { projects, teams, people, tracker } = await organisationOf(scope, deps);
  const tasks: Task[] = [];
  for (const task of await collect(tracker.searchTasks({}))) {
    const gid = asanaGidOf(task.id);
    const followsOne = templateForTask(task, settings.templates) !== undefined || (gid !== undefined && (await deps.states.load(workspace.gid, gid))?.template !== undefined);
    const context = followsOne ? await tracker.loadTaskContext(task.id) : undefined;
    if (!context) continue;
    const { task: withState, subtasks } = taskWithState(context);
    tasks.push(withState, ...subtasks);
  }
  return complianceReport({ name: workspace.name, teams, people, portfolios: [{ id: `asana-workspace:${workspace.gid}`, name: workspace.name }], projects, tasks, settings }, organisationToday(deps.mops.clock, settings));
}

export const InvokeBody = z.object({ payload: z.unknown().optional(), context: z.unknown().optional() });
