import type { SqlClient } from '../../local/database/sql-client';
import type { NewAsanaConnection } from '../connect/asana-connection';
import { Secret } from '../secrets/secret';
import { SqlAsanaConnections } from './sql-asana-connections';
import { describeOnEachDatabase } from './testing/each-database';
import { testSecretBox } from './testing/test-secret-box';

const box = testSecretBox();
const ACME = { gid: '1200', name: 'Acme Marketing' };
const AGENCY = { gid: '1300', name: 'Studio Wrzos (guest)' };

function numbered(): () => string {
  let next = 0;
  return () => `conn-${++next}`;
}

const anasPat: NewAsanaConnection = {
  kind: 'pat',
  asanaUser: { gid: '1209001', name: 'Ana Kowalska' },
  workspaces: [ACME, AGENCY],
  accessToken: new Secret('2/1209001/1210001:pat0000000000000000000001'),
  connectedBy: 'p-agnieszka-nowak',
  connectedAt: new Date('2026-11-23T09:00:00Z'),
};

const jakubsOAuth: NewAsanaConnection = {
  kind: 'oauth',
  asanaUser: { gid: '1209002', name: 'Jakub Mazur' },
  workspaces: [ACME],
  accessToken: new Secret('access-0000000000000000000000000001'),
  refreshToken: new Secret('refresh-000000000000000000000000001'),
  accessExpiresAt: new Date('2026-11-23T11:00:00Z'),
  connectedBy: 'p-jakub-mazur',
  connectedAt: new Date('2026-11-23T10:00:00Z'),
};

describeOnEachDatabase('SqlAsanaConnections', (database) => {
  let db: SqlClient;
  beforeEach(async () => {
    db = database();
    await db.query('TRUNCATE asana_connections, asana_connection_workspaces');
  });

  it('stores a personal access token sealed, serving every workspace it sees', async () => {
    const connections = new SqlAsanaConnections(db, box, numbered());
    const { connection, replaced } = await connections.connect(anasPat);
    expect(replaced).toEqual([]);
    expect(connection).toMatchObject({ id: 'conn-1', kind: 'pat', workspaces: [ACME, AGENCY], connectedBy: 'p-agnieszka-nowak', connectedAt: new Date('2026-11-23T09:00:00Z') });

    const forAgency = await connections.forWorkspace('1300');
    expect(forAgency?.accessToken.reveal()).toBe('2/1209001/1210001:pat0000000000000000000001');
    expect(forAgency?.refreshToken).toBeUndefined();
    const stored = await db.query<{ access_token_sealed: string }>('SELECT access_token_sealed FROM asana_connections');
    expect(stored[0]?.access_token_sealed).toMatch(/^mops1\./);
    expect(JSON.stringify(await db.query('SELECT * FROM asana_connections'))).not.toContain('pat0000000000000000000001');
    expect(await connections.list()).toEqual([expect.not.objectContaining({ accessToken: expect.anything() })]);
  });

  it('moves a workspace to a newer connection, and hands back a connection left serving nothing', async () => {
    const connections = new SqlAsanaConnections(db, box, numbered());
    await connections.connect({ ...anasPat, workspaces: [ACME] });
    const { connection, replaced } = await connections.connect(jakubsOAuth);
    expect(replaced.map((old) => [old.id, old.accessToken.reveal()])).toEqual([['conn-1', '2/1209001/1210001:pat0000000000000000000001']]);
    expect((await connections.forWorkspace('1200'))?.id).toBe(connection.id);
    expect((await connections.list()).map((summary) => summary.id)).toEqual(['conn-2']);
  });

  it('keeps a connection that still serves another workspace when one is taken over', async () => {
    const connections = new SqlAsanaConnections(db, box, numbered());
    await connections.connect(anasPat);
    const { replaced } = await connections.connect(jakubsOAuth);
    expect(replaced).toEqual([]);
    expect((await connections.forWorkspace('1300'))?.workspaces).toEqual([AGENCY]);
  });

  it('saves refreshed OAuth tokens, keeping the refresh token unless Asana issued a new one', async () => {
    const connections = new SqlAsanaConnections(db, box, numbered());
    const { connection } = await connections.connect(jakubsOAuth);
    await connections.saveRefreshedTokens(connection.id, { accessToken: new Secret('access-0000000000000000000000000002'), accessExpiresAt: new Date('2026-11-23T12:00:00Z'), refreshedAt: new Date('2026-11-23T11:00:00Z') });
    const refreshed = await connections.forWorkspace('1200');
    expect([refreshed?.accessToken.reveal(), refreshed?.refreshToken?.reveal(), refreshed?.accessExpiresAt, refreshed?.refreshedAt]).toEqual([
      'access-0000000000000000000000000002',
      'refresh-000000000000000000000000001',
      new Date('2026-11-23T12:00:00Z'),
      new Date('2026-11-23T11:00:00Z'),
    ]);
    await expect(connections.saveRefreshedTokens('conn-404', { accessToken: new Secret('x'), accessExpiresAt: new Date(0), refreshedAt: new Date(0) })).rejects.toThrow('No OAuth connection conn-404');
  });

  it('disconnects one workspace at a time, deleting the connection with its last workspace', async () => {
    const connections = new SqlAsanaConnections(db, box, numbered());
    await connections.connect(anasPat);
    expect(await connections.disconnectWorkspace('1300')).toEqual({ connectionDeleted: false });
    expect(await connections.disconnectWorkspace('1200')).toEqual({ connectionDeleted: true });
    expect(await connections.disconnectWorkspace('1200')).toBeUndefined();
    expect(await db.query('SELECT id FROM asana_connections')).toEqual([]);
  });

  it('refuses a connection that serves no workspace, or an OAuth grant without its refresh token, writing nothing', async () => {
    const connections = new SqlAsanaConnections(db, box, numbered());
    await expect(connections.connect({ ...anasPat, workspaces: [] })).rejects.toThrow('Asana user 1209001 sees no workspace');
    const { refreshToken: _dropped, ...withoutRefresh } = jakubsOAuth;
    await expect(connections.connect(withoutRefresh)).rejects.toThrow('An Asana connection of kind "oauth" needs a refresh token');
    expect(await connections.list()).toEqual([]);
  });

  it('leaves one connection per workspace when two people connect it at the same moment', async () => {
    const connections = new SqlAsanaConnections(db, box);
    const [first, second] = await Promise.all([connections.connect({ ...anasPat, workspaces: [ACME] }), connections.connect(jakubsOAuth)]);
    const winner = await connections.forWorkspace('1200');
    expect([first.connection.id, second.connection.id]).toContain(winner?.id);
    expect((await connections.list()).map((summary) => summary.id)).toEqual([winner?.id]);
  });
});
