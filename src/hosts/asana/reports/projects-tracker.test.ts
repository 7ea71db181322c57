import { InMemoryTracker } from '../../../../test/support/in-memory-tracker';
import { collect } from '../../../app/collect';
import { makeTask } from '../../../core/capacity/test-support';
import { ReadOnlyTrackerError, trackerWithinProjects } from './projects-tracker';

describe('trackerWithinProjects', () => {
  const brief = makeTask({ id: 'asana:1209000000000001', projectId: '1208000000000001', title: 'Webinar landing page brief' });
  const hidden = makeTask({ id: 'asana:1209000000000002', projectId: '1208000000000099', title: 'Atlas 3 press embargo plan' });

  it('reads only the projects it is held to', async () => {
    const tracker = trackerWithinProjects(new InMemoryTracker([brief, hidden]), ['1208000000000001']);
    expect((await collect(tracker.searchTasks({}))).map((task) => task.id)).toEqual([brief.id]);
  });

  it('refuses every write before it reaches Asana: a viewer’s report page only reads', async () => {
    const inner = new InMemoryTracker([brief]);
    const tracker = trackerWithinProjects(inner, ['1208000000000001']);
    await expect(tracker.addComment(brief.id, { paragraphs: [[{ text: 'Missing: budget' }]] })).rejects.toThrow(ReadOnlyTrackerError);
    await expect(tracker.updateTask(brief.id, { title: 'Renamed by a page load' } as never)).rejects.toThrow(`updateTask (task ${brief.id}): a report's tracker only reads Asana as the viewer`);
    await expect(tracker.linkTasks(brief.id, hidden.id, 'duplicates' as never)).rejects.toThrow(ReadOnlyTrackerError);
    await expect(tracker.createSubtasks(brief, [])).rejects.toThrow(ReadOnlyTrackerError);
    await expect(tracker.saveTaskState(brief.id, {} as never)).rejects.toThrow(ReadOnlyTrackerError);
    expect(inner.comments).toEqual([]);
    expect((await inner.loadTaskContext(brief.id))?.task.title).toBe('Webinar landing page brief');
  });
});
