import type { Clock } from '../../../app/ports/clock';
import type { AsanaHttp } from '../api/asana-http';
import type { AsanaLog } from '../asana-log';
import { pollEvents } from '../events/poll-events';
import type { AsanaSyncTokenStore } from '../ports/asana-stores';
import { AlreadySubscribedError, type AsanaSubscription, type AsanaSubscriptionKind } from '../stores/sql-asana-subscriptions';
import type { WebhookSecrets } from '../webhooks/webhook-secrets';
import type { AsanaWorkspaces } from '../workspace/asana-workspaces';
import { createWebhook, workspaceProjects } from './asana-webhooks-api';
import { newReceiverId } from './receiver-ids';
import { PROJECT_WEBHOOK_FILTERS, TEAM_WEBHOOK_FILTERS } from './webhook-filters';
import { errorMessage } from '../../shared/error-message';

/** Asana handshakes within the create call; a minute covers a slow Asana and a slow database. */
export const HANDSHAKE_WINDOW_SECONDS = 60;
/** A registration older than this without a webhook gid was a subscribe that died half way; it is retried. */
export const STALE_REGISTRATION_SECONDS = 5 * 60;

export interface SubscriptionRegistry {
  register(subscription: Omit<AsanaSubscription, 'webhookGid' | 'kind'> & { kind?: AsanaSubscriptionKind }): Promise<void>;
  confirm(projectGid: string, webhookGid: string): Promise<void>;
  byProject(projectGid: string): Promise<AsanaSubscription | undefined>;
  remove(projectGid: string): Promise<AsanaSubscription | undefined>;
}

export interface AsanaSubscriberDeps {
  workspaces: AsanaWorkspaces;
  subscriptions: SubscriptionRegistry;
  secrets: WebhookSecrets & { forgetReceiver?(receiverId: string): Promise<void> };
  /** Events API sync tokens: primed when a project is subscribed, so the first catch-up already has one. */
  syncTokens: AsanaSyncTokenStore;
  /** Public base of the webhook receiver, e.g. "https://mops.example.com/asana/webhooks". */
  webhookBaseUrl: string;
  clock: Clock;
  log: AsanaLog;
}

export type SubscribeOutcome = 'subscribed' | 'already-subscribed' | 'in-progress';

export interface WorkspaceSubscription {
  projects: Record<string, SubscribeOutcome>;
  teams: Record<string, SubscribeOutcome>;
  /** Resources Asana or the receiver refused, with the reason. */
  failed: Array<{ gid: string; kind: AsanaSubscriptionKind; reason: string }>;
}

/**
 * Subscribes Asana projects (task events) and teams (projects added) to Mops' webhook receiver. Each
 * resource is claimed in the registry first — its primary key lets exactly one subscriber through, so
 * no project ever gets two webhooks — then its receiver is told to expect the handshake, and only then
 * is Asana asked to create the webhook (Asana handshakes while that call is in flight). A failure undoes
 * the claim, so the next attempt starts clean.
 * @example await subscriber.subscribeWorkspace('1200000000000001', 'p-agnieszka-nowak') // { projects: { '1208…': 'subscribed' }, teams: { … }, failed: [] }
 */
export class AsanaSubscriber {
  constructor(private readonly deps: AsanaSubscriberDeps) {}

  /**
   * Every unarchived project of the workspace, and the team of each, as one pass; safe to repeat. Given
   * a person's client (`listedAs`), only the projects their own listing holds — the webhooks are still
   * created with the connection's token, which the receiver needs to keep receiving.
   */
  async subscribeWorkspace(workspaceGid: string, subscribedBy?: string, listedAs?: AsanaHttp): Promise<WorkspaceSubscription> {
    const projects = await workspaceProjects(listedAs ?? (await this.deps.workspaces.appHttp(workspaceGid)), workspaceGid);
    // A person's listing may lack projects the connection serves, so only the connection's is remembered.
    if (!listedAs) this.deps.workspaces.rememberProjects(workspaceGid, projects);
    const outcome: WorkspaceSubscription = { projects: {}, teams: {}, failed: [] };
    const attempt = async (gid: string, kind: AsanaSubscriptionKind) => {
      try {
        const result = await this.subscribe(workspaceGid, gid, kind, subscribedBy);
        (kind === 'project' ? outcome.projects : outcome.teams)[gid] = result;
      } catch (error) {
        outcome.failed.push({ gid, kind, reason: errorMessage(error) });
      }
    };
    for (const project of projects) await attempt(project.gid, 'project');
    const teams = new Set(projects.flatMap((project) => (project.team ? [project.team.gid] : [])));
    for (const team of teams) await attempt(team, 'team');
    this.deps.log(outcome.failed.length === 0 ? 'info' : 'warn', 'Asana workspace subscribed', {
      workspaceGid,
      projects: Object.keys(outcome.projects).length,
      teams: Object.keys(outcome.teams).length,
      failed: outcome.failed.map((failure) => `${failure.kind} ${failure.gid}: ${failure.reason}`),
    });
    return outcome;
  }

  /** A project's task webhook, its budget fields and its first Events API sync token. */
  subscribeProject(workspaceGid: string, projectGid: string, subscribedBy?: string): Promise<SubscribeOutcome> {
    // A project Mops has not listed yet (one just added to a team) changes which team owns what.
    this.deps.workspaces.forgetProjects(workspaceGid);
    return this.subscribe(workspaceGid, projectGid, 'project', subscribedBy);
  }

  /** A team's project-added webhook, so its new projects are subscribed as they appear. */
  subscribeTeam(workspaceGid: string, teamGid: string, subscribedBy?: string): Promise<SubscribeOutcome> {
    return this.subscribe(workspaceGid, teamGid, 'team', subscribedBy);
  }

  private async subscribe(workspaceGid: string, resourceGid: string, kind: AsanaSubscriptionKind, subscribedBy: string | undefined): Promise<SubscribeOutcome> {
    const { subscriptions, secrets, clock } = this.deps;
    const existing = await subscriptions.byProject(resourceGid);
    if (existing?.webhookGid !== undefined) return 'already-subscribed';
    if (existing) {
      const age = (clock.now().getTime() - existing.createdAt.getTime()) / 1000;
      if (age < STALE_REGISTRATION_SECONDS) return 'in-progress';
      await this.undo(resourceGid, existing.receiverId);
    }
    const receiverId = newReceiverId(kind);
    try {
      await subscriptions.register({ projectGid: resourceGid, kind, workspaceGid, receiverId, createdAt: clock.now(), ...(subscribedBy === undefined ? {} : { subscribedBy }) });
    } catch (error) {
      if (error instanceof AlreadySubscribedError) return 'in-progress';
      throw error;
    }
    try {
      if (kind === 'project') await this.deps.workspaces.prepareProject(workspaceGid, resourceGid);
      await secrets.expectHandshake(receiverId, new Date(clock.now().getTime() + HANDSHAKE_WINDOW_SECONDS * 1000));
      const http = await this.deps.workspaces.appHttp(workspaceGid);
      const webhookGid = await createWebhook(http, {
        resource: resourceGid,
        target: `${this.deps.webhookBaseUrl.replace(/\/+$/, '')}/${receiverId}`,
        filters: kind === 'project' ? PROJECT_WEBHOOK_FILTERS : TEAM_WEBHOOK_FILTERS,
      });
      await subscriptions.confirm(resourceGid, webhookGid);
      if (kind === 'project' && (await this.deps.syncTokens.load(resourceGid)) === undefined) {
        // The first Events API call only hands out a token (412); with it stored, a later catch-up sees what webhooks missed.
        await pollEvents(resourceGid, { http, tokens: this.deps.syncTokens, onEvent: async () => undefined, log: this.deps.log, maxPages: 1 });
      }
      this.deps.log('info', `Asana ${kind} subscribed`, { workspaceGid, resourceGid, receiverId, webhookGid, calls: http.hostCalls() });
      return 'subscribed';
    } catch (error) {
      await this.undo(resourceGid, receiverId);
      throw error;
    }
  }

  private async undo(resourceGid: string, receiverId: string): Promise<void> {
    await this.deps.subscriptions.remove(resourceGid);
    await this.deps.secrets.forgetReceiver?.(receiverId);
  }
}
