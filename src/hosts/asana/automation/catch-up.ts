import type { AsanaLog } from '../asana-log';
import { pollEvents } from '../events/poll-events';
import type { AsanaSyncTokenStore, AsanaTaskStateStore } from '../ports/asana-stores';
import type { ReplayGuard } from '../replay-guard';
import type { AsanaSubscription } from '../stores/sql-asana-subscriptions';
import type { AsanaWorkspaces } from '../workspace/asana-workspaces';
import { asanaGidOf } from '../workspace/asana-task-ids';
import type { AsanaAutomation } from './asana-automation';
import { SEEN_EVENT_TTL_SECONDS } from '../webhooks/webhook-routes';
import { errorMessage } from '../../shared/error-message';

export interface CatchUpDeps {
  subscriptions: { list(workspaceGid?: string): Promise<AsanaSubscription[]> };
  workspaces: AsanaWorkspaces;
  automation: AsanaAutomation;
  syncTokens: AsanaSyncTokenStore;
  states: AsanaTaskStateStore;
  /** The webhook receiver's guard: an event a webhook already handed on is not handled twice. */
  seen: ReplayGuard;
  now(): Date;
  log: AsanaLog;
}

export interface CatchUpReport {
  projects: number;
  /** Events handed to the automation that no webhook had delivered. */
  recovered: number;
  alreadySeen: number;
  /** Projects whose sync token had lapsed, re-read in full. */
  resynced: number;
  failed: Array<{ projectGid: string; reason: string }>;
}

/**
 * The Events API catch-up: for every subscribed project, the events since the stored sync token, each
 * handled exactly as a webhook delivery would be unless the webhook already delivered it (same replay
 * guard). When Asana no longer honours a project's token, the project's tasks changed within the replay
 * window that Mops has never processed are run through task-added, since their events are lost.
 * One project's failure is reported and does not stop the others.
 * @example const report = await catchUp(deps) // { projects: 3, recovered: 1, alreadySeen: 4, resynced: 0, failed: [] }
 */
export async function catchUp(deps: CatchUpDeps): Promise<CatchUpReport> {
  const report: CatchUpReport = { projects: 0, recovered: 0, alreadySeen: 0, resynced: 0, failed: [] };
  const projects = (await deps.subscriptions.list()).filter((subscription) => subscription.kind === 'project' && subscription.webhookGid !== undefined);
  for (const subscription of projects) {
    report.projects += 1;
    const { workspaceGid, projectGid } = subscription;
    try {
      const hadToken = (await deps.syncTokens.load(projectGid)) !== undefined;
      const http = await deps.workspaces.appHttp(workspaceGid);
      const polled = await pollEvents(projectGid, {
        http,
        tokens: deps.syncTokens,
        onEvent: (event) => deps.automation.handle(event, { workspaceGid, kind: 'project' }),
        log: deps.log,
        seen: { guard: deps.seen, now: deps.now },
      });
      report.recovered += polled.events.length;
      report.alreadySeen += polled.alreadySeen;
      if (polled.resyncNeeded && hadToken) {
        report.resynced += 1;
        await resyncProject(deps, workspaceGid, projectGid);
      }
    } catch (error) {
      report.failed.push({ projectGid, reason: errorMessage(error) });
      deps.log('error', 'Asana catch-up failed for a project', { workspaceGid, projectGid, error: errorMessage(error) });
    }
  }
  if (report.recovered > 0 || report.failed.length > 0 || report.resynced > 0) deps.log('info', 'Asana catch-up', { ...report, failed: report.failed.length });
  return report;
}

async function resyncProject(deps: CatchUpDeps, workspaceGid: string, projectGid: string): Promise<void> {
  const tracker = await deps.workspaces.appTracker(workspaceGid);
  const since = new Date(deps.now().getTime() - SEEN_EVENT_TTL_SECONDS * 1000).toISOString();
  for await (const page of tracker.searchTasks({ projectIds: [projectGid], updatedSince: since })) {
    for (const task of page) {
      const gid = asanaGidOf(task.id);
      if (gid === undefined || task.parentId !== undefined) continue;
      if ((await deps.states.load(workspaceGid, gid)) === undefined) await deps.automation.taskAdded(workspaceGid, gid);
    }
  }
}
