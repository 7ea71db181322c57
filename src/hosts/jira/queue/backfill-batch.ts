import type { Clock } from '../../../app/ports/clock';
import type { Locks } from '../../../app/ports/locks';
import type { CostCategory } from '../../../core/budget/categories';
import type { DuplicateCandidate } from '../../../core/duplicates';
import type { JiraHttp } from '../rest/jira-http';
import type { BackfillPosition, ForgeBackfillCursor } from '../storage';
import type { JiraTrackerSettings } from '../tracker/settings';
import { backfillJql, readBackfillPage } from './backfill-page';
import type { BackfillEvent, BackfillQueue } from './backfill-queue';

/** How much one invocation does before handing over to the next event. */
export interface BackfillLimits {
  /** Pages (of 100 issues) per invocation: each is one Jira call, well inside Forge's 100 requests. */
  pages: number;
  /** Stop starting new pages after this long, so the consumer ends inside its timeout. */
  seconds: number;
}

export const DEFAULT_BACKFILL_LIMITS: BackfillLimits = { pages: 20, seconds: 120 };

/** The lease outlives the consumer's 300 s timeout, so two batches never run at once. */
const LEASE_SECONDS = 360;
const LEASE_KEY = 'backfill';
/** A batch that finds another running tries again this much later; by then it is usually stale. */
const BUSY_RETRY_SECONDS = 60;

export interface BackfillBatchDeps {
  /** Acting as the app: the backfill indexes every issue the app can see. */
  http: JiraHttp;
  site: JiraTrackerSettings;
  costCategories: readonly CostCategory[];
  cursor: ForgeBackfillCursor;
  duplicates: { putMany(candidates: readonly DuplicateCandidate[]): Promise<void>; writeSnapshot(): Promise<unknown> };
  locks: Locks;
  queue: BackfillQueue;
  clock: Clock;
}

export type BackfillBatchOutcome =
  | { outcome: 'continued' | 'finished'; pages: number; position: BackfillPosition }
  | { outcome: 'stale' | 'not-started' | 'already-finished'; pages: 0 }
  | { outcome: 'busy'; pages: 0 };

/**
 * Indexes the next pages of every existing issue into the duplicate index and records how far it got
 * after each page, so a batch cut short by a timeout loses at most one page (re-indexing a task is
 * harmless). Then it queues the next batch, or, at the end, stores a snapshot of the index for cold
 * starts. An event that does not continue from the stored position is a re-delivery and is dropped.
 * @example await runBackfillBatch({ kind: 'backfill-batch', fromBatch: 0 }, deps) // { outcome: 'continued', pages: 20, … }
 */
export async function runBackfillBatch(event: BackfillEvent, deps: BackfillBatchDeps, limits: BackfillLimits = DEFAULT_BACKFILL_LIMITS): Promise<BackfillBatchOutcome> {
  if (!(await deps.locks.acquire(LEASE_KEY, LEASE_SECONDS))) {
    await deps.queue.push(event, { delayInSeconds: BUSY_RETRY_SECONDS });
    return { outcome: 'busy', pages: 0 };
  }
  try {
    let position = await deps.cursor.load();
    if (!position) return { outcome: 'not-started', pages: 0 };
    if (position.finishedAt !== undefined) return { outcome: 'already-finished', pages: 0 };
    if (position.batch !== event.fromBatch) return { outcome: 'stale', pages: 0 };

    const startedMs = deps.clock.now().getTime();
    let pages = 0;
    while (pages < limits.pages && deps.clock.now().getTime() - startedMs < limits.seconds * 1000) {
      const page = await readBackfillPage(deps.http, deps.site, deps.costCategories, backfillJql(position.jql, position.lastIssueId));
      if (page.candidates.length > 0) await deps.duplicates.putMany(page.candidates);
      const advanced = await deps.cursor.advance(position.batch, {
        ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}),
        ...(page.lastIssueId ? { lastIssueId: page.lastIssueId } : {}),
        issuesSeen: page.issuesSeen,
        issuesIndexed: page.candidates.length,
        issuesSkipped: page.issuesSkipped,
      });
      pages += 1;
      // Someone restarted the backfill meanwhile; their chain carries on from their position.
      if (advanced === 'stale') return { outcome: 'stale', pages: 0 };
      position = advanced;
      if (position.finishedAt !== undefined) {
        await deps.duplicates.writeSnapshot();
        return { outcome: 'finished', pages, position };
      }
    }
    await deps.queue.push({ kind: 'backfill-batch', fromBatch: position.batch });
    return { outcome: 'continued', pages, position };
  } finally {
    await deps.locks.release(LEASE_KEY);
  }
}

/**
 * Starts indexing every existing issue (or restarts it, e.g. after the field map changed) and queues
 * the first batch. A backfill already under way is kept; its next batch is queued again, which is
 * harmless: whichever event does not continue from the stored position is dropped.
 * @example await startBackfill(cursor, queue) // { schemaVersion: 1, jql: 'created >= "1970-01-01"', batch: 0, … }
 */
export async function startBackfill(cursor: ForgeBackfillCursor, queue: BackfillQueue, baseJql: string, options: { restart?: boolean } = {}): Promise<BackfillPosition> {
  const position = await cursor.start(baseJql, options);
  if (position.finishedAt === undefined) await queue.push({ kind: 'backfill-batch', fromBatch: position.batch });
  return position;
}
