import { collect } from '../../../app/collect';
import { InMemoryTracker } from '../../../../test/support/in-memory-tracker';
import { makeTask } from '../../../../test/support/tasks';
import { asanaGidOf, asanaTaskId } from './asana-task-ids';
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
