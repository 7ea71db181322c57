import { getISOWeek, getISOWeekYear, parseISO } from 'date-fns';
import { budgetReport } from '../../../app/budget-report';
import { capacityReport } from '../../../app/capacity-report';
import { currentPlatform, MopsServices } from '../composition';
import { invocationInfo } from '../invocation-context';
import { organisationOfTasks } from '../reports/organisation-of-tasks';
import { ignored, type Ignored } from '../triggers/ignored';
import { composeDigest } from './compose-digest';
import { readAllTasks } from './read-all-tasks';
import { commentOnNewlyCrossed } from './threshold-comments';
import { DigestStore, type WeeklyDigest } from './weekly-digest-record';
import { organisationToday } from '../../../app/organisation-today';

/** Of Forge's 100 requests per invocation: searches first, then comments, with room for retries. */
export const DIGEST_SEARCH_CALLS = 75;
export const DIGEST_COMMENT_CALLS = 15;
/** The capacity part of the digest looks at the coming weeks. */
export const DIGEST_WEEKS = 4;
/** Longer than the scheduled function's 900 s limit, so two runs never overlap. */
const LEASE_SECONDS = 960;

/**
 * ISO week label of a date.
 * @example isoWeekOf('2026-11-23') // '2026-W48'
 */
export function isoWeekOf(date: string): string {
  const day = parseISO(date);
  return `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, '0')}`;
}

/**
 * The weekly `scheduledTrigger`: reads the organisation's issues as the app (paged searches only),
 * computes budget alerts and over-allocation for the coming weeks, comments on campaign and epic
 * issues whose threshold was newly crossed, and stores the digest for the admin page. There is no
 * e-mail from Forge, so "delivered" means: on the admin page, and in the issues that need attention.
 * @example await handler({ context: { cloudId } }, context) // { isoWeek: '2026-W48', budgetAlerts: [...], ... }
 */
export async function handler(event?: unknown, context?: unknown): Promise<WeeklyDigest | Ignored | { outcome: 'busy' }> {
  const mops = new MopsServices(currentPlatform(), invocationInfo(context, event));
  const configuration = await mops.configuration();
  if ('missing' in configuration) return ignored(mops.log, 'the weekly digest', `not configured (${configuration.missing.join(', ')} missing)`);
  const locks = mops.locks();
  if (!(await locks.acquire('weekly-digest', LEASE_SECONDS))) return { outcome: 'busy' };
  try {
    const { settings, people } = configuration;
    const app = mops.asApp(configuration);
    const now = mops.clock.now();
    const asOf = organisationToday(mops.clock, settings);
    const isoWeek = isoWeekOf(asOf);

    const { tasks, complete } = await readAllTasks(app.tracker, DIGEST_SEARCH_CALLS);
    const budget = budgetReport(organisationOfTasks('Jira site', tasks, settings, people), asOf);
    const open = tasks.filter((task) => task.statusCategory !== 'done');
    const capacity = capacityReport({ tasks: open, people, settings }, { start: asOf, weeks: DIGEST_WEEKS });
    const comments = await commentOnNewlyCrossed(budget.alerts, { tracker: app.tracker, kv: mops.platform.kv, complete, maxComments: DIGEST_COMMENT_CALLS, isoWeek });

    const digest = composeDigest({
      isoWeek,
      asOf,
      generatedAt: now.toISOString(),
      complete,
      tasksRead: tasks.length,
      baseCurrency: settings.baseCurrency,
      budget,
      capacity,
      commented: comments.commented,
      commentsDeferred: comments.deferred,
    });
    await new DigestStore(mops.platform.kv).save(digest);
    mops.log('info', `Weekly digest ${isoWeek}`, { tasksRead: tasks.length, complete, alerts: budget.alerts.length, commented: comments.commented.length, jiraCalls: app.tracker.hostCalls() });
    return digest;
  } finally {
    await locks.release('weekly-digest');
  }
}
