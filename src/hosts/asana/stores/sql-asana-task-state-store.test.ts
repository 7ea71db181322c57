import { fixedClock } from '../../../app/ports/clock';
import { EMPTY_TASK_STATE, type TaskState } from '../../../app/ports/task-state';
import type { SqlClient } from '../../local/database/sql-client';
import { CorruptRowError } from '../../local/database/stored-row';
import { SqlAsanaSyncTokenStore } from './sql-asana-sync-token-store';
import { SqlAsanaTaskStateStore } from './sql-asana-task-state-store';
import { describeOnEachDatabase } from './testing/each-database';

const clock = fixedClock('2026-11-23T09:00:00Z');

describeOnEachDatabase('SqlAsanaTaskStateStore and SqlAsanaSyncTokenStore', (database) => {
  let db: SqlClient;
  beforeEach(async () => {
    db = database();
    await db.query('TRUNCATE asana_task_state, asana_sync_tokens');
  });

  it('keeps a task’s state per workspace, replacing it on save, and reads it back parsed', async () => {
    const states = new SqlAsanaTaskStateStore(db, clock);
    const flagged: TaskState = {
      ...EMPTY_TASK_STATE,
      duplicates: [{ taskId: '1209002', score: 0.82, decision: 'likely-duplicate', matchedTerms: ['photographer', 'january'], sharedAssets: [] }],
      processedUpdatedAt: '2026-11-23T08:59:00Z',
    };
    expect(await states.load('1200', '1209001')).toBeUndefined();
    await states.save('1200', '1209001', EMPTY_TASK_STATE);
    await states.save('1200', '1209001', flagged);
    await states.save('1300', '1209001', EMPTY_TASK_STATE);
    expect(await states.load('1200', '1209001')).toEqual(flagged);
    expect(await states.load('1300', '1209001')).toEqual(EMPTY_TASK_STATE);
  });

  it('names the row when a stored state no longer parses', async () => {
    await db.query(`INSERT INTO asana_task_state VALUES ('1200', '1209009', '{"schemaVersion": 2}', now())`);
    const load = new SqlAsanaTaskStateStore(db, clock).load('1200', '1209009');
    await expect(load).rejects.toThrow(CorruptRowError);
    await expect(load).rejects.toThrow(/^Stored row 1200\/1209009 in table "asana_task_state" is not valid: schemaVersion: /);
  });

  it('resumes the Events API where the last poll stopped', async () => {
    const tokens = new SqlAsanaSyncTokenStore(db, clock);
    expect(await tokens.load('1203300')).toBeUndefined();
    await tokens.save('1203300', 'de4774f6915eae04714ca93bb2f5ee81');
    await tokens.save('1203300', 'f0a1b2c3d4e5f60718293a4b5c6d7e8f');
    expect(await tokens.load('1203300')).toBe('f0a1b2c3d4e5f60718293a4b5c6d7e8f');
    await expect(tokens.save('1203300', '')).rejects.toThrow('The sync token for resource 1203300 is empty');
  });
});
