import { FakeAsana } from '../../../../test/support/fake-asana/fake-asana';
import type { FakeProject, FakeUser } from '../../../../test/support/fake-asana/asana-world';
import { InMemoryDuplicateStore, InMemoryLocks } from '../../../../test/support/in-memory-tracker';
import { makeTask } from '../../../../test/support/tasks';
import { duplicateCandidateOf } from '../../../app/duplicate-findings';
import { fixedClock } from '../../../app/ports/clock';
import { Settings } from '../../../core/settings/settings';
import { demoSettings } from '../../../demo/settings';
import { memoryAsanaTaskStateStore } from '../ports/asana-stores';
import { memoryReplayGuard } from '../replay-guard';
import { Secret } from '../secrets/secret';
import { AsanaWorkspaces } from '../workspace/asana-workspaces';
import { AsanaAutomation, type TaskAddedOutcome, type WidgetAttachments } from './asana-automation';

/*
 * The task-added automation over the fake Asana: what it flags and attaches beyond the use case, with
 * the widget configured or not, and how an older event finishes what a failed run left undone.
 */

const TITLE = 'Spring webinar: AI in marketing operations for EMEA';
const DESCRIPTION = 'Live webinar with two customer speakers on AI in marketing operations; landing page, promo emails, recording and follow-up for the EMEA pipeline.';
const clock = fixedClock('2026-11-23T10:00:00Z');

let fake: FakeAsana;
let ana: FakeUser;
let brand: FakeProject;

beforeAll(async () => {
  fake = await FakeAsana.start();
  ana = fake.world.addUser('Ana Kowalska', '2/1201/1210001:ana0pat0000000000000000000001');
  brand = fake.world.addProject('Brand campaigns EMEA', fake.world.addTeam('Brand & Content'));
});

afterAll(() => fake.stop());

afterEach(() => {
  expect(fake.takeViolations()).toEqual([]);
});

const WIDGET: WidgetAttachments = { urlOf: (workspaceGid, taskGid) => `https://mops.example.com/asana/workspaces/${workspaceGid}/tasks/${taskGid}`, name: 'Mops: budget, compliance, duplicates', connectToApp: async () => false };

async function automationOver(widget?: WidgetAttachments): Promise<AsanaAutomation> {
  const settings = Settings.parse(demoSettings());
  const states = memoryAsanaTaskStateStore();
  const log = () => undefined;
  const workspaces = new AsanaWorkspaces({
    apiBaseUrl: fake.baseUrl,
    tokens: { forWorkspace: async () => new Secret(ana.token) },
    subscriptions: { list: async () => [{ projectGid: brand.gid, kind: 'project', workspaceGid: fake.world.workspaceGid, receiverId: 'r1', webhookGid: '1300000000000999', createdAt: clock.now() }] },
    states,
    mopsSettings: async () => settings,
    clock,
    log,
    http: { sleep: async () => undefined },
  });
  const duplicates = new InMemoryDuplicateStore();
  // The same webinar, planned by another team in another tracker.
  await duplicates.put(duplicateCandidateOf(makeTask({ id: 'T-10001', key: 'BRD-1', title: TITLE, description: DESCRIPTION, projectId: 'prj-brand', teamId: 'team-brand', type: 'webinar', createdAt: '2026-11-02T09:00:00Z' })));
  return new AsanaAutomation({
    workspaces,
    states,
    mops: { settings: async () => settings, people: async () => [], teams: async () => [], duplicates, locks: new InMemoryLocks(), clock },
    guard: memoryReplayGuard(),
    subscribeProject: async () => undefined,
    ...(widget ? { widget } : {}),
    log,
  });
}

const attachmentsOn = (taskGid: string) => fake.world.attachments.filter((attachment) => attachment.parent === taskGid).map((attachment) => attachment.url);
const operationsSince = (start: number) => fake.requests.slice(start).map((request) => request.operationId);
const gapCommentsOn = (taskGid: string) => fake.world.stories.filter((story) => story.taskGid === taskGid && story.html_text.includes('is missing what it requires')).map((story) => story.html_text);
const remediationOf = (outcome: TaskAddedOutcome) => ('remediation' in outcome ? outcome.remediation : undefined);

describe('AsanaAutomation.taskAdded', () => {
  it('attaches no widget when the server has no App Components, but still tags the likely duplicate', async () => {
    const automation = await automationOver();
    const task = fake.world.addTask({ name: TITLE, notes: DESCRIPTION, projects: [brand.gid], created_by: ana.gid });
    const outcome = await automation.taskAdded(fake.world.workspaceGid, task.gid, task.created_at);
    expect([outcome.outcome, remediationOf(outcome)]).toEqual(['processed', { taggedDuplicate: true, widget: 'off' }]);
    expect(attachmentsOn(task.gid)).toEqual([]);
    expect(task.tags).toEqual(['Mops: possible duplicate']);
    expect(fake.calls('createAttachmentForObject')).toEqual([]);
  });

  it('finishes the tag and the widget a failed run left undone when an older event comes again, once', async () => {
    const automation = await automationOver(WIDGET);
    const task = fake.world.addTask({ name: TITLE, notes: DESCRIPTION, projects: [brand.gid], created_by: ana.gid });
    fake.answerNextRaw('addTagForTask', { status: 500, body: { errors: [{ message: 'Server Error' }] } });
    await expect(automation.taskAdded(fake.world.workspaceGid, task.gid, task.created_at)).rejects.toThrow('500');
    expect([task.tags, attachmentsOn(task.gid)]).toEqual([[], []]);

    // The event comes again (the receiver forgot it when it failed): the task is processed, so only the flag and widget run.
    const start = fake.requests.length;
    const retried = await automation.taskAdded(fake.world.workspaceGid, task.gid, task.created_at);
    expect(retried).toEqual({ outcome: 'older-than-processed', hostCalls: 2, remediation: { taggedDuplicate: true, widget: 'attached' } });
    expect(operationsSince(start)).toEqual(['addTagForTask', 'createAttachmentForObject']);
    expect([task.tags, attachmentsOn(task.gid)]).toEqual([['Mops: possible duplicate'], [WIDGET.urlOf(fake.world.workspaceGid, task.gid)]]);

    const again = fake.requests.length;
    expect(await automation.taskAdded(fake.world.workspaceGid, task.gid, task.created_at)).toEqual({ outcome: 'older-than-processed', hostCalls: 0, remediation: { taggedDuplicate: false, widget: 'already-attached' } });
    expect(operationsSince(again)).toEqual([]);
  });

  it('says what the template still lacks when an older event comes again after the flag’s comment failed, once', async () => {
    const automation = await automationOver(WIDGET);
    // A webinar nobody else plans: the template's gaps are the only thing Mops comments on.
    const task = fake.world.addTask({ name: 'Partner webinar: cloud cost control for retail', notes: 'Joint webinar with a reseller for retail customers in Poland.', tags: ['webinar'], projects: [brand.gid], created_by: ana.gid });
    fake.answerNextRaw('createStoryForTask', { status: 500, body: { errors: [{ message: 'Server Error' }] } });
    await expect(automation.taskAdded(fake.world.workspaceGid, task.gid, task.created_at)).rejects.toThrow('500');
    expect(gapCommentsOn(task.gid)).toEqual([]);
    // A failed comment holds back neither the duplicate check's tag nor the widget.
    expect(attachmentsOn(task.gid)).toEqual([WIDGET.urlOf(fake.world.workspaceGid, task.gid)]);

    // The task is processed (its subtasks and state are saved), so the event is older than that: still, the gaps are said.
    const start = fake.requests.length;
    const retried = await automation.taskAdded(fake.world.workspaceGid, task.gid, task.created_at);
    expect(retried).toEqual({ outcome: 'older-than-processed', hostCalls: 3, remediation: { taggedDuplicate: false, widget: 'already-attached' } });
    // Read the task as it is now, tag it again (Asana ignores a tag the task has) and comment.
    expect(operationsSince(start)).toEqual(['createBatchRequest', 'addTagForTask', 'createStoryForTask']);
    expect(gapCommentsOn(task.gid)).toHaveLength(1);
    expect(gapCommentsOn(task.gid)[0]).toContain('• Set the KPI/goal');
    expect(task.tags).toEqual(['webinar', 'Mops: template incomplete']);

    const again = fake.requests.length;
    expect(await automation.taskAdded(fake.world.workspaceGid, task.gid, task.created_at)).toEqual({ outcome: 'older-than-processed', hostCalls: 0, remediation: { taggedDuplicate: false, widget: 'already-attached' } });
    expect(operationsSince(again)).toEqual([]);
    expect(gapCommentsOn(task.gid)).toHaveLength(1);
  });

  it('reads nothing again for an older event when the template’s flag was said the first time', async () => {
    const automation = await automationOver();
    const task = fake.world.addTask({ name: 'Reseller webinar: data privacy for retail', notes: 'Joint webinar with a reseller for retail customers in Czechia.', tags: ['webinar'], projects: [brand.gid], created_by: ana.gid });
    expect(await automation.taskAdded(fake.world.workspaceGid, task.gid, task.created_at)).toMatchObject({ outcome: 'processed', flagged: true });
    const start = fake.requests.length;
    expect(await automation.taskAdded(fake.world.workspaceGid, task.gid, task.created_at)).toEqual({ outcome: 'older-than-processed', hostCalls: 0, remediation: { taggedDuplicate: false, widget: 'off' } });
    expect(operationsSince(start)).toEqual([]);
    expect(gapCommentsOn(task.gid)).toHaveLength(1);
  });
});
