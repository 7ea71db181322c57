import { duplicateCandidateOf } from '../../../app/duplicate-findings';
import { dismissSuggestedTask, linkSuggestedTask } from '../../../app/duplicate-actions';
import { duplicatesReport } from '../../../app/duplicates-report';
import { fixedClock } from '../../../app/ports/clock';
import { Settings } from '../../../core/settings/settings';
import { PROJECT, TEAM } from '../../../demo';
import { demoSettings } from '../../../demo/settings';
import { databaseForThisFile, emptyDatabase, loadSmallOrganisation } from '../../../../test/support/local-database';
import { makeTask } from '../../../../test/support/tasks';
import type { SqlClient } from '../database/sql-client';
import { APP, asPerson } from '../tracker/principal';
import { SqlTracker } from '../tracker/sql-tracker';
import { SqlDuplicateIndexStore } from './sql-duplicate-index-store';
import { sqlReviewedPairs } from './sql-reviewed-pairs';

const database = databaseForThisFile();
let db: SqlClient;
const clock = fixedClock('2026-11-23T10:00:00Z');

// The same banner ordered three times: by Brand, by Growth and by the creative agency in Atlas 3 Launch.
const banner = (id: string, projectId: string, teamId: string) =>
  makeTask({ id, key: `${id.toUpperCase()}-1`, title: 'Print roll-up banners for the Zurich partner meetup', description: 'Two roll-ups, 85 × 200 cm, with the new logo.', projectId, teamId });
const tasks = [banner('brd', PROJECT.brand, TEAM.brand), banner('grw', PROJECT.growth, TEAM.growth), banner('atl', PROJECT.launch, TEAM.creativeAgency)];

beforeEach(async () => {
  db = database();
  await emptyDatabase(db);
  await loadSmallOrganisation(db, tasks);
  await new SqlDuplicateIndexStore(db).putMany(tasks.map((task) => duplicateCandidateOf(task)));
});

/** A person of Growth, who sees Growth's work and Atlas 3 Launch (no team owns it), but not Brand's. */
const trackers = () => ({ viewer: new SqlTracker({ db, principal: asPerson('p-oliver-bennett'), clock }), app: new SqlTracker({ db, principal: APP, clock }) });

describe('sqlReviewedPairs', () => {
  it('answers the dismissals kept in task state and the links, among the tasks asked about, in one call', async () => {
    await dismissSuggestedTask('grw', 'brd', trackers());
    await new SqlTracker({ db, principal: APP, clock }).linkTasks('atl', 'grw', 'relates');
    const reviews = sqlReviewedPairs(db);
    expect([...(await reviews.reviewedAmong(['grw', 'atl']))].sort()).toEqual([
      ['atl', 'grw'],
      ['grw', 'brd'],
    ]);
    expect(await reviews.reviewedAmong(['nothing-here'])).toEqual([]);
    expect(reviews.hostCalls()).toBe(2);
  });

  it('lets the duplicates report drop a pair linked from the panel, keeping the rest of the cluster', async () => {
    const settings = Settings.parse(demoSettings());
    const report = async () => {
      const viewer = new SqlTracker({ db, principal: APP, clock });
      return duplicatesReport({}, { tracker: viewer, duplicates: new SqlDuplicateIndexStore(db), reviews: sqlReviewedPairs(db), settings, clock, directory: {} });
    };
    expect((await report()).clusters.map((cluster) => cluster.pairs.length)).toEqual([3]);
    await linkSuggestedTask('grw', 'atl', 'duplicate', trackers());
    const after = await report();
    expect(after.clusters.map((cluster) => cluster.pairs.map((pair) => pair.taskIds.join('~')).sort())).toEqual([['atl~brd', 'brd~grw']]);
  });
});
