import { onTaskCreated, type OnTaskCreatedResult } from '../../../app/on-task-created';
import { currentPlatform, MopsServices } from '../composition';
import { invocationInfo } from '../invocation-context';
import { ignored, type Ignored } from './ignored';
import { issueOfEvent } from './issue-event';

/**
 * `avi:jira:created:issue`: applies the issue's process template, looks for the same work elsewhere
 * and comments at the likely-duplicate level, acting as the app. Re-delivered events do nothing twice
 * (a lease plus the issue's Mops state); the app's own subtasks are filtered out in the manifest.
 * @example await handler({ eventType: 'avi:jira:created:issue', issue: { id: '10042', key: 'WEB-12' } }, { installContext })
 */
export async function handler(event: unknown, context?: unknown): Promise<OnTaskCreatedResult | Ignored> {
  const mops = new MopsServices(currentPlatform(), invocationInfo(context));
  const issue = issueOfEvent(event);
  if (!issue.ok) return ignored(mops.log, 'an issue-created event', issue.reason);
  const configuration = await mops.configuration();
  if ('missing' in configuration) return ignored(mops.log, `the creation of issue ${issue.key ?? issue.id}`, `not configured (${configuration.missing.join(', ')} missing)`);
  const result = await onTaskCreated(issue.id, {
    tracker: mops.asApp(configuration).tracker,
    settings: configuration.settings,
    people: configuration.people,
    duplicates: mops.duplicates(),
    locks: mops.locks(),
    clock: mops.clock,
  });
  mops.log('info', `Issue ${issue.key ?? issue.id} created: ${result.outcome}`, { ...result });
  return result;
}
