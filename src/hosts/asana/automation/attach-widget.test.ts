import { FakeAsana } from '../../../../test/support/fake-asana/fake-asana';
import { httpOverFake } from '../../../../test/support/fake-asana/tracker-over-fake';
import type { FakeTask, FakeUser } from '../../../../test/support/fake-asana/asana-world';
import type { AsanaHttp } from '../api/asana-http';
import { memoryReplayGuard } from '../replay-guard';
import { attachWidget, type WidgetAttachment } from './attach-widget';

/*
 * The widget's attachment against the fake Asana through the official client: the multipart body is
 * parsed and checked against AttachmentRequest, so a missing url or name would be a violation.
 */

let fake: FakeAsana;
let ana: FakeUser;
let task: FakeTask;
const now = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
  fake = await FakeAsana.start();
  ana = fake.world.addUser('Ana Kowalska', '2/1201/1210001:ana0pat0000000000000000000001');
  const brand = fake.world.addProject('Brand campaigns EMEA');
  task = fake.world.addTask({ name: 'Spring webinar', projects: [brand.gid], created_by: ana.gid });
});

afterAll(() => fake.stop());

afterEach(() => {
  expect(fake.takeViolations()).toEqual([]);
});

const targetFor = (taskGid: string): WidgetAttachment => ({ workspaceGid: fake.world.workspaceGid, taskGid, url: `https://mops.example.com/asana/workspaces/${fake.world.workspaceGid}/tasks/${taskGid}`, name: 'Mops: budget, compliance, duplicates', connectToApp: async () => false });
const minutesAfter = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);
const attachmentsOn = (taskGid: string) => fake.world.attachments.filter((attachment) => attachment.parent === taskGid);
const client = (): { http: () => Promise<AsanaHttp>; calls: () => number } => {
  const { http } = httpOverFake(fake, ana.token);
  return { http: async () => http, calls: () => http.hostCalls() };
};

describe('attachWidget', () => {
  it('attaches the widget’s URL as an external link once, however many runs offer it at once', async () => {
    const guard = memoryReplayGuard();
    const runs = [client(), client(), client()];
    const outcomes = await Promise.all(runs.map((run) => attachWidget(run.http, targetFor(task.gid), { guard, now })));
    expect(outcomes.map((outcome) => outcome.outcome).sort()).toEqual(['already-attached', 'already-attached', 'attached']);
    expect(attachmentsOn(task.gid).map((attachment) => [attachment.name, attachment.url, attachment.connectedToApp])).toEqual([['Mops: budget, compliance, duplicates', targetFor(task.gid).url, false]]);
    expect(runs.map((run) => run.calls()).sort()).toEqual([0, 0, 1]);
    expect(fake.calls('createAttachmentForObject')[0]?.contentType).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('releases the claim when Asana fails, and the next run posts after finding no attachment', async () => {
    const guard = memoryReplayGuard();
    const failing = fake.world.addTask({ name: 'Autumn webinar', created_by: ana.gid });
    fake.answerNextRaw('createAttachmentForObject', { status: 500, body: { errors: [{ message: 'Server Error' }] } });
    await expect(attachWidget(client().http, targetFor(failing.gid), { guard, now })).rejects.toThrow('(500 on POST /attachments)');
    expect(attachmentsOn(failing.gid)).toHaveLength(0);

    const start = fake.requests.length;
    expect(await attachWidget(client().http, targetFor(failing.gid), { guard, now })).toEqual({ outcome: 'attached' });
    expect(fake.requests.slice(start).map((request) => request.operationId)).toEqual(['getAttachmentsForObject', 'createAttachmentForObject']);
    expect(attachmentsOn(failing.gid)).toHaveLength(1);
  });

  it('does not attach twice when Asana made the attachment but its answer was lost', async () => {
    const guard = memoryReplayGuard();
    const lost = fake.world.addTask({ name: 'Winter webinar', created_by: ana.gid });
    // The attachment is made, then the answer is a 500: as when a proxy drops Asana's reply.
    fake.world.attachments.push({ gid: fake.world.gid(), parent: lost.gid, name: 'Mops: budget, compliance, duplicates', url: targetFor(lost.gid).url, connectedToApp: false, created_at: fake.world.tick(), created_by: ana.gid });
    fake.answerNextRaw('createAttachmentForObject', { status: 500, body: { errors: [{ message: 'Server Error' }] } });
    await expect(attachWidget(client().http, targetFor(lost.gid), { guard, now })).rejects.toThrow('500');

    const start = fake.requests.length;
    expect(await attachWidget(client().http, targetFor(lost.gid), { guard, now })).toEqual({ outcome: 'already-attached' });
    expect(fake.requests.slice(start).map((request) => request.operationId)).toEqual(['getAttachmentsForObject']);
    expect(attachmentsOn(lost.gid)).toHaveLength(1);
    // Now the claim holds: nothing is asked again.
    expect(await attachWidget(client().http, targetFor(lost.gid), { guard, now })).toEqual({ outcome: 'already-attached' });
    expect(fake.requests.length).toBe(start + 1);
  });

  it('returns a refusal instead of throwing, releasing the claim so a later run may try again', async () => {
    const guard = memoryReplayGuard();
    const target = { ...targetFor('1300999999999999') };
    const refused = await attachWidget(client().http, target, { guard, now });
    expect(refused).toEqual({ outcome: 'refused', reason: expect.stringContaining('404') });
    expect(await guard.firstUse(`asana-widget:${fake.world.workspaceGid}:1300999999999999`, 60, now)).toBe(true);
  });

  it('throws when the connection’s token is refused or Asana stays busy, so the event is delivered again', async () => {
    const guard = memoryReplayGuard();
    const target = targetFor(fake.world.addTask({ name: 'Board webinar', created_by: ana.gid }).gid);
    fake.answerNextRaw('createAttachmentForObject', { status: 401, body: { errors: [{ message: 'Not Authorized' }] } });
    await expect(attachWidget(client().http, target, { guard, now })).rejects.toThrow('(401 on POST /attachments)');
    fake.rateLimitNext(5, 1);
    await expect(attachWidget(client().http, target, { guard, now })).rejects.toThrow('last status 429');
    expect(fake.rateLimitsLeft()).toBe(0);
    expect(await attachWidget(client().http, target, { guard, now })).toEqual({ outcome: 'attached' });
    expect(attachmentsOn(target.taskGid)).toHaveLength(1);
  });

  it('attaches the widget for a task whose run stopped after claiming it, once the claim’s short lease is up, and then remembers it', async () => {
    const guard = memoryReplayGuard();
    const target = targetFor(fake.world.addTask({ name: 'Investor webinar', created_by: ana.gid }).gid);
    // The server stops while Asana is being asked: the claim is taken, the answer never comes.
    void attachWidget(() => new Promise<never>(() => undefined), target, { guard, now });
    await new Promise((resolve) => setImmediate(resolve));
    expect(await attachWidget(client().http, target, { guard, now: minutesAfter(now, 5) })).toEqual({ outcome: 'already-attached' });

    const start = fake.requests.length;
    expect(await attachWidget(client().http, target, { guard, now: minutesAfter(now, 11) })).toEqual({ outcome: 'attached' });
    // The stopped run may have reached Asana, so the attachments are read before posting.
    expect(fake.requests.slice(start).map((request) => request.operationId)).toEqual(['getAttachmentsForObject', 'createAttachmentForObject']);
    const later = fake.requests.length;
    expect(await attachWidget(client().http, target, { guard, now: minutesAfter(now, 24 * 60) })).toEqual({ outcome: 'already-attached' });
    expect(fake.requests.length).toBe(later);
    expect(attachmentsOn(target.taskGid)).toHaveLength(1);
  });

  it('knows its attachment by name when Asana answers the link without the URL Mops posted', async () => {
    const guard = memoryReplayGuard();
    const task = fake.world.addTask({ name: 'Analyst webinar', created_by: ana.gid });
    const target = targetFor(task.gid);
    // Asana documents view_url and download_url as nullable and never promises the posted URL back.
    fake.world.attachments.push({ gid: fake.world.gid(), parent: task.gid, name: target.name, url: target.url, connectedToApp: false, created_at: fake.world.tick(), created_by: ana.gid, answeredUrls: { view_url: null, download_url: null } });
    fake.answerNextRaw('createAttachmentForObject', { status: 500, body: { errors: [{ message: 'Server Error' }] } });
    await expect(attachWidget(client().http, target, { guard, now })).rejects.toThrow('500');
    expect(await attachWidget(client().http, target, { guard, now })).toEqual({ outcome: 'already-attached' });
    expect(attachmentsOn(task.gid)).toHaveLength(1);
  });

  it('connects the attachment to the app over an OAuth grant', async () => {
    const guard = memoryReplayGuard();
    const oauthToken = '2/1201/1210001:oauth0000000000000000000000042';
    fake.auth.acceptToken(oauthToken, { gid: ana.gid, name: ana.name, workspaces: [{ gid: fake.world.workspaceGid, name: fake.world.workspaceName }] });
    const oauthTask = fake.world.addTask({ name: 'Customer webinar', created_by: ana.gid });
    const { http } = httpOverFake(fake, oauthToken);
    expect(await attachWidget(async () => http, { ...targetFor(oauthTask.gid), connectToApp: async () => true }, { guard, now })).toEqual({ outcome: 'attached' });
    expect(attachmentsOn(oauthTask.gid).map((attachment) => attachment.connectedToApp)).toEqual([true]);
    expect(http.hostCalls()).toBe(1);
  });

  it('asks Asana to connect the attachment to the app when told, and posts the plain link when Asana refuses that', async () => {
    const guard = memoryReplayGuard();
    const other = fake.world.addTask({ name: 'Partner webinar', created_by: ana.gid });
    const outcome = await attachWidget(client().http, { ...targetFor(other.gid), connectToApp: async () => true }, { guard, now });
    // The fake, like Asana, lets only an OAuth token set connect_to_app; Ana's is a personal access token.
    expect(outcome).toEqual({ outcome: 'attached' });
    const link = { parent: other.gid, resource_subtype: 'external', url: targetFor(other.gid).url, name: 'Mops: budget, compliance, duplicates' };
    expect(fake.calls('createAttachmentForObject').slice(-2).map((call) => call.form)).toEqual([{ ...link, connect_to_app: 'true' }, link]);
    expect(attachmentsOn(other.gid).map((attachment) => attachment.connectedToApp)).toEqual([false]);
  });
});
