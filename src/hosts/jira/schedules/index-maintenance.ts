import { currentPlatform, MopsServices } from '../composition';
import { invocationInfo } from '../invocation-context';

/** A backfill whose position has not moved for this long lost its event (a crash, a deploy). */
const STALLED_AFTER_MS = 30 * 60 * 1000;

export type MaintenanceOutcome = { snapshot: 'written' | 'skipped'; backfill: 'none' | 'running' | 'resumed' | 'finished' };

/**
 * The daily `scheduledTrigger`: stores a snapshot of the duplicate index (cold starts then read a few
 * chunks instead of every record; a snapshot older than a day is not used) and requeues a backfill
 * whose chain of events broke. Makes no Jira call.
 * @example await handler({ context: { cloudId } }, context) // { snapshot: 'written', backfill: 'finished' }
 */
export async function handler(event?: unknown, context?: unknown): Promise<MaintenanceOutcome> {
  const mops = new MopsServices(currentPlatform(), invocationInfo(context, event));
  const position = await mops.backfillCursor().load();
  let backfill: MaintenanceOutcome['backfill'] = position === undefined ? 'none' : position.finishedAt !== undefined ? 'finished' : 'running';
  if (position && backfill === 'running' && mops.clock.now().getTime() - Date.parse(position.updatedAt) > STALLED_AFTER_MS) {
    await mops.platform.backfillQueue.push({ kind: 'backfill-batch', fromBatch: position.batch });
    backfill = 'resumed';
    mops.log('warn', `Backfill stalled at batch ${position.batch} since ${position.updatedAt}; queued it again`);
  }
  // While the backfill runs the index is partial; the backfill stores a snapshot when it finishes.
  if (backfill === 'running' || backfill === 'resumed') return { snapshot: 'skipped', backfill };
  await mops.duplicates().writeSnapshot();
  return { snapshot: 'written', backfill };
}
