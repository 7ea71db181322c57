import type { AsanaLog } from '../asana-log';
import { errorMessage } from '../../shared/error-message';

/** Work the webhook receiver hands off after it has answered Asana. */
export interface BackgroundQueue {
  enqueue(work: () => Promise<void>): void;
  /** Resolves once everything enqueued so far has finished (for shutdown and tests). */
  drained(): Promise<void>;
}

/**
 * Runs work one item at a time, in the order enqueued, after the current request has been answered:
 * deliveries are processed in arrival order and never concurrently, so two deliveries of one event see
 * each other's bookkeeping. A failing item is logged and does not stop the ones after it.
 * @example const queue = serialQueue(log); queue.enqueue(async () => handle(events)); await queue.drained();
 */
export function serialQueue(log: AsanaLog): BackgroundQueue {
  let tail: Promise<void> = Promise.resolve();
  return {
    enqueue(work) {
      tail = tail
        .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
        .then(work)
        .catch((error: unknown) => log('error', 'Asana webhook processing failed', { error: errorMessage(error) }));
    },
    drained: () => tail,
  };
}
