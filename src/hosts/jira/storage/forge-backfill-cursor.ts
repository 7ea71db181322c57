import { z } from 'zod';
import type { Clock } from '../../../app/ports/clock';
import { Instant } from '../../../core/dates/local-date';
import type { KeyValueStore } from './key-value-store';
import { readVersionedRecord, type VersionedRecordSpec } from './versioned-record';

const Count = z.number().int().nonnegative();

/** How far the backfill (indexing every existing issue after install) has got. */
export const BackfillPosition = z.object({
  schemaVersion: z.literal(1),
  /** The JQL being paged through, so a resumed run asks Jira the same question. */
  jql: z.string().min(1),
  /** Jira's token for the next page of `/rest/api/3/search/jql`; absent before the first page and after the last. */
  nextPageToken: z.string().min(1).optional(),
  /**
   * The last issue id done. With `ORDER BY id ASC`, a run whose page token Jira no longer accepts can
   * go on with `id > lastIssueId` instead of starting over.
   */
  lastIssueId: z.string().min(1).optional(),
  /** Batches done; a batch event carries the number it continues from, so a re-delivered one is noticed. */
  batch: Count,
  issuesSeen: Count,
  issuesIndexed: Count,
  /** Issues the app could not read or that left scope between search and indexing. */
  issuesSkipped: Count,
  startedAt: Instant,
  updatedAt: Instant,
  finishedAt: Instant.optional(),
});
export type BackfillPosition = z.infer<typeof BackfillPosition>;

const BACKFILL_RECORD: VersionedRecordSpec<BackfillPosition> = { what: 'Backfill position', currentVersion: 1, schema: BackfillPosition, migrations: [] };

/** What one batch did: the page it read and where the next one starts. */
export interface BackfillPage {
  /** Absent when Jira said the page was the last (`isLast`). */
  nextPageToken?: string;
  lastIssueId?: string;
  issuesSeen: number;
  issuesIndexed: number;
  issuesSkipped: number;
}

/**
 * The backfill's place in Jira's issue search, in one KVS record, so the queue consumer can index every
 * existing issue in batches that each fit Forge's time limit, and resume after a crash, a timeout or a
 * redeploy. Hold a lease on the backfill while running a batch: `advance` refuses a batch that does not
 * continue from the stored one, which catches re-delivered events, not two batches running at once.
 *
 * @example
 * const cursor = new ForgeBackfillCursor({ kv, clock });
 * const position = await cursor.start('project in (WEB, BRAND) ORDER BY id ASC');
 * await cursor.advance(position.batch, { nextPageToken: 'CAEaAggD', issuesSeen: 100, issuesIndexed: 98, issuesSkipped: 2 });
 */
export class ForgeBackfillCursor {
  private readonly kv: KeyValueStore;
  private readonly clock: Clock;
  readonly key: string;

  constructor(options: { kv: KeyValueStore; clock: Clock; keyPrefix?: string }) {
    this.kv = options.kv;
    this.clock = options.clock;
    this.key = `${options.keyPrefix ?? 'mops:'}backfill`;
  }

  /** The stored position, or undefined when no backfill was ever started. */
  async load(): Promise<BackfillPosition | undefined> {
    const raw = await this.kv.get(this.key);
    return raw === undefined ? undefined : readVersionedRecord(this.key, raw, BACKFILL_RECORD).record;
  }

  /**
   * Starts a backfill of `jql`, or returns the one already running (a re-delivered install event must
   * not restart it). `restart` starts over even then, e.g. after an admin widened the scope.
   */
  async start(jql: string, options: { restart?: boolean } = {}): Promise<BackfillPosition> {
    const current = await this.load();
    if (current && current.finishedAt === undefined && current.jql === jql && !options.restart) return current;
    const now = this.clock.now().toISOString();
    const position: BackfillPosition = {
      schemaVersion: 1,
      jql,
      batch: 0,
      issuesSeen: 0,
      issuesIndexed: 0,
      issuesSkipped: 0,
      startedAt: now,
      updatedAt: now,
    };
    await this.kv.set(this.key, position);
    return position;
  }

  /**
   * Records a finished batch that continued from batch number `fromBatch`. Returns the new position,
   * or 'stale' when the stored position has moved on (the batch was a re-delivery) or is finished.
   */
  async advance(fromBatch: number, page: BackfillPage): Promise<BackfillPosition | 'stale'> {
    const current = await this.load();
    if (!current) throw new Error(`No backfill is stored under "${this.key}"; start one before advancing it`);
    if (current.batch !== fromBatch || current.finishedAt !== undefined) return 'stale';
    const now = this.clock.now().toISOString();
    const { nextPageToken: _previousToken, ...rest } = current;
    const position: BackfillPosition = BackfillPosition.parse({
      ...rest,
      ...(page.nextPageToken === undefined ? { finishedAt: now } : { nextPageToken: page.nextPageToken }),
      lastIssueId: page.lastIssueId ?? current.lastIssueId,
      batch: current.batch + 1,
      issuesSeen: current.issuesSeen + page.issuesSeen,
      issuesIndexed: current.issuesIndexed + page.issuesIndexed,
      issuesSkipped: current.issuesSkipped + page.issuesSkipped,
      updatedAt: now,
    });
    await this.kv.set(this.key, position);
    return position;
  }

  /** Forgets the backfill, e.g. when the app is reinstalled on purpose. */
  async reset(): Promise<void> {
    await this.kv.delete(this.key);
  }
}
