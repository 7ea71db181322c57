import { z } from 'zod';
import type { AsanaLog } from '../asana-log';
import type { AsanaHttp } from '../api/asana-http';
import type { AsanaSyncTokenStore } from '../ports/asana-stores';
import type { ReplayGuard } from '../replay-guard';
import { AsanaWebhookEvent, eventKey, inCreatedOrder } from '../webhooks/webhook-event';
import { SEEN_EVENT_TTL_SECONDS } from '../webhooks/webhook-routes';

/** `GET /events` answers 200 with events, or 412 with only a fresh token (first poll, or token too old). */
const EventsAnswer = z.object({
  data: z.array(z.unknown()).optional(),
  sync: z.string().min(1, { message: 'The Events API sent an empty sync token' }),
  has_more: z.boolean().optional(),
  errors: z.array(z.object({ message: z.string().optional() }).loose()).optional(),
});

export interface PolledEvents {
  /** Events handed to `onEvent` in this poll, in the order they happened. */
  events: AsanaWebhookEvent[];
  /** Events left out because a webhook had already handed them on. */
  alreadySeen: number;
  /**
   * True when Asana could not say what changed since the last poll — the first poll of a resource, or a
   * token it no longer honours (412): the new token is stored, and the caller must re-read the resource
   * in full (e.g. search the project) because events in between are lost.
   */
  resyncNeeded: boolean;
  /** Events that were not Asana events (logged and skipped). */
  skipped: number;
  /** Requests made to the Events API in this poll. */
  pages: number;
}

export interface PollEventsDeps {
  http: AsanaHttp;
  tokens: AsanaSyncTokenStore;
  /** The same handler the webhook receiver calls, so both paths act on an event the same way. */
  onEvent(event: AsanaWebhookEvent): Promise<void>;
  log: AsanaLog;
  /** Pages read in one poll at most, so one busy project cannot hold the poller for ever. */
  maxPages?: number;
  /**
   * The webhook receiver's replay guard, when webhooks deliver too: an event already handed on by a
   * webhook (same `eventKey`) is not handed on again, and one that fails here is forgotten for a retry.
   */
  seen?: { guard: ReplayGuard; now(): Date };
}

/**
 * Catches up on one resource (a project) through Asana's Events API: `GET /events?resource=…&sync=…`
 * with the stored token, page after page while `has_more`, each page's events handed to `onEvent` in
 * `created_at` order before the token that follows them is stored — a crash re-reads at most one page,
 * and the webhook side's replay guard makes a repeated event harmless. A 412 stores Asana's fresh token
 * and reports that a full resync is needed.
 * @example const { resyncNeeded } = await pollEvents('1208000000000007', { http, tokens, onEvent, log })
 */
export async function pollEvents(resourceGid: string, deps: PollEventsDeps): Promise<PolledEvents> {
  const maxPages = deps.maxPages ?? 50;
  const handled: AsanaWebhookEvent[] = [];
  let skipped = 0;
  let alreadySeen = 0;
  let pages = 0;
  let sync = await deps.tokens.load(resourceGid);
  for (;;) {
    pages += 1;
    const answer = await deps.http.request({
      method: 'GET',
      path: '/events',
      query: { resource: resourceGid, sync },
      subject: `events of resource ${resourceGid}`,
      schema: EventsAnswer,
      answerStatuses: [412],
    });
    if (answer.data === undefined) {
      // 412: the first poll, or a token Asana has dropped. Only the new token is in the answer.
      await deps.tokens.save(resourceGid, answer.sync);
      deps.log(sync === undefined ? 'info' : 'warn', sync === undefined ? 'Asana events: first sync token stored' : 'Asana events: sync token expired; full resync needed', { resourceGid });
      return { events: handled, alreadySeen, resyncNeeded: true, skipped, pages };
    }
    const events: AsanaWebhookEvent[] = [];
    answer.data.forEach((candidate, index) => {
      const parsed = AsanaWebhookEvent.safeParse(candidate);
      if (parsed.success) events.push(parsed.data);
      else {
        skipped += 1;
        deps.log('warn', 'Asana events: event skipped, not an Asana event', { resourceGid, index, problem: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(event)'}: ${issue.message}`).join('; ') });
      }
    });
    for (const event of inCreatedOrder(events)) {
      const key = eventKey(event);
      if (deps.seen && !(await deps.seen.guard.firstUse(key, SEEN_EVENT_TTL_SECONDS, deps.seen.now()))) {
        alreadySeen += 1;
        continue;
      }
      try {
        await deps.onEvent(event);
      } catch (error) {
        await deps.seen?.guard.forget(key);
        throw error;
      }
      handled.push(event);
    }
    await deps.tokens.save(resourceGid, answer.sync);
    sync = answer.sync;
    if (answer.has_more !== true) return { events: handled, alreadySeen, resyncNeeded: false, skipped, pages };
    if (pages >= maxPages) {
      deps.log('warn', 'Asana events: page limit reached; the rest waits for the next poll', { resourceGid, pages });
      return { events: handled, alreadySeen, resyncNeeded: false, skipped, pages };
    }
  }
}
