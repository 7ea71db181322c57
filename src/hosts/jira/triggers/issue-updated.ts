import { onTaskUpdated } from '../../../app/keep-index-fresh';
import { currentPlatform, MopsServices } from '../composition';
import { invocationInfo } from '../invocation-context';
import { ignored, type Ignored } from './ignored';
import { issueOfEvent } from './issue-event';

/**
 * `avi:jira:updated:issue`: re-indexes what the issue says now, read fresh as the app, so late or
 * repeated events and events that overtake the creation all leave the index right.
 * @example await handler({ eventType: 'avi:jira:updated:issue', issue: { id: '10042' } }, { installContext }) // { outcome: 'indexed' }
 */
export async function handler(event: unknown, context?: unknown): Promise<{ outcome: 'indexed' | 'removed' } | Ignored> {
  const mops = new MopsServices(currentPlatform(), invocationInfo(context));
  const issue = issueOfEvent(event);
  if (!issue.ok) return ignored(mops.log, 'an issue-updated event', issue.reason);
  const configuration = await mops.configuration();
  if ('missing' in configuration) return ignored(mops.log, `the update of issue ${issue.key ?? issue.id}`, `not configured (${configuration.missing.join(', ')} missing)`);
  const outcome = await onTaskUpdated(issue.id, { tracker: mops.asApp(configuration).tracker, duplicates: mops.duplicates() });
  return { outcome };
}
