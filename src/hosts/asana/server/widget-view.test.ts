import { databaseForThisFile } from '../../../../test/support/local-database';
import type { FakeProject, FakeTask, FakeUser } from '../../../../test/support/fake-asana/asana-world';
import { FakeAsana } from '../../../../test/support/fake-asana/fake-asana';
import { EMPTY_TASK_STATE } from '../../../app/ports/task-state';
import { Settings } from '../../../core/settings/settings';
import { demoSettings } from '../../../demo/settings';
import { widgetMetadata } from '../app-components/widget';
import { AsanaTokenRefresher } from '../connect/access-tokens';
import { refreshingTokenEndpoint } from '../connect/testing/refreshing-token-endpoint';
import type { AsanaConnection } from '../connect/asana-connection';
import { memoryAsanaTaskStateStore } from '../ports/asana-stores';
import { Secret } from '../secrets/secret';
import { AsanaViewers } from '../sign-in/asana-viewers';
import { newSessionId, type ViewerSession } from '../sign-in/viewer-session';
import { SqlAsanaViewerSessions } from '../stores/sql-asana-viewer-sessions';
import { testSecretBox } from '../stores/testing/test-secret-box';
import { asanaTaskId } from '../workspace/asana-task-ids';
import { AsanaWorkspaces } from '../workspace/asana-workspaces';
import { asanaWidgetView } from './widget-view';

/*
 * The widget over the fake Asana. The workspace is connected with Agnieszka's token; Growth's webinar
 * has two suspected duplicates in Brand: one in a task only Agnieszka may read, one open to all.
 * Oliver (Growth) signs in with Asana; Wiktor never does.
 */

const TITLE = 'Spring webinar: AI in marketing operations for EMEA';
const database = databaseForThisFile();
const settings = Settings.parse(demoSettings());

let fake: FakeAsana;
let agnieszka: FakeUser;
let oliver: FakeUser;
let wiktor: FakeUser;
let growth: FakeProject;
let growthWebinar: FakeTask;
let privateWebinar: FakeTask;
let brandTalk: FakeTask;

beforeAll(async () => {
  fake = await FakeAsana.start();
  agnieszka = fake.world.addUser('Agnieszka Nowak', '2/1201/1210001:agnieszka0pat00000000000001');
  oliver = fake.world.addUser('Oliver Bennett', '2/1201/1210002:oliver0pat000000000000002');
  wiktor = fake.world.addUser('Wiktor Zieliński', '2/1201/1210003:wiktor0pat000000000000003');
  const brand = fake.world.addProject('Brand campaigns EMEA', fake.world.addTeam('Brand & Content'));
  growth = fake.world.addProject('Growth experiments', fake.world.addTeam('Growth'));
  growthWebinar = fake.world.addTask({ name: TITLE, tags: ['webinar'], projects: [growth.gid], created_by: oliver.gid });
  privateWebinar = fake.world.addTask({ name: TITLE, projects: [brand.gid], created_by: agnieszka.gid, readers: [agnieszka.gid] });
  brandTalk = fake.world.addTask({ name: 'AI in marketing ops: customer talk', projects: [brand.gid], created_by: agnieszka.gid });
});

afterAll(() => fake.stop());

beforeEach(async () => {
  await database().query('TRUNCATE asana_viewer_sessions');
});

afterEach(() => {
  expect(fake.takeViolations()).toEqual([]);
});

/** Asana's token endpoint for refreshing: each refresh mints a token the fake Asana accepts as Oliver's, until revoked. */
const tokenEndpoint = () =>
  refreshingTokenEndpoint((refreshes) => {
    const token = `fake-access-oliver-refreshed-${refreshes}`;
    fake.auth.acceptToken(token, { gid: oliver.gid, name: oliver.name, workspaces: [{ gid: fake.world.workspaceGid, name: fake.world.workspaceName }] });
    return token;
  });

function harness() {
  let now = Date.parse('2026-11-23T10:00:00Z');
  const clock = { now: () => new Date(now), advanceMinutes: (minutes: number) => (now += minutes * 60_000) };
  const ws = fake.world.workspaceGid;
  const connection: AsanaConnection = {
    id: 'conn-kestrel',
    kind: 'pat',
    asanaUser: { gid: agnieszka.gid, name: agnieszka.name },
    workspaces: [{ gid: ws, name: fake.world.workspaceName }],
    accessToken: new Secret(agnieszka.token),
    connectedBy: 'p-agnieszka-nowak',
    connectedAt: new Date('2026-11-20T09:00:00Z'),
  };
  const states = memoryAsanaTaskStateStore();
  const log = () => undefined;
  const workspaces = new AsanaWorkspaces({ apiBaseUrl: fake.baseUrl, tokens: { forWorkspace: async () => connection.accessToken }, subscriptions: { list: async () => [] }, states, mopsSettings: async () => settings, clock, log, http: { sleep: async () => undefined } });
  const api = tokenEndpoint();
  const sessions = new SqlAsanaViewerSessions(database(), testSecretBox());
  const viewers = new AsanaViewers({ sessions, refresher: new AsanaTokenRefresher({ api, clock, log }), personOf: async () => undefined, clock, log });
  const deps = { connections: { forWorkspace: async (gid: string) => (gid === ws ? connection : undefined) }, workspaces, mops: { settings: async () => settings, clock }, viewers };
  /** What the widget on Growth's webinar says about duplicate work to an Asana user. */
  const duplicateWorkFor = async (user: FakeUser) => {
    const view = await asanaWidgetView({ resource_url: `https://mops.example.com/asana/workspaces/${ws}/tasks/${growthWebinar.gid}`, workspace: ws, task: growthWebinar.gid, user: user.gid, attachment: '1290000000000001', expires_at: '2026-11-23T10:05:00.000Z' }, deps);
    if (!view) throw new Error(`No widget view for ${user.name}`);
    const { duplicatesHidden, ...panel } = view;
    const fields = widgetMetadata(panel, clock.now(), { duplicatesHidden: duplicatesHidden === true }).metadata.fields;
    return { keys: panel.duplicates.map((duplicate) => duplicate.taskId), pill: fields.at(-1), fields: fields.map((field) => `${field.name}: ${'text' in field ? field.text : ''}`) };
  };
  const oliversSession = (overrides: Partial<ViewerSession> = {}): ViewerSession => ({
    kind: 'pat',
    personId: 'p-oliver-bennett',
    asanaUser: { gid: oliver.gid, name: oliver.name },
    workspaces: [{ gid: ws, name: fake.world.workspaceName }],
    accessToken: new Secret(oliver.token),
    createdAt: new Date('2026-11-23T09:30:00Z'),
    expiresAt: new Date('2026-11-23T21:30:00Z'),
    ...overrides,
  });
  return { clock, api, sessions, states, duplicateWorkFor, oliversSession, ws };
}

async function suspectDuplicates(states: ReturnType<typeof memoryAsanaTaskStateStore>, ws: string): Promise<void> {
  await states.save(ws, growthWebinar.gid, {
    ...EMPTY_TASK_STATE,
    duplicates: [
      { taskId: asanaTaskId(privateWebinar.gid), score: 0.94, decision: 'likely-duplicate', matchedTerms: ['webinar', 'ai', 'emea'], sharedAssets: [] },
      { taskId: asanaTaskId(brandTalk.gid), score: 0.58, decision: 'related', matchedTerms: ['ai', 'marketing'], sharedAssets: [] },
    ],
  });
}

const SIGN_IN_HINT = { type: 'pill', name: 'Duplicate work', text: 'Sign in with Asana to see', color: 'none' };

describe('the widget for the Asana user viewing it', () => {
  it('counts for a viewer signed in with Asana only the duplicates their own Asana lets them open, read with their token', async () => {
    const { sessions, states, duplicateWorkFor, oliversSession, ws } = harness();
    await suspectDuplicates(states, ws);
    await sessions.open(newSessionId(), oliversSession());

    const readsBefore = fake.actions.length;
    expect(await duplicateWorkFor(oliver)).toMatchObject({ keys: [asanaTaskId(brandTalk.gid)], pill: { type: 'pill', name: 'Duplicate work', text: '1 related task', color: 'yellow' } });
    expect(new Set(fake.actions.slice(readsBefore).map((action) => action.userGid))).toEqual(new Set([oliver.gid]));
    // The connection's own user, not signed in, still sees both, as before.
    expect(await duplicateWorkFor(agnieszka)).toMatchObject({ keys: [asanaTaskId(privateWebinar.gid), asanaTaskId(brandTalk.gid)], pill: { type: 'pill', name: 'Duplicate work', text: '1 likely duplicate', color: 'red' } });
  });

  it('shows a viewer with no session the task’s own budget and compliance, no duplicates, and asks them to sign in with Asana', async () => {
    const { sessions, states, duplicateWorkFor, oliversSession, ws } = harness();
    await suspectDuplicates(states, ws);
    const wiktors = await duplicateWorkFor(wiktor);
    expect(wiktors.fields).toEqual(['Budget: No budget set', 'Template: Webinar: Not applied yet', 'Duplicate work: Sign in with Asana to see']);
    expect(wiktors.keys).toEqual([]);
    // Budget and compliance are what the connection's own user sees.
    expect((await duplicateWorkFor(agnieszka)).fields.slice(0, -1)).toEqual(wiktors.fields.slice(0, -1));
    // Oliver signed in as a member of another workspace only; and his session is not Wiktor's either way.
    await sessions.open(newSessionId(), oliversSession({ workspaces: [{ gid: '1300000000000009', name: 'Studio Wrzos (guest)' }] }));
    expect(await duplicateWorkFor(oliver)).toMatchObject({ keys: [], pill: SIGN_IN_HINT });
    expect(await duplicateWorkFor(wiktor)).toMatchObject({ keys: [], pill: SIGN_IN_HINT });
  });

  it('does not use a session once it expired', async () => {
    const { clock, sessions, states, duplicateWorkFor, oliversSession, ws } = harness();
    await suspectDuplicates(states, ws);
    await sessions.open(newSessionId(), oliversSession());
    clock.advanceMinutes(11 * 60 + 29);
    expect((await duplicateWorkFor(oliver)).pill).toEqual({ type: 'pill', name: 'Duplicate work', text: '1 related task', color: 'yellow' });
    clock.advanceMinutes(1);
    expect(await duplicateWorkFor(oliver)).toMatchObject({ keys: [], pill: SIGN_IN_HINT });
  });

  it('refreshes an OAuth session’s token near expiry, once, reads with the new one, and drops a grant Asana refuses', async () => {
    const { clock, api, sessions, states, duplicateWorkFor, oliversSession, ws } = harness();
    await suspectDuplicates(states, ws);
    const sessionId = newSessionId();
    // The first access token is not one the fake accepts: reading with it would fall back to the hint.
    await sessions.open(sessionId, oliversSession({ kind: 'oauth', accessToken: new Secret('fake-access-oliver-first'), refreshToken: new Secret('fake-refresh-oliver'), accessExpiresAt: new Date('2026-11-23T10:03:00Z') }));
    expect((await duplicateWorkFor(oliver)).keys).toEqual([asanaTaskId(brandTalk.gid)]);
    expect((await duplicateWorkFor(oliver)).keys).toEqual([asanaTaskId(brandTalk.gid)]);
    expect(api.refreshes).toBe(1);
    expect((await sessions.find(sessionId))?.accessToken.reveal()).toBe('fake-access-oliver-refreshed-1');

    api.revoked = true;
    clock.advanceMinutes(60);
    expect(await duplicateWorkFor(oliver)).toMatchObject({ keys: [], pill: SIGN_IN_HINT });
    expect(await sessions.find(sessionId)).toBeUndefined();
  });

  it('falls back to the sign-in hint when Asana no longer accepts a personal access token the viewer signed in with', async () => {
    const { sessions, states, duplicateWorkFor, oliversSession, ws } = harness();
    await suspectDuplicates(states, ws);
    await sessions.open(newSessionId(), oliversSession({ accessToken: new Secret('2/1201/1210002:oliver0revoked0000000000') }));
    expect(await duplicateWorkFor(oliver)).toMatchObject({ keys: [], pill: SIGN_IN_HINT });
  });
});
