import { z } from 'zod';
import { currentPlatform, MopsServices } from '../composition';
import { invocationInfo } from '../invocation-context';
import { type BackfillBatchOutcome, runBackfillBatch } from './backfill-batch';
import { BackfillEvent } from './backfill-queue';

/** An async event as the consumer receives it (`@forge/events` ≥ 2): the pushed body under `body`. */
const ConsumerEvent = z.looseObject({ body: z.unknown() });

/**
 * The `consumer` module on the backfill queue: runs one batch of indexing existing issues and queues
 * the next. Events it cannot read are logged and dropped, not retried.
 * @example await handler({ body: { kind: 'backfill-batch', fromBatch: 3 } }, context)
 */
export async function handler(event: unknown, context?: unknown): Promise<BackfillBatchOutcome | { outcome: 'ignored'; reason: string }> {
  const mops = new MopsServices(currentPlatform(), invocationInfo(context));
  const body = ConsumerEvent.safeParse(event);
  const parsed = BackfillEvent.safeParse(body.success ? body.data.body : undefined);
  if (!parsed.success) {
    const reason = `not a backfill event: ${z.prettifyError(parsed.error)}`;
    mops.log('warn', 'Backfill consumer ignored an event', { reason });
    return { outcome: 'ignored', reason };
  }
  const configuration = await mops.configuration();
  if ('missing' in configuration) {
    const reason = `Mops is not configured (${configuration.missing.join(', ')} missing)`;
    mops.log('warn', 'Backfill consumer ignored an event', { reason });
    return { outcome: 'ignored', reason };
  }
  const outcome = await runBackfillBatch(parsed.data, {
    http: mops.appHttp(),
    site: configuration.site,
    costCategories: configuration.settings.costCategories,
    cursor: mops.backfillCursor(),
    duplicates: mops.duplicates(),
    locks: mops.locks(),
    queue: mops.platform.backfillQueue,
    clock: mops.clock,
  });
  mops.log('info', `Backfill batch ${parsed.data.fromBatch}: ${outcome.outcome}`, { pages: outcome.pages });
  return outcome;
}
