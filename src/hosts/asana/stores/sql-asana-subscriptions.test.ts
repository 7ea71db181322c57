import type { SqlClient } from '../../local/database/sql-client';
import { AlreadySubscribedError, SqlAsanaSubscriptions } from './sql-asana-subscriptions';
import { describeOnEachDatabase } from './testing/each-database';

const createdAt = new Date('2026-11-23T09:00:00Z');

describeOnEachDatabase('SqlAsanaSubscriptions', (database) => {
  let db: SqlClient;
  beforeEach(async () => {
    db = database();
    await db.query('TRUNCATE asana_subscriptions');
  });

  it('records a project’s receiver before the webhook exists, then its webhook gid', async () => {
    const subscriptions = new SqlAsanaSubscriptions(db);
    await subscriptions.register({ projectGid: '1203300', workspaceGid: '1200', receiverId: 'rcv-3f9a0c1e', subscribedBy: 'p-agnieszka-nowak', createdAt });
    expect(await subscriptions.byReceiver('rcv-3f9a0c1e')).toEqual({ projectGid: '1203300', kind: 'project', workspaceGid: '1200', receiverId: 'rcv-3f9a0c1e', subscribedBy: 'p-agnieszka-nowak', createdAt });
    await subscriptions.confirm('1203300', '1204455');
    expect((await subscriptions.byProject('1203300'))?.webhookGid).toBe('1204455');
    await subscriptions.register({ projectGid: '1303300', workspaceGid: '1300', receiverId: 'rcv-7b2d9e40', createdAt });
    expect((await subscriptions.list('1300')).map((subscription) => subscription.projectGid)).toEqual(['1303300']);
    expect(await subscriptions.list()).toHaveLength(2);

    expect((await subscriptions.remove('1203300'))?.webhookGid).toBe('1204455');
    expect(await subscriptions.byProject('1203300')).toBeUndefined();
    await expect(subscriptions.confirm('1203300', '1204455')).rejects.toThrow('Asana project 1203300 has no registered subscription to confirm webhook 1204455 for');
  });

  it('lets one of two people subscribing the same project at once win, and tells the other why', async () => {
    const attempts = await Promise.allSettled([
      new SqlAsanaSubscriptions(db).register({ projectGid: '1203300', workspaceGid: '1200', receiverId: 'rcv-aaaa0001', createdAt }),
      new SqlAsanaSubscriptions(db).register({ projectGid: '1203300', workspaceGid: '1200', receiverId: 'rcv-bbbb0002', createdAt }),
    ]);
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
    const refused = attempts.find((attempt): attempt is PromiseRejectedResult => attempt.status === 'rejected');
    expect(refused?.reason).toBeInstanceOf(AlreadySubscribedError);
    expect((refused?.reason as Error).message).toMatch(/^Asana project 1203300 is already subscribed through receiver rcv-(aaaa0001|bbbb0002); unsubscribe it first$/);
  });

  it('refuses a receiver id already in use for another project', async () => {
    const subscriptions = new SqlAsanaSubscriptions(db);
    await subscriptions.register({ projectGid: '1203300', workspaceGid: '1200', receiverId: 'rcv-3f9a0c1e', createdAt });
    await expect(subscriptions.register({ projectGid: '1203301', workspaceGid: '1200', receiverId: 'rcv-3f9a0c1e', createdAt })).rejects.toThrow('Receiver rcv-3f9a0c1e already serves project 1203300; choose a new receiver id');
  });

  it('keeps a team’s project-added webhook apart from the projects it watches', async () => {
    const subscriptions = new SqlAsanaSubscriptions(db);
    await subscriptions.register({ projectGid: '1205500', kind: 'team', workspaceGid: '1200', receiverId: 'team-5c1d00aa', createdAt });
    await subscriptions.register({ projectGid: '1203300', workspaceGid: '1200', receiverId: 'rcv-3f9a0c1e', createdAt });
    expect((await subscriptions.list('1200')).map((subscription) => `${subscription.kind} ${subscription.projectGid}`)).toEqual(['project 1203300', 'team 1205500']);
  });
});
