import { collect } from '../../../app/collect';
import { InMemoryTracker } from '../../../../test/support/in-memory-tracker';
import { makeTask } from '../../../../test/support/tasks';
import { asanaGidOf, asanaTaskId } from './asana-task-ids';
import { asanaUserLinks } from './asana-user-links';
import { NamespacedAsanaTracker } from './namespaced-tracker';

const webinar = makeTask({ id: '1209876500000042', key: '1209876500000042', title: 'Spring webinar', projectId: '1208000000000007' });
const landing = makeTask({ id: '1209876500000043', key: '1209876500000043', title: 'Landing page', projectId: '1208000000000007', parentId: '1209876500000042' });

describe('asanaTaskId and asanaGidOf', () => {
  it('prefix a gid and take it back, and refuse ids of other hosts', () => {
    expect(asanaTaskId('1209876500000042')).toBe('asana:1209876500000042');
    expect(asanaGidOf('asana:1209876500000042')).toBe('1209876500000042');
    expect([asanaGidOf('T-10042'), asanaGidOf('10042'), asanaGidOf('asana:abc')]).toEqual([undefined, undefined, undefined]);
  });
});

describe('NamespacedAsanaTracker', () => {
  it('shows Asana tasks under "asana:" ids and finds nothing for a local id of the same digits', async () => {
    const inner = new InMemoryTracker([webinar, landing]);
    const tracker = new NamespacedAsanaTracker(inner);
    const context = await tracker.loadTaskContext('asana:1209876500000042');
    expect(context?.task.id).toBe('asana:1209876500000042');
    expect(context?.subtasks.map((subtask) => [subtask.id, subtask.parentId])).toEqual([['asana:1209876500000043', 'asana:1209876500000042']]);
    expect(await tracker.loadTaskContext('1209876500000042')).toBeUndefined();
    expect(await collect(tracker.searchTasks({ taskIds: ['T-10001', 'asana:1209876500000043'] }))).toEqual([{ ...landing, id: 'asana:1209876500000043', parentId: 'asana:1209876500000042' }]);
    expect(await tracker.visibleTaskIds(['asana:1209876500000042', 'T-10001'])).toEqual(new Set(['asana:1209876500000042']));
  });

  it('writes to the bare gid, hands back created subtasks as "asana:" ids, and remembers what it wrote', async () => {
    const inner = new InMemoryTracker([webinar]);
    const tracker = new NamespacedAsanaTracker(inner);
    const parent = { ...webinar, id: 'asana:1209876500000042' };
    const created = await tracker.createSubtasks(parent, [{ parentId: 'asana:1209876500000042', templateStepId: 'landing-page', title: 'Landing page', role: 'web' }]);
    const [stepId, subtaskId] = Object.entries(created)[0] ?? [];
    expect(stepId).toBe('landing-page');
    expect(subtaskId).toMatch(/^asana:/);
    await tracker.updateTask('asana:1209876500000042', { fields: { channel: 'webinar' } });
    await tracker.addComment('asana:1209876500000042', { paragraphs: [[{ taskId: 'asana:1209876500000099', label: 'other' }]] });
    expect(tracker.changesTo('asana:1209876500000042')).toEqual([{ fields: { channel: 'webinar' } }]);
    expect(inner.comments).toEqual([{ taskId: '1209876500000042', comment: { paragraphs: [[{ taskId: '1209876500000099', label: 'other' }]] } }]);
    await expect(tracker.updateTask('T-10001', {})).rejects.toThrow('Task id "T-10001" is not an Asana task id; expected "asana:<gid>", e.g. "asana:1209876500000042"');
  });
});

describe('NamespacedAsanaTracker and the people linked to Asana users', () => {
  const ANA = '1201000000000001';
  const STRANGER = '1201000000000002';
  const shoot = makeTask({ id: '1209876500000050', key: '1209876500000050', title: 'Book a photographer', projectId: '1208000000000007', assigneeId: ANA, ownerId: STRANGER });
  const links = asanaUserLinks([{ id: 'p-ana-kowalska', accounts: { asana: ANA } }, { id: 'p-oliver-bennett' }]);

  it('gives a task assigned to Ana’s Asana user to Ana in Mops, and leaves an unlinked creator their gid', async () => {
    const tracker = new NamespacedAsanaTracker(new InMemoryTracker([shoot]), { people: links });
    const [task] = (await collect(tracker.searchTasks({}))).flat();
    expect([task?.assigneeId, task?.ownerId]).toEqual(['p-ana-kowalska', STRANGER]);
    expect((await tracker.loadTaskContext('asana:1209876500000050'))?.task.assigneeId).toBe('p-ana-kowalska');
  });

  it('makes Ana the owner of a task her Asana user created, as well as of the ones assigned to her', async () => {
    const created = { ...shoot, id: '1209876500000051', key: '1209876500000051', assigneeId: STRANGER, ownerId: ANA };
    const tracker = new NamespacedAsanaTracker(new InMemoryTracker([created]), { people: links });
    const [task] = (await collect(tracker.searchTasks({}))).flat();
    expect([task?.assigneeId, task?.ownerId]).toEqual([STRANGER, 'p-ana-kowalska']);
  });

  it('hands Asana her gid back when Mops writes the task', async () => {
    const inner = new InMemoryTracker([shoot]);
    const created: string[] = [];
    const createSubtasks = inner.createSubtasks.bind(inner);
    inner.createSubtasks = async (parent, subtasks) => {
      created.push(`${parent.id} assigned to ${parent.assigneeId ?? 'nobody'}`);
      return createSubtasks(parent, subtasks);
    };
    const tracker = new NamespacedAsanaTracker(inner, { people: links });
    const parent = (await tracker.loadTaskContext('asana:1209876500000050'))?.task;
    if (!parent) throw new Error('the photoshoot did not load');
    await tracker.createSubtasks(parent, [{ parentId: parent.id, templateStepId: 'brief', title: 'Brief', role: 'marketer' }]);
    expect(created).toEqual([`1209876500000050 assigned to ${ANA}`]);
  });

  it('names the Asana users it read whom nobody in Mops is linked to', () => {
    const seen = new Map([
      [ANA, 'Ana Kowalska'],
      [STRANGER, 'Guest Reviewer'],
    ]);
    const tracker = new NamespacedAsanaTracker(new InMemoryTracker([]), { people: links, usersSeen: () => seen });
    expect(tracker.unlinkedUsers()).toEqual([{ id: STRANGER, name: 'Guest Reviewer' }]);
  });
});
