import { z } from 'zod';
import { Person } from '../../../core/capacity/calendar';
import { budgetReport } from '../../../app/budget-report';
import { trackerCapacityReport } from '../../../app/capacity-report';
import { collect } from '../../../app/collect';
import { dismissSuggestedTask, linkSuggestedTask, TaskNotVisibleError } from '../../../app/duplicate-actions';
import { duplicatesReport } from '../../../app/duplicates-report';
import { issuePanel } from '../../../app/issue-panel';
import { BudgetNotValidError, editTaskBudget, TaskEditNotAllowedError } from '../../../app/edit-task-budget';
import { sqlEditPermission } from '../tracker/edit-permission';
import { budgetFieldOptions } from '../../jira/resolvers/budget-field-options';
import type { ResolverName, ResolverPayloads } from '../../jira/resolvers/contract';
import { AdminSettingsView, BudgetFieldOptionsView, BudgetReportView, CapacityView, DismissedView, DuplicatesReportView, IssuePanelView, LinkedView, SavedBudgetView } from '../../jira/resolvers/views';
import type { LocalMops } from '../local-mops';
import { loadOrganisationName, loadPeople, loadPortfolios, loadProjects, loadTeams } from '../organisation/organisation-rows';
import { LocalPeople, replacePeople } from '../organisation/save-people';
import { sqlReviewedPairs } from '../stores/sql-reviewed-pairs';
import { loadSettings, saveSettings } from '../organisation/settings-rows';
import { ApiRefusal } from './api-refusal';
import { parseOrRefuse } from './read-json-body';
import type { Viewer } from './viewer';
import { organisationToday } from '../../../app/organisation-today';
import type { Directory } from '../../../app/directory';

/** Where the UI module was opened: the task of an issue panel, the project of a project page. */
export interface LocalCall {
  issueId?: string;
  projectId?: string;
}

export type PayloadOf<Name extends ResolverName> = z.output<(typeof ResolverPayloads)[Name]>;

export interface LocalResolverInput<Name extends ResolverName> {
  payload: PayloadOf<Name>;
  call: LocalCall;
  viewer: Viewer;
  mops: LocalMops;
}

export interface LocalResolver<Name extends ResolverName> {
  /** The answer is checked against this on its way out, as the Jira resolvers check theirs. */
  output: z.ZodType;
  run(input: LocalResolverInput<Name>): Promise<unknown>;
}

function resolver<Name extends ResolverName, T>(output: z.ZodType<T>, run: (input: LocalResolverInput<Name>) => Promise<T>): LocalResolver<Name> {
  return { output, run };
}

function requireIssue(call: LocalCall, name: ResolverName): string {
  if (call.issueId === undefined) throw new ApiRefusal('bad-request', `${name} answers only for a task: the call's context has no extension.issue.id`);
  return call.issueId;
}

/** Admin pages are for the organisation's own people; an agency's staff are refused, as vendors. */
function requireAdmin(viewer: Viewer, name: ResolverName): void {
  if (viewer.teamKind !== 'internal') throw new ApiRefusal('no-permission', `${name}: ${viewer.person.name} works for an agency; only people of in-house teams manage Mops settings`);
}

async function adminView(mops: LocalMops): Promise<AdminSettingsView> {
  const [saved, people] = await Promise.all([loadSettings(mops.db), loadPeople(mops.db)]);
  // Jira's setup, backfill and digest have no counterpart here: the local host has no Jira.
  return { settings: saved?.settings ?? null, people, accountHosts: [...mops.accountHosts], jira: null, backfill: null, digest: null };
}

/** Every name the local host knows: its people, teams, and the projects the viewer may see. */
/** Names for the views, with everyone's full record: capacity plans with the same people it names. */
async function localDirectory(mops: LocalMops, viewer: Viewer): Promise<Directory & { people: Person[] }> {
  const [people, teams, projects] = await Promise.all([mops.people(), loadTeams(mops.db), loadProjects(mops.db, viewer.principal)]);
  return { people, teams, projects };
}

/**
 * The resolvers of `contract.ts`, answered over the local database with the same use cases and the
 * same view models as the Jira resolvers, so the same UI bundles run against either.
 */
export const LOCAL_RESOLVERS: { [Name in ResolverName]: LocalResolver<Name> } = {
  getIssuePanel: resolver(IssuePanelView, async ({ call, viewer, mops }) => {
    const taskId = requireIssue(call, 'getIssuePanel');
    const [settings, directory] = await Promise.all([mops.settings(), localDirectory(mops, viewer)]);
    const view = await issuePanel(taskId, { tracker: mops.tracker(viewer.principal), settings, clock: mops.clock, directory, editPermission: sqlEditPermission(mops.db, viewer.principal) });
    if (!view) throw new TaskNotVisibleError(taskId);
    return view;
  }),

  linkDuplicate: resolver(LinkedView, async ({ payload, call, viewer, mops }) => {
    const taskId = requireIssue(call, 'linkDuplicate');
    await linkSuggestedTask(taskId, payload.otherTaskId, payload.kind, { viewer: mops.tracker(viewer.principal), app: mops.appTracker() });
    return { taskId, otherTaskId: payload.otherTaskId, kind: payload.kind, linked: true as const };
  }),

  dismissDuplicate: resolver(DismissedView, async ({ payload, call, viewer, mops }) => {
    const taskId = requireIssue(call, 'dismissDuplicate');
    await dismissSuggestedTask(taskId, payload.otherTaskId, { viewer: mops.tracker(viewer.principal), app: mops.appTracker() });
    return { taskId, otherTaskId: payload.otherTaskId, dismissed: true as const };
  }),

  getCapacity: resolver(CapacityView, async ({ payload, viewer, mops }) => {
    const [settings, directory] = await Promise.all([mops.settings(), localDirectory(mops, viewer)]);
    return trackerCapacityReport(
      { start: organisationToday(mops.clock, settings), weeks: payload.weeks },
      { tracker: mops.tracker(viewer.principal), people: directory.people, settings, directory },
      { ...(payload.teamIds ? { teamIds: payload.teamIds } : {}), ...(payload.projectIds ? { projectIds: payload.projectIds } : {}) },
    );
  }),

  getDuplicatesReport: resolver(DuplicatesReportView, async ({ payload, call, viewer, mops }) => {
    const [settings, directory] = await Promise.all([mops.settings(), localDirectory(mops, viewer)]);
    const projectId = payload.projectId ?? call.projectId;
    return duplicatesReport(projectId === undefined ? {} : { projectId }, {
      tracker: mops.tracker(viewer.principal),
      duplicates: mops.duplicates,
      reviews: sqlReviewedPairs(mops.db),
      settings,
      clock: mops.clock,
      directory,
    });
  }),

  getBudgetReport: resolver(BudgetReportView, async ({ call, viewer, mops }) => {
    const tracker = mops.tracker(viewer.principal);
    const [settings, name, teams, people, portfolios, projects, tasks] = await Promise.all([
      mops.settings(),
      loadOrganisationName(mops.db),
      loadTeams(mops.db),
      loadPeople(mops.db),
      loadPortfolios(mops.db),
      loadProjects(mops.db, viewer.principal),
      collect(tracker.searchTasks(call.projectId ? { projectIds: [call.projectId] } : {})),
    ]);
    return budgetReport({ name: name ?? 'Organisation', teams, people, portfolios, projects, tasks, settings }, organisationToday(mops.clock, settings));
  }),

  getAdminSettings: resolver(AdminSettingsView, async ({ viewer, mops }) => {
    requireAdmin(viewer, 'getAdminSettings');
    return adminView(mops);
  }),

  saveAdminSettings: resolver(AdminSettingsView, async ({ payload, viewer, mops }) => {
    requireAdmin(viewer, 'saveAdminSettings');
    await saveSettings(mops.db, payload.settings, { savedBy: viewer.person.id, at: mops.clock.now().toISOString() });
    return adminView(mops);
  }),

  saveJiraSetup: resolver(AdminSettingsView, async () => {
    throw new ApiRefusal('bad-request', 'saveJiraSetup maps a Jira site\'s fields onto Mops; the local host has no Jira site to set up');
  }),

  savePeople: resolver(AdminSettingsView, async ({ payload, viewer, mops }) => {
    requireAdmin(viewer, 'savePeople');
    await replacePeople(mops.db, parseOrRefuse(z.object({ people: LocalPeople }), { people: payload.people }, 'People not saved').people);
    return adminView(mops);
  }),

  getBudgetFieldOptions: resolver(BudgetFieldOptionsView, async ({ mops }) => budgetFieldOptions(await mops.settings())),

  saveTaskBudget: resolver(SavedBudgetView, async ({ payload, call, viewer, mops }) => {
    const taskId = requireIssue(call, 'saveTaskBudget');
    const deps = { viewer: mops.tracker(viewer.principal), app: mops.appTracker(), permission: sqlEditPermission(mops.db, viewer.principal), settings: await mops.settings(), clock: mops.clock };
    try {
      return await editTaskBudget(taskId, payload, deps);
    } catch (error) {
      if (error instanceof TaskEditNotAllowedError) throw new ApiRefusal('no-permission', `${viewer.person.name} may see task ${taskId} but not edit it: agencies' people edit only the tasks assigned to them or owned by them; the budget was not changed`);
      if (error instanceof BudgetNotValidError) throw new ApiRefusal('bad-request', error.message);
      throw error;
    }
  }),
};
