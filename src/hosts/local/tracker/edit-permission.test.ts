import { emptyDatabase, loadSmallOrganisation, databaseForThisFile } from '../../../../test/support/local-database';
import { makeTask } from '../../../../test/support/tasks';
import type { SqlClient } from '../database/sql-client';
import { sqlEditPermission } from './edit-permission';
import { APP, asPerson } from './principal';

// Growth's Black Friday work: Studio Wrzos (an agency) does the banners, so its people see Growth.
const paidSocial = makeTask({ id: 'grw-1', key: 'GRW-1', title: 'Plan Black Friday paid social', projectId: 'prj-growth', teamId: 'team-growth', assigneeId: 'p-priya-shah' });
const banners = makeTask({ id: 'grw-2', key: 'GRW-2', title: 'Black Friday banners', projectId: 'prj-growth', teamId: 'team-wrzos', assigneeId: 'p-jakub-mazur' });
const bannerCopy = makeTask({ id: 'grw-3', key: 'GRW-3', title: 'Banner copy', projectId: 'prj-growth', teamId: 'team-wrzos', ownerId: 'p-bartosz-piotrowski' });
const newsletter = makeTask({ id: 'brd-1', key: 'BRD-1', title: 'Write the December newsletter', projectId: 'prj-brand', teamId: 'team-brand' });

const database = databaseForThisFile();
let db: SqlClient;
beforeEach(async () => {
  db = database();
  await emptyDatabase(db);
  await loadSmallOrganisation(db, [paidSocial, banners, bannerCopy, newsletter]);
});

const mayEdit = (personId: string, taskId: string) => sqlEditPermission(db, asPerson(personId)).canEditTask(taskId);

describe('sqlEditPermission', () => {
  it('lets in-house people edit every task they can see, their team’s or not', async () => {
    expect(await mayEdit('p-agnieszka-nowak', 'brd-1')).toBe(true);
    // Oliver Bennett (Growth) edits the agency's banners in his own project.
    expect(await mayEdit('p-oliver-bennett', 'grw-2')).toBe(true);
  });

  it('lets an agency’s people edit the tasks assigned to them or owned by them, and only those', async () => {
    expect(await mayEdit('p-jakub-mazur', 'grw-2')).toBe(true);
    expect(await mayEdit('p-bartosz-piotrowski', 'grw-3')).toBe(true);
    expect(await mayEdit('p-jakub-mazur', 'grw-3')).toBe(false);
    expect(await mayEdit('p-jakub-mazur', 'grw-1')).toBe(false);
  });

  it('answers no for a task the person cannot see, and for one that does not exist', async () => {
    // Studio Wrzos has no work in Brand, so Jakub does not see its newsletter.
    expect(await mayEdit('p-jakub-mazur', 'brd-1')).toBe(false);
    expect(await mayEdit('p-agnieszka-nowak', 'no-such-task')).toBe(false);
    expect(await mayEdit('p-nobody', 'brd-1')).toBe(false);
  });

  it('lets Mops itself edit any task there is', async () => {
    expect(await sqlEditPermission(db, APP).canEditTask('brd-1')).toBe(true);
    expect(await sqlEditPermission(db, APP).canEditTask('no-such-task')).toBe(false);
  });
});
