import type { SqlClient } from '../../local/database/sql-client';
import { Secret } from '../secrets/secret';
import type { ViewerSession } from '../sign-in/viewer-session';
import { SqlAsanaViewerSessions } from './sql-asana-viewer-sessions';
import { describeOnEachDatabase } from './testing/each-database';
import { testSecretBox } from './testing/test-secret-box';

const box = testSecretBox();
const SESSION_ID = 'q3Zr0yT6bLx1Vw8nM2cK5pHs7dFg9jKa4eUo0iRtYyE';
const ACCESS = 'fake-access-0a1b2c3d4e5f6a7b';
const REFRESH = 'fake-refresh-9f8e7d6c5b4a3928';
const kasia: ViewerSession = {
  kind: 'oauth',
  personId: 'p-agnieszka-nowak',
  asanaUser: { gid: '1209001', name: 'Ana Kowalska' },
  workspaces: [
    { gid: '1200', name: 'Acme Marketing' },
    { gid: '1300', name: 'Studio Wrzos (guest)' },
  ],
  accessToken: new Secret(ACCESS),
  refreshToken: new Secret(REFRESH),
  accessExpiresAt: new Date('2026-11-23T11:00:00Z'),
  createdAt: new Date('2026-11-23T10:00:00Z'),
  expiresAt: new Date('2026-11-23T22:00:00Z'),
};

describeOnEachDatabase('SqlAsanaViewerSessions', (database) => {
  let db: SqlClient;
  beforeEach(async () => {
    db = database();
    await db.query('TRUNCATE asana_viewer_sessions');
  });

  it('finds a session by the id in the cookie, and stores neither the id nor a token in clear', async () => {
    const sessions = new SqlAsanaViewerSessions(db, box);
    await sessions.open(SESSION_ID, kasia);
    expect(JSON.stringify(await db.query('SELECT * FROM asana_viewer_sessions'))).not.toMatch(/q3Zr0yT6|fake-access|fake-refresh/);

    const found = await sessions.find(SESSION_ID);
    expect(found?.accessToken.reveal()).toBe(ACCESS);
    expect(found?.refreshToken?.reveal()).toBe(REFRESH);
    expect({ ...found, accessToken: undefined, refreshToken: undefined }).toEqual({ ...kasia, accessToken: undefined, refreshToken: undefined });
    expect(await sessions.find('another-id-nobody-was-given-0000000000000000')).toBeUndefined();
  });

  it('keeps refreshed tokens, and the refresh token Asana did not replace', async () => {
    const sessions = new SqlAsanaViewerSessions(db, box);
    await sessions.open(SESSION_ID, kasia);
    await sessions.saveRefreshedTokens(SESSION_ID, { accessToken: new Secret('fake-access-after-refresh'), accessExpiresAt: new Date('2026-11-23T11:55:00Z'), refreshedAt: new Date('2026-11-23T10:55:00Z') });
    const refreshed = await sessions.find(SESSION_ID);
    expect([refreshed?.accessToken.reveal(), refreshed?.refreshToken?.reveal(), refreshed?.accessExpiresAt, refreshed?.refreshedAt]).toEqual([
      'fake-access-after-refresh',
      REFRESH,
      new Date('2026-11-23T11:55:00Z'),
      new Date('2026-11-23T10:55:00Z'),
    ]);
  });

  it('ends a session once, and sweeps expired sessions when a new one opens', async () => {
    const sessions = new SqlAsanaViewerSessions(db, box);
    await sessions.open('yesterday-session-000000000000000000000000000', { ...kasia, createdAt: new Date('2026-11-22T08:00:00Z'), expiresAt: new Date('2026-11-22T20:00:00Z') });
    await sessions.open(SESSION_ID, { kind: 'pat', personId: 'p-jakub-mazur', asanaUser: { gid: '1209002', name: 'Jakub Mazur' }, workspaces: [], accessToken: new Secret('2/1209002/pat0000000000000000000002'), createdAt: kasia.createdAt, expiresAt: kasia.expiresAt });
    expect(await db.query('SELECT count(*)::int AS sessions FROM asana_viewer_sessions')).toEqual([{ sessions: 1 }]);

    expect((await sessions.end(SESSION_ID))?.asanaUser.name).toBe('Jakub Mazur');
    expect(await sessions.end(SESSION_ID)).toBeUndefined();
    expect(await sessions.find(SESSION_ID)).toBeUndefined();
  });

  it('finds an Asana user’s newest live session in a workspace, never an expired one, by the key the widget uses', async () => {
    const sessions = new SqlAsanaViewerSessions(db, box);
    const oliver = { gid: '1209002', name: 'Oliver Bennett' };
    const personal = (createdAt: string, expiresAt: string, workspaces = kasia.workspaces) => ({ kind: 'pat' as const, personId: 'p-oliver-bennett', asanaUser: oliver, workspaces, accessToken: new Secret(`2/1209002/pat-${createdAt}`), createdAt: new Date(createdAt), expiresAt: new Date(expiresAt) });
    await sessions.open('oliver-morning-session-0000000000000000000000', personal('2026-11-23T08:00:00Z', '2026-11-23T20:00:00Z'));
    await sessions.open('oliver-laptop-session-00000000000000000000000', personal('2026-11-23T09:00:00Z', '2026-11-23T21:00:00Z'));
    // Newer still, but cut short (as a hand-edited row could be): expired by 11:00, so never the answer then.
    await sessions.open('oliver-short-session-000000000000000000000000', personal('2026-11-23T10:00:00Z', '2026-11-23T10:30:00Z'));
    await sessions.open('oliver-other-workspace-0000000000000000000000', personal('2026-11-23T10:15:00Z', '2026-11-23T22:15:00Z', [{ gid: '1300', name: 'Studio Wrzos (guest)' }]));
    await sessions.open(SESSION_ID, kasia);

    const at = async (time: string, workspaceGid = '1200') => (await sessions.newestLiveOf(oliver.gid, workspaceGid, new Date(time)))?.session.accessToken.reveal();
    expect(await at('2026-11-23T10:20:00Z')).toBe('2/1209002/pat-2026-11-23T10:00:00Z');
    expect(await at('2026-11-23T11:00:00Z')).toBe('2/1209002/pat-2026-11-23T09:00:00Z');
    expect(await at('2026-11-23T11:00:00Z', '1300')).toBe('2/1209002/pat-2026-11-23T10:15:00Z');
    expect(await at('2026-11-23T20:30:00Z')).toBe('2/1209002/pat-2026-11-23T09:00:00Z');
    expect(await at('2026-11-23T21:00:00Z')).toBeUndefined();
    expect(await at('2026-11-23T11:00:00Z', '1400')).toBeUndefined();
    expect(await sessions.newestLiveOf('1209999', '1200', new Date('2026-11-23T11:00:00Z'))).toBeUndefined();

    // The key stands for the session id the store never saw: refreshed tokens and ending go by it.
    const found = await sessions.newestLiveOf(kasia.asanaUser.gid, '1300', new Date('2026-11-23T11:00:00Z'));
    expect(found?.session.personId).toBe('p-agnieszka-nowak');
    await sessions.saveRefreshedTokensByKey(found?.key ?? '', { accessToken: new Secret('fake-access-refreshed-by-key'), accessExpiresAt: new Date('2026-11-23T12:00:00Z'), refreshedAt: new Date('2026-11-23T11:00:00Z') });
    expect([(await sessions.find(SESSION_ID))?.accessToken.reveal(), (await sessions.find(SESSION_ID))?.refreshToken?.reveal()]).toEqual(['fake-access-refreshed-by-key', REFRESH]);
    await sessions.endByKey(found?.key ?? '');
    expect(await sessions.find(SESSION_ID)).toBeUndefined();
  });

  it('refuses a personal access token session with a refresh token', async () => {
    await expect(new SqlAsanaViewerSessions(db, box).open(SESSION_ID, { ...kasia, kind: 'pat' })).rejects.toThrow('A viewer session of kind "pat" cannot have a refresh token');
  });
});
