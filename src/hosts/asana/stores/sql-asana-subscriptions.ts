import { z } from 'zod';
import type { SqlClient } from '../../local/database/sql-client';
import { parseStoredRow } from '../../local/database/stored-row';

/** What a webhook watches: a project (its tasks' events) or a team (projects added to it). */
export type AsanaSubscriptionKind = 'project' | 'team';

/** One Asana project (or team) Mops watches through a webhook. */
export interface AsanaSubscription {
  /** The watched resource's gid: the project's, or for a team subscription the team's. */
  projectGid: string;
  /** 'project' unless this is a team's project-added webhook. */
  kind: AsanaSubscriptionKind;
  workspaceGid: string;
  /** The id in the webhook's target URL (`…/asana/webhooks/<receiverId>`), chosen before the webhook exists. */
  receiverId: string;
  /** Asana's gid of the webhook; undefined between `register` and Asana's answer to the create call. */
  webhookGid?: string;
  subscribedBy?: string;
  createdAt: Date;
}

const SubscriptionRow = z.object({
  project_gid: z.string(),
  workspace_gid: z.string(),
  receiver_id: z.string(),
  webhook_gid: z.string().nullable(),
  subscribed_by: z.string().nullable(),
  created_at: z.iso.datetime(),
  resource_type: z.enum(['project', 'team']),
});

const SELECT = 'SELECT project_gid, workspace_gid, receiver_id, webhook_gid, subscribed_by, mops_iso(created_at) AS created_at, resource_type FROM asana_subscriptions';

/** A project that already has a subscription; the message names the project and its receiver. */
export class AlreadySubscribedError extends Error {
  override name = 'AlreadySubscribedError';
}

/**
 * The registry of subscribed projects in `asana_subscriptions`: project → receiver id → webhook gid.
 * One subscription per project and per receiver, enforced by the table's keys, so two people subscribing
 * the same project at once get one webhook, not two.
 * @example await subscriptions.register({ projectGid: '1203300', workspaceGid: '1200', receiverId, createdAt: now }); await subscriptions.confirm('1203300', '1204455')
 */
export class SqlAsanaSubscriptions {
  constructor(private readonly db: SqlClient) {}

  /** Records the intent to subscribe, before Asana is asked to create the webhook. */
  async register(subscription: Omit<AsanaSubscription, 'webhookGid' | 'kind'> & { kind?: AsanaSubscriptionKind }): Promise<void> {
    const rows = await this.db.query(
      `INSERT INTO asana_subscriptions (project_gid, workspace_gid, receiver_id, subscribed_by, created_at, resource_type) VALUES ($1, $2, $3, $4, $5::text::timestamptz, $6)
       ON CONFLICT DO NOTHING RETURNING project_gid`,
      [subscription.projectGid, subscription.workspaceGid, subscription.receiverId, subscription.subscribedBy ?? null, subscription.createdAt.toISOString(), subscription.kind ?? 'project'],
    );
    if (rows.length === 0) {
      const existing = (await this.byProject(subscription.projectGid)) ?? (await this.byReceiver(subscription.receiverId));
      throw new AlreadySubscribedError(
        existing?.projectGid === subscription.projectGid
          ? `Asana project ${subscription.projectGid} is already subscribed through receiver ${existing.receiverId}; unsubscribe it first`
          : `Receiver ${subscription.receiverId} already serves project ${existing?.projectGid ?? '(unknown)'}; choose a new receiver id`,
      );
    }
  }

  /** Stores the webhook gid Asana returned for the project's webhook. */
  async confirm(projectGid: string, webhookGid: string): Promise<void> {
    const rows = await this.db.query('UPDATE asana_subscriptions SET webhook_gid = $2 WHERE project_gid = $1 RETURNING project_gid', [projectGid, webhookGid]);
    if (rows.length === 0) throw new Error(`Asana project ${projectGid} has no registered subscription to confirm webhook ${webhookGid} for`);
  }

  async byProject(projectGid: string): Promise<AsanaSubscription | undefined> {
    return (await this.select('WHERE project_gid = $1', [projectGid]))[0];
  }

  async byReceiver(receiverId: string): Promise<AsanaSubscription | undefined> {
    return (await this.select('WHERE receiver_id = $1', [receiverId]))[0];
  }

  async list(workspaceGid?: string): Promise<AsanaSubscription[]> {
    return workspaceGid === undefined ? this.select('', []) : this.select('WHERE workspace_gid = $1', [workspaceGid]);
  }

  /** Removes the project's subscription and returns it (to delete its webhook and secret), or undefined. */
  async remove(projectGid: string): Promise<AsanaSubscription | undefined> {
    const rows = await this.db.query(
      'DELETE FROM asana_subscriptions WHERE project_gid = $1 RETURNING project_gid, workspace_gid, receiver_id, webhook_gid, subscribed_by, mops_iso(created_at) AS created_at, resource_type',
      [projectGid],
    );
    return rows.map((row) => fromRow(row))[0];
  }

  private async select(where: string, params: string[]): Promise<AsanaSubscription[]> {
    const rows = await this.db.query(`${SELECT} ${where} ORDER BY workspace_gid, project_gid`, params);
    return rows.map((row) => fromRow(row));
  }
}

function fromRow(raw: Record<string, unknown>): AsanaSubscription {
  const row = parseStoredRow(SubscriptionRow, 'asana_subscriptions', String(raw.project_gid), raw);
  return {
    projectGid: row.project_gid,
    kind: row.resource_type,
    workspaceGid: row.workspace_gid,
    receiverId: row.receiver_id,
    createdAt: new Date(row.created_at),
    ...(row.webhook_gid === null ? {} : { webhookGid: row.webhook_gid }),
    ...(row.subscribed_by === null ? {} : { subscribedBy: row.subscribed_by }),
  };
}
