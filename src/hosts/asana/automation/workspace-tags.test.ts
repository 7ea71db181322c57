import { FakeAsana } from '../../../../test/support/fake-asana/fake-asana';
import { httpOverFake } from '../../../../test/support/fake-asana/tracker-over-fake';
import type { FakeUser } from '../../../../test/support/fake-asana/asana-world';
import { memoryReplayGuard } from '../replay-guard';
import { flagLikelyDuplicate, hasLikelyDuplicate } from './flag-likely-duplicate';
import { DUPLICATE_TAG, INCOMPLETE_TAG, WorkspaceTags } from './workspace-tags';

let fake: FakeAsana;
let ana: FakeUser;
const now = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
  fake = await FakeAsana.start();
  ana = fake.world.addUser('Ana Kowalska', '2/1201/1210001:ana0pat0000000000000000000001');
});

afterAll(() => fake.stop());

afterEach(() => {
  expect(fake.takeViolations()).toEqual([]);
});

const minutesAfter = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);
const tagsNamed = (name: string) => [...fake.world.tags.values()].filter((tag) => tag.name === name);
const operationsSince = (start: number) => fake.requests.slice(start).map((request) => request.operationId);

describe('WorkspaceTags', () => {
  it('creates a missing tag once when five tasks are flagged at the same moment, then only adds it', async () => {
    const tags = new WorkspaceTags();
    const { http } = httpOverFake(fake, ana.token);
    const tasks = Array.from({ length: 5 }, (_, index) => fake.world.addTask({ name: `Webinar ${index + 1}`, created_by: ana.gid }));
    const start = fake.requests.length;
    await Promise.all(tasks.map((task) => tags.tagTask(http, fake.world.workspaceGid, task.gid, DUPLICATE_TAG)));
    expect(tagsNamed(DUPLICATE_TAG)).toHaveLength(1);
    expect(tasks.map((task) => task.tags)).toEqual(tasks.map(() => [DUPLICATE_TAG]));
    expect(operationsSince(start)).toEqual(['getTagsForWorkspace', 'createTagForWorkspace', ...tasks.map(() => 'addTagForTask')]);
  });

  it('finds an existing tag on a later page of the workspace’s tags instead of creating one', async () => {
    for (let index = 0; index < 120; index += 1) fake.world.addTag(`Campaign ${index + 1}`);
    const existing = fake.world.addTag(INCOMPLETE_TAG);
    const tags = new WorkspaceTags();
    const { http } = httpOverFake(fake, ana.token);
    const task = fake.world.addTask({ name: 'Email campaign', created_by: ana.gid });
    const start = fake.requests.length;
    await tags.tagTask(http, fake.world.workspaceGid, task.gid, INCOMPLETE_TAG);
    expect(operationsSince(start)).toEqual(['getTagsForWorkspace', 'getTagsForWorkspace', 'addTagForTask']);
    expect(await tags.gidOf(http, fake.world.workspaceGid, INCOMPLETE_TAG)).toBe(existing.gid);
    expect(tagsNamed(INCOMPLETE_TAG)).toHaveLength(1);
  });

  it('finds or makes the tag afresh when someone deleted it in Asana since', async () => {
    const tags = new WorkspaceTags();
    const { http } = httpOverFake(fake, ana.token);
    const first = fake.world.addTask({ name: 'Launch 1', created_by: ana.gid });
    await tags.tagTask(http, fake.world.workspaceGid, first.gid, 'Mops: deleted later');
    for (const tag of tagsNamed('Mops: deleted later')) fake.world.tags.delete(tag.gid);
    const second = fake.world.addTask({ name: 'Launch 2', created_by: ana.gid });
    await tags.tagTask(http, fake.world.workspaceGid, second.gid, 'Mops: deleted later');
    expect(second.tags).toEqual(['Mops: deleted later']);
    expect(tagsNamed('Mops: deleted later')).toHaveLength(1);
    // Asana's 400 for the deleted tag was answered once: then a fresh listing, a new tag and one add.
    expect(fake.calls('addTagForTask').slice(-2).map((call) => (call.body as { data: { tag: string } }).data.tag)).toEqual([expect.any(String), tagsNamed('Mops: deleted later')[0]?.gid]);
  });
  it('makes one new tag when two tasks find at the same moment that the tag was deleted', async () => {
    const tags = new WorkspaceTags();
    const { http } = httpOverFake(fake, ana.token);
    const first = fake.world.addTask({ name: 'Fair 1', created_by: ana.gid });
    await tags.tagTask(http, fake.world.workspaceGid, first.gid, 'Mops: deleted under two');
    for (const tag of tagsNamed('Mops: deleted under two')) fake.world.tags.delete(tag.gid);
    const both = [fake.world.addTask({ name: 'Fair 2', created_by: ana.gid }), fake.world.addTask({ name: 'Fair 3', created_by: ana.gid })];
    // One listing of the workspace's tags, a page per 100 of them.
    const listing = Array.from({ length: Math.ceil(fake.world.tags.size / 100) }, () => 'getTagsForWorkspace');
    const start = fake.requests.length;
    await Promise.all(both.map((task) => tags.tagTask(http, fake.world.workspaceGid, task.gid, 'Mops: deleted under two')));
    expect(tagsNamed('Mops: deleted under two')).toHaveLength(1);
    expect(both.map((task) => task.tags)).toEqual([['Mops: deleted under two'], ['Mops: deleted under two']]);
    expect(operationsSince(start)).toEqual(['addTagForTask', 'addTagForTask', ...listing, 'createTagForWorkspace', 'addTagForTask', 'addTagForTask']);
  });

  it('keeps the tags it knows when the task itself is gone, and says so', async () => {
    const tags = new WorkspaceTags();
    const { http } = httpOverFake(fake, ana.token);
    const task = fake.world.addTask({ name: 'Launch 3', created_by: ana.gid });
    await tags.tagTask(http, fake.world.workspaceGid, task.gid, DUPLICATE_TAG);
    fake.world.tasks.delete(task.gid);
    const start = fake.requests.length;
    await expect(tags.tagTask(http, fake.world.workspaceGid, task.gid, DUPLICATE_TAG)).rejects.toThrow(`404 on POST /tasks/${task.gid}/addTag`);
    // No listing of the workspace's tags, no new tag: the tag was never the problem.
    expect(operationsSince(start)).toEqual(['addTagForTask']);
    const next = fake.world.addTask({ name: 'Launch 4', created_by: ana.gid });
    const again = fake.requests.length;
    await tags.tagTask(http, fake.world.workspaceGid, next.gid, DUPLICATE_TAG);
    expect(operationsSince(again)).toEqual(['addTagForTask']);
  });
});

describe('flagLikelyDuplicate', () => {
  it('tags a task once; a failed tag releases the claim and the next event tags it', async () => {
    const guard = memoryReplayGuard();
    const tags = new WorkspaceTags();
    const { http } = httpOverFake(fake, ana.token);
    const task = fake.world.addTask({ name: 'Spring webinar', created_by: ana.gid });
    const target = { workspaceGid: fake.world.workspaceGid, taskGid: task.gid };
    fake.answerNextRaw('addTagForTask', { status: 500, body: { errors: [{ message: 'Server Error' }] } });
    await expect(flagLikelyDuplicate(tags, async () => http, target, { guard, now })).rejects.toThrow('500');
    expect(task.tags).toEqual([]);
    expect(await flagLikelyDuplicate(tags, async () => http, target, { guard, now })).toBe(true);
    const start = fake.requests.length;
    expect(await Promise.all([flagLikelyDuplicate(tags, async () => http, target, { guard, now }), flagLikelyDuplicate(tags, async () => http, target, { guard, now })])).toEqual([false, false]);
    expect(operationsSince(start)).toEqual([]);
    expect(task.tags).toEqual([DUPLICATE_TAG]);
  });

  it('tags a task whose run stopped after claiming it, once the claim’s short lease is up, and then remembers it', async () => {
    const guard = memoryReplayGuard();
    const tags = new WorkspaceTags();
    const { http } = httpOverFake(fake, ana.token);
    const task = fake.world.addTask({ name: 'Summer webinar', created_by: ana.gid });
    const target = { workspaceGid: fake.world.workspaceGid, taskGid: task.gid };
    // The server stops while Asana is being asked: the claim is taken, the answer never comes.
    void flagLikelyDuplicate(tags, () => new Promise<never>(() => undefined), target, { guard, now });
    await new Promise((resolve) => setImmediate(resolve));
    expect(await flagLikelyDuplicate(tags, async () => http, target, { guard, now: minutesAfter(now, 5) })).toBe(false);
    expect(await flagLikelyDuplicate(tags, async () => http, target, { guard, now: minutesAfter(now, 11) })).toBe(true);
    expect(task.tags).toEqual([DUPLICATE_TAG]);
    const start = fake.requests.length;
    expect(await flagLikelyDuplicate(tags, async () => http, target, { guard, now: minutesAfter(now, 24 * 60) })).toBe(false);
    expect(operationsSince(start)).toEqual([]);
  });

  it('counts only likely duplicates nobody dismissed', () => {
    const likely = { taskId: 'BRD-1', decision: 'likely-duplicate' as const };
    const related = { taskId: 'BRD-2', decision: 'related' as const };
    expect([hasLikelyDuplicate([likely, related]), hasLikelyDuplicate([related]), hasLikelyDuplicate([likely], ['BRD-1'])]).toEqual([true, false, false]);
  });
});
