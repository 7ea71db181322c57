import { collect } from '../../../app/collect';
import type { TaskQuery } from '../../../app/ports/tracker';
import { InMemoryTracker } from '../../../../test/support/in-memory-tracker';
import { SINCE_THE_BEGINNING, withBoundedSearch } from './bounded-search';

class QueryRecorder extends InMemoryTracker {
  readonly queries: TaskQuery[] = [];
  override searchTasks(query: TaskQuery) {
    this.queries.push(query);
    return super.searchTasks(query);
  }
}

describe('withBoundedSearch', () => {
  it('bounds a search that names nothing by time, and passes bounded ones through unchanged', async () => {
    const tracker = new QueryRecorder();
    const bounded = withBoundedSearch(tracker);
    await collect(bounded.searchTasks({ openOnly: true }));
    await collect(bounded.searchTasks({ projectIds: ['10000'] }));
    await collect(bounded.searchTasks({ updatedSince: '2026-11-01T00:00:00Z' }));
    expect(tracker.queries).toEqual([{ openOnly: true, updatedSince: SINCE_THE_BEGINNING }, { projectIds: ['10000'] }, { updatedSince: '2026-11-01T00:00:00Z' }]);
    expect(bounded.hostCalls()).toBe(3);
  });
});
