import { createHmac } from 'node:crypto';
import { fixedClock } from '../../../src/app/ports/clock';
import { duplicateCandidateOf } from '../../../src/app/duplicate-findings';
import { DEFAULT_TEMPLATES } from '../../../src/core/templates';
import type { SqlClient } from '../../../src/hosts/local/database/sql-client';
import { recordingLog } from '../../../src/hosts/local/local-log';
import type { RunningLocalHost } from '../../../src/hosts/local/server';
import { startAsanaAppServer } from '../../support/asana-app-server';
import type { FakeEvent, FakeProject, FakeTask, FakeUser } from '../../support/fake-asana/asana-world';
import { FakeAsana } from '../../support/fake-asana/fake-asana';
import { eventViolations, responseViolations } from './asana-contract';
import { loadSmallOrganisation } from '../../support/local-database';
import { openTestDatabase } from '../../support/local-database';
import { makeTask } from '../../support/tasks';

/*
 * The Asana app server end to end over loopback HTTP: the local host with its Asana module, a fake
 * Asana checking every request against the pinned spec, a workspace connected with a personal access
 * token, its projects subscribed (Asana's handshake while the create call is in flight), then signed
 * webhook deliveries — first, repeated, concurrent, out of order — and a delivery Asana never made,
 * recovered by the Events API catch-up.
 */

jest.setTimeout(120_000);

const WEBINAR = DEFAULT_TEMPLATES.find((template) => template.id === 'webinar');
const TITLE = 'Spring webinar: AI in marketing operations for EMEA';
const DESCRIPTION = 'Live webinar with two customer speakers on AI in marketing operations; landing page, promo emails, recording and follow-up for the EMEA pipeline.';
const local = makeTask({ id: 'T-10001', key: 'BRD-1', title: TITLE, description: DESCRIPTION, projectId: 'prj-brand', teamId: 'team-brand', type: 'webinar', createdAt: '2026-11-02T09:00:00Z' });

let fake: FakeAsana;
let db: SqlClient;
let host: RunningLocalHost;
let ana: FakeUser;
let agency: FakeProject;
let brand: FakeProject;
let brandTeam: string;
let agencyTeam: string;
/** Ana, signed in with Asana with her own token: subscribing and the report pages read Asana as her. */
let viewer: Record<string, string> = {};
const log = recordingLog();

/** Asana delivering events to the webhook on a project (or team), signed with its handshake secret. */
const deliver = (resourceGid: string, events: readonly unknown[]) => fake.deliver(resourceGid, events);
const webhookResources = () => [...fake.world.webhooks.values()].map((webhook) => webhook.resource);

const addedEventOf = (task: FakeTask, project: FakeProject): FakeEvent => {
  const event = fake.world.events.get(project.gid)?.find((candidate) => candidate.action === 'added' && candidate.resource.gid === task.gid);
  if (!event) throw new Error(`No added event for ${task.gid}`);
  return event;
};
const subtasksOf = (task: FakeTask) => [...fake.world.tasks.values()].filter((candidate) => candidate.parent === task.gid).map((subtask) => subtask.name).sort();
const commentsOn = (task: FakeTask) => fake.world.stories.filter((story) => story.taskGid === task.gid).map((story) => story.html_text);
const operationsSince = (start: number) => fake.requests.slice(start).map((request) => request.operationId);
/** The links attached to a task; the widget's is the task's resource URL on the app server. */
const attachmentsOn = (task: FakeTask) => fake.world.attachments.filter((attachment) => attachment.parent === task.gid).map((attachment) => attachment.url);
const widgetUrlOf = (task: FakeTask) => `${host.url}asana/workspaces/${fake.world.workspaceGid}/tasks/${task.gid}`;
const mopsTagsOn = (task: FakeTask) => task.tags.filter((name) => name.startsWith('Mops: '));
const tagsNamed = (name: string) => [...fake.world.tags.values()].filter((tag) => tag.name === name);
const DUPLICATE_TAG = 'Mops: possible duplicate';
const INCOMPLETE_TAG = 'Mops: template incomplete';

const CLIENT_SECRET = 'app-client-secret-for-the-end-to-end-test';
const EXPIRES = '2026-11-23T10:05:00.000Z';
const sign = (message: string) => createHmac('sha256', CLIENT_SECRET).update(message).digest('hex');
const fromAsana = (signature: string) => ({ 'x-asana-request-signature': signature, Origin: 'https://app.asana.com' });

async function signedGet(path: string, params: Record<string, string>): Promise<Response> {
  const query = new URLSearchParams({ ...params, expires_at: EXPIRES }).toString();
  return fetch(`${host.url}asana/app-components/${path}?${query}`, { headers: fromAsana(sign(query)) });
}

async function signedPost(path: string, payload: Record<string, unknown>): Promise<Response> {
  const data = JSON.stringify({ ...payload, expires_at: EXPIRES });
  return fetch(`${host.url}asana/app-components/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...fromAsana(sign(data)) }, body: JSON.stringify({ data }) });
}

beforeAll(async () => {
  fake = await FakeAsana.start();
  ana = fake.world.addUser('Ana Kowalska', '2/1201/1210001:ana0pat0000000000000000000001');
  brandTeam = fake.world.addTeam('Brand & Content');
  agencyTeam = fake.world.addTeam('Brightwave Media (agency)');
  agency = fake.world.addProject('Agency deliverables — Brightwave', agencyTeam);
  brand = fake.world.addProject('Brand campaigns EMEA', brandTeam);

  db = await openTestDatabase();
  await loadSmallOrganisation(db, [local]);
  host = await startAsanaAppServer({ db, fake, clock: fixedClock('2026-11-23T10:00:00Z'), log, clientSecret: CLIENT_SECRET });
  await host.mops.duplicates.put(duplicateCandidateOf(local));
});

afterAll(async () => {
  await host?.close();
  await db?.close();
  await fake?.stop();
});

afterEach(() => {
  expect(fake.takeViolations()).toEqual([]);
});

describe('an Asana workspace connected to the Mops app server', () => {
  it('connects with a personal access token and subscribes each project once, answering Asana’s handshake', async () => {
    const connected = await fetch(`${host.url}asana/connect/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Mops-User': 'p-agnieszka-nowak' },
      body: JSON.stringify({ token: ana.token, workspace: fake.world.workspaceGid }),
    });
    expect(connected.status).toBe(201);
    const signedIn = await fetch(`${host.url}asana/sign-in/token`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Mops-User': 'p-agnieszka-nowak' }, body: JSON.stringify({ token: ana.token }) });
    expect(signedIn.status).toBe(201);
    viewer = { 'X-Mops-User': 'p-agnieszka-nowak', Cookie: signedIn.headers.getSetCookie()[0]?.split(';')[0] ?? '' };
    const subscribe = () => fetch(`${host.url}asana/workspaces/${fake.world.workspaceGid}/subscribe`, { method: 'POST', headers: viewer });
    const first = await subscribe();
    expect([first.status, await first.json()]).toEqual([200, { projects: { [agency.gid]: 'subscribed', [brand.gid]: 'subscribed' }, teams: { [agencyTeam]: 'subscribed', [brandTeam]: 'subscribed' }, failed: [] }]);
    const again = await subscribe();
    expect(await again.json()).toEqual({ projects: { [agency.gid]: 'already-subscribed', [brand.gid]: 'already-subscribed' }, teams: { [agencyTeam]: 'already-subscribed', [brandTeam]: 'already-subscribed' }, failed: [] });
    expect(fake.calls('createWebhook')).toHaveLength(4);
    expect(webhookResources().sort()).toEqual([agency.gid, brand.gid, agencyTeam, brandTeam].sort());
    expect([...fake.world.webhooks.values()].find((webhook) => webhook.resource === brandTeam)?.filters).toEqual([{ resource_type: 'project', action: 'added' }]);
    // Mops' EUR budget fields now sit on both projects, so a webinar's budget lands in Asana's own fields.
    expect(agency.fieldSettings).toHaveLength(4);
    expect(JSON.stringify(log.lines)).not.toContain(ana.token);
  });

  let webinar: FakeTask;

  it('runs the template and the duplicate check once for a task added to a subscribed project, tags it and attaches the widget, in twelve Asana calls the first time', async () => {
    webinar = fake.world.addTask({ name: TITLE, notes: DESCRIPTION, tags: ['webinar'], projects: [agency.gid], created_by: ana.gid });
    const start = fake.requests.length;
    expect(await deliver(agency.gid, [addedEventOf(webinar, agency)])).toBe(200);
    await host.asana?.drained();

    expect(subtasksOf(webinar)).toEqual((WEBINAR?.steps ?? []).map((step) => step.title).sort());
    const comments = commentsOn(webinar);
    expect(comments.filter((text) => text.includes('like the same work'))).toEqual(['<body>Mops: another task looks like the same work, planned by another team or agency.\nCompare them in the Mops panel on this issue before committing budget, then link or dismiss them there.</body>']);
    expect(comments.filter((text) => text.includes('is missing what it requires'))).toEqual([
      '<body>Mops: this task follows the Webinar template and is missing what it requires:\n• Set the planned budget above zero (it is 0.00 EUR)\n• Set the due date (the webinar day)\n• Set the KPI/goal\nAsana cannot hold a task back, so Mops flags it here and lists it in the compliance report until these are filled in.</body>',
    ]);
    // Asana tasks share the duplicate index with local tasks under ids of their own.
    const index = await host.mops.duplicates.load();
    expect([index.has(`asana:${webinar.gid}`), index.has(local.id), index.has(webinar.gid)]).toEqual([true, true, false]);
    // Asana cannot block the task: it is flagged with a tag for each finding, and carries the Mops widget.
    expect(mopsTagsOn(webinar)).toEqual([INCOMPLETE_TAG, DUPLICATE_TAG]);
    expect([tagsNamed(DUPLICATE_TAG).length, tagsNamed(INCOMPLETE_TAG).length]).toEqual([1, 1]);
    expect(attachmentsOn(webinar)).toEqual([widgetUrlOf(webinar)]);
    // The connection is a personal access token, which may not set connect_to_app.
    expect(fake.calls('createAttachmentForObject')[0]?.form).toEqual({ parent: webinar.gid, resource_subtype: 'external', url: widgetUrlOf(webinar), name: 'Mops: budget, compliance, duplicates' });
    // The first task only: the connection lists the workspace's projects for their teams (subscribing
    // listed them as the signed-in viewer, which the automation does not reuse). Then: read the task and
    // its subtasks, create the 9 subtasks, set the template's fields, the duplicate comment; the
    // workspace's tags listed (first task only), "template incomplete" created (first task only) and
    // added, the comment naming what the template still lacks; "possible duplicate" created (first task
    // only) and added; the widget attached.
    expect(operationsSince(start)).toEqual([
      'getProjectsForWorkspace',
      'createBatchRequest',
      'createBatchRequest',
      'updateTask',
      'createStoryForTask',
      'getTagsForWorkspace',
      'createTagForWorkspace',
      'addTagForTask',
      'createStoryForTask',
      'createTagForWorkspace',
      'addTagForTask',
      'createAttachmentForObject',
    ]);
  });

  it('does nothing more when Asana delivers the same event again, twice at once', async () => {
    const start = fake.requests.length;
    const statuses = await Promise.all([deliver(agency.gid, [addedEventOf(webinar, agency)]), deliver(agency.gid, [addedEventOf(webinar, agency)])]);
    await host.asana?.drained();
    expect(statuses).toEqual([200, 200]);
    expect(operationsSince(start)).toEqual([]);
    expect(subtasksOf(webinar)).toHaveLength(WEBINAR?.steps.length ?? -1);
    expect(commentsOn(webinar)).toHaveLength(2);
    expect(attachmentsOn(webinar)).toEqual([widgetUrlOf(webinar)]);
    expect(mopsTagsOn(webinar)).toEqual([INCOMPLETE_TAG, DUPLICATE_TAG]);
  });

  it('ignores an older added event arriving after the task was processed, without calling Asana', async () => {
    const added = addedEventOf(webinar, agency);
    const older = { ...added, created_at: new Date(Date.parse(added.created_at) - 60_000).toISOString() };
    const start = fake.requests.length;
    expect(await deliver(agency.gid, [older])).toBe(200);
    await host.asana?.drained();
    expect(operationsSince(start)).toEqual([]);
    expect(subtasksOf(webinar)).toHaveLength(WEBINAR?.steps.length ?? -1);
    expect(commentsOn(webinar)).toHaveLength(2);
    expect(attachmentsOn(webinar)).toHaveLength(1);
  });

  it('recovers a task whose delivery never came through the Events API catch-up, once', async () => {
    const missed = fake.world.addTask({ name: TITLE, notes: DESCRIPTION, tags: ['webinar'], projects: [brand.gid], created_by: ana.gid });
    const start = fake.requests.length;
    const report = await host.asana?.catchUp();
    // The agency project's added event came by webhook (seen); the brand project's is new; each project
    // also shows Mops' own budget-field write, which only re-indexes the task (one read).
    expect(report).toEqual({ projects: 2, recovered: 2, alreadySeen: 1, resynced: 0, failed: [] });
    // The recovered task costs eight calls: the tags' gids are known now, so each is only added.
    expect(operationsSince(start)).toEqual([
      'getEvents',
      'createBatchRequest',
      'getEvents',
      'createBatchRequest',
      'createBatchRequest',
      'updateTask',
      'createStoryForTask',
      'addTagForTask',
      'createStoryForTask',
      'addTagForTask',
      'createAttachmentForObject',
    ]);
    expect(subtasksOf(missed)).toEqual((WEBINAR?.steps ?? []).map((step) => step.title).sort());
    expect(commentsOn(missed).filter((text) => text.includes('2 other tasks look like the same work'))).toHaveLength(1);
    expect([attachmentsOn(missed), mopsTagsOn(missed)]).toEqual([[widgetUrlOf(missed)], [INCOMPLETE_TAG, DUPLICATE_TAG]]);

    const second = fake.requests.length;
    const again = await host.asana?.catchUp();
    expect(again).toEqual({ projects: 2, recovered: 1, alreadySeen: 0, resynced: 0, failed: [] });
    expect(operationsSince(second)).toEqual(['getEvents', 'getEvents', 'createBatchRequest']);
    expect(subtasksOf(missed)).toHaveLength(WEBINAR?.steps.length ?? -1);
    expect(commentsOn(missed)).toHaveLength(2);
    expect(commentsOn(webinar)).toHaveLength(2);
    expect([attachmentsOn(missed), attachmentsOn(webinar)].map((urls) => urls.length)).toEqual([1, 1]);
    expect([tagsNamed(DUPLICATE_TAG).length, tagsNamed(INCOMPLETE_TAG).length]).toEqual([1, 1]);
  });

  it('creates the subtasks once when two runs for one task race (a webhook here, a catch-up on another server)', async () => {
    const asana = host.asana;
    if (!asana) throw new Error('The Asana module is not mounted');
    const raced = fake.world.addTask({ name: 'Customer panel webinar for the EMEA partner summit', tags: ['webinar'], projects: [agency.gid], created_by: ana.gid });
    const outcomes = await Promise.all([asana.automation.taskAdded(fake.world.workspaceGid, raced.gid), asana.automation.taskAdded(fake.world.workspaceGid, raced.gid)]);
    // One run holds the lease and creates the subtasks; the other finds it held ("busy") or, had it come
    // a moment later, the subtasks already recorded in the task's state.
    expect(outcomes.every((outcome) => outcome.outcome === 'processed' || outcome.outcome === 'busy')).toBe(true);
    expect(outcomes.reduce((sum, outcome) => sum + (outcome.outcome === 'processed' ? outcome.createdSubtasks : 0), 0)).toBe(WEBINAR?.steps.length);
    expect(subtasksOf(raced)).toHaveLength(WEBINAR?.steps.length ?? -1);
    expect(attachmentsOn(raced)).toEqual([widgetUrlOf(raced)]);
    // The event arriving later finds the task processed and leaves Asana alone.
    const start = fake.requests.length;
    expect(await deliver(agency.gid, [addedEventOf(raced, agency)])).toBe(200);
    await asana.drained();
    expect(operationsSince(start)).toEqual([]);
    expect(attachmentsOn(raced)).toHaveLength(1);
  });

  it('attaches the widget on the next delivery when Asana failed the attachment, once, and then leaves the task alone', async () => {
    const asana = host.asana;
    if (!asana) throw new Error('The Asana module is not mounted');
    const task = fake.world.addTask({ name: 'Quarterly partner newsletter: product updates', projects: [agency.gid], created_by: ana.gid });
    fake.answerNextRaw('createAttachmentForObject', { status: 500, body: { errors: [{ message: 'Server Error' }] } });
    expect(await deliver(agency.gid, [addedEventOf(task, agency)])).toBe(200);
    await asana.drained();
    expect(attachmentsOn(task)).toEqual([]);
    expect(JSON.stringify(log.lines)).toContain('Asana webhook event failed');

    // Asana re-delivers (the receiver forgot the failed event): the task is processed, so only the
    // attachment is finished — after checking that the failed POST made none.
    const retry = fake.requests.length;
    expect(await deliver(agency.gid, [addedEventOf(task, agency)])).toBe(200);
    await asana.drained();
    expect(operationsSince(retry)).toEqual(['getAttachmentsForObject', 'createAttachmentForObject']);
    expect(attachmentsOn(task)).toEqual([widgetUrlOf(task)]);

    const again = fake.requests.length;
    expect(await deliver(agency.gid, [addedEventOf(task, agency)])).toBe(200);
    await asana.drained();
    expect(operationsSince(again)).toEqual([]);
    expect(attachmentsOn(task)).toHaveLength(1);
  });

  it('re-reads a project whose sync token Asana no longer honours and processes the tasks Mops never saw', async () => {
    const lost = fake.world.addTask({ name: 'Webinar series kickoff: data-driven campaign planning', tags: ['webinar'], projects: [brand.gid], created_by: ana.gid });
    await db.query(`UPDATE asana_sync_tokens SET sync_token = 'lapsed0000000000000000000000000' WHERE resource_gid = $1`, [brand.gid]);
    const report = await host.asana?.catchUp();
    expect(report).toMatchObject({ resynced: 1, failed: [] });
    expect(subtasksOf(lost)).toHaveLength(WEBINAR?.steps.length ?? -1);
    // The tasks processed before keep their single set of subtasks.
    for (const task of [...fake.world.tasks.values()].filter((candidate) => candidate.projects.includes(brand.gid) && candidate.tags.includes('webinar'))) {
      expect(subtasksOf(task)).toHaveLength(WEBINAR?.steps.length ?? -1);
    }
  });
});

describe('a team webhook on project added', () => {
  it('subscribes a project added to the watched team, once, and its tasks are then processed', async () => {
    const asana = host.asana;
    if (!asana) throw new Error('The Asana module is not mounted');
    const teamGid = brandTeam;
    const events = fake.world.addProject('Events & Field — Berlin', teamGid);
    const projectAdded = { action: 'added', resource: { gid: events.gid, resource_type: 'project', name: events.name }, parent: { gid: teamGid, resource_type: 'team' }, created_at: fake.world.tick(), user: { gid: ana.gid, resource_type: 'user' } };
    expect(eventViolations(projectAdded)).toEqual([]);
    // Asana may deliver it twice; the project still gets one webhook.
    expect(await deliver(teamGid, [projectAdded])).toBe(200);
    expect(await deliver(teamGid, [projectAdded])).toBe(200);
    await asana.drained();
    expect(webhookResources()).toContain(events.gid);
    expect(fake.calls('createWebhook').filter((call) => (call.body as { data: { resource: string } }).data.resource === events.gid)).toHaveLength(1);

    const fair = fake.world.addTask({ name: 'Berlin trade fair booth: webinar recap screen', tags: ['webinar'], projects: [events.gid], created_by: ana.gid });
    expect(await deliver(events.gid, [addedEventOf(fair, events)])).toBe(200);
    await asana.drained();
    expect(subtasksOf(fair)).toHaveLength(WEBINAR?.steps.length ?? -1);
  });
});

describe('App Components of the connected workspace, over loopback HTTP', () => {
  const ws = () => fake.world.workspaceGid;
  const webinarTask = () => [...fake.world.tasks.values()].find((task) => task.projects.includes(agency.gid) && task.name === TITLE) as FakeTask;

  it('renders the widget for the connection’s own user with the Asana duplicate it may open, within the spec', async () => {
    // The brand project's copy, processed second: the agency webinar (Asana) and the local task are its likely duplicates.
    const task = [...fake.world.tasks.values()].find((candidate) => candidate.projects.includes(brand.gid) && candidate.name === TITLE) as FakeTask;
    const response = await signedGet('widget', { resource_url: `${host.url}asana/workspaces/${ws()}/tasks/${task.gid}`, workspace: ws(), task: task.gid, user: ana.gid, attachment: '1290000000000001' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.asana.com');
    const body = (await response.json()) as { metadata: { fields: Array<{ name: string; text?: string }> } };
    expect(responseViolations('get', '/widget_metadata_url_path_placeholder', 200, body)).toEqual([]);
    expect(body.metadata.fields.map((field) => `${field.name}: ${field.text ?? ''}`)).toEqual([
      'Budget planned: 0.00 EUR',
      'Committed / actual: 0.00 / 0.00 EUR',
      'Template: Webinar: 3 items open',
      // The local task is not Asana's to show; the agency's webinar is, to Ana.
      'Duplicate work: 1 likely duplicate',
    ]);
  });

  it('counts no duplicates for an Asana user Mops cannot act as', async () => {
    const task = webinarTask();
    const response = await signedGet('widget', { resource_url: `${host.url}asana/workspaces/${ws()}/tasks/${task.gid}`, workspace: ws(), task: task.gid, user: '1201999999999999', attachment: '1290000000000001' });
    const body = (await response.json()) as { metadata: { fields: Array<{ name: string; text?: string }> } };
    expect(responseViolations('get', '/widget_metadata_url_path_placeholder', 200, body)).toEqual([]);
    expect(body.metadata.fields.at(-1)).toEqual({ type: 'pill', name: 'Duplicate work', text: 'Sign in with Asana to see', color: 'none' });
  });

  it('attaches the widget’s resource URL to a task when a person adds Mops from Asana', async () => {
    const task = webinarTask();
    const response = await signedPost('attach', { workspace: ws(), task: task.gid, user: ana.gid, query: 'mops' });
    const body: unknown = await response.json();
    expect(response.status).toBe(200);
    expect(responseViolations('post', '/resource_attach_url_path_placeholder', 200, body)).toEqual([]);
    expect(body).toEqual({ resource_name: 'Mops: budget, compliance, duplicates', resource_url: `${host.url}asana/workspaces/${ws()}/tasks/${task.gid}` });
  });

  it('serves the "Apply Mops template" form, follows a change, saves the choice and runs it once per idempotency key', async () => {
    const form = await signedGet('rule-actions/apply-template/form', { action_type: 'mops-apply-template', project: brand.gid, workspace: ws(), user: ana.gid });
    const formBody = (await form.json()) as { metadata: { fields: Array<{ id: string; name?: string; value?: unknown }> } };
    expect(responseViolations('get', '/action.metadata_url_path_placeholder', 200, formBody)).toEqual([]);
    expect(formBody.metadata.fields.map((field) => field.id)).toEqual(['about', 'template', 'summary']);

    const changed = await signedPost('rule-actions/apply-template/form/change', { workspace: ws(), user: ana.gid, project: brand.gid, changed_field: 'template', values: { template: 'webinar' } });
    const changedBody = (await changed.json()) as { metadata: { fields: Array<{ id: string; name?: string; value?: unknown }> } };
    expect(responseViolations('post', '/action.on_change_callback_path_placeholder', 200, changedBody)).toEqual([]);
    expect(changedBody.metadata.fields.find((field) => field.id === 'summary')?.name).toBe(`Webinar: ${WEBINAR?.steps.length} subtasks, ${WEBINAR?.requiredFields.length} required fields`);

    const refused = await signedPost('rule-actions/apply-template/form/submit', { workspace: ws(), user: ana.gid, project: brand.gid, action: '1290000000000077', values: { template: 'podcast' } });
    expect(refused.status).toBe(400);
    const refusedBody = (await refused.json()) as { metadata: { fields: Array<{ id: string; error?: string }> } };
    expect(responseViolations('post', '/action.on_submit_callback_path_placeholder', 400, refusedBody)).toEqual([]);
    expect(refusedBody.metadata.fields.find((field) => field.id === 'template')?.error).toMatch(/^Choose "matching" or one of /);

    const saved = await signedPost('rule-actions/apply-template/form/submit', { workspace: ws(), user: ana.gid, project: brand.gid, action: '1290000000000077', values: { template: 'webinar' } });
    expect(saved.status).toBe(200);
    expect(responseViolations('post', '/action.on_submit_callback_path_placeholder', 200, undefined)).toEqual([]);

    // A task with no template tag: the rule names the Webinar template, so it applies anyway.
    const plain = fake.world.addTask({ name: 'Partner enablement session for Q1 resellers', projects: [brand.gid], created_by: ana.gid });
    const run = { workspace: ws(), user: ana.gid, project: brand.gid, target_object: plain.gid, action: '1290000000000077', action_type: 'mops-apply-template', idempotency_key: 'run-4f1c2a' };
    const first = await signedPost('rule-actions/apply-template/run', run);
    const firstBody: unknown = await first.json();
    expect(responseViolations('post', '/run_action_url_path_placeholder', 200, firstBody)).toEqual([]);
    expect(firstBody).toEqual({ action_result: 'ok' });
    expect(subtasksOf(plain)).toHaveLength(WEBINAR?.steps.length ?? -1);

    const start = fake.requests.length;
    const retry = await signedPost('rule-actions/apply-template/run', run);
    expect(await retry.json()).toEqual({ action_result: 'ok' });
    expect(operationsSince(start)).toEqual([]);
    expect(subtasksOf(plain)).toHaveLength(WEBINAR?.steps.length ?? -1);
  });

  it('refuses App Components requests that are unsigned or from another origin’s page, and grants that origin no CORS', async () => {
    const query = new URLSearchParams({ action_type: 'x', project: brand.gid, workspace: ws(), user: ana.gid, expires_at: EXPIRES }).toString();
    const unsigned = await fetch(`${host.url}asana/app-components/rule-actions/check-duplicates/form?${query}`, { headers: { Origin: 'https://evil.example' } });
    expect(unsigned.status).toBe(401);
    expect(unsigned.headers.get('access-control-allow-origin')).toBeNull();
    expect(responseViolations('get', '/action.metadata_url_path_placeholder', 401, await unsigned.json())).toEqual([]);
    // Nothing but the App Components routes answers Asana's origin.
    const connect = await fetch(`${host.url}asana/connect/token`, { method: 'OPTIONS', headers: { Origin: 'https://app.asana.com', 'Access-Control-Request-Method': 'POST' } });
    expect(connect.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('reports of the Asana workspace, served by the app server', () => {
  const ws = () => fake.world.workspaceGid;
  const invoke = (name: string, payload: unknown = {}) =>
    fetch(`${host.url}asana/workspaces/${ws()}/api/invoke/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...viewer }, body: JSON.stringify({ payload, context: { extension: { type: 'asana:workspacePage' } } }) });

  it('frames the duplicates report app with the bridge answered by the workspace’s resolvers', async () => {
    const page = await fetch(`${host.url}asana/workspaces/${ws()}/reports/duplicates`, { headers: viewer });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('src="/apps/duplicates-report/"');
    expect(html).toContain(`data-mops-invoke="/asana/workspaces/${ws()}/api/invoke"`);
    expect(html).toContain('<script src="/asana/reports/frame.js"></script>');
    expect((await fetch(`${host.url}asana/reports/frame.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers getDuplicatesReport with the two Asana webinars as one cluster, named by their projects', async () => {
    const response = await invoke('getDuplicatesReport');
    const body = (await response.json()) as { ok: boolean; data: { clusters: Array<{ tier: string; tasks: Array<{ id: string; projectName: string }> }> } };
    expect(response.status).toBe(200);
    const webinars = [...fake.world.tasks.values()].filter((task) => task.name === TITLE).map((task) => `asana:${task.gid}`).sort();
    const cluster = body.data.clusters.find((candidate) => candidate.tasks.some((task) => task.id === webinars[0]));
    expect(cluster?.tier).toBe('likely-duplicate');
    expect(cluster?.tasks.map((task) => task.id).sort()).toEqual(webinars);
    expect(cluster?.tasks.map((task) => task.projectName).sort()).toEqual([agency.name, brand.name].sort());
  });

  it('answers the budget and capacity apps too, and names the resolvers it does not offer', async () => {
    const budget = (await (await invoke('getBudgetReport')).json()) as { ok: boolean };
    const capacity = (await (await invoke('getCapacity', { weeks: 4 })).json()) as { ok: boolean };
    expect([budget.ok, capacity.ok]).toEqual([true, true]);
    const refused = await invoke('saveAdminSettings', { settings: {} });
    expect(refused.status).toBe(404);
    expect(await refused.json()).toEqual({ ok: false, error: { kind: 'not-found', message: 'saveAdminSettings is not offered on Asana report pages; they answer getDuplicatesReport, getBudgetReport, getCapacity' } });
  });

  it('reports template compliance, counting the subtasks Mops made and naming the fields still missing', async () => {
    const response = await fetch(`${host.url}asana/workspaces/${ws()}/compliance`, { headers: viewer });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; data: { tasks: Array<{ task: { id: string }; templateName: string; report: { compliant: boolean; findings: Array<{ kind: string; message: string }> } }> } };
    const webinar = [...fake.world.tasks.values()].find((task) => task.projects.includes(agency.gid) && task.name === TITLE) as FakeTask;
    const entry = body.data.tasks.find((candidate) => candidate.task.id === `asana:${webinar.gid}`);
    expect([entry?.templateName, entry?.report.compliant]).toEqual(['Webinar', false]);
    const kinds = new Set(entry?.report.findings.map((finding) => finding.kind));
    expect(kinds.has('field-missing')).toBe(true);
    expect(kinds.has('step-missing')).toBe(false);
    expect(entry?.report.findings.some((finding) => finding.message.includes('KPI/goal'))).toBe(true);
  });
});
