import type Resolver from '@forge/resolver';
import { dismissSuggestedTask, linkSuggestedTask } from '../../../app/duplicate-actions';
import { BudgetNotValidError, editTaskBudget, TaskEditNotAllowedError } from '../../../app/edit-task-budget';
import { issuePanel } from '../../../app/issue-panel';
import { defineResolver } from './define-resolver';
import { requireIssue } from './resolver-context';
import { ResolverRefusal } from './resolver-refusal';
import { jiraEditPermission } from './viewer-may-edit';
import { DismissedView, IssuePanelView, LinkedView, SavedBudgetView } from './views';

/**
 * The issue panel's resolvers. What the panel shows is read as the viewer (so no suggestion reveals an
 * issue they cannot browse); links are made as the viewer; Mops' own state is written as the app, and
 * only after the viewer's right to see the issue was checked.
 * Jira calls: getIssuePanel 2–3, linkDuplicate 4, dismissDuplicate 3, saveTaskBudget 3 (permission and
 * read as the viewer, the budget field written as the app).
 * @example defineIssuePanelResolvers(new Resolver())
 */
export function defineIssuePanelResolvers(resolver: Resolver): void {
  defineResolver(resolver, 'getIssuePanel', IssuePanelView, async ({ call, mops }) => {
    const issueId = requireIssue(call, 'getIssuePanel');
    const configuration = await mops.requireConfiguration();
    // Jira knows people by the names admins saved with their accounts; teams and projects only by id and key.
    const directory = { people: configuration.people };
    const viewer = mops.asUser(configuration);
    const view = await issuePanel(issueId, { tracker: viewer.tracker, settings: configuration.settings, clock: mops.clock, directory, editPermission: jiraEditPermission(viewer.http) });
    if (!view) throw new ResolverRefusal('not-found', `Issue ${issueId} does not exist or you do not have permission to see it`);
    return view;
  });

  defineResolver(resolver, 'linkDuplicate', LinkedView, async ({ payload, call, mops }) => {
    const issueId = requireIssue(call, 'linkDuplicate');
    const configuration = await mops.requireConfiguration();
    await linkSuggestedTask(issueId, payload.otherTaskId, payload.kind, { viewer: mops.asUser(configuration).tracker, app: mops.asApp(configuration).tracker });
    return { taskId: issueId, otherTaskId: payload.otherTaskId, kind: payload.kind, linked: true as const };
  });

  defineResolver(resolver, 'dismissDuplicate', DismissedView, async ({ payload, call, mops }) => {
    const issueId = requireIssue(call, 'dismissDuplicate');
    const configuration = await mops.requireConfiguration();
    await dismissSuggestedTask(issueId, payload.otherTaskId, { viewer: mops.asUser(configuration).tracker, app: mops.asApp(configuration).tracker });
    return { taskId: issueId, otherTaskId: payload.otherTaskId, dismissed: true as const };
  });

  defineResolver(resolver, 'saveTaskBudget', SavedBudgetView, async ({ payload, call, mops }) => {
    const issueId = requireIssue(call, 'saveTaskBudget');
    const configuration = await mops.requireConfiguration();
    const viewer = mops.asUser(configuration);
    try {
      return await editTaskBudget(issueId, payload, {
        viewer: viewer.tracker,
        app: mops.asApp(configuration).tracker,
        permission: jiraEditPermission(viewer.http),
        settings: configuration.settings,
        clock: mops.clock,
      });
    } catch (error) {
      if (error instanceof TaskEditNotAllowedError) throw new ResolverRefusal('no-permission', error.message);
      if (error instanceof BudgetNotValidError) throw new ResolverRefusal('bad-request', error.message);
      throw error;
    }
  });
}
