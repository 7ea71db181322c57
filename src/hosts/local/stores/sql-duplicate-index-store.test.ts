import { databaseForThisFile } from '../../../../test/support/local-database';
import type { SqlClient } from '../database/sql-client';
import { SqlDuplicateIndexStore } from './sql-duplicate-index-store';

const database = databaseForThisFile();
let db: SqlClient;
beforeEach(() => {
  db = database();
});
beforeEach(async () => {
  await db.query('TRUNCATE duplicate_candidates');
});

const photographer = { id: 'brd-35', title: 'Book photographer for Q1 product shoot', description: 'Packshots on white and lifestyle shots, one studio day in January.', projectId: 'prj-brand', teamId: 'team-brand', statusCategory: 'todo' as const, createdAt: '2026-11-16T15:00:00Z' };
const hire = { id: 'atl-36', title: 'Hire a photographer for the January product photoshoot', description: 'Studio photographer, packshots on white plus lifestyle photos.', projectId: 'prj-atlas', teamId: 'team-wrzos', statusCategory: 'todo' as const, createdAt: '2026-11-17T09:00:00Z' };
const newsletter = { id: 'grw-7', title: 'Write the December newsletter', description: 'Three stories and a recap.', projectId: 'prj-growth', statusCategory: 'todo' as const, createdAt: '2026-11-18T09:00:00Z' };

describe('SqlDuplicateIndexStore', () => {
  it('builds the index from the table once, then serves it from memory with its own writes applied', async () => {
    await new SqlDuplicateIndexStore(db).putMany([photographer, newsletter]);
    const store = new SqlDuplicateIndexStore(db);
    expect((await store.load()).size).toBe(2);
    expect(store.lastSync()).toEqual({ source: 'table', rowsRead: 2, tasks: 2, problems: [] });

    await store.put(hire);
    const index = await store.load();
    expect(store.lastSync().source).toBe('memory');
    expect(index.findDuplicates({ title: 'Photographer for the January product shoot' }, { topK: 2 }).map((match) => match.id).sort()).toEqual(['atl-36', 'brd-35']);
  });

  it('catches up with what another server wrote, removals included, by reading only the newer rows', async () => {
    const here = new SqlDuplicateIndexStore(db);
    const there = new SqlDuplicateIndexStore(db);
    await here.putMany([photographer, newsletter]);
    await here.load();
    await there.put(hire);
    await there.remove('grw-7');

    const index = await here.load();
    expect(here.lastSync()).toEqual({ source: 'changes', rowsRead: 2, tasks: 2, problems: [] });
    expect([index.has('atl-36'), index.has('grw-7')]).toEqual([true, false]);
  });

  it('leaves out a stored candidate that no longer parses and names it, instead of failing every creation', async () => {
    await new SqlDuplicateIndexStore(db).putMany([photographer, newsletter]);
    await db.query(`UPDATE duplicate_candidates SET candidate = '{"id": "grw-7", "title": 42}' WHERE task_id = 'grw-7'`);
    const store = new SqlDuplicateIndexStore(db);
    const index = await store.load();
    expect([index.has('brd-35'), index.has('grw-7')]).toEqual([true, false]);
    expect(store.lastSync().problems).toEqual([expect.stringMatching(/^Stored row grw-7 in table "duplicate_candidates" is not valid: title: /)]);
  });
});
