import type Resolver from '@forge/resolver';
import { budgetReport } from '../../../app/budget-report';
import { trackerCapacityReport } from '../../../app/capacity-report';
import { collect } from '../../../app/collect';
import { duplicatesReport } from '../../../app/duplicates-report';
import { organisationToday } from '../../../app/organisation-today';
import { withBoundedSearch } from '../reports/bounded-search';
import { jiraReviewedPairs } from '../reports/duplicates-report-reviews';
import { organisationOfTasks } from '../reports/organisation-of-tasks';
import { defineResolver } from './define-resolver';
import { BudgetReportView, CapacityView, DuplicatesReportView } from './views';

/**
 * The project page's reports, read as the viewer with paged searches only (never one call per issue):
 * capacity across every project the viewer can see (a person's load elsewhere is still their load),
 * and the budget roll-up of the page's project.
 * @example defineReportResolvers(new Resolver())
 */
export function defineReportResolvers(resolver: Resolver): void {
  defineResolver(resolver, 'getCapacity', CapacityView, async ({ payload, mops }) => {
    const configuration = await mops.requireConfiguration();
    const tracker = withBoundedSearch(mops.asUser(configuration).tracker);
    return trackerCapacityReport(
      { start: organisationToday(mops.clock, configuration.settings), weeks: payload.weeks },
      // Jira names people by what admins saved; teams and projects are known by id and key only.
      { tracker, people: configuration.people, settings: configuration.settings, directory: { people: configuration.people } },
      { ...(payload.teamIds ? { teamIds: payload.teamIds } : {}), ...(payload.projectIds ? { projectIds: payload.projectIds } : {}) },
    );
  });

  defineResolver(resolver, 'getBudgetReport', BudgetReportView, async ({ call, mops }) => {
    const configuration = await mops.requireConfiguration();
    const tracker = withBoundedSearch(mops.asUser(configuration).tracker);
    const tasks = await collect(tracker.searchTasks(call.projectId ? { projectIds: [call.projectId] } : {}));
    const organisation = organisationOfTasks('Jira site', tasks, configuration.settings, configuration.people);
    return budgetReport(organisation, organisationToday(mops.clock, configuration.settings));
  });

  // Read as the viewer: the index is the app's, but every task shown comes from the viewer's searches.
  defineResolver(resolver, 'getDuplicatesReport', DuplicatesReportView, async ({ payload, call, mops }) => {
    const configuration = await mops.requireConfiguration();
    const viewer = mops.asUser(configuration);
    const projectId = payload.projectId ?? call.projectId;
    // The report's own searches read each issue's links and Mops state too: reviewed pairs cost no call.
    const reviews = jiraReviewedPairs(viewer.http, configuration.site);
    return duplicatesReport(projectId === undefined ? {} : { projectId }, {
      tracker: withBoundedSearch(viewer.tracker.alsoReadingFor(reviews.searchReader)),
      duplicates: mops.duplicates(),
      reviews,
      settings: configuration.settings,
      clock: mops.clock,
      directory: { people: configuration.people },
    });
  });
}
