import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Clock } from '../../../app/ports/clock';
import type { AsanaLog } from '../asana-log';
import type { ReplayGuard } from '../replay-guard';
import { signatureMatches } from '../signature';
import type { BackgroundQueue } from './background-queue';
import { AsanaWebhookDelivery, AsanaWebhookEvent, eventKey, inCreatedOrder } from './webhook-event';
import type { WebhookSecrets } from './webhook-secrets';
import { errorMessage } from '../../shared/error-message';

export interface WebhookEventContext {
  /** Which subscription delivered it (the receiver id in the target URL). */
  receiverId: string;
}

export interface AsanaWebhookDeps {
  secrets: WebhookSecrets;
  /** Remembers events already handed on, across deliveries and receivers. */
  seen: ReplayGuard;
  /** Called once per verified, new event, in `created_at` order within a delivery. */
  onEvent(event: AsanaWebhookEvent, context: WebhookEventContext): Promise<void>;
  /** Where the work happens after Asana has its answer. */
  queue: BackgroundQueue;
  clock: Clock;
  log: AsanaLog;
}

/**
 * How long an event is remembered: assumed longer than Asana keeps re-delivering a failed batch (its
 * webhooks guide describes retries over about a day, after which a failing webhook is deleted — see
 * `failure_deletion_timestamp` in the spec). Anything missed beyond that is the Events API catch-up's job.
 */
export const SEEN_EVENT_TTL_SECONDS = 25 * 60 * 60;

/** Batches are at most a few hundred small events; anything far larger is not Asana. */
export const MAX_DELIVERY_BYTES = 1024 * 1024;

const RECEIVER_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * Webhook receiver for Asana, mounted by the app server (e.g. `app.route('/asana/webhooks', …)`); each
 * webhook's target is `<base>/<receiverId>`.
 *
 * - Handshake: a POST carrying `X-Hook-Secret` is answered 200 with the same header and the secret is
 *   kept for that receiver — only if the subscribe flow announced the receiver (`expectHandshake`) and
 *   it has no secret yet; otherwise 403 and no echo, so Asana refuses the webhook.
 * - Delivery: `X-Hook-Signature` must be the HMAC-SHA256 hex of the raw body bytes under the receiver's
 *   secret, compared in constant time; unsigned, mis-signed or unknown-receiver deliveries get 401 and
 *   nothing is read from them. A verified delivery is answered 200 at once (Asana counts a slow answer
 *   as a failure and re-delivers) and its events are processed afterwards on `queue`: each new event
 *   (by `eventKey`) once, in `created_at` order. A heartbeat (`{"events":[]}`) is just answered.
 * @example app.route('/asana/webhooks', asanaWebhookRoutes({ secrets, seen, onEvent, queue, clock, log }));
 */
export function asanaWebhookRoutes(deps: AsanaWebhookDeps): Hono {
  const { secrets, log } = deps;
  const routes = new Hono();

  routes.use(
    '*',
    bodyLimit({ maxSize: MAX_DELIVERY_BYTES, onError: (c) => c.json({ error: `Delivery larger than ${MAX_DELIVERY_BYTES} bytes` }, 413, { Connection: 'close' }) }),
  );

  routes.post('/:receiverId', async (c) => {
    const receiverId = c.req.param('receiverId');
    if (!RECEIVER_ID.test(receiverId)) return c.json({ error: 'Unknown webhook receiver' }, 404);

    const handshakeSecret = c.req.header('x-hook-secret');
    if (handshakeSecret !== undefined) {
      const accepted = handshakeSecret.length > 0 && (await secrets.acceptHandshake(receiverId, handshakeSecret, deps.clock.now()));
      if (!accepted) {
        log('warn', 'Asana webhook handshake refused: receiver not awaiting one', { receiverId });
        return c.json({ error: 'No webhook handshake expected for this receiver' }, 403);
      }
      log('info', 'Asana webhook handshake accepted', { receiverId });
      return c.body(null, 200, { 'X-Hook-Secret': handshakeSecret });
    }

    // The raw bytes, not decoded text: the signature covers exactly what was sent.
    const raw = new Uint8Array(await c.req.arrayBuffer());
    const secret = await secrets.secretOf(receiverId);
    if (secret === undefined || !signatureMatches(secret, raw, c.req.header('x-hook-signature'))) {
      log('warn', 'Asana webhook delivery refused: missing or wrong X-Hook-Signature', { receiverId, bytes: raw.byteLength });
      return c.json({ error: 'Missing or invalid X-Hook-Signature' }, 401);
    }

    let body: unknown;
    try {
      body = JSON.parse(Buffer.from(raw).toString('utf8'));
    } catch {
      return c.json({ error: 'Body is not JSON; expected {"events": [...]}' }, 400);
    }
    const delivery = AsanaWebhookDelivery.safeParse(body);
    if (!delivery.success) return c.json({ error: 'Body has no "events" list; expected {"events": [...]}' }, 400);

    const events: AsanaWebhookEvent[] = [];
    delivery.data.events.forEach((candidate, index) => {
      const parsed = AsanaWebhookEvent.safeParse(candidate);
      if (parsed.success) events.push(parsed.data);
      else log('warn', 'Asana webhook event skipped: not an Asana event', { receiverId, index, problem: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(event)'}: ${issue.message}`).join('; ') });
    });
    if (events.length > 0) deps.queue.enqueue(() => handOn(receiverId, events, deps));
    return c.body(null, 200);
  });

  return routes;
}

async function handOn(receiverId: string, events: readonly AsanaWebhookEvent[], deps: AsanaWebhookDeps): Promise<void> {
  for (const event of inCreatedOrder(events)) {
    const key = eventKey(event);
    if (!(await deps.seen.firstUse(key, SEEN_EVENT_TTL_SECONDS, deps.clock.now()))) continue;
    try {
      await deps.onEvent(event, { receiverId });
    } catch (error) {
      // Forgotten so that a re-delivery or the Events API catch-up can try it again.
      await deps.seen.forget(key);
      deps.log('error', 'Asana webhook event failed', {
        receiverId,
        action: event.action,
        resource: `${event.resource.resource_type}/${event.resource.gid}`,
        error: errorMessage(error),
      });
    }
  }
}
