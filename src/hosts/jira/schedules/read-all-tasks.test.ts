import type { Tracker } from '../../../app/ports/tracker';
import type { Task } from '../../../core/task/task';
import { InMemoryTracker } from '../../../../test/support/in-memory-tracker';
import { readAllTasks } from './read-all-tasks';

/** A tracker whose search answers `pages` pages of one task each, one host call per page. */
function pagedTracker(pages: number): Tracker {
  const base = new InMemoryTracker();
  let calls = 0;
  const task = (index: number) => ({ id: String(index) }) as Task;
  return Object.assign(Object.create(base) as Tracker, {
    hostCalls: () => calls,
    async *searchTasks() {
      for (let page = 0; page < pages; page += 1) {
        calls += 1;
        yield [task(page)];
      }
    },
  });
}

describe('readAllTasks', () => {
  it('reads every page when they fit in the call budget', async () => {
    const { tasks, complete } = await readAllTasks(pagedTracker(3), 5);
    expect({ read: tasks.length, complete }).toEqual({ read: 3, complete: true });
  });

  it('stops before the call budget runs out and says the read is incomplete', async () => {
    const tracker = pagedTracker(10);
    const { tasks, complete } = await readAllTasks(tracker, 4);
    expect({ read: tasks.length, complete, calls: tracker.hostCalls() }).toEqual({ read: 4, complete: false, calls: 4 });
  });
});
