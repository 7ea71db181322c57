import { Queue } from '@forge/events';
import { z } from 'zod';

/** The queue key in manifest.yml; the consumer module listens on it. */
export const BACKFILL_QUEUE_KEY = 'mops-backfill';

/**
 * One backfill batch to run. `fromBatch` is the cursor's batch number the event continues from, so a
 * re-delivered event (or one overtaken by a restart) is recognised and dropped.
 */
export const BackfillEvent = z.object({
  kind: z.literal('backfill-batch'),
  fromBatch: z.number().int().nonnegative(),
});
export type BackfillEvent = z.infer<typeof BackfillEvent>;

/** Where the next batch is sent; Forge's async events queue in production. */
export interface BackfillQueue {
  push(event: BackfillEvent, options?: { delayInSeconds?: number }): Promise<void>;
}

/**
 * The backfill queue over `@forge/events`. The Queue client is made on first push, inside a function
 * invocation, where Forge's transport exists.
 * @example await forgeBackfillQueue().push({ kind: 'backfill-batch', fromBatch: 0 })
 */
export function forgeBackfillQueue(): BackfillQueue {
  let queue: Queue | undefined;
  return {
    async push(event, options = {}) {
      queue ??= new Queue({ key: BACKFILL_QUEUE_KEY });
      await queue.push({ body: BackfillEvent.parse(event), ...(options.delayInSeconds ? { delayInSeconds: options.delayInSeconds } : {}) });
    },
  };
}
