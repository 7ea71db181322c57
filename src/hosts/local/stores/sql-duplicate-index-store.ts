import { z } from 'zod';
import type { DuplicateIndexStore } from '../../../app/ports/duplicate-store';
import { DuplicateCandidate, DuplicateIndex } from '../../../core/duplicates';
import type { SqlClient } from '../database/sql-client';
import { zodProblems } from '../database/stored-row';

/** Every process writing candidates to one database takes this lock, so revisions commit in order. */
const WRITE_LOCK = 7_316_002;

const CandidateRow = z.object({ task_id: z.string(), candidate: z.unknown(), revision: z.coerce.number().int() });

/** How the last `load()` got its index. */
export interface DuplicateIndexSync {
  source: 'memory' | 'changes' | 'table';
  /** Rows read and applied. */
  rowsRead: number;
  tasks: number;
  /** Rows that could not be read, named by table and task; they are left out of the index. */
  problems: string[];
}

/**
 * The duplicate index over the `duplicate_candidates` table: one row per task (its candidate, or none
 * once removed), each write stamped with a rising revision. The index is built from the table once and
 * kept warm in memory; later loads ask for the newest revision (one small query) and apply only rows
 * written since, so several servers on one PostgreSQL stay in step. Writes hold an advisory lock from
 * stamping to commit, so no reader can see revision 12 while 11 is still uncommitted.
 * A row that no longer parses is left out and reported, not fatal: the index is derived data.
 * @example const store = new SqlDuplicateIndexStore(db); const index = await store.load();
 */
export class SqlDuplicateIndexStore implements DuplicateIndexStore {
  private index: DuplicateIndex | undefined;
  private revision = 0;
  private loading: Promise<DuplicateIndex> | undefined;
  private last: DuplicateIndexSync = { source: 'memory', rowsRead: 0, tasks: 0, problems: [] };

  constructor(private readonly db: SqlClient) {}

  /** How the last load got its index. */
  lastSync(): DuplicateIndexSync {
    return { ...this.last, problems: [...this.last.problems] };
  }

  load(): Promise<DuplicateIndex> {
    // Concurrent callers share one catch-up instead of applying the same rows twice.
    this.loading ??= this.sync().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  async put(candidate: DuplicateCandidate): Promise<void> {
    await this.putMany([candidate]);
  }

  /** Stores many candidates in one transaction, as loading an organisation does. */
  async putMany(candidates: readonly DuplicateCandidate[]): Promise<void> {
    if (candidates.length === 0) return;
    const checked = candidates.map((candidate) => DuplicateCandidate.parse(candidate));
    const revisions = await this.write(checked.map((candidate) => ({ taskId: candidate.id, candidate })));
    if (this.index === undefined) return;
    for (const candidate of checked) this.index.add(candidate);
    this.advanceTo(revisions);
  }

  async remove(taskId: string): Promise<void> {
    const revisions = await this.write([{ taskId, candidate: null }]);
    if (this.index === undefined) return;
    this.index.remove(taskId);
    this.advanceTo(revisions);
  }

  /** Our own writes need no re-reading, unless someone else wrote in between (then the next load catches up). */
  private advanceTo(revisions: readonly number[]): void {
    const follows = revisions.every((revision, position) => revision === this.revision + position + 1);
    if (follows) this.revision += revisions.length;
  }

  private async write(rows: ReadonlyArray<{ taskId: string; candidate: DuplicateCandidate | null }>): Promise<number[]> {
    return this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      const revisions: number[] = [];
      for (const row of rows) {
        const written = await tx.query<{ revision: string }>(
          `INSERT INTO duplicate_candidates (task_id, candidate, revision) VALUES ($1, $2::text::jsonb, nextval('duplicate_revision'))
           ON CONFLICT (task_id) DO UPDATE SET candidate = excluded.candidate, revision = excluded.revision
           RETURNING revision::text AS revision`,
          [row.taskId, row.candidate === null ? null : JSON.stringify(row.candidate)],
        );
        revisions.push(Number(written[0]?.revision));
      }
      return revisions;
    });
  }

  private async sync(): Promise<DuplicateIndex> {
    const newest = await this.db.query<{ revision: string | null }>('SELECT max(revision)::text AS revision FROM duplicate_candidates');
    const newestRevision = Number(newest[0]?.revision ?? 0);
    if (this.index !== undefined && newestRevision === this.revision) {
      this.last = { source: 'memory', rowsRead: 0, tasks: this.index.size, problems: [] };
      return this.index;
    }
    const cold = this.index === undefined;
    const index = this.index ?? new DuplicateIndex();
    const rows = await this.db.query(
      `SELECT task_id, candidate, revision::text AS revision FROM duplicate_candidates ${cold ? 'WHERE candidate IS NOT NULL' : 'WHERE revision > $1::bigint'} ORDER BY revision`,
      cold ? [] : [String(this.revision)],
    );
    const problems: string[] = [];
    let revision = this.revision;
    for (const raw of rows) {
      const row = CandidateRow.parse(raw);
      revision = Math.max(revision, row.revision);
      if (row.candidate === null) {
        index.remove(row.task_id);
        continue;
      }
      const candidate = DuplicateCandidate.safeParse(row.candidate);
      if (!candidate.success) {
        index.remove(row.task_id);
        problems.push(`Stored row ${row.task_id} in table "duplicate_candidates" is not valid: ${zodProblems(candidate.error).join('; ')}`);
        continue;
      }
      index.add(candidate.data);
    }
    this.index = index;
    this.revision = Math.max(revision, newestRevision);
    this.last = { source: cold ? 'table' : 'changes', rowsRead: rows.length, tasks: index.size, problems };
    return index;
  }
}
