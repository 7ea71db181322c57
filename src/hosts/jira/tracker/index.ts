import { z } from 'zod';
import type { CostCategory } from '../../../core/budget/categories';
import { JiraHttp, type JiraHttpOptions, type JiraRequester } from '../rest/jira-http';
import { JiraTracker } from './jira-tracker';
import type { ProblemSink } from './problems';
import { JiraTrackerSettings, type JiraTrackerSettingsInput } from './settings';

export { JiraTracker, BULK_CREATE_LIMIT, PROPERTY_VALUE_LIMIT } from './jira-tracker';
export { JiraTrackerSettings, type JiraTrackerSettingsInput } from './settings';
export { JiraFieldMap, type JiraFieldMapInput } from './field-map';
export { SubtasksPartlyCreatedError, type FailedSubtask } from '../../../app/ports/subtasks-partly-created';
export type { JiraProblem, ProblemSink } from './problems';
export { JiraHttp, type JiraHttpOptions, type JiraRequester } from '../rest/jira-http';
export { JiraHttpError, JiraNotFoundError, JiraPermissionError, JiraResponseShapeError, JiraUnavailableError } from '../rest/jira-errors';

export interface JiraTrackerWiring {
  http?: JiraHttpOptions;
  costCategories?: readonly CostCategory[];
  onProblem?: ProblemSink;
}

/**
 * A Tracker for one Forge invocation: settings checked, a fresh transport (so call counts and the
 * waiting budget are per invocation) acting as whoever `requestJira` acts as.
 * @example const tracker = jiraTracker(api.asUser().requestJira, { fields: { budgetField: 'customfield_10050' }, subtaskIssueTypeId: '10003', siteUrl: context.siteUrl })
 */
export function jiraTracker(requestJira: JiraRequester, settings: JiraTrackerSettingsInput, wiring: JiraTrackerWiring = {}): JiraTracker {
  const parsed = JiraTrackerSettings.safeParse(settings);
  if (!parsed.success) throw new Error(`Jira tracker settings are invalid:\n${z.prettifyError(parsed.error)}`);
  return new JiraTracker(new JiraHttp(requestJira, wiring.http), parsed.data, {
    ...(wiring.costCategories ? { costCategories: wiring.costCategories } : {}),
    ...(wiring.onProblem ? { onProblem: wiring.onProblem } : {}),
  });
}
