import { onTaskDeleted } from '../../../app/keep-index-fresh';
import { currentPlatform, MopsServices } from '../composition';
import { invocationInfo } from '../invocation-context';
import { ignored, type Ignored } from './ignored';
import { issueOfEvent } from './issue-event';

/**
 * `avi:jira:deleted:issue`: the issue leaves the duplicate index. Needs no Jira call and no settings.
 * @example await handler({ eventType: 'avi:jira:deleted:issue', issue: { id: '10042' } }, { installContext }) // { outcome: 'removed' }
 */
export async function handler(event: unknown, context?: unknown): Promise<{ outcome: 'removed' } | Ignored> {
  const mops = new MopsServices(currentPlatform(), invocationInfo(context));
  const issue = issueOfEvent(event);
  if (!issue.ok) return ignored(mops.log, 'an issue-deleted event', issue.reason);
  await onTaskDeleted(issue.id, { duplicates: mops.duplicates() });
  return { outcome: 'removed' };
}
