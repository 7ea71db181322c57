import { createHash } from 'node:crypto';
import { z } from 'zod';

/*
 * The event shape is Asana's `EventResponse` (asana_oas.yaml, components.schemas.EventResponse): what a
 * webhook delivers and what GET /events returns. Two things the schema leaves out, taken from its own
 * prose and Asana's webhooks guide: `user` is null for system events and `parent` is null except for
 * added/removed events; and webhook events carry `resource.resource_subtype` (e.g. "default_task",
 * "milestone"), which Mops needs to tell tasks from milestones and sections.
 */

const Gid = z.string().min(1).max(64);

/** `AsanaNamedResource` / `AsanaResource` as webhooks send them: gid and type, sometimes a name. */
export const AsanaEventResource = z.object({
  gid: Gid,
  resource_type: z.string().min(1),
  resource_subtype: z.string().min(1).optional(),
  name: z.string().optional(),
});
export type AsanaEventResource = z.infer<typeof AsanaEventResource>;

/** `Event.change`: present only when `action` is "changed". Values are a compact resource (gid + type) or a plain value. */
const ChangedValue = z.union([AsanaEventResource.partial({ resource_type: true }), z.string(), z.number(), z.boolean(), z.null()]);

export const AsanaWebhookEvent = z.object({
  action: z.enum(['changed', 'added', 'removed', 'deleted', 'undeleted']),
  resource: AsanaEventResource,
  parent: AsanaEventResource.nullable().optional(),
  created_at: z.iso.datetime({ offset: true }),
  user: z.object({ gid: Gid, resource_type: z.string().optional(), name: z.string().optional() }).nullable().optional(),
  change: z
    .object({
      field: z.string().min(1),
      action: z.enum(['changed', 'added', 'removed']),
      new_value: ChangedValue.optional(),
      added_value: ChangedValue.optional(),
      removed_value: ChangedValue.optional(),
    })
    .optional(),
  /** Deprecated by Asana in favour of `resource.resource_type`; still sent. */
  type: z.string().optional(),
});
export type AsanaWebhookEvent = z.infer<typeof AsanaWebhookEvent>;

/**
 * The body of a webhook delivery (Asana's webhooks guide: `{"events": [...]}`); a heartbeat is an empty
 * list. Events stay unknown here so that one odd event is skipped alone, not the whole batch.
 */
export const AsanaWebhookDelivery = z.object({ events: z.array(z.unknown()) });

const gidOf = (value: z.infer<typeof ChangedValue> | undefined): string | number | boolean | null =>
  value === undefined ? null : typeof value === 'object' && value !== null ? value.gid : value;

/**
 * The identity of an event across re-deliveries: what happened, to what, where, when and by whom.
 * Asana events carry no id of their own; a re-delivered event repeats all of these, and two different
 * events never share all of them. Names are left out: a rename between deliveries is the same event.
 * @example eventKey({ action: 'added', resource: { gid: '12', resource_type: 'task' }, parent: { gid: '7', resource_type: 'project' }, created_at: '2026-11-23T09:00:00.000Z' }) // 'asana-event:3f1c…'
 */
export function eventKey(event: AsanaWebhookEvent): string {
  const identity = [
    event.created_at,
    event.action,
    event.resource.resource_type,
    event.resource.gid,
    event.parent?.gid ?? null,
    event.user?.gid ?? null,
    event.change?.field ?? null,
    event.change?.action ?? null,
    gidOf(event.change?.new_value),
    gidOf(event.change?.added_value),
    gidOf(event.change?.removed_value),
  ];
  return `asana-event:${createHash('sha256').update(JSON.stringify(identity)).digest('hex')}`;
}

/**
 * Events in the order they happened (`created_at`), keeping Asana's order for equal instants.
 * @example inCreatedOrder([later, earlier]) // [earlier, later]
 */
export function inCreatedOrder(events: readonly AsanaWebhookEvent[]): AsanaWebhookEvent[] {
  return events
    .map((event, index) => ({ event, index, at: Date.parse(event.created_at) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ event }) => event);
}
